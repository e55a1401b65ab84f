"""Revision 0005: the mood maps move into the journal (table mood_maps); a side file of an older
moodlog is adopted once, at the first opening, and removed."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from moodlog.store import JournalStore
from moodlog.store.migrate import current_revision
from moodlog.store.mood_maps import side_file

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_a_0004_journal_gets_an_empty_table_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    shutil.copy(FIXTURES / "journal-0004.sqlite", path)
    before = sqlite3.connect(path)
    counts = {t: before.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("checkins", "moments", "medications", "treatment_readings")}
    before.close()
    with JournalStore.open(path) as store:
        assert store.mood_maps() == {}
    assert current_revision(path) == "0005"
    after = sqlite3.connect(path)
    assert {t: after.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts} \
        == counts
    after.close()
    assert len(list((tmp_path / "backups").glob("*before-upgrade-from-0004*"))) == 1


def test_a_0004_journal_with_a_side_file_takes_its_maps_in(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    shutil.copy(FIXTURES / "journal-0004.sqlite", path)
    side_file(path).write_text('{"daylio": {"super tired": 2, "meh": 5}, '
                               '"pixels": {"4": 7}}', encoding="utf-8")
    with JournalStore.open(path) as store:
        assert store.mood_maps() == {"daylio": {"super tired": 2, "meh": 5},
                                     "pixels": {"4": 7}}
    assert not side_file(path).exists()
    # The backup taken before the upgrade is the journal as it was (the file's maps are not in
    # it, but they are in the journal now, where every later backup carries them).
    assert current_revision(path) == "0005"


def test_the_0005_fixture_reads_its_maps_in_order(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    shutil.copy(FIXTURES / "journal-0005.sqlite", path)
    with JournalStore.open(path) as store:
        maps = store.mood_maps()
        assert maps == {"daylio": {"super tired": 2, "fine I\u2019m fine": 5},
                        "emoods": {"depressed none": 8, "depressed mild": 6}}
        assert list(maps["daylio"]) == ["super tired", "fine I\u2019m fine"]
        assert store.counts().checkins > 60


def test_the_table_refuses_moods_outside_0_to_10(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    with JournalStore.open(path) as store:
        store.remember_mood_map("daylio", {"a": 0, "b": 10, "c": 11, "d": -1, "": 3})
        assert store.mood_map("daylio") == {"a": 0, "b": 10}  # what is not a mood is left out
        with pytest.raises(ValueError, match="format"):
            store.remember_mood_map("", {"a": 1})
    con = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("INSERT INTO mood_maps VALUES ('daylio', 'x', 11, 5)")
    con.close()
