"""Format version 2: tags, moments and medications survive export -> import -> export exactly."""

import json
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moodlog.core.life import Medication, Moment, Tag
from moodlog.core.models import CheckIn, JournalData
from moodlog.exchange import json_format
from moodlog.exchange.errors import FormatError
from moodlog.store import JournalStore

DAY = date(2026, 5, 4)


def _life_journal(path: Path) -> None:
    with JournalStore.open(path) as store:
        store.add_tag("Yoga", "Health")
        store.rename_tag("walk", "Long walk")
        store.set_tag_hidden("alcohol", True)
        store.add_medication(Medication("sertraline", "Sertraline", 50, "mg", "mornings",
                                        date(2026, 1, 1)))
        store.add_medication(Medication("lithium", "Lithium", 400, "mg",
                                        active_to=date(2026, 12, 31)))
        store.save_checkin(CheckIn(DAY, 6, note="fine", tags=("yoga", "walk"),
                                   medications_taken={"sertraline": True, "lithium": False}))
        store.save_checkin(CheckIn(date(2026, 5, 5), 3, tags=("alcohol",)))
        store.add_moment(Moment(DAY, time(13, 5), 7, "after the session"))
        store.add_moment(Moment(DAY, time(8, 0), 4))
        store.add_moment(Moment(date(2026, 5, 9), time(21, 30), 5, "no check-in that day"))


def _without_stamp(text: str) -> list[str]:
    return [line for line in text.splitlines() if '"exported_at"' not in line]


def test_a_journal_with_tags_moments_and_medications_round_trips_exactly(tmp_path: Path) -> None:
    _life_journal(tmp_path / "a.sqlite")
    with JournalStore.open(tmp_path / "a.sqlite") as store:
        first = json_format.dump(store.snapshot())
    doc = json.loads(first)
    entry = doc["checkins"][0]
    assert entry["tags"] == ["walk", "yoga"]
    assert entry["medications_taken"] == {"lithium": False, "sertraline": True}
    assert entry["moments"] == [{"time": "08:00", "mood": 4, "note": ""},
                                {"time": "13:05", "mood": 7, "note": "after the session"}]
    assert doc["moments"] == [{"date": "2026-05-09", "time": "21:30", "mood": 5,
                               "note": "no check-in that day"}]
    assert doc["medications"][0] == {"key": "sertraline", "name": "Sertraline", "dose": 50.0,
                                     "unit": "mg", "schedule": "mornings",
                                     "active_from": "2026-01-01", "active_to": None}
    assert {"key": "walk", "label": "Long walk", "group": "Activities", "hidden": False} \
        in doc["tags"]
    with JournalStore.open(tmp_path / "b.sqlite") as other:
        report = other.import_data(json_format.load(first))
        assert report.written.moments == 3
        second = json_format.dump(other.snapshot())
    assert _without_stamp(first) == _without_stamp(second)


def test_a_version_1_file_still_imports(tmp_path: Path) -> None:
    v1 = json.dumps({"format": "moodlog-journal", "format_version": 1, "checkins": [
        {"date": "2026-01-01", "mood": 5, "symptoms": {"sadness": 1}, "note": "old"}]})
    data = json_format.load(v1)
    assert data.tags == () and data.moments == () and data.checkins[0].tags == ()
    with JournalStore.open(tmp_path / "j.sqlite") as store:
        store.import_data(data)
        assert store.checkin(date(2026, 1, 1)) is not None
        assert store.tags(), "the default tags stay"


def _plain(n: int) -> st.SearchStrategy[str]:
    return st.text(st.characters(codec="utf-8", exclude_categories=("Cs",),
                                 exclude_characters="\x00"), max_size=n)


_keys = st.sampled_from(["walk", "family", "yoga", "tag_2"])
_labels = st.text(st.characters(codec="utf-8",
                                exclude_categories=("Cc", "Cf", "Cs", "Zl", "Zp")),
                  min_size=1, max_size=20).filter(lambda s: s.strip())
_tags = st.lists(st.builds(Tag, _keys, _labels, _labels, st.booleans()), max_size=4,
                 unique_by=lambda t: t.key)
_meds = st.lists(st.builds(Medication, st.sampled_from(["a", "b_2", "sertraline"]), _labels,
                           st.none() | st.floats(0.001, 1000), _plain(5).map(str.strip),
                           _plain(10).map(lambda s: " ".join(s.split()))),
                 max_size=3, unique_by=lambda m: m.key)
