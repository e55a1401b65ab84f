"""Writing many records at once: the inserts behind every save, and all-or-nothing import."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace as dc_replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from moodlog.core.dates import check_entry_date
from moodlog.core.life import normalise_label
from moodlog.core.models import (
    CheckIn,
    ClinicianScore,
    ImportReport,
    JournalCounts,
    JournalData,
    QuestionnaireResponse,
    SymptomDef,
    Treatment,
)
from moodlog.store import fts, life, queries, session_store
from moodlog.store import rows as conv
from moodlog.store.many import insert_rows
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

CHUNK = 500


def _insert_returning_ids(s: Session, table: Any, values: list[dict[str, Any]]) -> list[int]:
    """Insert rows (Core executemany, no ORM bookkeeping) and return their ids in order.

    Many rows get the ids SQLite would give them (one above the largest), set here: the write
    transaction holds the journal's write lock (BEGIN IMMEDIATE), so nobody else can take them,
    and RETURNING in parameter order would cost one statement per row on SQLite.
    """
    if not values:
        return []
    if len(values) == 1 or any("id" in v for v in values):
        result = s.execute(insert(table).returning(table.id, sort_by_parameter_order=True),
                           values)
        return [row[0] for row in result]
    first = int(s.scalar(select(func.max(table.id))) or 0) + 1
    ids = list(range(first, first + len(values)))
    insert_rows(s, table, values, ids)
    return ids


def _delete_ids(s: Session, table: Any, ids: Sequence[int]) -> None:
    for i in range(0, len(ids), CHUNK):
        s.execute(delete(table).where(table.id.in_(ids[i:i + CHUNK])))


def insert_checkins(s: Session, checkins: Sequence[CheckIn], symptom_ids: dict[str, int],
                    now: datetime | None = None) -> None:
    """Insert check-ins (whose days must be free) and their ratings; a timestamp a check-in
    lacks is ``now`` (which must then be given)."""
    for c in checkins:
        check_entry_date(c.day, "check-in date")
    unknown = sorted({k for c in checkins for k in c.ratings} - symptom_ids.keys())
    if unknown:
        raise ValueError(
            f"unknown symptom {', '.join(map(repr, unknown))}; add it as a custom symptom "
            f"first, or use one of: {', '.join(symptom_ids)}"
        )
    with fts.suspended(s, fts.CHECKIN_NOTES_TRIGGER, len(checkins)) as bulk:
        ids = _insert_returning_ids(s, CheckInRow, [conv.checkin_values(c, now) for c in checkins])
        if bulk:
            if ids != list(range(ids[0], ids[0] + len(ids))):  # by construction they are
                raise RuntimeError("bulk check-in ids are not one run")
            fts.index_checkin_notes(s, ids[0], ids[-1])
    ratings = [
        {"checkin_id": cid, "symptom_id": symptom_ids[key], "severity": sev}
        for cid, c in zip(ids, checkins, strict=True)
        for key, sev in c.ratings.items()
    ]
    insert_rows(s, SymptomRatingRow, ratings)
    life.insert_checkin_extras(s, ids, checkins)


def insert_treatments(
    s: Session, treatments: Sequence[Treatment], now: datetime,
    ids: Sequence[int] | None = None, created: Sequence[datetime] | None = None,
) -> list[int]:
    """Insert treatments with their side effects; returns the new ids."""
    for t in treatments:
        check_entry_date(t.at, "treatment date")
    values = [conv.treatment_values(t, now) for t in treatments]
    for i, v in enumerate(values):
        if ids is not None:
            v["id"] = ids[i]
        if created is not None:
            v["created_at"] = created[i]
    new_ids = _insert_returning_ids(s, TreatmentRow, values)
    effects = [
        {"treatment_id": tid, "key": key, "severity": sev}
        for tid, t in zip(new_ids, treatments, strict=True)
        for key, sev in t.side_effects.items()
    ]
    insert_rows(s, SideEffectRow, effects)
    session_store.insert_parts(s, new_ids, treatments)
    return new_ids


def insert_questionnaires(
    s: Session, responses: Sequence[QuestionnaireResponse], now: datetime
) -> list[int]:
    values = [{"instrument": r.instrument, "day": r.day, "difficulty": r.difficulty,
               "created_at": now, "updated_at": now} for r in responses]
    new_ids = _insert_returning_ids(s, QuestionnaireRow, values)
    answers = [a for rid, r in zip(new_ids, responses, strict=True)
               for a in conv.answer_rows(rid, r)]
    insert_rows(s, AnswerRow, answers)
    return new_ids


def insert_clinician_scores(
    s: Session, scores: Sequence[ClinicianScore], now: datetime
) -> list[int]:
    values = [{"instrument": c.instrument, "day": c.day, "total": c.total, "note": c.note,
               "created_at": now} for c in scores]
    return _insert_returning_ids(s, ClinicianScoreRow, values)


def _duplicates(keys: Iterable[Any]) -> list[Any]:
    return [k for k, n in Counter(keys).items() if n > 1]


def _check_unique(data: JournalData) -> None:
    checks: list[tuple[str, list[Any]]] = [
        ("symptom", _duplicates(x.key for x in data.symptoms)),
        ("check-in day", _duplicates(c.day for c in data.checkins)),
        ("treatment (kind and minute)", _duplicates((t.kind, t.at) for t in data.treatments)),
        ("questionnaire (instrument and day)",
         _duplicates((r.instrument, r.day) for r in data.questionnaires)),
        ("clinician score (scale and day)",
         _duplicates((c.instrument, c.day) for c in data.clinician_scores)),
        ("tag", _duplicates(t.key for t in data.tags)),
        ("medication", _duplicates(m.key for m in data.medications)),
    ]
    for what, dups in checks:
        if dups:
            raise ValueError(f"the data has more than one {what} for {dups[0]!s}")
    # Two names equal after normalising would merge into one tag or medication.
    for what, names in (("tag labelled", [t.label for t in data.tags]),
                        ("medication named", [m.name for m in data.medications])):
        dups = _duplicates(map(normalise_label, names))
        if dups:
            raise ValueError(f"the data has more than one {what} {dups[0]!r}")


def _merge_symptoms(s: Session, symptoms: Sequence[SymptomDef], adopt: bool) -> list[str]:
    """Add symptoms the journal lacks; an empty journal also adopts labels and hidden flags."""
    existing = {row.key: row for row in s.execute(select(SymptomRow)).scalars()}
    position = s.scalar(select(func.max(SymptomRow.position))) or 0
    added: list[str] = []
    for sym in symptoms:
        row = existing.get(sym.key)
        if row is None:
            position += 1
            s.add(SymptomRow(key=sym.key, label=sym.label, builtin=False, hidden=sym.hidden,
                             position=position))
            added.append(sym.key)
        elif adopt:
            values: dict[str, Any] = {"hidden": sym.hidden}
            if not row.builtin:
                values["label"] = sym.label
            s.execute(update(SymptomRow).where(SymptomRow.id == row.id).values(**values))
    s.flush()
    return added


def _split(
    items: Sequence[Any], key: Any, existing: dict[Any, int], replace: bool
) -> tuple[list[Any], list[int], list[Any]]:
    """-> (items to insert, ids of stored rows they replace, items skipped)."""
    insert_: list[Any] = []
    doomed: list[int] = []
    skipped: list[Any] = []
    for item in items:
        old = existing.get(key(item))
        if old is None:
            insert_.append(item)
        elif replace:
            doomed.append(old)
            insert_.append(item)
        else:
            skipped.append(item)
    return insert_, doomed, skipped


def import_data(s: Session, data: JournalData, replace: bool, now: datetime) -> ImportReport:
    """Write ``data`` into the open transaction ``s``; raises ValueError before any damage."""
    _check_unique(data)
    adopt = not queries.counts(s).has_content
    new_symptoms = _merge_symptoms(s, data.symptoms, adopt)
    tag_keys, med_keys = life.merge_catalogues(s, data.tags, data.medications, adopt)

    days = {d: i for i, d in s.execute(select(CheckInRow.id, CheckInRow.day))}
    checkins, doomed_c, skipped_c = _split(data.checkins, lambda c: c.day, days, replace)
    _delete_ids(s, CheckInRow, doomed_c)
    stamped = checkins
    if any(k != v for k, v in (tag_keys | med_keys).items()):
        stamped = [dc_replace(c, tags=tuple(tag_keys.get(k, k) for k in c.tags),
                              medications_taken={med_keys.get(k, k): taken for k, taken
                                                 in c.medications_taken.items()})
                   for c in stamped]
    insert_checkins(s, stamped, queries.symptom_ids(s), now)

    times = {(k, a): i for i, k, a in s.execute(
        select(TreatmentRow.id, TreatmentRow.kind, TreatmentRow.at))}
    treatments, doomed_t, skipped_t = _split(
        data.treatments, lambda t: (t.kind, t.at), times, replace)
    _delete_ids(s, TreatmentRow, doomed_t)
    insert_treatments(s, treatments, now)

    answered = {(k, d): i for i, k, d in s.execute(
        select(QuestionnaireRow.id, QuestionnaireRow.instrument, QuestionnaireRow.day))}
    responses, doomed_q, skipped_q = _split(
        data.questionnaires, lambda r: (r.instrument, r.day), answered, replace)
    _delete_ids(s, QuestionnaireRow, doomed_q)
    insert_questionnaires(s, responses, now)

    scored = {(k, d): i for i, k, d in s.execute(
        select(ClinicianScoreRow.id, ClinicianScoreRow.instrument, ClinicianScoreRow.day))}
    scores, doomed_s, skipped_s = _split(
        data.clinician_scores, lambda c: (c.instrument, c.day), scored, replace)
    _delete_ids(s, ClinicianScoreRow, doomed_s)
    insert_clinician_scores(s, scores, now)

    moments, skipped_m = life.import_moments(s, data.moments, replace, now)

    replaced_days: tuple[date, ...] = tuple(
        c.day for c in data.checkins if replace and c.day in days)
    return ImportReport(
        written=JournalCounts(len(checkins), len(treatments), len(responses), len(scores),
                              moments=moments),
        replaced_days=replaced_days,
        skipped_days=tuple(c.day for c in skipped_c),
        replaced_other=len(doomed_t) + len(doomed_q) + len(doomed_s),
        skipped_other=len(skipped_t) + len(skipped_q) + len(skipped_s),
        skipped_moments=skipped_m,
        new_symptoms=tuple(new_symptoms),
    )
