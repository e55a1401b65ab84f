"""The FHIR R4 export: the demo journal's whole bundle validates with fhir.resources (R4B models),
holds as many resources as the journal has entries, and codes a PHQ-9 the way LOINC does."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fhir.resources.R4B.bundle import Bundle

from moodlog import cli
from moodlog.core import fhir_codes
from moodlog.core.models import (
    CheckIn,
    JournalData,
    QuestionnaireResponse,
    SymptomDef,
    Treatment,
)
from moodlog.core.session import Reading
from moodlog.exchange import fhir
from moodlog.store import JournalStore

# Written out from CLINICAL.md section 8 rather than taken from core.fhir_codes, so that a wrong
# code in the data module fails here.
PHQ9_ITEMS = ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5",
              "44253-3", "44260-8"]
GAD7_ITEMS = ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"]
ANSWERS = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"]
NEW_YORK = ZoneInfo("America/New_York")  # on Windows from the tzdata dev dependency


@dataclass
class Export:
    data: JournalData
    bundle: dict[str, Any]
    text: str
    path: Path


def _cli(*argv: str) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return cli.main(list(argv))


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> Export:
    """``moodlog demo`` then ``moodlog export fhir`` into a fresh data folder, as a user would."""
    folder = tmp_path_factory.mktemp("fhir")
    data_dir = folder / "data"
    assert _cli("--data-dir", str(data_dir), "demo") == 0
    target = folder / "record.json"
    assert _cli("--data-dir", str(data_dir), "export", "fhir", str(target)) == 0
    with JournalStore.open(data_dir / "journal.sqlite") as store:
        data = store.snapshot()
    text = target.read_text(encoding="utf-8")
    return Export(data, json.loads(text), text, target)


def _resources(bundle: dict[str, Any], kind: str | None = None) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"]
            if kind is None or e["resource"]["resourceType"] == kind]


def _by_url(bundle: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["fullUrl"]: e["resource"] for e in bundle["entry"]}


def test_the_demo_bundle_validates_with_the_r4b_models(demo_export: Export) -> None:
    parsed = Bundle.model_validate(demo_export.bundle)
    assert parsed.type == "collection"
    assert len(parsed.entry) == len(demo_export.bundle["entry"]) > 1000


def test_resource_counts_equal_the_journal(demo_export: Export) -> None:
    data = demo_export.data
    scored = [r for r in data.questionnaires if r.instrument in ("phq9", "gad7")]
    observations = 0
    for r in scored:
        observations += sum(a is not None for a in r.answers)
        observations += r.instrument == "phq9" and r.difficulty is not None
        observations += r.score.complete
    for t in data.treatments:
        observations += sum(v is not None for r in t.readings
                            for v in (r.systolic, r.heart_rate, r.spo2))
    observations += sum(1 + len(c.ratings) for c in data.checkins)
    ketamine = [t for t in data.treatments if t.kind in fhir_codes.MEDICATION_KINDS]
    assert scored and ketamine and data.checkins
    assert fhir.count_resources(demo_export.bundle) == Counter(
        QuestionnaireResponse=len(scored), Observation=observations,
        MedicationAdministration=len(ketamine))
    totals = [o for o in _resources(demo_export.bundle, "Observation")
              if o["code"]["coding"][0]["code"] in ("44261-6", "70274-6")]
    assert len(totals) == sum(r.score.complete for r in scored)


def test_one_phq9_carries_its_answers_as_loinc_codes(demo_export: Export) -> None:
    response = next(r for r in demo_export.data.questionnaires
                    if r.instrument == "phq9" and len(set(r.answers)) >= 3)
    resources = _by_url(demo_export.bundle)
    qr = next(q for q in _resources(demo_export.bundle, "QuestionnaireResponse")
              if q["id"] == f"phq9-{response.id}")
    assert qr["questionnaire"] == "http://loinc.org/q/44249-1"
    assert qr["authored"] == response.day.isoformat()
    assert [i["linkId"] for i in qr["item"]] == [*PHQ9_ITEMS, "69722-7"]
    assert [i["answer"][0]["valueCoding"]["code"] for i in qr["item"][:9]] == [
        ANSWERS[a] for a in response.answers if a is not None]
    difficulty = ["LA6572-7", "LA6573-5", "LA6575-0", "LA6574-3"][response.difficulty or 0]
    assert qr["item"][9]["answer"][0]["valueCoding"]["code"] == difficulty

    total = next(o for o in _resources(demo_export.bundle, "Observation")
                 if o["id"] == f"phq9-{response.id}-total")
    assert total["code"]["coding"][0] == {
        "system": "http://loinc.org", "code": "44261-6",
        "display": "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"}
    assert total["category"][0]["coding"][0]["code"] == "survey"
    assert total["valueInteger"] == response.score.total == sum(a or 0 for a in response.answers)
    assert total["effectiveDateTime"] == response.day.isoformat()
    assert resources[total["derivedFrom"][0]["reference"]] is qr
    members = [resources[m["reference"]] for m in total["hasMember"]]
    assert [m["code"]["coding"][0]["code"] for m in members] == [*PHQ9_ITEMS, "69722-7"]
    assert [m["valueCodeableConcept"]["coding"][0]["code"] for m in members[:9]] == [
        ANSWERS[a] for a in response.answers if a is not None]


def test_gad7_is_coded_with_its_own_panel(demo_export: Export) -> None:
    qr = next(q for q in _resources(demo_export.bundle, "QuestionnaireResponse")
              if q["id"].startswith("gad7-"))
    assert qr["questionnaire"] == "http://loinc.org/q/69737-5"
    # No published GAD-7 panel has a difficulty code: the answer stays in the response only.
    assert [i["linkId"] for i in qr["item"]] == [*GAD7_ITEMS, "gad7-difficulty"]
    total = _by_url(demo_export.bundle)[next(
        e["fullUrl"] for e in demo_export.bundle["entry"]
        if e["resource"]["id"] == f"{qr['id']}-total")]
    assert total["code"]["coding"][0]["code"] == "70274-6"
    assert len(total["hasMember"]) == 7


def test_every_reference_resolves_and_ids_are_unique(demo_export: Export) -> None:
    urls = [e["fullUrl"] for e in demo_export.bundle["entry"]]
    ids = [(r["resourceType"], r["id"]) for r in _resources(demo_export.bundle)]
    assert len(set(urls)) == len(urls) and len(set(ids)) == len(ids)
    refs = set()
    for resource in _resources(demo_export.bundle):
        for key in ("derivedFrom", "hasMember", "partOf"):
            refs.update(r["reference"] for r in resource.get(key, []))
    assert refs and refs <= set(urls)


def test_vitals_and_sessions(demo_export: Export) -> None:
    session = next(t for t in demo_export.data.treatments if t.kind == "ketamine_iv")
    assert session.bp_before is not None and [r.minutes for r in session.readings] == [0, 40, 90]
    by_id = {r["id"]: r for r in _resources(demo_export.bundle)}
    admin = by_id[f"treatment-{session.id}"]
    assert admin["resourceType"] == "MedicationAdministration"
    assert admin["medicationCodeableConcept"]["text"] == "Ketamine"
    assert admin["dosage"]["dose"]["value"] == session.dose
    assert admin["dosage"]["dose"]["code"] == session.dose_unit
    assert admin["dosage"]["route"]["coding"][0]["code"] == "47625008"
    bp = by_id[f"treatment-{session.id}-reading-1-bp"]
    assert bp["code"]["coding"][0]["code"] == "85354-9"
    assert bp["category"][0]["coding"][0]["code"] == "vital-signs"
    assert [(c["code"]["coding"][0]["code"], c["valueQuantity"]["value"],
             c["valueQuantity"]["code"]) for c in bp["component"]] == [
        ("8480-6", session.bp_before.systolic, "mm[Hg]"),
        ("8462-4", session.bp_before.diastolic, "mm[Hg]")]
    hr = by_id[f"treatment-{session.id}-reading-3-hr"]
    assert hr["code"]["coding"][0]["code"] == "8867-4"
    assert hr["valueQuantity"] == {"value": session.readings[2].heart_rate, "unit": "/min",
                                   "system": "http://unitsofmeasure.org", "code": "/min"}
    spo2 = by_id[f"treatment-{session.id}-reading-2-spo2"]
    assert spo2["code"]["coding"][0]["code"] == "59408-5"
    assert spo2["valueQuantity"]["value"] == session.readings[1].spo2
    # Each reading at its own time: the start, +40 and +90 minutes.
    assert bp["effectiveDateTime"] == admin["effectiveDateTime"]
    assert bp["effectiveDateTime"].startswith(session.at.strftime("%Y-%m-%dT%H:%M:00"))
    later = session.at + timedelta(minutes=90)
    assert hr["effectiveDateTime"].startswith(later.strftime("%Y-%m-%dT%H:%M:00"))
    assert spo2["effectiveDateTime"].startswith(
        (session.at + timedelta(minutes=40)).strftime("%Y-%m-%dT%H:%M:00"))


def test_an_untimed_after_reading_is_timed_at_the_start_and_says_so() -> None:
    t = Treatment(AT_WINTER, "ketamine_iv", readings=(Reading(None, 140, 90),), id=3)
    bundle = fhir.build_bundle(JournalData(treatments=(t,)), zone=NEW_YORK)
    by_id = {r["id"]: r for r in _resources(bundle)}
    bp = by_id["treatment-3-reading-1-bp"]
    assert bp["effectiveDateTime"] == "2026-01-15T09:30:00-05:00"
    assert "time was not recorded" in bp["note"][0]["text"]


def test_nothing_private_or_identifying_is_exported(demo_export: Export) -> None:
    notes = [c.note for c in demo_export.data.checkins if c.note]
    notes += [t.note for t in demo_export.data.treatments if t.note]
    assert notes and not any(json.dumps(n)[1:-1] in demo_export.text for n in notes)
    clinics = {t.clinic for t in demo_export.data.treatments if t.clinic}
    assert clinics and not any(c in demo_export.text for c in clinics)
    assert not _resources(demo_export.bundle, "Patient")
    assert {r["subject"]["display"] for r in _resources(demo_export.bundle)} == {
        fhir.PLACEHOLDER_SUBJECT}


def test_the_file_is_private(demo_export: Export) -> None:
    assert demo_export.path.stat().st_mode & 0o777 == 0o600
    assert not list(demo_export.path.parent.glob(".record.json.*"))  # no temporary left over


# Small journals built by hand, for what the demo does not have.

AT_WINTER = datetime(2026, 1, 15, 9, 30)
AT_SUMMER = datetime(2026, 7, 15, 9, 30)


def _journal() -> JournalData:
    return JournalData(
        symptoms=(SymptomDef("nightmares", "Nightmares"),),
        checkins=(CheckIn(date(2026, 1, 15), 4, {"sadness": 2, "nightmares": 1}),),
        treatments=(
            Treatment(AT_WINTER, "esketamine_nasal", dose=56, dose_unit="mg",
                      readings=(Reading(0, 128, 82),), id=7),
            Treatment(AT_SUMMER, "tms", readings=(Reading(0, heart_rate=70),), id=8),
            Treatment(AT_SUMMER.replace(day=16), "medication_change", id=9),
        ),
        questionnaires=(
            QuestionnaireResponse("phq9", date(2026, 1, 15), (1, 2, None, 0, 1, 1, 2, 0, 0), 1,
                                  id=3),
            QuestionnaireResponse("phq2", date(2026, 1, 16), (1, 1), id=4),
        ),
    )


def test_local_times_carry_the_offset_the_zone_had_then() -> None:
    bundle = fhir.build_bundle(_journal(), zone=NEW_YORK)
    by_id = {r["id"]: r for r in _resources(bundle)}
    assert by_id["treatment-7"]["effectiveDateTime"] == "2026-01-15T09:30:00-05:00"
    assert by_id["treatment-8"]["performedDateTime"] == "2026-07-15T09:30:00-04:00"
    assert by_id["checkin-2026-01-15-mood"]["effectiveDateTime"] == "2026-01-15"
    Bundle.model_validate(bundle)


def test_the_system_zone_is_read_from_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert fhir.system_zone().utcoffset(AT_SUMMER) == NEW_YORK.utcoffset(AT_SUMMER)


def test_an_incomplete_phq9_has_items_but_no_total() -> None:
    bundle = fhir.build_bundle(_journal(), zone=NEW_YORK)
    ids = {r["id"] for r in _resources(bundle)}
    assert "phq9-3-total" not in ids
    assert {f"phq9-3-item-{n}" for n in (1, 2, 4, 5, 6, 7, 8, 9)} <= ids
    assert "phq9-3-item-3" not in ids
    qr = next(r for r in _resources(bundle) if r["id"] == "phq9-3")
    assert "answer" not in qr["item"][2] and qr["item"][2]["linkId"] == "44259-0"


def test_kinds_and_instruments_that_are_left_out_or_become_procedures() -> None:
    bundle = fhir.build_bundle(_journal(), zone=NEW_YORK)
    assert fhir.count_resources(bundle) == Counter(
        QuestionnaireResponse=1, MedicationAdministration=1, Procedure=1,
        Observation=8 + 1 + 2 + 3)  # 8 answered items, difficulty; BP, HR; mood, 2 symptoms
    by_id = {r["id"]: r for r in _resources(bundle)}
    assert by_id["treatment-7"]["dosage"]["route"]["coding"][0]["code"] == "46713006"
    assert by_id["treatment-8"]["code"]["coding"][0]["code"] == "tms"
    assert "treatment-9" not in by_id and "phq2-4" not in by_id
    assert by_id["treatment-8-reading-1-hr"]["partOf"][0]["reference"].startswith("urn:uuid:")
    custom = by_id["checkin-2026-01-15-nightmares"]["code"]["coding"][0]
    assert custom == {"system": "https://moodlog.github.io/fhir/CodeSystem/checkin",
                      "code": "nightmares", "display": "Nightmares"}
    Bundle.model_validate(bundle)


def test_a_name_gives_a_patient_and_nothing_else() -> None:
    bundle = fhir.build_bundle(_journal(), name="  Sam   Example ", zone=NEW_YORK)
    patients = _resources(bundle, "Patient")
    assert patients == [{"resourceType": "Patient", "id": "patient",
                         "name": [{"text": "Sam Example"}]}]
    url = bundle["entry"][0]["fullUrl"]
    assert {r["subject"]["reference"] for r in _resources(bundle) if "subject" in r} == {url}
    Bundle.model_validate(bundle)


@pytest.fixture
def twice() -> Iterator[tuple[str, str]]:
    yield fhir.dump(_journal(), zone=NEW_YORK), fhir.dump(_journal(), zone=NEW_YORK)


def test_exporting_twice_gives_the_same_ids(twice: tuple[str, str]) -> None:
    first, second = (json.loads(t) for t in twice)
    assert [e["fullUrl"] for e in first["entry"]] == [e["fullUrl"] for e in second["entry"]]
    assert twice[0] == twice[1]


def test_bad_names_and_an_empty_journal_are_refused() -> None:
    with pytest.raises(ValueError, match="nothing to export"):
        fhir.build_bundle(JournalData(questionnaires=(
            QuestionnaireResponse("gad2", date(2026, 1, 1), (0, 1)),)))
    with pytest.raises(ValueError, match="control character"):
        fhir.check_name("Sam\x1b[31m")
    with pytest.raises(ValueError, match="limit"):
        fhir.check_name("x" * 201)
    assert fhir.check_name("   ") is None


def test_the_exporter_needs_no_fhir_library_at_run_time(tmp_path: Path) -> None:
    """fhir.resources (and pydantic) are for the tests only: the app writes plain JSON."""
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from moodlog.core.models import CheckIn, JournalData\n"
        "from moodlog.exchange import fhir\n"
        "fhir.dump(JournalData(checkins=(CheckIn(date(2026, 1, 1), 5),)))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('fhir', 'pydantic')))\n")
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True,
                         text=True, cwd=tmp_path).stdout
    assert out.strip() == "[]"


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset (POSIX)")
def test_the_c_library_zone_gives_the_local_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fallback where no IANA zone is to hand (Windows): the C library's own rules."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        zone = fhir._CLibraryZone()
        assert AT_WINTER.replace(tzinfo=zone).isoformat() == "2026-01-15T09:30:00-05:00"
        assert AT_SUMMER.replace(tzinfo=zone).isoformat() == "2026-07-15T09:30:00-04:00"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