_days = st.dates(date(2020, 1, 1), date(2030, 12, 31))
_moments = st.lists(st.builds(Moment, _days, st.times().map(lambda t: t.replace(second=0,
                                                                                 microsecond=0)),
                              st.integers(0, 10), _plain(30)),
                    max_size=6, unique_by=lambda m: (m.day, m.at))
_checkins = st.lists(st.builds(CheckIn, _days, st.integers(0, 10),
                               tags=st.lists(_keys, max_size=3).map(tuple),
                               medications_taken=st.dictionaries(
                                   st.sampled_from(["a", "b_2"]), st.booleans(), max_size=2)),
                     max_size=4, unique_by=lambda c: c.day)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_tags, _meds, _moments, _checkins)
def test_the_new_json_parts_dump_and_load_to_the_same_records(
        tags: list[Tag], meds: list[Medication], moments: list[Moment],
        checkins: list[CheckIn]) -> None:
    checkins.sort(key=lambda c: c.day)
    moments.sort(key=lambda m: (m.day, m.at))
    data = JournalData(checkins=tuple(checkins), tags=tuple(tags), medications=tuple(meds),
                       moments=tuple(moments))
    back = json_format.load(json_format.dump(data))
    assert back.tags == data.tags and back.medications == data.medications
    assert back.moments == data.moments
    assert [(c.tags, dict(c.medications_taken)) for c in back.checkins] == \
        [(c.tags, dict(c.medications_taken)) for c in checkins]


_junk = st.recursive(st.none() | st.booleans() | st.integers(-3, 30) | st.text(max_size=6),
                     lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=15)
_life_entry = st.fixed_dictionaries({}, optional={
    "key": _keys | _junk, "label": _junk, "name": _junk, "group": _junk, "dose": _junk,
    "date": st.sampled_from(["2026-01-01", "2026-02-30"]) | _junk,
    "time": st.sampled_from(["08:00", "24:00", "7:5"]) | _junk, "mood": st.integers(-1, 11),
    "active_from": _junk, "note": _junk,
})


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.fixed_dictionaries({"format": st.just("moodlog-journal"), "format_version": st.just(2)},
                             optional={
                                 "tags": st.lists(_life_entry, max_size=3) | _junk,
                                 "medications": st.lists(_life_entry, max_size=3) | _junk,
                                 "moments": st.lists(_life_entry, max_size=3) | _junk,
                                 "checkins": st.lists(st.fixed_dictionaries(
                                     {"date": st.just("2026-01-01"), "mood": st.just(5)},
                                     optional={"tags": _junk, "moments": _junk
                                               | st.lists(_life_entry, max_size=2),
                                               "medications_taken": _junk}), max_size=1)}))
def test_fuzzed_version_2_parts_load_or_fail_with_format_error(doc: dict) -> None:
    try:
        data = json_format.load(json.dumps(doc))
    except FormatError as exc:
        assert str(exc)
    else:
        assert isinstance(data, JournalData)


def test_csv_has_a_tags_column_a_column_per_medication_and_a_moments_table(
        tmp_path: Path) -> None:
    from moodlog.exchange import csv_export

    _life_journal(tmp_path / "a.sqlite")
    with JournalStore.open(tmp_path / "a.sqlite") as store:
        store.add_moment(Moment(date(2026, 5, 10), time(7, 0), 5, "=HYPERLINK(\"x\")"))
        data = store.snapshot()
    lines = csv_export.dump(data, "checkins").lstrip("\ufeff").splitlines()
    header = lines[0].split(",")
    assert header[header.index("note") + 1:header.index("created_at")] == [
        "tags", "medication_sertraline", "medication_lithium"]
    first = lines[1]
    assert "Long walk; Yoga,taken,not taken," in first
    assert ",alcohol,,," in lines[2]  # unanswered medications are empty cells
    moments = csv_export.dump(data, "moments").lstrip("\ufeff").splitlines()
    assert moments[0] == "date,time,mood,note"
    assert moments[1] == "2026-05-04,08:00,4,"
    assert moments[-1] == "2026-05-10,07:00,5,\"'=HYPERLINK(\"\"x\"\")\""  # never a formula


