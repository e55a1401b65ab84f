"""Full-text search of a journal's notes and tag names (the FTS5 index of :mod:`.fts`)."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from moodlog.core.life import SearchHit
from moodlog.store.fts import TABLE

# Private-use characters mark the matches inside a snippet; they cannot come from FTS syntax
# and are stripped from the text the user sees.
OPEN, CLOSE = "\ue000", "\ue001"
_WORD = re.compile(r"\w+")


def match_expression(query: str) -> str | None:
    """The user's words as an FTS5 expression of quoted prefix terms, all required.

    Quotes, ``*``, ``-``, ``NEAR``, ``AND``/``OR`` and parentheses are never syntax: every
    word becomes a quoted string, so nothing the user types can make the query fail.
    """
    words = [w.replace(OPEN, "").replace(CLOSE, "") for w in _WORD.findall(query or "")]
    words = [w for w in words if w]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words[:32])


def split_marks(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Snippet with markers -> (plain text, (start, end) spans of the matches)."""
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    start = length = 0
    for ch in snippet:
        if ch == OPEN:
            start = length
        elif ch == CLOSE:
            marks.append((start, length))
        else:
            plain.append(ch)
            length += 1
    return "".join(plain), tuple(marks)


def search(s: Session, query: str, start: date | None = None, end: date | None = None,
           limit: int = 200) -> list[SearchHit]:
    """Hits for ``query`` from ``start`` to ``end`` (either open), newest day first."""
    expression = match_expression(query)
    if expression is None:
        return []
    where = [f"{TABLE} MATCH :q"]
    params: dict[str, object] = {"q": expression, "limit": limit}
    if start is not None:
        where.append("day >= :start")
        params["start"] = start.isoformat()
    if end is not None:
        where.append("day <= :end")
        params["end"] = end.isoformat()
    sql = (f"SELECT day, kind, at, snippet({TABLE}, 0, '{OPEN}', '{CLOSE}', '…', 12) "
           f"FROM {TABLE} WHERE {' AND '.join(where)} ORDER BY day DESC, at DESC, rank "
           "LIMIT :limit")
    hits = []
    for day, kind, at, snippet in s.execute(text(sql), params):
        plain, marks = split_marks(snippet or "")
        hits.append(SearchHit(date.fromisoformat(day), kind, at or "", plain, marks))
    return hits
