"""store.snapshot, the report's read path without the ORM: every read gives exactly what
JournalStore's gives, on a plain and on an encrypted journal; other schemas are left to
JournalStore untouched."""

import shutil
import sqlite3
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from moodlog.core.life import Medication, Moment
from moodlog.core.models import JournalData
from moodlog.core.safety_plan import Contact, SafetyPlan
from moodlog.store import JournalStore
from moodlog.store.encryption import change_encryption
from moodlog.store.snapshot import JournalSnapshot, open_snapshot
from tests.conftest import DEMO_END, file_digest

FIXTURES = Path(__file__).parent.parent / "fixtures"
KEY = "correct horse battery"
RANGES: list[tuple[date | None, date | None]] = [
    (None, None), (date(2026, 4, 1), DEMO_END), (date(2025, 9, 1), date(2025, 12, 31)),
    (DEMO_END, DEMO_END), (date(2030, 1, 1), None), (None, date(2025, 6, 1))]


def _fill(path: Path, demo: JournalData) -> None:
    """The demo journal, with what the demo leaves out: a custom and a hidden symptom, a
    hidden tag, medications with dates, moments, a safety plan, notes with odd text."""
    with JournalStore.open(path, path.parent / "backups") as store:
        store.import_data(demo)
        custom = store.add_symptom("Jaw tension")
        store.set_symptom_hidden("appetite_change", True)
        store.set_tag_hidden(store.tags()[0].key, True)
        store.add_medication(Medication("lithium", "Lithium", 400.0, "mg", "evenings",
                                        date(2025, 10, 1), date(2026, 5, 31)))
        store.add_moment(Moment(date(2026, 6, 1), time(8, 5), 3, "woke early"))
        store.add_moment(Moment(date(2026, 6, 1), time(7, 59), 4))
        day = store.checkins()[-1]
        store.save_checkin(replace(day, note="It's \"fine\"; O'Brien\n\u00e9t\u00e9",
                                   ratings={**day.ratings, custom.key: 2}))
        store.save_safety_plan(SafetyPlan(
            warning_signs=("not sleeping", "cancelling plans"),
            people_to_ask=(Contact("Sam", "+44 20 7946 0000", "12 Road"),),
            reasons_for_living=("my sister",)))


@pytest.fixture
def journal(tmp_path: Path, demo_data: JournalData) -> Path:
    path = tmp_path / "journal.sqlite"
    _fill(path, demo_data)
    return path


def _reads(source: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "symptoms": source.symptoms(), "visible symptoms": source.symptoms(False),
        "tags": source.tags(), "visible tags": source.tags(False),
        "medications": source.medications(), "safety plan": source.safety_plan()}
    for start, end in RANGES:
        for name in ("day_entries", "checkins", "treatments", "questionnaires", "moments"):
            out[f"{name} {start} {end}"] = getattr(source, name)(start, end)
        out[f"phq9 {start} {end}"] = source.questionnaires(start, end, "phq9")
    return out


def _compare(path: Path, key: str | None = None) -> dict[str, Any]:
    with JournalStore.open(path, path.parent / "backups", key=key) as store:
        expected = _reads(store)
    snapshot = open_snapshot(path, path.parent / "backups", key)
    assert isinstance(snapshot, JournalSnapshot)
    with snapshot:
        got = _reads(snapshot)
    for name, value in expected.items():
        assert got[name] == value, name
        # Equal dataclasses can still hold an int where the store gives a float, or a
        # dict in another order (what a table would then print).
        assert repr(got[name]) == repr(value), name
    return got


def test_every_read_equals_the_orm_s_on_the_demo_journal(journal: Path) -> None:
    got = _compare(journal)
    assert len(got["checkins None None"]) > 300 and got["treatments None None"]
    assert any(t.readings for t in got["treatments None None"])
    assert any(c.tags and c.medications_taken for c in got["checkins None None"])
    assert got["moments None None"] and got["safety plan"].updated_at is not None
    assert [s.key for s in got["visible symptoms"]].count("appetite_change") == 0


def test_every_read_equals_the_orm_s_on_an_encrypted_journal(journal: Path) -> None:
    change_encryption(journal, journal.parent / "backups", None, KEY)
    got = _compare(journal, KEY)
    assert got["checkins None None"]
    # Without its passphrase: left to JournalStore, which says what it needs.
    assert open_snapshot(journal, journal.parent / "backups", None) is None


def test_reads_in_one_transaction_and_writes_nothing(journal: Path) -> None:
    before = file_digest(journal)
    snapshot = open_snapshot(journal, journal.parent / "backups")
    assert snapshot is not None
    with snapshot:
        first = snapshot.checkins()
        other = sqlite3.connect(journal, timeout=5)
        other.execute("DELETE FROM checkins WHERE day = ?", (first[-1].day.isoformat(),))
        other.commit()
        other.close()
        assert snapshot.checkins() == first  # the snapshot it started with
    with JournalStore.open(journal) as store:
        assert len(store.checkins()) == len(first) - 1
    assert before != file_digest(journal)  # (the delete above wrote, not the snapshot)


def test_a_snapshot_leaves_the_file_as_it_was(journal: Path) -> None:
    with JournalStore.open(journal) as store:
        store.checkins()  # a WAL journal, checkpointed at close
    before = file_digest(journal)
    snapshot = open_snapshot(journal, journal.parent / "backups")
    assert snapshot is not None
    with snapshot:
        _reads(snapshot)
    assert file_digest(journal) == before


@pytest.mark.parametrize("revision", ["0001", "0004"])
def test_an_older_journal_is_left_to_journal_store(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "journal.sqlite"
    shutil.copy(FIXTURES / f"journal-{revision}.sqlite", path)
    before = file_digest(path)
    assert open_snapshot(path, tmp_path / "backups", daily_backup=True) is None
    assert file_digest(path) == before and not (tmp_path / "backups").exists()


def test_a_new_or_empty_file_is_left_to_journal_store(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    assert open_snapshot(path, tmp_path / "backups") is None and not path.exists()
    path.write_bytes(b"")
    assert open_snapshot(path, tmp_path / "backups") is None


def test_a_newer_journal_is_left_to_journal_store_to_refuse(journal: Path) -> None:
    con = sqlite3.connect(journal)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    assert open_snapshot(journal, journal.parent / "backups") is None


def test_the_daily_backup_is_made_as_journal_store_makes_it(journal: Path) -> None:
    folder = journal.parent / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    snapshot = open_snapshot(journal, folder, daily_backup=True)
    assert snapshot is not None
    snapshot.close()
    made = [p.name for p in folder.iterdir()]
    assert len(made) == 1 and "daily" in made[0]