def test_renamed_and_colliding_tags_keep_their_days_in_a_new_journal(tmp_path: Path) -> None:
    """'walk' renamed 'Walking', then a new tag 'walk' (key walk_2): each day keeps its own."""
    with JournalStore.open(tmp_path / "a.sqlite") as store:
        store.rename_tag("walk", "Walking")
        new = store.add_tag("walk", "Activities")
        assert new.key == "walk_2"
        store.save_checkin(CheckIn(date(2026, 11, 3), 6, tags=("walk_2",)))
        store.save_checkin(CheckIn(date(2026, 11, 4), 6, tags=("walk",)))
        store.save_checkin(CheckIn(date(2026, 11, 5), 6, tags=("walk", "walk_2")))
        first = json_format.dump(store.snapshot())
    (tmp_path / "export.json").write_text(first, encoding="utf-8")
    with JournalStore.open(tmp_path / "b.sqlite") as other:
        other.import_data(json_format.load((tmp_path / "export.json").read_text("utf-8")))
        labels = {t.key: t.label for t in other.tags()}
        days = {c.day.day: sorted(labels[k] for k in c.tags) for c in other.checkins()}
        assert days == {3: ["walk"], 4: ["Walking"], 5: ["Walking", "walk"]}
        assert sorted(labels.values()) == sorted(set(labels.values())), "labels stay unique"
        second = json_format.dump(other.snapshot())
    assert _without_stamp(first) == _without_stamp(second)


def test_a_file_with_renamed_tags_into_a_journal_with_its_own_tags(tmp_path: Path) -> None:
    """Not adopting: the file's 'Walking' (key walk) is not the journal's 'walk'."""
    with JournalStore.open(tmp_path / "a.sqlite") as store:
        store.rename_tag("walk", "Walking")
        store.add_tag("walk", "Activities")
        store.save_checkin(CheckIn(date(2026, 11, 4), 6, tags=("walk",)))
        store.save_checkin(CheckIn(date(2026, 11, 5), 6, tags=("walk", "walk_2")))
        doc = json_format.dump(store.snapshot())
    with JournalStore.open(tmp_path / "b.sqlite") as other:
        other.save_checkin(CheckIn(date(2026, 11, 1), 5, tags=("walk",)))
        other.import_data(json_format.load(doc))
        labels = {t.key: t.label for t in other.tags()}
        days = {c.day.day: sorted(labels[k] for k in c.tags) for c in other.checkins()}
        assert days == {1: ["walk"], 4: ["Walking"], 5: ["Walking", "walk"]}
        assert labels["walk"] == "walk", "the journal's own tag keeps its name"
        assert len(labels) == len(set(map(str.casefold, labels.values())))


def test_a_file_with_two_tags_of_one_name_is_refused(tmp_path: Path) -> None:
    data = JournalData(tags=(Tag("yoga", "Yoga"), Tag("yoga_2", "yoga ")))
    with JournalStore.open(tmp_path / "j.sqlite") as store:
        with pytest.raises(ValueError, match="more than one tag labelled"):
            store.import_data(data)
        assert "yoga" not in {t.key for t in store.tags()}


def test_medications_are_matched_by_name_and_a_taken_key_gets_a_new_one(tmp_path: Path) -> None:
    """Here 'sertraline' was renamed Escitalopram; the file's 'sertraline' is Sertraline."""
    with JournalStore.open(tmp_path / "other.sqlite") as other:
        other.add_medication(Medication("sertraline", "Sertraline", 100, "mg"))
        other.add_medication(Medication("lith", "lithium", 400, "mg"))
        other.save_checkin(CheckIn(date(2026, 11, 2), 4,
                                   medications_taken={"sertraline": False, "lith": True}))
        (tmp_path / "other.json").write_text(json_format.dump(other.snapshot()), "utf-8")
    with JournalStore.open(tmp_path / "j.sqlite") as store:
        med = store.add_medication(Medication("sertraline", "Sertraline", 50, "mg"))
        store.update_medication(Medication(med.key, "Escitalopram", 10, "mg"))
        store.add_medication(Medication("lithium", "Lithium", 800, "mg"))
        store.save_checkin(CheckIn(date(2026, 11, 1), 5, medications_taken={"sertraline": True}))
        store.import_data(json_format.load((tmp_path / "other.json").read_text("utf-8")))
        meds = {m.key: m for m in store.medications()}
        names = {k: m.name for k, m in meds.items()}
        taken = {c.day.day: {names[k]: v for k, v in c.medications_taken.items()}
                 for c in store.checkins()}
        assert taken == {1: {"Escitalopram": True},
                         2: {"Sertraline": False, "Lithium": True}}
        assert sorted(names.values()) == ["Escitalopram", "Lithium", "Sertraline"]
        assert meds["lithium"].dose == 800.0, "the journal's own medication is kept as it is"
