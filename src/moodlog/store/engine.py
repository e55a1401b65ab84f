"""Engines for a journal file: pragmas on every connection and real SQLite transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

BUSY_TIMEOUT_MS = 10_000
#: Execution option that makes a transaction start with BEGIN IMMEDIATE (takes the write lock
#: up front, so a read-then-write transaction never fails half-way on a busy database).
WRITE_OPTION = "moodlog_write"


def make_engine(path: Path, key: str | None = None) -> Engine:
    """An Engine on ``path`` with foreign keys, WAL, synchronous=FULL and a busy timeout.

    With ``key``, connections go through SQLCipher with that passphrase. pysqlite's own
    transaction handling is switched off so that SQLAlchemy's ``begin()`` emits a real
    ``BEGIN``: reads and writes in one unit of work see one snapshot and commit together.
    """
    url = URL.create("sqlite", database=str(path))
    options: dict[str, Any] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    if key is None:
        engine = create_engine(url, connect_args=options)
    else:
        from moodlog.store import sqlite

        engine = create_engine(url, module=sqlite.cipher(),
                               creator=lambda: sqlite.connect(path, key, **options))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
