"""An HL7 FHIR R4 export: one Bundle of type ``collection``, written as plain JSON.

It follows the US Core "Observation Screening Assessment" pattern for PHQ-9 and GAD-7 and the vital
signs pattern for blood pressure and heart rate; the codes come from ``core.fhir_codes``. No FHIR
library is needed at run time; the tests validate the output with fhir.resources (R4B models).
Every resource id comes from the journal's own ids (or days), so exporting twice gives the same ids.
Notes, side effects, clinics and sleep are not exported.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from moodlog.core import fhir_codes as codes
from moodlog.core.models import (
    CheckIn,
    JournalData,
    QuestionnaireResponse,
    Treatment,
)
from moodlog.core.questionnaires import DIFFICULTY_QUESTION, INSTRUMENTS
from moodlog.core.symptoms import BUILTIN_BY_KEY
from moodlog.core.treatments import TREATMENT_KINDS

Json = dict[str, Any]
NAME_MAX = 200
PLACEHOLDER_SUBJECT = "The person who kept this journal (not identified in this export)"
_UUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, codes.MOODLOG_UUID_NAME)


class _CLibraryZone(tzinfo):
    """The system's zone as the C library knows it (Windows has no IANA name to hand)."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(0)
        try:
            stamp = time.mktime((dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, 0, 0,
                                 -1))
        except (OverflowError, OSError, ValueError):  # before 1970 on Windows: today's offset
            stamp = time.time()
        return (datetime.fromtimestamp(stamp)
                - datetime.fromtimestamp(stamp, UTC).replace(tzinfo=None))

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        return None


def system_zone() -> tzinfo:
    """The system's time zone with its full history of offsets (DST included)."""
    key = os.environ.get("TZ", "").lstrip(":")
    if key:
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    localtime = Path("/etc/localtime")
    if localtime.exists():
        try:
            with localtime.open("rb") as fh:
                return ZoneInfo.from_file(fh)
        except (OSError, ValueError):
            pass
    return _CLibraryZone()


def check_name(name: str | None) -> str | None:
    """The name to put in the Patient resource: plain text, one line, or None for none."""
    if name is None:
        return None
    text = " ".join(name.split())
    if not text:
        return None
    if len(text) > NAME_MAX:
        raise ValueError(f"--name is {len(text)} characters long; the limit is {NAME_MAX}")
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise ValueError("--name contains a control character")
    return text


def _id(text: str) -> str:
    """A FHIR id: letters, digits, '-' and '.', at most 64 characters."""
    return text.replace("_", "-")[:64]


class _Builder:
    """Collects the entries of one bundle; references point at the entries' urn:uuid fullUrls."""

    def __init__(self, zone: tzinfo, name: str | None) -> None:
        self.zone = zone
        self.entries: list[Json] = []
        if name is None:
            self.subject: Json = {"display": PLACEHOLDER_SUBJECT}
        else:
            patient = self.add({"resourceType": "Patient", "id": "patient",
                                "name": [{"text": name}]})
            self.subject = {"reference": patient, "display": name}

    def add(self, resource: Json) -> str:
        full_url = self.url(resource["resourceType"], resource["id"])
        self.entries.append({"fullUrl": full_url, "resource": resource})
        return full_url

    @staticmethod
    def url(resource_type: str, resource_id: str) -> str:
        return f"urn:uuid:{uuid.uuid5(_UUID_NAMESPACE, f'{resource_type}/{resource_id}')}"

    def local_time(self, at: datetime) -> str:
        """A naive wall-clock time with the offset the zone had then (seconds, as FHIR wants)."""
        return at.replace(tzinfo=self.zone).isoformat(timespec="seconds")

    def observation(self, rid: str, category: codes.Coding, code: Json, when: str,
                    **rest: Any) -> str:
        return self.add({"resourceType": "Observation", "id": rid, "status": "final",
                         "category": [{"coding": [category.as_json()]}], "code": code,
                         "subject": self.subject, "effectiveDateTime": when, **rest})


def _concept(coding: codes.Coding, text: str | None = None) -> Json:
    out: Json = {"coding": [coding.as_json()]}
    if text:
        out["text"] = text
    return out


def _loinc_item(code: str, text: str) -> Json:
    return {"coding": [{"system": codes.LOINC, "code": code}], "text": text}


