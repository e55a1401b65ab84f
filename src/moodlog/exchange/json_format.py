"""The moodlog JSON format: everything in a journal, in one versioned, documented file.

Format version 2 (see README "The JSON format"): version 1 plus tags, moments, medications and
``"safety_plan"``; version 1 files still import. Keys are stable; scales are stated in the file.
Reading is strict: any problem is a FormatError naming the place (``checkins[3].mood``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from moodlog import version
from moodlog.core.dates import (
    format_local_datetime,
    format_timestamp,
    parse_date,
    parse_local_datetime,
    parse_timestamp,
    utc_now,
)
from moodlog.core.models import (
    CheckIn,
    ClinicianScore,
    JournalData,
    QuestionnaireResponse,
    SymptomDef,
    Treatment,
)
from moodlog.exchange import json_life, json_safety_plan, json_session
from moodlog.exchange.errors import FormatError

FORMAT_NAME = "moodlog-journal"
#: 2 added tags, moments and medications (exchange/json_life.py), the safety plan and the
#: session record: readings, dose details, clinic-reported totals (exchange/json_session.py).
FORMAT_VERSION = 2

SCALES = {
    "mood": {"min": 0, "max": 10, "meaning": "0 = worst I can imagine, 10 = best I can imagine"},
    "symptom_severity": {
        "min": 0, "max": 3, "meaning": "0 none, 1 mild, 2 moderate, 3 severe",
        "unanswered": "left out (never 0)",
    },
    "side_effect_severity": {"min": 0, "max": 3, "meaning": "0 none, 1 mild, 2 moderate, 3 severe"},
    "questionnaire_answer": {
        "min": 0, "max": 3,
        "meaning": "0 not at all, 1 several days, 2 more than half the days, 3 nearly every day",
        "unanswered": "null",
    },
    "functional_difficulty": {
        "min": 0, "max": 3,
        "meaning": "0 not difficult at all, 1 somewhat, 2 very, 3 extremely difficult",
    },
    "readings": "minutes from the start of dosing (null = after, time not recorded); blood "
                "pressure mmHg, heart_rate beats per minute, spo2 percent",
    "clinician_rated": "session.moaas 0-5 and session.cadss (cadss 0-92, cadss6 0-24) are "
                       "totals as reported by the clinic",
    "dates": "local calendar dates YYYY-MM-DD; treatment times local YYYY-MM-DDTHH:MM; "
             "created_at/updated_at ISO 8601 in UTC",
}

T = TypeVar("T")


# ------------------------------------------------------------------------------- writing
def _checkin(c: CheckIn) -> dict[str, Any]:
    return {
        "date": c.day.isoformat(),
        "mood": c.mood,
        "symptoms": dict(c.ratings),
        "sleep_hours": c.sleep_hours,
        "note": c.note,
        "created_at": format_timestamp(c.created_at) if c.created_at else None,
        "updated_at": format_timestamp(c.updated_at) if c.updated_at else None,
    }


def _treatment(t: Treatment) -> dict[str, Any]:
    return {
        "at": format_local_datetime(t.at),
        "kind": t.kind,
        "phase": t.phase,
        "dose": t.dose,
        "dose_unit": t.dose_unit,
        "clinic": t.clinic,
        **json_session.dump_parts(t),
        "side_effects": dict(t.side_effects),
        "side_effects_note": t.side_effects_note,
        "note": t.note,
    }


def dump(data: JournalData, start: date | None = None, end: date | None = None) -> str:
    """Serialise ``data`` (already limited to ``start``..``end``) as moodlog JSON."""
    doc = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": format_timestamp(utc_now()),
        "app": f"moodlog {version()}",
        "range": {"from": start.isoformat() if start else None,
                  "to": end.isoformat() if end else None},
        "scales": SCALES,
        "symptoms": [{"key": s.key, "label": s.label, "builtin": s.builtin, "hidden": s.hidden}
                     for s in data.symptoms],
        "checkins": [_checkin(c) for c in data.checkins],
        "treatments": [_treatment(t) for t in data.treatments],
        "questionnaires": [
            {"instrument": r.instrument, "date": r.day.isoformat(), "answers": list(r.answers),
             "difficulty": r.difficulty}
            for r in data.questionnaires
        ],
        "clinician_scores": [
            {"instrument": c.instrument, "date": c.day.isoformat(), "total": c.total,
             "note": c.note}
            for c in data.clinician_scores
        ],
    }
    json_life.add_to_document(doc, data)
    if data.safety_plan is not None:
        doc["safety_plan"] = json_safety_plan.dump(data.safety_plan)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------------------- reading
class _Obj:
    """A JSON object being read, which knows where it is for error messages."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise FormatError(f"{where}: expected an object, found {_kind(value)}")
        self.value = value
        self.where = where

    def at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def get(self, key: str, kind: type[T] | tuple[type, ...], default: Any = ...,
            nullable: bool = False) -> Any:
        if key not in self.value:
            if default is ...:
                raise FormatError(f"{self.at(key)}: missing")
            return default
        value = self.value[key]
        if value is None and nullable:
            return None
        if isinstance(value, bool) and kind is not bool or not isinstance(value, kind):
            raise FormatError(f"{self.at(key)}: expected {_name(kind)}, found {_kind(value)}")
        return value

    def list(self, key: str) -> list[Any]:
        return list(self.get(key, list, default=[]))


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), "a value")


