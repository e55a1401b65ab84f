"""A large import writes the search index of its notes, moments and tags in one step each: the
same index the triggers give, the triggers back afterwards, and nothing of it left by a dry run
or a failed import."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from moodlog.core.life import Moment, Tag
from moodlog.core.models import CheckIn, JournalData
from moodlog.store import JournalStore, fts
from moodlog.store import bulk as bulk_module

START = date(2024, 1, 1)


def _data(days: int, start: date = START) -> JournalData:
    tags = (Tag("walk", "walk", "Activities"), Tag("rain_x", "heavy rain", "Weather"))
    checkins = tuple(CheckIn(start + timedelta(days=i), 5, note=f"day {i}" if i % 3 else "",
                             tags=("walk", "rain_x") if i % 2 else ("rain_x",))
                     for i in range(days))
    moments = tuple(Moment(start + timedelta(days=i), time(9 + i % 12, 15), 6,
                           f"moment {i}" if i % 4 else "") for i in range(days))
    return JournalData(checkins=checkins, tags=tags, moments=moments)


def _index(store: JournalStore) -> list[tuple[int, str, str, str]]:
    with sqlite3.connect(store.path) as conn:
        return conn.execute(f"SELECT rowid, body, kind, day FROM {fts.TABLE} "
                            "ORDER BY rowid").fetchall()


def _triggers(store: JournalStore) -> set[str]:
    with sqlite3.connect(store.path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                           "WHERE type = 'trigger'")}


def test_bulk_tags_give_the_index_the_trigger_gives(store: JournalStore,
                                                     tmp_path: object) -> None:
    before = _triggers(store)
    assert fts.TAGS_TRIGGER in before
    store.save_checkin(CheckIn(START - timedelta(days=1), 4, tags=("walk",)))  # trigger path
    store.import_data(_data(300))  # bulk path: 450 tag rows
    assert _triggers(store) == before
    bulk = _index(store)
    with sqlite3.connect(store.path) as conn:  # what the triggers' own rebuild gives
        for statement in fts.REBUILD:
            conn.execute(statement)
    assert _index(store) == bulk
    assert len([r for r in bulk if r[2] == "checkin_tags"]) == 301
    assert len([r for r in bulk if r[2] == "checkin_note"]) == 200
    assert len([r for r in bulk if r[2] == "moment"]) == 225
    assert [h.place for h in store.search("moment 7")][:1] == ["moment 16:15"]
    assert [h.day for h in store.search("heavy", start=START, end=START)] == [START]
    # The trigger works again for the next single save.
    store.save_checkin(CheckIn(START - timedelta(days=2), 4, tags=("rain_x",)))
    assert [h.day for h in store.search("heavy", end=START - timedelta(days=2))] \
        == [START - timedelta(days=2)]


def test_dry_run_and_failed_import_leave_index_and_trigger(
        store: JournalStore, monkeypatch: pytest.MonkeyPatch) -> None:
    before, index = _triggers(store), _index(store)
    store.import_data(_data(200), dry_run=True)
    assert _triggers(store) == before and _index(store) == index

    def fail(*_args: object) -> None:  # a failure after the tags went in, trigger dropped
        raise ValueError("disk on fire")

    monkeypatch.setattr(bulk_module.life, "import_moments", fail)
    with pytest.raises(ValueError, match="disk on fire"):
        store.import_data(_data(200))
    assert _triggers(store) == before and _index(store) == index
    assert store.counts().checkins == 0


def test_driver_executemany_stores_what_sqlalchemy_stores(tmp_path: Path) -> None:
    from moodlog.store.many import insert_rows
    from moodlog.store.models import CheckInRow, TagRow, core_insert

    now = datetime(2025, 3, 1, 12, 30, 15, 123456, tzinfo=UTC)
    checkins = [{"id": i, "day": START + timedelta(days=i), "mood": i % 11,
                 "sleep_hours": None if i % 2 else 7.5, "note": f"n{i}" if i % 3 else "",
                 "created_at": now, "updated_at": now + timedelta(hours=i)} for i in range(1, 40)]
    tags = [{"key": f"t{i}", "label": f"tag {i}", "group_label": "g", "hidden": bool(i % 2),
             "position": 100 + i} for i in range(30)]
    got = []
    for name, insert in (("many", lambda s, m, rows: insert_rows(s, m, rows)),
                         ("core", lambda s, m, rows: s.execute(core_insert(m), rows))):
        with JournalStore.open(tmp_path / f"{name}.sqlite") as store, store._write() as s:
            insert(s, CheckInRow, checkins)
            insert(s, TagRow, tags)
        with sqlite3.connect(tmp_path / f"{name}.sqlite") as conn:
            got.append([conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                        for t in ("checkins", "tags", fts.TABLE)])
    assert got[0] == got[1]
    assert got[0][0][0][5] == "2025-03-01T12:30:15.123+00:00"