def _add_questionnaire(b: _Builder, r: QuestionnaireResponse, panel: codes.PanelCodes) -> None:
    inst = INSTRUMENTS[r.instrument]
    base = _id(f"{r.instrument}-{r.id if r.id is not None else r.day.isoformat()}")
    day = r.day.isoformat()
    items: list[Json] = []
    for code, text, answer in zip(panel.items, inst.items, r.answers, strict=True):
        item: Json = {"linkId": code, "text": text}
        if answer is not None:
            item["answer"] = [{"valueCoding": codes.FREQUENCY_ANSWERS[answer].as_json()}]
        items.append(item)
    if inst.has_difficulty:
        item = {"linkId": panel.difficulty or f"{r.instrument}-difficulty",
                "text": DIFFICULTY_QUESTION}
        if r.difficulty is not None:
            item["answer"] = [{"valueCoding": codes.DIFFICULTY_ANSWERS[r.difficulty].as_json()}]
        items.append(item)
    qr = b.add({"resourceType": "QuestionnaireResponse", "id": base,
                "questionnaire": panel.questionnaire_url, "status": "completed",
                "subject": b.subject, "authored": day, "item": items})
    derived = [{"reference": qr}]
    members: list[Json] = []
    for number, (code, text, answer) in enumerate(
            zip(panel.items, inst.items, r.answers, strict=True), start=1):
        if answer is None:
            continue
        ref = b.observation(f"{base}-item-{number}", codes.SURVEY, _loinc_item(code, text), day,
                            valueCodeableConcept=_concept(codes.FREQUENCY_ANSWERS[answer]),
                            derivedFrom=derived)
        members.append({"reference": ref})
    if panel.difficulty and r.difficulty is not None:
        ref = b.observation(f"{base}-difficulty", codes.SURVEY,
                            _loinc_item(panel.difficulty, DIFFICULTY_QUESTION), day,
                            valueCodeableConcept=_concept(codes.DIFFICULTY_ANSWERS[r.difficulty]),
                            derivedFrom=derived)
        members.append({"reference": ref})
    total = r.score.total
    if total is not None:  # an incomplete questionnaire has no total, never a lower one
        b.observation(f"{base}-total", codes.SURVEY, _concept(panel.total, f"{inst.name} total"),
                      day, valueInteger=total, derivedFrom=derived, hasMember=members)


def _quantity(value: int, unit: str) -> Json:
    return {"value": value, "unit": unit, "system": codes.UCUM, "code": unit}


def _add_vitals(b: _Builder, t: Treatment, base: str, part_of: str | None) -> None:
    """Each reading of the session as its own Observations, at the time it was taken."""
    extra: Json = {"partOf": [{"reference": part_of}]} if part_of else {}
    for n, r in enumerate(t.readings, start=1):
        if r.minutes is None:  # moodlog 1's "after" reading had no time of its own
            when = b.local_time(t.at)
            note = [{"text": "Measured after the session; the time was not recorded, so it is "
                             "timed at the session's start."}]
        else:
            when = b.local_time(t.at + timedelta(minutes=r.minutes))
            note = [{"text": f"Measured {r.minutes} minutes after the start of dosing."}]
        rid = f"{base}-reading-{n}"
        if r.systolic is not None and r.diastolic is not None:
            b.observation(f"{rid}-bp", codes.VITAL_SIGNS,
                          _concept(codes.BP_PANEL, "Blood pressure"), when, **extra, note=note,
                          component=[
                              {"code": _concept(codes.SYSTOLIC),
                               "valueQuantity": _quantity(r.systolic, codes.MM_HG)},
                              {"code": _concept(codes.DIASTOLIC),
                               "valueQuantity": _quantity(r.diastolic, codes.MM_HG)}])
        if r.heart_rate is not None:
            b.observation(f"{rid}-hr", codes.VITAL_SIGNS,
                          _concept(codes.HEART_RATE, "Heart rate"), when, **extra, note=note,
                          valueQuantity=_quantity(r.heart_rate, codes.PER_MINUTE))
        if r.spo2 is not None:
            b.observation(f"{rid}-spo2", codes.VITAL_SIGNS,
                          _concept(codes.SPO2, "Oxygen saturation"), when, **extra, note=note,
                          valueQuantity=_quantity(r.spo2, codes.PERCENT))


