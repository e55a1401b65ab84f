"""What a journal holds, counted with plain SQL: the one definition of an empty journal.

The same answer for an open journal (through its Session), a file about to be opened (the daily
backup, the start-up peek) and a backup, whose older schema may lack some tables. Standard
library only, so the window's first paint can use it before SQLAlchemy is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import cache

TYPE_CHECKING = False  # not typing's: the headless commands never import typing
if TYPE_CHECKING:
    from typing import Any, NamedTuple

    from moodlog.core.models import JournalCounts

    #: Runs one SELECT and returns its rows.
    Rows = Callable[[str], Sequence[Sequence[Any]]]
else:
    from moodlog.named_tuple import NamedTuple


@cache
def seeded_tags() -> frozenset[tuple[str, str, str, int]]:
    """The tags a new journal is seeded with (key, label, group, hidden), as ``life`` writes
    them."""
    from moodlog.core.life import DEFAULT_TAGS

    return frozenset(("_".join(label.split()), label, group, 0)
                     for group, labels in DEFAULT_TAGS for label in labels)


class EntryCounts(NamedTuple):
    """The dated entries of a journal, as ``moodlog info`` shows them (the same figures as
    :class:`JournalCounts`, without importing the core records: see store/direct.py)."""

    checkins: int
    treatments: int
    questionnaires: int
    clinician_scores: int
    first_day: date | None
    last_day: date | None


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _tables(rows: Rows) -> set[str]:
    return {name for (name,) in rows("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _count(rows: Rows, tables: set[str], table: str, where: str = "") -> int:
    if table not in tables:
        return 0
    return int(rows(f"SELECT count(*) FROM {table}{where}")[0][0])


def entry_counts(rows: Rows, tables: set[str] | None = None) -> EntryCounts:
    """Check-ins (and their first and last day), treatments, questionnaires, clinician scores."""
    tables = _tables(rows) if tables is None else tables
    first = last = None
    if "checkins" in tables:
        low, high = rows("SELECT min(day), max(day) FROM checkins")[0]
        first, last = _day(low), _day(high)
    return EntryCounts(
        checkins=_count(rows, tables, "checkins"),
        treatments=_count(rows, tables, "treatments"),
        questionnaires=_count(rows, tables, "questionnaire_responses"),
        clinician_scores=_count(rows, tables, "clinician_scores"),
        first_day=first,
        last_day=last,
    )


def journal_counts(rows: Rows) -> JournalCounts:
    """Every kind of entry the journal holds; see :attr:`JournalCounts.has_content`."""
    from moodlog.core.models import JournalCounts

    tables = _tables(rows)
    entries = entry_counts(rows, tables)
    own_tags = 0
    if "tags" in tables:
        seeded = seeded_tags()
        own_tags = sum((k, label, group, int(hidden)) not in seeded for k, label, group, hidden
                       in rows("SELECT key, label, group_label, hidden FROM tags"))
    return JournalCounts(
        checkins=entries.checkins,
        treatments=entries.treatments,
        questionnaires=entries.questionnaires,
        clinician_scores=entries.clinician_scores,
        first_day=entries.first_day,
        last_day=entries.last_day,
        moments=_count(rows, tables, "moments"),
        safety_plan_items=_count(rows, tables, "safety_plan_items"),
        medications=_count(rows, tables, "medications"),
        own_tags=own_tags,
        own_symptoms=_count(rows, tables, "symptoms", " WHERE NOT builtin OR hidden"),
    )
