"""Read queries shared by the repository's methods: core-level SELECTs, grouped in Python.

Reading with plain SELECTs (not ORM objects) keeps ten years of check-ins fast to load.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from moodlog.core.models import (
    CheckIn,
    ClinicianScore,
    JournalCounts,
    QuestionnaireResponse,
    SymptomDef,
    Treatment,
)
from moodlog.core.series import DayEntry
from moodlog.core.session import SessionDetails
from moodlog.core.symptoms import BUILTIN_BY_KEY
from moodlog.store import content, life, session_store
from moodlog.store import rows as conv
from moodlog.store.models import (
    AnswerRow,
    CheckInRow,
    ClinicianScoreRow,
    QuestionnaireRow,
    SideEffectRow,
    SymptomRatingRow,
    SymptomRow,
    TreatmentRow,
)

S = TypeVar("S", bound=Select)


def _in_days(stmt: S, column: Any, start: date | None, end: date | None) -> S:
    if start is not None:
        stmt = stmt.where(column >= start)
    if end is not None:
        stmt = stmt.where(column <= end)
    return stmt


def _in_times(stmt: S, start: date | None, end: date | None) -> S:
    if start is not None:
        stmt = stmt.where(TreatmentRow.at >= datetime.combine(start, time()))
    if end is not None:
        # Not end + 1 day: --to 9999-12-31 is a valid date, and the day after it is not.
        stmt = stmt.where(TreatmentRow.at <= datetime.combine(end, time.max))
    return stmt


def symptom_ids(s: Session) -> dict[str, int]:
    return {key: id_ for key, id_ in s.execute(select(SymptomRow.key, SymptomRow.id))}


def symptoms(s: Session, include_hidden: bool) -> tuple[SymptomDef, ...]:
    stmt = select(SymptomRow.key, SymptomRow.label, SymptomRow.builtin, SymptomRow.hidden)
    if not include_hidden:
        stmt = stmt.where(SymptomRow.hidden.is_(False))
    out = []
    for key, label, builtin, hidden in s.execute(stmt.order_by(SymptomRow.position)):
        if builtin and key in BUILTIN_BY_KEY:
            label = BUILTIN_BY_KEY[key].label
        out.append(SymptomDef(key, label, bool(builtin), bool(hidden)))
    return tuple(out)


def checkins(s: Session, start: date | None, end: date | None) -> list[CheckIn]:
    c = CheckInRow
    rows = s.execute(_in_days(
        select(c.id, c.day, c.mood, c.sleep_hours, c.note, c.created_at, c.updated_at),
        c.day, start, end).order_by(c.day)).all()
    if not rows:
        return []
    ratings = conv.group_pairs(s.execute(_in_days(
        select(SymptomRatingRow.checkin_id, SymptomRow.key, SymptomRatingRow.severity)
        .join(SymptomRow, SymptomRow.id == SymptomRatingRow.symptom_id)
        .join(c, c.id == SymptomRatingRow.checkin_id),
        c.day, start, end).order_by(SymptomRatingRow.checkin_id, SymptomRow.position)))
    tags, taken = life.checkin_extras(s, start, end)
    return [
        CheckIn(r.day, r.mood, ratings.get(r.id, {}), r.sleep_hours, r.note,
                created_at=r.created_at, updated_at=r.updated_at,
                tags=tuple(tags.get(r.id, ())), medications_taken=taken.get(r.id, {}))
        for r in rows
    ]


def day_entries(s: Session, start: date | None, end: date | None) -> list[DayEntry]:
    """The numbers of each check-in, oldest first: the compact read behind charts.

    One row per check-in with a column per symptom (indexed sub-selects), executed at the Core
    level and without notes, timestamps or re-validation (the CHECK constraints already hold):
    ten years load several times faster than :func:`checkins`.
    """
    c, r = CheckInRow, SymptomRatingRow
    ids = symptom_ids(s)
    keys = list(ids)
    columns = [select(r.severity).where(r.checkin_id == c.id, r.symptom_id == ids[k])
               .scalar_subquery() for k in keys]
    stmt = _in_days(select(c.day, c.mood, c.sleep_hours, *columns), c.day, start, end)
    rows = s.connection().execute(stmt.order_by(c.day)).all()
    return [DayEntry(row[0], row[1], row[2],
                     {k: v for k, v in zip(keys, row[3:], strict=True) if v is not None})
            for row in rows]


def treatments(s: Session, start: date | None, end: date | None) -> list[Treatment]:
    rows = s.execute(_in_times(select(TreatmentRow), start, end)
                     .order_by(TreatmentRow.at, TreatmentRow.kind)).scalars().all()
    if not rows:
        return []
    effects = conv.group_pairs(s.execute(_in_times(
        select(SideEffectRow.treatment_id, SideEffectRow.key, SideEffectRow.severity)
        .join(TreatmentRow, TreatmentRow.id == SideEffectRow.treatment_id),
        start, end).order_by(SideEffectRow.treatment_id, SideEffectRow.key)))
    ids = None if start is None and end is None else _in_times(select(TreatmentRow.id), start, end)
    readings, details = session_store.load_parts(s, ids)
    return [replace(conv.to_treatment(r, effects.get(r.id, {})), readings=readings.get(r.id, ()),
                    session=details.get(r.id, SessionDetails())) for r in rows]


def treatment_id(s: Session, t: Treatment) -> int | None:
    """The id of the stored treatment of the same kind at the same minute, if any."""
    return s.scalar(select(TreatmentRow.id).where(TreatmentRow.at == t.at,
                                                  TreatmentRow.kind == t.kind))


def questionnaires(
    s: Session, start: date | None, end: date | None, instrument: str | None
) -> list[QuestionnaireResponse]:
    q = QuestionnaireRow
    stmt = _in_days(select(q.id, q.instrument, q.day, q.difficulty), q.day, start, end)
    if instrument is not None:
        stmt = stmt.where(q.instrument == instrument)
    rows = s.execute(stmt.order_by(q.day, q.instrument)).all()
    if not rows:
        return []
    astmt = _in_days(select(AnswerRow.response_id, AnswerRow.item, AnswerRow.answer)
                     .join(q, q.id == AnswerRow.response_id), q.day, start, end)
    if instrument is not None:
        astmt = astmt.where(q.instrument == instrument)
    answers = conv.group_pairs(s.execute(astmt))
    return [conv.to_response(r, answers.get(r.id, {})) for r in rows]


def clinician_scores(s: Session, start: date | None, end: date | None) -> list[ClinicianScore]:
    c = ClinicianScoreRow
    rows = s.execute(_in_days(select(c.id, c.instrument, c.day, c.total, c.note), c.day,
                              start, end).order_by(c.day, c.instrument)).all()
    return [conv.to_clinician_score(r) for r in rows]


def counts(s: Session) -> JournalCounts:
    return content.journal_counts(lambda sql: s.connection().exec_driver_sql(sql).all())
