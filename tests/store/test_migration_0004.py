"""Revision 0004: each treatment's before/after values become readings, nothing lost."""

import json
import shutil
import sqlite3
from pathlib import Path

from alembic import command

from moodlog.core.session import Reading
from moodlog.store import JournalStore
from moodlog.store.engine import make_engine
from moodlog.store.migrate import HEAD, MIGRATIONS_DIR, _alembic_config, current_revision
from moodlog.store.sqlite import create_file

FIXTURE = Path(__file__).parent.parent / "fixtures" / "journal-0003.sqlite"


def test_the_0003_fixture_keeps_every_before_and_after_value(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    shutil.copy(FIXTURE, path)
    con = sqlite3.connect(path)
    old = {at: row for at, *row in con.execute(
        "SELECT at, bp_before_systolic, bp_before_diastolic, hr_before, bp_after_systolic, "
        "bp_after_diastolic, hr_after FROM treatments")}
    con.close()
    assert old and all(any(v is not None for v in row) for row in old.values())
    with JournalStore.open(path) as store:
        got = store.treatments()
    assert current_revision(path) == HEAD and len(got) == len(old)
    for t in got:
        sys_b, dia_b, hr_b, sys_a, dia_a, hr_a = old[f"{t.at:%Y-%m-%d %H:%M:%S.%f}"]
        assert t.readings == (Reading(0, sys_b, dia_b, hr_b), Reading(None, sys_a, dia_a, hr_a))
    # The committed export of the same journal reads the same way (bp_before... keys).
    doc = json.loads(FIXTURE.with_suffix(".json").read_text(encoding="utf-8"))
    assert all("bp_before" in t and "readings" not in t for t in doc["treatments"])


def _journal_at_0003(path: Path) -> None:
    create_file(path)
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            command.upgrade(_alembic_config(MIGRATIONS_DIR, conn), "0003")
            conn.commit()
    finally:
        engine.dispose()


def test_partial_values_each_become_what_they_were(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    _journal_at_0003(path)
    con = sqlite3.connect(path)
    rows = [  # id, bp before, hr before, bp after, hr after
        (1, None, None, 70, None, None, None),        # a heart rate before only
        (2, None, None, None, 150, 95, None),         # an "after" only
        (3, None, None, None, None, None, None),      # nothing: no reading invented
        (4, 128, 82, 64, 141, 90, 77),                # everything
        (5, 290, 190, 245, None, None, 21),           # valid in moodlog 1, outside a monitor's
    ]
    for tid, sb, db, hb, sa, da, ha in rows:
        con.execute(
            "INSERT INTO treatments (id, at, kind, clinic, note, side_effects_note, created_at,"
            " updated_at, bp_before_systolic, bp_before_diastolic, hr_before, bp_after_systolic,"
            " bp_after_diastolic, hr_after) VALUES (?, ?, 'ketamine_iv', '', '', '',"
            " '2026-01-01T10:00:00.000+00:00', '2026-01-01T10:00:00.000+00:00',"
            " ?, ?, ?, ?, ?, ?)",
            (tid, f"2026-01-0{tid} 10:00:00.000000", sb, db, hb, sa, da, ha))
    con.execute("INSERT INTO treatment_side_effects VALUES (4, 'nausea', 2)")
    con.commit()
    con.close()
    with JournalStore.open(path) as store:
        got = {t.id: t for t in store.treatments()}
    assert got[1].readings == (Reading(0, heart_rate=70),)
    assert got[2].readings == (Reading(None, 150, 95),)
    assert got[3].readings == ()
    assert got[4].readings == (Reading(0, 128, 82, 64), Reading(None, 141, 90, 77))
    assert got[5].readings == (Reading(0, 290, 190, 245), Reading(None, heart_rate=21))
    assert dict(got[4].side_effects) == {"nausea": 2}  # dropping columns kept the children
    assert got[4].bp_before is not None and str(got[4].bp_before) == "128/82"
    con = sqlite3.connect(path)
    columns = [r[1] for r in con.execute("PRAGMA table_info(treatments)")]
    con.close()
    assert not [c for c in columns if c.startswith(("bp_", "hr_"))]
