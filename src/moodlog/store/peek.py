"""A fast look at what the Today page shows, with the standard library only.

The window paints today's check-in from this before SQLAlchemy has even been imported (that
import alone takes longer than showing a window); JournalStore takes over after the first
paint. Only for a journal already at the current schema: the SQL here reads exactly the tables
of that schema, and a test compares each answer with JournalStore's (the Today page must show
the same either way).

:func:`read_form` reads on a connection the caller has open (the window's direct journal,
store/direct_window.py); :func:`peek_form` opens a read-only one of its own (an encrypted
journal, whose store opens after the first paint).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from moodlog.core.life import Medication, Moment, Tag, parse_moment_time
from moodlog.core.models import CheckIn, SymptomDef
from moodlog.core.symptoms import BUILTIN_BY_KEY
from moodlog.store import content, sqlite


@dataclass(frozen=True, slots=True)
class FormPeek:
    """What the Today page shows of ``day``, as JournalStore would answer it."""

    day: date
    symptoms: tuple[SymptomDef, ...]  # visible ones, in form order
    checkin: CheckIn | None
    empty: bool
    tags: tuple[Tag, ...] = ()  # all of them (hidden too), in display order
    medications: tuple[Medication, ...] = ()  # in display order
    moments: tuple[Moment, ...] = ()  # ``day``'s, oldest first


def peek_form(path: Path, day: date, key: str | None = None) -> FormPeek:
    """The Today page's data, read on a read-only connection of its own."""
    conn = sqlite.connect(path, key, readonly=True)
    try:
        return read_form(conn, day)
    finally:
        conn.close()


def read_form(conn: Any, day: date) -> FormPeek:
    """The visible symptom catalogue, ``day``'s check-in, the tags, the medications,
    ``day``'s moments and whether the journal is empty (call it in one read transaction)."""
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
    # store/life.py tags(), medications() and moments(day, day), column for column.
    all_tags = tuple(Tag(k, label, g, bool(h)) for k, label, g, h in conn.execute(
        "SELECT key, label, group_label, hidden FROM tags ORDER BY position"))
    medications = tuple(
        Medication(k, name, dose, unit, schedule, _day(active_from), _day(active_to))
        for k, name, dose, unit, schedule, active_from, active_to in conn.execute(
            "SELECT key, name, dose, unit, schedule, active_from, active_to "
            "FROM medications ORDER BY position"))
    # The statement SQLAlchemy sends for moments(day, day): moments at the same minute come
    # in the same order.
    moments = tuple(Moment(date.fromisoformat(d), parse_moment_time(at), mood, note, id=i)
                    for i, d, at, mood, note in conn.execute(
                        "SELECT moments.id, moments.day, moments.at, moments.mood, moments.note "
                        "\nFROM moments \nWHERE moments.day >= ? AND moments.day <= ? "
                        "ORDER BY moments.day, moments.at", (day.isoformat(), day.isoformat())))
    return FormPeek(day, symptoms, checkin, empty, all_tags, medications, moments)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
