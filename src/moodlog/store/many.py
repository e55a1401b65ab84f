"""Inserting many rows at once through the driver's own executemany.

SQLAlchemy's executemany builds a parameter dictionary per row and converts every value through
its column type; for the tens of thousands of rows of a long import that was a third of the
time spent writing. Here each column's bind processor (the same conversion: UTC timestamps as
ISO text, dates, booleans) is looked up once and applied while building plain tuples, and the
rows go to ``cursor.executemany`` in one call, in the session's transaction. Rows that would
need a Python-side column default (a column missing from them) take SQLAlchemy's Core path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from moodlog.store.models import Base, core_insert

_SMALL = 20


def insert_rows(s: Session, model: type[Base], rows: Sequence[dict[str, Any]],
                ids: Sequence[int] | None = None) -> None:
    """Insert ``rows`` (dictionaries of column values) into ``model``'s table; ``ids``, when
    given, are their ``id`` column (saves copying every row to add it)."""
    if not rows:
        return
    table: Table = model.__table__  # type: ignore[assignment]
    names = tuple(rows[0])
    fast = (len(rows) >= _SMALL and all(tuple(r) == names for r in rows)
            and not any(c.name not in names and c.default is not None for c in table.c))
    if not fast:
        if ids is not None:
            rows = [{**r, "id": i} for r, i in zip(rows, ids, strict=True)]
        s.execute(core_insert(model), list(rows))
        return
    conn = s.connection()
    dialect = conn.dialect
    procs = [_memo(table.c[n].type._cached_bind_processor(dialect)) for n in names]
    if any(procs):
        params = [tuple(v if p is None or v is None else p(v)
                        for v, p in zip(r.values(), procs, strict=True)) for r in rows]
    else:
        params = [tuple(r.values()) for r in rows]
    if ids is not None:
        names = ("id", *names)
        params = [(i, *p) for i, p in zip(ids, params, strict=True)]
    quote = dialect.identifier_preparer.quote
    conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, names))}) "
                         f"VALUES ({', '.join('?' * len(names))})", params)


def _memo(process: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    """``process`` remembering its last value: an import stamps every row with one instant,
    which would otherwise be converted to text once per row."""
    if process is None:
        return None
    last: list[Any] = [object(), None]

    def convert(value: Any) -> Any:
        if value is not last[0]:
            last[0], last[1] = value, process(value)
        return last[1]

    return convert
