"""JSON v2's session record: readings, dose details and clinic totals round-trip exactly."""

import json
from dataclasses import replace
from pathlib import Path

from moodlog.core.models import JournalData
from moodlog.exchange import json_format
from moodlog.store import JournalStore


def test_the_demo_esketamine_course_round_trips_through_json_and_a_journal(
        tmp_path: Path, demo_data: JournalData) -> None:
    course = [t for t in demo_data.treatments if t.kind == "esketamine_nasal"]
    assert course and all(len(t.readings) == 3 for t in course)
    with JournalStore.open(tmp_path / "a.sqlite") as a:
        a.import_data(demo_data)
        text = json_format.dump(a.snapshot())
    loaded = json_format.load(text)
    with JournalStore.open(tmp_path / "b.sqlite") as b:
        b.import_data(loaded)
        again = b.snapshot()
    got = [replace(t, id=None) for t in again.treatments]
    assert got == [replace(t, id=None) for t in demo_data.treatments]
    doc = json.loads(text)
    first = next(t for t in doc["treatments"] if t["kind"] == "esketamine_nasal")
    assert [r["minutes"] for r in first["readings"]] == [0, 40, 120]
    assert first["session"]["devices"] == 2 and first["session"]["cadss"] == 22
    assert first["session"]["cadss_form"] == "cadss"
    assert "bp_before" not in first
    assert "as reported by the clinic" in doc["scales"]["clinician_rated"]


def test_a_file_from_before_readings_reads_as_the_migration_would() -> None:
    doc = {"format": "moodlog-journal", "format_version": 2, "treatments": [
        {"at": "2026-01-01T10:00", "kind": "ketamine_iv",
         "bp_before": {"systolic": 130, "diastolic": 80}, "hr_before": 70,
         "bp_after": None, "hr_after": 88}]}
    (t,) = json_format.load(json.dumps(doc)).treatments
    assert [(r.minutes, r.systolic, r.diastolic, r.heart_rate) for r in t.readings] == [
        (0, 130, 80, 70), (None, None, None, 88)]
