"""The compact read path behind charts agrees with the full check-in records."""

from datetime import date, timedelta

from moodlog.core.models import CheckIn, JournalData
from moodlog.store import JournalStore


def test_day_entries_carry_the_same_numbers_as_the_check_ins(
        store: JournalStore, demo_data: JournalData) -> None:
    store.import_data(demo_data)
    full = store.checkins()
    compact = store.day_entries()
    assert [e.day for e in compact] == [c.day for c in full]
    for entry, checkin in zip(compact, full, strict=True):
        assert (entry.mood, entry.sleep_hours) == (checkin.mood, checkin.sleep_hours)
        assert dict(entry.ratings) == dict(checkin.ratings)  # unanswered stays absent


def test_day_entries_honour_the_range_and_own_symptoms(store: JournalStore) -> None:
    store.add_symptom("Nightmares")
    day = date(2026, 2, 1)
    for i in range(5):
        store.save_checkin(CheckIn(day + timedelta(days=i), i, {"nightmares": i % 4}))
    store.save_checkin(CheckIn(day + timedelta(days=9), 9))
    got = store.day_entries(day + timedelta(days=1), day + timedelta(days=3))
    assert [(e.day.day, e.mood, dict(e.ratings)) for e in got] == [
        (2, 1, {"nightmares": 1}), (3, 2, {"nightmares": 2}), (4, 3, {"nightmares": 3})]
    last = store.day_entries(day + timedelta(days=5))
    assert len(last) == 1 and last[0].ratings == {} and last[0].sleep_hours is None
    assert store.day_entries(date(2030, 1, 1)) == []
