"""What a journal holds, counted with plain SQL: the one definition of an empty journal.

The same answer for an open journal (through its Session), a file about to be opened (the daily
backup, the start-up peek) and a backup, whose older schema may lack some tables. Standard
library only, so the window's first paint can use it before SQLAlchemy is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from moodlog.core.life import DEFAULT_TAGS
from moodlog.core.models import JournalCounts

#: Runs one SELECT and returns its rows.
Rows = Callable[[str], Sequence[Sequence[Any]]]

#: The tags a new journal is seeded with (key, label, group, hidden), as ``life`` writes them.
SEEDED_TAGS = frozenset(("_".join(label.split()), label, group, 0)
                        for group, labels in DEFAULT_TAGS for label in labels)


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def journal_counts(rows: Rows) -> JournalCounts:
    """Every kind of entry the journal holds; see :attr:`JournalCounts.has_content`."""
    tables = {name for (name,) in rows("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def count(table: str, where: str = "") -> int:
        if table not in tables:
            return 0
        return int(rows(f"SELECT count(*) FROM {table}{where}")[0][0])

    first = last = None
    if "checkins" in tables:
        low, high = rows("SELECT min(day), max(day) FROM checkins")[0]
        first, last = _day(low), _day(high)
    own_tags = 0
    if "tags" in tables:
        own_tags = sum((k, label, group, int(hidden)) not in SEEDED_TAGS for k, label, group, hidden
                       in rows("SELECT key, label, group_label, hidden FROM tags"))
    return JournalCounts(
        checkins=count("checkins"),
        treatments=count("treatments"),
        questionnaires=count("questionnaire_responses"),
        clinician_scores=count("clinician_scores"),
        first_day=first,
        last_day=last,
        moments=count("moments"),
        safety_plan_items=count("safety_plan_items"),
        medications=count("medications"),
        own_tags=own_tags,
        own_symptoms=count("symptoms", " WHERE NOT builtin OR hidden"),
    )
