"""Conversion between database rows and the frozen records of ``moodlog.core``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from moodlog.core.models import (
    CheckIn,
    ClinicianScore,
    QuestionnaireResponse,
    Treatment,
)
from moodlog.core.questionnaires import instrument as get_instrument
from moodlog.core.treatments import SIDE_EFFECTS


def group_pairs(rows: Iterable[Sequence[Any]]) -> dict[int, dict[Any, int]]:
    """``(owner_id, key, value)`` rows -> ``{owner_id: {key: value}}``, keeping row order."""
    out: dict[int, dict[Any, int]] = defaultdict(dict)
    for owner, key, value in rows:
        out[owner][key] = value
    return out


def checkin_values(c: CheckIn, now: datetime | None = None) -> dict[str, Any]:
    """The row of ``c``; a timestamp it lacks is ``now`` (ValueError without one)."""
    created, updated = c.created_at or now, c.updated_at or now
    if created is None or updated is None:
        raise ValueError(f"check-in of {c.day} has no timestamps")
    return {
        "day": c.day,
        "mood": c.mood,
        "sleep_hours": c.sleep_hours,
        "note": c.note,
        "created_at": created,
        "updated_at": updated,
    }


def treatment_values(t: Treatment, now: datetime) -> dict[str, Any]:
    return {
        "at": t.at,
        "kind": t.kind,
        "phase": t.phase,
        "dose": t.dose,
        "dose_unit": t.dose_unit,
        "clinic": t.clinic,
        "note": t.note,
        "side_effects_note": t.side_effects_note,
        "created_at": now,
        "updated_at": now,
    }


def to_treatment(row: Any, effects: dict[str, int]) -> Treatment:
    return Treatment(
        at=row.at,
        kind=row.kind,
        phase=row.phase,
        dose=row.dose,
        dose_unit=row.dose_unit,
        clinic=row.clinic,
        note=row.note,
        side_effects={k: effects[k] for k in SIDE_EFFECTS if k in effects},
        side_effects_note=row.side_effects_note,
        id=row.id,
    )


def to_response(row: Any, answers: dict[int, int]) -> QuestionnaireResponse:
    count = len(get_instrument(row.instrument).items)
    return QuestionnaireResponse(
        instrument=row.instrument,
        day=row.day,
        answers=tuple(answers.get(i) for i in range(1, count + 1)),
        difficulty=row.difficulty,
        id=row.id,
    )


def to_clinician_score(row: Any) -> ClinicianScore:
    return ClinicianScore(row.instrument, row.day, row.total, row.note, id=row.id)


def answer_rows(response_id: int, response: QuestionnaireResponse) -> list[dict[str, int]]:
    return [
        {"response_id": response_id, "item": i, "answer": a}
        for i, a in enumerate(response.answers, start=1)
        if a is not None
    ]
