import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moodlog.core.models import JournalData
from moodlog.exchange import FormatError, json_format
from moodlog.store import JournalStore


def _without_stamp(text: str) -> dict:
    doc = json.loads(text)
    doc.pop("exported_at")
    return doc


def test_export_import_export_is_exact(tmp_path: Path, demo_data: JournalData) -> None:
    with JournalStore.open(tmp_path / "a.sqlite") as a:
        a.import_data(demo_data)
        a.set_symptom_hidden("physical_pain", True)
        first = json_format.dump(a.snapshot())
    with JournalStore.open(tmp_path / "b.sqlite") as b:
        b.import_data(json_format.load(first))
        second = json_format.dump(b.snapshot())
    assert _without_stamp(first) == _without_stamp(second)
    assert first.splitlines()[4:] == second.splitlines()[4:]


def test_the_file_states_its_format_and_scales(demo_data: JournalData) -> None:
    doc = json.loads(json_format.dump(demo_data))
    assert doc["format"] == "moodlog-journal" and doc["format_version"] == 2
    assert doc["scales"]["mood"]["min"] == 0 and doc["scales"]["mood"]["max"] == 10
    assert doc["scales"]["symptom_severity"]["max"] == 3
    first = doc["checkins"][0]
    assert set(first) == {"date", "mood", "symptoms", "sleep_hours", "note", "created_at",
                          "updated_at", "tags", "moments", "medications_taken"}
    assert doc["treatments"][0]["at"].count(":") == 1  # local minute, no offset


def _doc(**changes: object) -> str:
    doc: dict = {"format": "moodlog-journal", "format_version": 1, "checkins": [
        {"date": "2026-01-01", "mood": 5, "symptoms": {"sadness": 1}}]}
    doc.update(changes)
    return json.dumps(doc)


@pytest.mark.parametrize(("text", "message"), [
    ("", "not valid JSON"),
    ('{"format": "moodlog-journal", "format_version": 1, "checkins": [', "truncated"),
    ("[1, 2]", "expected an object"),
    ('{"hello": 1}', "not a moodlog JSON export"),
    (_doc(format_version=3), "format version 3, newer"),
    (_doc(checkins=[{"date": "2026-01-01", "mood": 5,
                     "moments": [{"time": "24:00", "mood": 5}]}]),
     r"checkins\[0\].moments\[0\]: .*00:00 and 23:59"),
    (_doc(moments=[{"date": "2026-01-01", "time": "08:00", "mood": 12}]),
     r"moments\[0\]: .*0-10"),
    (_doc(checkins=[{"date": "2026-01-01", "mood": 5, "tags": [3]}]), r"checkins\[0\].tags\[0\]"),
    (_doc(checkins=[{"date": "2026-01-01", "mood": 5, "medications_taken": {"x": "yes"}}]),
     "true or false"),
    (_doc(tags=[{"key": "walk", "label": ""}]), r"tags\[0\]: .*empty"),
    (_doc(medications=[{"key": "a", "name": "A", "dose": -1}]),
     r"medications\[0\]: .*positive"),
    (_doc(format_version="1"), "format_version: expected a whole number"),
    (_doc(checkins=[{"date": "2026-02-30", "mood": 5}]), r"checkins\[0\]: date .* not a real"),
    (_doc(checkins=[{"date": "2026-01-01", "mood": 11}]), r"checkins\[0\]: mood must be 0-10"),
    (_doc(checkins=[{"date": "2026-01-01", "mood": "5"}]), r"checkins\[0\].mood: expected a"),
    (_doc(checkins=[{"date": "2026-01-01", "mood": 5, "symptoms": {"sadness": 4}}]),
     "0-3"),
    (_doc(checkins=[{"date": "2026-01-01"}]), r"checkins\[0\].mood: missing"),
    (_doc(checkins={"date": "2026-01-01"}), "checkins: expected a list"),
    (_doc(treatments=[{"at": "2026-01-01 25:00", "kind": "ketamine_iv"}]),
     r"treatments\[0\]: at .* not a real time"),
    (_doc(treatments=[{"at": "2026-01-01 10:00", "kind": "magic"}]), "unknown treatment kind"),
    (_doc(treatments=[{"at": "2026-01-01 10:00", "kind": "tms", "bp_before": {"systolic": 1}}]),
     r"treatments\[0\].bp_before: expected systolic and diastolic"),
    (_doc(treatments=[{"at": "2026-01-01 10:00", "kind": "tms",
                       "readings": [{"minutes": 0, "systolic": 301, "diastolic": 80}]}]),
     r"treatments\[0\].readings\[0\]: systolic pressure must be a whole number 50-300"),
    (_doc(treatments=[{"at": "2026-01-01 10:00", "kind": "tms",
                       "readings": [{"minutes": 721, "heart_rate": 70}]}]),
     r"readings\[0\]: reading time must be a whole number 0-720"),
    (_doc(treatments=[{"at": "2026-01-01 10:00", "kind": "esketamine_nasal",
                       "readings": [], "session": {"cadss": 30, "cadss_form": "cadss6"}}]),
     r"treatments\[0\].session: CADSS-6 must be a whole number 0-24"),
    (_doc(treatments=[{"at": "2026-01-01 10:00", "kind": "tms",
                       "readings": [], "session": {"moaas": "5"}}]),
     r"treatments\[0\].session.moaas: expected a whole number"),
    (_doc(questionnaires=[{"instrument": "phq9", "date": "2026-01-01", "answers": [1, 2]}]),
     "PHQ-9 has 9 items"),
    (_doc(clinician_scores=[{"instrument": "MADRS", "date": "2026-01-01", "total": 70}]),
     "0-60"),
])
def test_bad_files_give_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        json_format.load(text)


def test_a_truncated_export_is_refused(demo_data: JournalData) -> None:
    text = json_format.dump(demo_data)
    for cut in (10, len(text) // 3, len(text) - 3):
        with pytest.raises(FormatError, match="not valid JSON"):
            json_format.load(text[:cut])


def test_a_byte_order_mark_is_accepted() -> None:
    assert json_format.load("\ufeff" + _doc()).checkins[0].mood == 5


_json = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 40) | st.floats(allow_nan=True)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=5),
    max_leaves=25,
)
_entry = st.fixed_dictionaries({}, optional={
    "date": st.sampled_from(["2026-01-01", "2026-13-01", "x", ""]) | _json,
    "at": st.sampled_from(["2026-01-01 10:00", "2026-01-01T99:00"]) | _json,
    "mood": st.integers(-2, 12) | _json,
    "symptoms": st.dictionaries(st.sampled_from(["sadness", "Bad Key", "nightmares"]),
                                st.integers(-1, 4) | _json, max_size=3) | _json,
    "kind": st.sampled_from(["ketamine_iv", "nope"]) | _json,
    "instrument": st.sampled_from(["phq9", "gad7", "MADRS"]) | _json,
    "answers": st.lists(st.integers(-1, 4) | st.none(), max_size=10) | _json,
    "total": st.integers(-1, 100) | _json,
})


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.fixed_dictionaries({"format": st.just("moodlog-journal"),
                              "format_version": st.just(1)},
                             optional={k: st.lists(_entry, max_size=3) | _json for k in (
                                 "symptoms", "checkins", "treatments", "questionnaires",
                                 "clinician_scores")}))
def test_fuzzed_documents_load_or_fail_with_format_error(doc: dict) -> None:
    try:
        data = json_format.load(json.dumps(doc))
    except FormatError as exc:
        assert str(exc)
    else:
        assert isinstance(data, JournalData)