def _add_treatment(b: _Builder, t: Treatment) -> None:
    base = _id(f"treatment-{t.id if t.id is not None else t.at.strftime('%Y-%m-%dT%H%M')}")
    label = TREATMENT_KINDS[t.kind]
    kind = {"coding": [{"system": codes.MOODLOG_TREATMENT_SYSTEM, "code": t.kind,
                        "display": label}], "text": label}
    ref: str | None = None
    if t.kind in codes.MEDICATION_KINDS:
        substance, route_code, route = codes.MEDICATION_KINDS[t.kind]
        dosage: Json = {"text": label,
                        "route": _concept(codes.Coding(codes.SNOMED, route_code, route))}
        if t.dose is not None and t.dose_unit is not None:
            dosage["dose"] = {"value": t.dose, "unit": t.dose_unit, "system": codes.UCUM,
                              "code": t.dose_unit}
        ref = b.add({"resourceType": "MedicationAdministration", "id": base,
                     "status": "completed",
                     "medicationCodeableConcept": {"text": substance},
                     "subject": b.subject, "effectiveDateTime": b.local_time(t.at),
                     "dosage": dosage})
    elif t.kind in codes.PROCEDURE_KINDS:
        ref = b.add({"resourceType": "Procedure", "id": base, "status": "completed",
                     "code": kind, "subject": b.subject,
                     "performedDateTime": b.local_time(t.at)})
    _add_vitals(b, t, base, ref)


def _symptom_label(data: JournalData, key: str) -> str:
    for symptom in data.symptoms:
        if symptom.key == key:
            return symptom.label
    builtin = BUILTIN_BY_KEY.get(key)
    return builtin.label if builtin else key


def _add_checkin(b: _Builder, data: JournalData, c: CheckIn) -> None:
    day = c.day.isoformat()
    b.observation(f"checkin-{day}-mood", codes.SURVEY, _concept(codes.MOOD, "Mood (0-10)"), day,
                  valueInteger=c.mood)
    for key, severity in sorted(c.ratings.items()):
        label = _symptom_label(data, key)
        code = {"coding": [{"system": codes.MOODLOG_CHECKIN_SYSTEM, "code": key,
                            "display": label}], "text": f"{label} ({codes.SEVERITY_TEXT})"}
        b.observation(_id(f"checkin-{day}-{key}"), codes.SURVEY, code, day,
                      valueInteger=severity)


def exported_questionnaires(data: JournalData) -> tuple[QuestionnaireResponse, ...]:
    """The responses that the export carries (PHQ-9 and GAD-7)."""
    return tuple(r for r in data.questionnaires if r.instrument in codes.PANELS)


def is_empty(data: JournalData) -> bool:
    return not (data.checkins or data.treatments or exported_questionnaires(data))


def build_bundle(data: JournalData, name: str | None = None, zone: tzinfo | None = None,
                 now: datetime | None = None) -> Json:
    """The Bundle as a JSON-ready dict. Raises ValueError when there is nothing to export."""
    if is_empty(data):
        raise ValueError("nothing to export: no check-ins, treatments, PHQ-9 or GAD-7 in the "
                         "period; nothing was written")
    b = _Builder(zone or system_zone(), check_name(name))
    for r in exported_questionnaires(data):
        _add_questionnaire(b, r, codes.PANELS[r.instrument])
    for t in data.treatments:
        _add_treatment(b, t)
    for c in data.checkins:
        _add_checkin(b, data, c)
    bundle: Json = {"resourceType": "Bundle", "id": "moodlog-export", "type": "collection"}
    if now is not None:
        bundle["timestamp"] = now.astimezone(UTC).isoformat(timespec="seconds")
    bundle["entry"] = b.entries
    return bundle


def dumps(bundle: Json) -> str:
    """A bundle as JSON text (UTF-8, one trailing newline)."""
    return json.dumps(bundle, ensure_ascii=False, indent=1) + "\n"


def dump(data: JournalData, name: str | None = None, zone: tzinfo | None = None,
         now: datetime | None = None) -> str:
    """The Bundle of ``data`` as JSON text."""
    return dumps(build_bundle(data, name, zone, now))


def count_resources(bundle: Json) -> Counter[str]:
    """How many resources of each type a bundle holds."""
    return Counter(e["resource"]["resourceType"] for e in bundle.get("entry", []))