def _name(kind: Any) -> str:
    if isinstance(kind, tuple):
        return " or ".join(_name(k) for k in kind)
    return {str: "text", int: "a whole number", float: "a number", bool: "true/false",
            dict: "an object", list: "a list"}.get(kind, str(kind))


def _build(where: str, factory: Callable[[], T]) -> T:
    try:
        return factory()
    except FormatError:
        raise
    except ValueError as exc:
        raise FormatError(f"{where}: {exc}") from None


def _severities(obj: _Obj, key: str) -> dict[str, int]:
    value = obj.get(key, dict, default={})
    return dict(value)


def _read_symptom(o: _Obj) -> SymptomDef:
    return _build(o.where, lambda: SymptomDef(
        o.get("key", str), o.get("label", str), o.get("builtin", bool, default=False),
        o.get("hidden", bool, default=False)))


def _read_checkin(o: _Obj) -> CheckIn:
    created = o.get("created_at", str, default=None, nullable=True)
    updated = o.get("updated_at", str, default=None, nullable=True)
    return _build(o.where, lambda: CheckIn(
        day=parse_date(o.get("date", str), "date"),
        mood=o.get("mood", int),
        ratings=_severities(o, "symptoms"),
        sleep_hours=o.get("sleep_hours", (int, float), default=None, nullable=True),
        note=o.get("note", str, default=""),
        created_at=parse_timestamp(created, "created_at") if created else None,
        updated_at=parse_timestamp(updated, "updated_at") if updated else None,
        **json_life.checkin_extras(o),
    ))


def _read_treatment(o: _Obj) -> Treatment:
    return _build(o.where, lambda: Treatment(
        at=parse_local_datetime(o.get("at", str), "at"),
        kind=o.get("kind", str),
        phase=o.get("phase", str, default=None, nullable=True),
        dose=o.get("dose", (int, float), default=None, nullable=True),
        dose_unit=o.get("dose_unit", str, default=None, nullable=True),
        clinic=o.get("clinic", str, default=""),
        note=o.get("note", str, default=""),
        **json_session.read_parts(o, _Obj),
        side_effects=_severities(o, "side_effects"),
        side_effects_note=o.get("side_effects_note", str, default=""),
    ))


def _read_response(o: _Obj) -> QuestionnaireResponse:
    return _build(o.where, lambda: QuestionnaireResponse(
        instrument=o.get("instrument", str),
        day=parse_date(o.get("date", str), "date"),
        answers=tuple(o.get("answers", list)),
        difficulty=o.get("difficulty", int, default=None, nullable=True),
    ))


def _read_score(o: _Obj) -> ClinicianScore:
    return _build(o.where, lambda: ClinicianScore(
        instrument=o.get("instrument", str),
        day=parse_date(o.get("date", str), "date"),
        total=o.get("total", int),
        note=o.get("note", str, default=""),
    ))


def _items(doc: _Obj, key: str, read: Callable[[_Obj], T]) -> tuple[T, ...]:
    return tuple(read(_Obj(item, f"{key}[{i}]")) for i, item in enumerate(doc.list(key)))


def is_moodlog_json(head: str) -> bool:
    """Whether the start of a file looks like a moodlog JSON export."""
    return head.lstrip("\ufeff \t\r\n").startswith("{") and f'"{FORMAT_NAME}"' in head


def load(text: str) -> JournalData:
    """Parse moodlog JSON; raises FormatError for anything not exactly right."""
    try:
        raw = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "the file may be truncated or damaged") from None
    except RecursionError:
        raise FormatError("not valid JSON: nested too deeply") from None
    except ValueError:  # Python's limit on the digits of an integer (CVE-2020-10735)
        raise FormatError("a number in the file has too many digits to be a moodlog "
                          "value") from None
    doc = _Obj(raw, "")
    if doc.get("format", str, default=None) != FORMAT_NAME:
        raise FormatError(f"not a moodlog JSON export (no \"format\": \"{FORMAT_NAME}\")")
    version = doc.get("format_version", int)
    if version > FORMAT_VERSION:
        raise FormatError(
            f"this file uses moodlog JSON format version {version}, newer than this moodlog "
            f"understands ({FORMAT_VERSION}); update moodlog to import it")
    if version < 1:
        raise FormatError(f"format_version: {version} is not a valid version")
    checkins = _items(doc, "checkins", _read_checkin)
    return JournalData(
        symptoms=_items(doc, "symptoms", _read_symptom),
        checkins=checkins,
        treatments=_items(doc, "treatments", _read_treatment),
        questionnaires=_items(doc, "questionnaires", _read_response),
        clinician_scores=_items(doc, "clinician_scores", _read_score),
        **json_life.read_parts(doc, doc.list("checkins"), checkins, _Obj),
        safety_plan=(json_safety_plan.load(doc.value["safety_plan"])
                     if "safety_plan" in doc.value else None),
    )

