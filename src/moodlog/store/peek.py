"""A fast, read-only look at what the check-in form needs, with the standard library only.

The window paints today's check-in from this before SQLAlchemy has even been imported (that
import alone takes longer than showing a window); JournalStore takes over right after the
first paint. Only for a journal already at the current schema: the SQL here reads exactly the
tables of that schema, and a test compares its answers with JournalStore's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from moodlog.core.models import CheckIn, SymptomDef
from moodlog.core.symptoms import BUILTIN_BY_KEY
from moodlog.store import content, sqlite


@dataclass(frozen=True, slots=True)
class FormPeek:
    day: date
    symptoms: tuple[SymptomDef, ...]  # visible ones, in form order
    checkin: CheckIn | None
    empty: bool


def peek_form(path: Path, day: date, key: str | None = None) -> FormPeek:
    """The visible symptom catalogue, ``day``'s check-in and whether the journal is empty."""
    conn = sqlite.connect(path, key, readonly=True)
    try:
        symptoms = tuple(
            SymptomDef(k, BUILTIN_BY_KEY[k].label if builtin and k in BUILTIN_BY_KEY else label,
                       bool(builtin), bool(hidden))
            for k, label, builtin, hidden in conn.execute(
                "SELECT key, label, builtin, hidden FROM symptoms WHERE NOT hidden "
                "ORDER BY position"))
        row = conn.execute("SELECT id, mood, sleep_hours, note, created_at, updated_at "
                           "FROM checkins WHERE day = ?", (day.isoformat(),)).fetchone()
        checkin = None
        if row is not None:
            ratings = dict(conn.execute(
                "SELECT s.key, r.severity FROM symptom_ratings r JOIN symptoms s "
                "ON s.id = r.symptom_id WHERE r.checkin_id = ? ORDER BY s.position", (row[0],)))
            tags = tuple(k for (k,) in conn.execute(
                "SELECT t.key FROM checkin_tags c JOIN tags t ON t.id = c.tag_id "
                "WHERE c.checkin_id = ?", (row[0],)))
            taken = {k: bool(v) for k, v in conn.execute(
                "SELECT m.key, i.taken FROM medication_intake i JOIN medications m "
                "ON m.id = i.medication_id WHERE i.checkin_id = ?", (row[0],))}
            checkin = CheckIn(day, row[1], ratings, row[2], row[3],
                              created_at=datetime.fromisoformat(row[4]),
                              updated_at=datetime.fromisoformat(row[5]),
                              tags=tags, medications_taken=taken)
        empty = not content.journal_counts(lambda sql: conn.execute(sql).fetchall()).has_content
    finally:
        conn.close()
    return FormPeek(day, symptoms, checkin, empty)
