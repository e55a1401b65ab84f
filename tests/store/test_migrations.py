"""Schema migrations: models and revisions agree, old journals upgrade, newer ones are refused."""

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from moodlog.exchange import json_format
from moodlog.store import JournalStore, NewerSchemaError
from moodlog.store.engine import make_engine
from moodlog.store.fts import is_index_table
from moodlog.store.migrate import (
    HEAD,
    MIGRATIONS_DIR,
    _alembic_config,
    current_revision,
    known_revisions,
    upgrade,
)
from moodlog.store.models import Base
from moodlog.store.sqlite import create_file
from tests.conftest import file_digest

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _context(conn: object) -> MigrationContext:
    """A migration context that leaves the FTS5 search index (not an ORM model) out."""
    def include_name(name: str | None, type_: str, parent: object) -> bool:
        return not (type_ == "table" and is_index_table(name))

    return MigrationContext.configure(conn, opts={"include_name": include_name})
FIRST = "0001"


def test_head_constant_matches_the_shipped_revisions() -> None:
    revisions, head = known_revisions()
    assert head == HEAD and FIRST in revisions


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    JournalStore.open(path).close()
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(_context(conn), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def _at_first_revision(path: Path) -> None:
    create_file(path)
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            command.upgrade(_alembic_config(MIGRATIONS_DIR, conn), FIRST)
            conn.commit()
    finally:
        engine.dispose()


def test_a_journal_built_at_the_first_revision_upgrades_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _at_first_revision(path)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO checkins (id, day, mood, sleep_hours, note, created_at, updated_at)"
                " VALUES (1, '2025-01-02', 3, 6.5, 'old note', '2025-01-02T20:00:00.000+00:00',"
                " '2025-01-02T20:00:00.000+00:00')")
    con.execute("INSERT INTO symptom_ratings (checkin_id, symptom_id, severity) SELECT 1, id, 2 "
                "FROM symptoms WHERE key = 'sadness'")
    con.commit()
    con.close()
    assert current_revision(path) == FIRST
    with JournalStore.open(path) as store:
        (checkin,) = store.checkins()
    assert (checkin.mood, checkin.note, dict(checkin.ratings)) == (3, "old note", {"sadness": 2})
    assert current_revision(path) == HEAD


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("journal-*.sqlite")),
                         ids=lambda p: p.stem)
def test_fixture_journals_of_released_schemas_open_with_all_their_data(
        fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    shutil.copy(fixture, path)
    expected = json_format.load(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    with JournalStore.open(path) as store:
        got = store.snapshot()
    assert got.symptoms == expected.symptoms
    assert got.checkins == expected.checkins
    assert [replace(t, id=None) for t in got.treatments] == list(expected.treatments)
    assert [replace(r, id=None) for r in got.questionnaires] == list(expected.questionnaires)
    assert [replace(c, id=None) for c in got.clinician_scores] == list(expected.clinician_scores)
    # A version 1 export has no tags; the migration gives such a journal the default ones.
    assert got.tags == (expected.tags or got.tags) and got.medications == expected.medications
    assert [replace(m, id=None) for m in got.moments] == list(expected.moments)
    assert len(got.checkins) > 60 and got.treatments


def test_a_journal_from_a_newer_moodlog_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    shutil.copy(sorted(FIXTURES.glob("journal-*.sqlite"))[-1], path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = file_digest(path)
    with pytest.raises(NewerSchemaError, match="newer version of moodlog .*not changed"):
        JournalStore.open(path)
    assert file_digest(path) == before
    assert not (tmp_path / "backups").exists()
    # (the lock file beside it is how every writer takes turns; it holds only a pid)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite", "journal.sqlite.lock"]


_NEXT_REVISION = '''
"""Test-only revision: adds a column."""
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checkins") as batch:
        batch.add_column(sa.Column("energy", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("checkins") as batch:
        batch.drop_column("energy")
'''


def test_upgrade_takes_a_verified_backup_first(tmp_path: Path) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0099_test.py").write_text(_NEXT_REVISION.format(head=HEAD))
    path = tmp_path / "journal.sqlite"
    shutil.copy(sorted(FIXTURES.glob("journal-*.sqlite"))[-1], path)
    backups = tmp_path / "backups"
    released = current_revision(path)

    backup = upgrade(path, backups, script_location=scripts, head="0099")

    assert backup is not None and backup.parent == backups
    assert current_revision(backup) == released  # the backup is the journal as it was
    old_copy = tmp_path / "old" / "journal.sqlite"  # opening upgrades it: not the backup itself
    old_copy.parent.mkdir()
    shutil.copy(backup, old_copy)
    with JournalStore.open(old_copy) as old, JournalStore.open(
            tmp_path / "expected.sqlite") as expected:
        expected.import_data(json_format.load(
            sorted(FIXTURES.glob("journal-*.json"))[-1].read_text(encoding="utf-8")))
        assert old.counts() == expected.counts()
    assert current_revision(path) == "0099"
    con = sqlite3.connect(path)
    cols = [r[1] for r in con.execute("PRAGMA table_info(checkins)")]
    n = con.execute("SELECT count(*) FROM checkins").fetchone()[0]
    con.close()
    assert "energy" in cols and n > 60
    # Opening it again with the same scripts does nothing and takes no new backup.
    assert upgrade(path, backups, script_location=scripts, head="0099") is None
    assert len(list(backups.glob("*.sqlite"))) == 1


def _schema(path: Path) -> tuple[list[tuple], list[tuple]]:
    con = sqlite3.connect(path)
    try:
        objects = sorted(con.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall(), key=lambda r: (r[0], r[1]))
        rows = con.execute("SELECT key, label, builtin, hidden, position FROM symptoms "
                           "ORDER BY position").fetchall()
        rows += con.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        con.close()
    columns = [tuple(r[:3]) for r in objects]
    return columns, rows


def test_a_new_journal_made_directly_equals_one_made_by_the_migrations(tmp_path: Path) -> None:
    direct = tmp_path / "direct.sqlite"
    JournalStore.open(direct).close()  # the fast path: create_all + stamp
    replayed = tmp_path / "replayed.sqlite"
    create_file(replayed)
    engine = make_engine(replayed)
    try:
        with engine.connect() as conn:  # every migration, through Alembic
            command.upgrade(_alembic_config(MIGRATIONS_DIR, conn), "head")
            conn.commit()
    finally:
        engine.dispose()
    d_objects, d_rows = _schema(direct)
    r_objects, r_rows = _schema(replayed)
    assert d_objects == r_objects and d_rows == r_rows
    for path in (direct, replayed):
        engine = make_engine(path)
        try:
            with engine.connect() as conn:
                assert compare_metadata(_context(conn), Base.metadata) == []
        finally:
            engine.dispose()
