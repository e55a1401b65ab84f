"""Daylio moved in properly: activities become tags (names verbatim), entries become moments."""

from datetime import date, time
from pathlib import Path

from moodlog.exchange import daylio
from moodlog.store import JournalStore
from tests.exchange.daylio_helpers import CURRENT, Row, daylio_csv

D1, D2 = date(2024, 3, 1), date(2024, 3, 2)
ROWS = [  # newest first, as Daylio writes them
    Row(D2, time(21, 0), "good", "<c_e> tired | Walk", "Better by night", "Evening"),
    Row(D2, time(8, 30), "awful", "tired | walk | <f_sl150> sleep (a lot)"),
    Row(D2, time(8, 30), "meh", "tired", "same minute, another entry"),
    Row(D1, time(9, 5), "rad", "family"),
]


def test_activities_are_tags_with_their_names_verbatim_and_never_merged() -> None:
    plan = daylio.load(daylio_csv(ROWS, CURRENT))
    labels = [t.label for t in plan.tags]
    assert labels == ["family", "tired", "walk", "<f_sl150> sleep (a lot)", "<c_e> tired",
                      "Walk (2)"]
    assert {t.group for t in plan.tags} == {"Daylio"}
    assert len({t.key for t in plan.tags}) == len(plan.tags)
    by_day = {c.day: c for c in plan.checkins}
    label_of = {t.key: t.label for t in plan.tags}
    assert sorted(label_of[k] for k in by_day[D2].tags) == sorted(
        ["tired", "walk", "<f_sl150> sleep (a lot)", "<c_e> tired", "Walk (2)"])


def test_entries_are_moments_and_the_checkin_mood_stays_the_rounded_mean() -> None:
    plan = daylio.load(daylio_csv(ROWS, CURRENT))
    day2 = [m for m in plan.moments if m.day == D2]
    assert [(m.at, m.mood) for m in day2] == [(time(8, 30), 5), (time(8, 30), 0),
                                              (time(21, 0), 8)]
    assert day2[0].note == "same minute, another entry" and day2[2].note == \
        "Evening\nBetter by night"
    assert {c.day: c.mood for c in plan.checkins} == {D1: 10, D2: 4}  # (5+0+8)/3 = 4.33


def test_importing_into_a_journal_reuses_same_named_tags_and_twice_adds_nothing(
        tmp_path: Path) -> None:
    text = daylio_csv(ROWS, CURRENT)
    with JournalStore.open(tmp_path / "j.sqlite") as store:
        store.add_moment(daylio.load(text).moments[0])  # not empty: no adopting
        store.import_data(daylio.load(text).data())
        tags = {t.key: t for t in store.tags()}
        assert tags["family"].group == "People", "the journal's own 'family' tag is reused"
        assert tags["tired"].label == "tired" and tags["tired"].group == "Daylio"
        assert len(store.moments()) == 4
        again = store.import_data(daylio.load(text).data())
        assert again.written.moments == 0 and len(store.moments()) == 4
        walks = sorted(t.label for t in store.tags() if t.label.casefold().startswith("walk"))
        assert walks == ["Walk (2)", "walk"]
        c2 = store.checkin(D2)
        assert c2 is not None and len(c2.tags) == 5
        # found in the tags, and in the day's note, which still lists every entry as before
        assert sorted(h.place for h in store.search("sleep lot")) == ["check-in note", "tags"]
