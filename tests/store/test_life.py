"""Tags, moments and medications in the journal: stored relationally, one transaction each."""

import sqlite3
from datetime import date, datetime, time
from pathlib import Path

import pytest

from moodlog.core.life import DEFAULT_TAGS, Medication, Moment
from moodlog.core.models import CheckIn, JournalData, Treatment
from moodlog.store import JournalStore
from tests.conftest import file_digest

DAY = date(2026, 3, 2)


def test_a_new_journal_offers_the_default_tag_groups(store: JournalStore) -> None:
    tags = store.tags()
    assert [g for g, _ in DEFAULT_TAGS] == list(dict.fromkeys(t.group for t in tags))
    assert {"family", "walk", "therapy", "alcohol"} <= {t.key for t in tags}


def test_a_checkin_keeps_its_tags_and_medication_answers(store: JournalStore) -> None:
    med = store.add_medication(Medication("sertraline", "Sertraline", 50, "mg"))
    store.add_medication(Medication("lithium", "Lithium", 400, "mg"))
    store.save_checkin(CheckIn(DAY, 6, tags=("walk", "family"),
                               medications_taken={med.key: True, "lithium": False}))
    got = store.checkin(DAY)
    assert got is not None and got.tags == ("family", "walk")
    assert dict(got.medications_taken) == {"lithium": False, "sertraline": True}
    # Saving the day again replaces the answers (here: lithium left unanswered).
    store.save_checkin(CheckIn(DAY, 6, tags=("walk",), medications_taken={"sertraline": False}))
    again = store.checkin(DAY)
    assert again is not None and again.tags == ("walk",)
    assert dict(again.medications_taken) == {"sertraline": False}


def test_unknown_tag_or_medication_keys_write_nothing(store: JournalStore,
                                                      tmp_path: Path) -> None:
    store.save_checkin(CheckIn(DAY, 4, note="kept"))
    before = store.snapshot()
    with pytest.raises(ValueError, match="unknown tag 'nope'"):
        store.save_checkin(CheckIn(DAY, 9, tags=("nope",)))
    with pytest.raises(ValueError, match="unknown medication 'ghost'"):
        store.save_checkin(CheckIn(DAY, 9, medications_taken={"ghost": True}))
    assert store.snapshot() == before


def test_tag_labels_that_collide_after_normalising_are_refused(store: JournalStore) -> None:
    yoga = store.add_tag("Yoga", "Health")
    assert (yoga.key, yoga.label, yoga.group) == ("yoga", "Yoga", "Health")
    with pytest.raises(ValueError, match="already exists"):
        store.add_tag("  yoga ")
    with pytest.raises(ValueError, match="already exists"):
        store.rename_tag("walk", "YOGA")
    store.rename_tag("walk", "Long walk")
    store.move_tag("walk", "Outside")
    store.set_tag_hidden("walk", True)
    walk = {t.key: t for t in store.tags()}["walk"]
    assert (walk.label, walk.group, walk.hidden) == ("Long walk", "Outside", True)
    assert "walk" not in {t.key for t in store.tags(include_hidden=False)}


def test_a_hidden_tag_keeps_its_days(store: JournalStore) -> None:
    store.save_checkin(CheckIn(DAY, 5, tags=("alcohol",)))
    store.set_tag_hidden("alcohol", True)
    got = store.checkin(DAY)
    assert got is not None and got.tags == ("alcohol",)


def test_a_tag_in_use_cannot_be_deleted_behind_the_store(store: JournalStore) -> None:
    store.save_checkin(CheckIn(DAY, 5, tags=("walk",)))
    con = sqlite3.connect(store.path)
    con.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("DELETE FROM tags WHERE key = 'walk'")
    con.close()


def test_moments_are_many_per_day_and_not_checkins(store: JournalStore) -> None:
    first = store.add_moment(Moment(DAY, time(9, 0), 3, "groggy"))
    store.add_moment(Moment(DAY, time(14, 30), 6, "better after lunch"))
    assert first.id is not None
    assert [m.at for m in store.moments(DAY, DAY)] == [time(9, 0), time(14, 30)]
    assert store.counts().checkins == 0 and store.counts().moments == 2
    same_minute = store.add_moment(Moment(DAY, time(9, 0), 5, "a second one at 09:00"))
    assert len(store.moments(DAY, DAY)) == 3
    assert store.delete_moment(same_minute.id or 0)
    store.update_moment(Moment(DAY, time(9, 15), 4, "groggy still", id=first.id))
    assert store.moments()[0].note == "groggy still"
    assert store.delete_moment(first.id) and len(store.moments()) == 1
    assert list(store.moment_days()) == [DAY]


def test_medication_names_and_keys_stay_distinct(store: JournalStore) -> None:
    store.add_medication(Medication("sertraline", "Sertraline", 50, "mg"))
    with pytest.raises(ValueError, match="already exists"):
        store.add_medication(Medication("sertraline_x", "sertraline"))
    store.update_medication(Medication("sertraline", "Sertraline", 100, "mg",
                                       active_from=date(2026, 1, 5)))
    (med,) = store.medications()
    assert (med.dose, med.active_from) == (100.0, date(2026, 1, 5))
    with pytest.raises(ValueError, match="unknown medication"):
        store.update_medication(Medication("nope", "Nope"))


def test_an_import_with_an_unknown_tag_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with JournalStore.open(path) as store:
        store.save_checkin(CheckIn(DAY, 5))
    before = file_digest(path)
    data = JournalData(checkins=(CheckIn(date(2026, 3, 3), 5, tags=("nope",)),),
                       moments=(Moment(date(2026, 3, 3), time(8), 5),),
                       treatments=(Treatment(datetime(2026, 3, 3, 9), "ketamine_iv"),))
    with JournalStore.open(path) as store, pytest.raises(ValueError, match="unknown tag"):
        store.import_data(data)
    assert file_digest(path) == before


def test_catalogue_matching_in_any_file_order_never_merges_or_duplicates() -> None:
    from moodlog.store.life import match_catalogue

    # the renamed tag listed after the new one that took its old name
    assert match_catalogue([("walk_2", "walk"), ("walk", "Walking")], {"walk": "walk"},
                           adopt=True) == ({"walk": "walk"}, {"walk_2": "walk_2"}, {"walk"})
    # a file without the journal's 'work' tag naming another tag 'work': that is 'work'
    assert match_catalogue([("walk", "Work")], {"walk": "walk", "work": "work"},
                           adopt=True) == ({"walk": "work"}, {}, set())
    # not adopting: the same key under another name is another tag, under a new key
    assert match_catalogue([("walk", "Walking")], {"walk": "walk"}, adopt=False) == (
        {}, {"walk": "walking"}, set())
