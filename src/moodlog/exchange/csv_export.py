"""Spreadsheet-friendly CSV exports: one table per file, one row per day or per entry.

UTF-8 with a byte-order mark so spreadsheet programs read accents correctly. Unanswered
symptoms and questionnaire items are empty cells, never 0. Text that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return is written with a leading ``'``, so that a spreadsheet
shows it instead of running it as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

from moodlog.core.dates import format_local_datetime, format_timestamp
from moodlog.core.models import JournalData
from moodlog.core.questionnaires import INSTRUMENTS
from moodlog.core.treatments import SIDE_EFFECTS

TABLES = ("checkins", "treatments", "questionnaires", "clinician_scores", "moments", "readings")
#: The session details of a treatment, as columns (MOAA/S and CADSS as reported by the clinic).
SESSION_COLUMNS = ("devices", "weight_kg", "infusion_minutes", "moaas", "cadss", "cadss_form",
                   "observed_minutes", "ready_note")

#: What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading ``'`` (shown as text,
    the apostrophe hidden); numbers and other text are written as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow(["" if v is None else neutralise(v) for v in row])
    return "\ufeff" + out.getvalue()


def checkins_csv(data: JournalData) -> str:
    """One row per check-in; tags as their labels joined by "; ", one column per medication
    ("taken", "not taken", empty when unanswered)."""
    keys = [s.key for s in data.symptoms]
    labels = {t.key: t.label for t in data.tags}
    meds = [m.key for m in data.medications]
    header = ["date", "mood", *keys, "sleep_hours", "note", "tags",
              *(f"medication_{k}" for k in meds), "created_at", "updated_at"]

    def answer(taken: bool | None) -> str | None:
        return None if taken is None else ("taken" if taken else "not taken")

    rows = (
        [c.day.isoformat(), c.mood, *(c.ratings.get(k) for k in keys), c.sleep_hours, c.note,
         "; ".join(labels.get(k, k) for k in c.tags),
         *(answer(c.medications_taken.get(k)) for k in meds),
         format_timestamp(c.created_at) if c.created_at else None,
         format_timestamp(c.updated_at) if c.updated_at else None]
        for c in data.checkins
    )
    return _csv(header, rows)


def moments_csv(data: JournalData) -> str:
    rows = ([m.day.isoformat(), f"{m.at:%H:%M}", m.mood, m.note] for m in data.moments)
    return _csv(["date", "time", "mood", "note"], rows)


def treatments_csv(data: JournalData) -> str:
    effects = list(SIDE_EFFECTS)
    header = [
        "at", "kind", "phase", "dose", "dose_unit", "clinic",
        *SESSION_COLUMNS, "readings", *(f"side_effect_{k}" for k in effects),
        "side_effects_note", "note",
    ]
    rows = (
        [format_local_datetime(t.at), t.kind, t.phase, t.dose, t.dose_unit, t.clinic,
         *(getattr(t.session, k) for k in SESSION_COLUMNS), len(t.readings),
         *(t.side_effects.get(k) for k in effects), t.side_effects_note, t.note]
        for t in data.treatments
    )
    return _csv(header, rows)


def readings_csv(data: JournalData) -> str:
    """One row per reading, keyed by its session's time and kind; ``minutes`` from the start of
    dosing (empty = after, time not recorded) and the local clock time it gives."""
    header = ["session_at", "kind", "minutes", "time", "systolic", "diastolic", "heart_rate",
              "spo2"]
    rows = (
        [format_local_datetime(t.at), t.kind, r.minutes,
         None if r.minutes is None else format_local_datetime(t.at + timedelta(minutes=r.minutes)),
         r.systolic, r.diastolic, r.heart_rate, r.spo2]
        for t in data.treatments for r in t.readings
    )
    return _csv(header, rows)


def questionnaires_csv(data: JournalData) -> str:
    width = max(len(i.items) for i in INSTRUMENTS.values())
    header = ["date", "instrument", *(f"item_{n}" for n in range(1, width + 1)), "total",
              "severity", "complete", "difficulty"]
    rows = []
    for r in data.questionnaires:
        score = r.score
        answers = list(r.answers) + [None] * (width - len(r.answers))
        rows.append([r.day.isoformat(), r.instrument, *answers, score.total, score.band_label,
                     "yes" if score.complete else "no", r.difficulty])
    return _csv(header, rows)


def clinician_scores_csv(data: JournalData) -> str:
    rows = ([c.day.isoformat(), c.instrument, c.total, c.note] for c in data.clinician_scores)
    return _csv(["date", "instrument", "total", "note"], rows)


def dump(data: JournalData, table: str) -> str:
    """The CSV text of one table of ``data``."""
    writers = {
        "checkins": checkins_csv,
        "treatments": treatments_csv,
        "questionnaires": questionnaires_csv,
        "clinician_scores": clinician_scores_csv,
        "moments": moments_csv,
        "readings": readings_csv,
    }
    if table not in writers:
        raise ValueError(f"unknown table {table!r}; choose one of: {', '.join(TABLES)}")
    return writers[table](data)
