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


def insert_rows(s: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dictionaries of column values) into ``model``'s table."""
    if not rows:
        return
    table: Table = model.__table__  # type: ignore[assignment]
    names = tuple(rows[0])
    uniform = len(rows) >= _SMALL and all(len(r) == len(names) for r in rows)
    missing = [c for c in table.c if c.name not in names and c.default is not None]
    if not uniform or missing or any(tuple(r) != names for r in rows):
        s.execute(core_insert(model), list(rows))
        return
    conn = s.connection()
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    procs: list[Callable[[Any], Any] | None] = [
        table.c[n].type._cached_bind_processor(dialect) for n in names]
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES ({', '.join('?' * len(names))})")
    if any(procs):
        params = [tuple(v if p is None or v is None else p(v)
                        for v, p in zip(r.values(), procs, strict=True)) for r in rows]
    else:
        params = [tuple(r.values()) for r in rows]
    conn.exec_driver_sql(sql, params)
