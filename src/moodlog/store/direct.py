"""The journal through the standard library's sqlite3, without SQLAlchemy: what ``moodlog info``
and ``moodlog checkin`` need, in a fraction of the time (importing SQLAlchemy alone takes many
times longer than the whole command).

Only for a plain journal already at the current schema: a new or empty file, an encrypted
journal, and one that needs upgrading (or comes from a newer moodlog) are left to JournalStore,
which creates, unlocks and migrates them. The rest of what ``JournalStore.open`` does is done
here the same way and in the same order: the journal lock (re-entrant: the command holds it
already), the file made 0600, the revision and SQLite's quick check read first
(``migrate.current_revision``), the daily backup, the same pragmas on the connection, and each
write one ``BEGIN IMMEDIATE`` transaction writing the same rows (tests compare the files the two
paths write, row by row).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import TracebackType

from moodlog import atomic
from moodlog.lock import JournalLock
from moodlog.store import sqlite
from moodlog.store.errors import DiskFullError, JournalError, environment_error, lock_journal

TYPE_CHECKING = False  # not typing's: the headless commands never import typing

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date, datetime
    from typing import TypeVar

    from moodlog.core.checks import CheckInFields
    from moodlog.store.content import EntryCounts

    T = TypeVar("T")

#: The same as the engine's (store/engine.py), connection by connection.
BUSY_TIMEOUT_MS = 10_000
PRAGMAS = ("PRAGMA foreign_keys=ON", f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
           "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL")


def open_current(path: Path, backup_dir: Path, daily_backup: bool = False,
                 lock_wait: float | None = None) -> DirectJournal | None:
    """The plain journal at ``path``, when it is at the current schema; else None (and nothing
    done beyond what JournalStore.open would do first): JournalStore must open it.

    Raises what JournalStore.open raises for a file that is not a journal, a damaged one, a
    busy one, and a failed daily backup, with the same messages.
    """
    from moodlog.store.migrate import HEAD, current_revision

    path = Path(path)
    if not path.is_file() or not path.stat().st_size or sqlite.is_encrypted(path):
        return None  # created, or unlocked with a passphrase, by JournalStore
    atomic.protect(path, backup_dir)
    lock = lock_journal(path, lock_wait)
    try:
        if os.name == "posix" and path.stat().st_mode & 0o077:
            path.chmod(0o600)
        try:
            if current_revision(path, check=True) != HEAD:
                lock.release()
                return None  # an upgrade (after a backup), or a refusal: JournalStore's
            if daily_backup:
                from moodlog.store import backup

                backup.daily_backup(path, backup_dir)
        except sqlite.database_errors(OSError) as exc:
            raise environment_error(exc, path) or JournalError(
                f"cannot back up {path} before opening it: {exc}") from None
        conn = connect(path)
    except BaseException:
        lock.release()
        raise
    return DirectJournal(path, backup_dir, conn, lock)


def connect(path: Path) -> sqlite3.Connection:
    """A connection as the engine makes them: its pragmas, and explicit BEGIN ... COMMIT."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.isolation_level = None
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


class DirectJournal:
    """An open plain journal at the current schema; close it (or use ``with``) when done."""

    def __init__(self, path: Path, backup_dir: Path, conn: sqlite3.Connection,
                 lock: JournalLock) -> None:
        self.path = path
        self.backup_dir = backup_dir
        self._conn = conn
        self._lock: JournalLock | None = lock

    def close(self) -> None:
        self._conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> DirectJournal:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # --------------------------------------------------------------------------- reading
    def counts(self) -> EntryCounts:
        """The dated entries, as in JournalStore.counts (the same SQL, one read transaction),
        without the core records (whose import costs more than this whole command)."""
        from moodlog.store.content import entry_counts

        self._conn.execute("BEGIN")
        try:
            return entry_counts(lambda sql: self._conn.execute(sql).fetchall())
        finally:
            self._conn.execute("COMMIT")

    def has_checkin(self, day: date) -> bool:
        self._conn.execute("BEGIN")
        try:
            row = self._conn.execute("SELECT 1 FROM checkins WHERE day = ?",
                                     (day.isoformat(),)).fetchone()
        finally:
            self._conn.execute("COMMIT")
        return row is not None

    # --------------------------------------------------------------------------- writing
    def save_checkin(self, checkin: CheckInFields) -> CheckInFields:
        """As JournalStore.save_checkin: create or replace the check-in of ``checkin.day``,
        with its ratings, tags and medication answers (the search index follows by trigger)."""
        from moodlog.core.dates import utc_now

        now = utc_now()
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                existing = conn.execute("SELECT id, created_at FROM checkins WHERE day = ?",
                                        (checkin.day.isoformat(),)).fetchone()
                created = (_from_stamp(existing[1]) if existing
                           else (checkin.created_at or now))
                if existing:
                    conn.execute("DELETE FROM checkins WHERE id = ?", (existing[0],))
                stored = checkin._replace(created_at=created, updated_at=now)
                _insert_checkin(conn, stored)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"the journal refused this change: {exc}") from None
        except sqlite3.OperationalError as exc:
            mapped = environment_error(exc, self.path)
            if isinstance(mapped, DiskFullError):
                raise mapped from None
            raise JournalError(f"could not write to {self.path}: {exc}") from None
        return stored


def _stamp(value: object) -> str:
    """A UTC timestamp as the store writes it (store/models.py UTCTimestamp)."""
    from datetime import UTC, datetime

    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValueError("naive datetime given for a UTC timestamp column")
    return value.astimezone(UTC).isoformat(timespec="milliseconds")


def _from_stamp(text: str) -> datetime:
    from datetime import datetime

    return datetime.fromisoformat(text)


def _ids(conn: sqlite3.Connection, table: str) -> dict[str, int]:
    # The very statement SQLAlchemy sends for select(Row.key, Row.id): the same rows, in the
    # same order, so that a message listing them reads the same.
    return dict(conn.execute(f"SELECT {table}.key, {table}.id \nFROM {table}").fetchall())


def _unknown(what: str, keys: set[str], known: dict[str, int]) -> None:
    """store/life.py's message for a tag or medication the journal does not have."""
    missing = sorted(keys - known.keys())
    if missing:
        raise ValueError(f"unknown {what} {', '.join(map(repr, missing))}; known: "
                         f"{', '.join(sorted(known)) or 'none yet'}")


def _insert_checkin(conn: sqlite3.Connection, c: CheckInFields) -> None:
    """store/bulk.py insert_checkins and store/life.py insert_checkin_extras, for one."""
    from moodlog.core.dates import check_entry_date

    check_entry_date(c.day, "check-in date")
    symptom_ids = _ids(conn, "symptoms")
    unknown = sorted(set(c.ratings) - symptom_ids.keys())
    if unknown:
        raise ValueError(
            f"unknown symptom {', '.join(map(repr, unknown))}; add it as a custom symptom "
            f"first, or use one of: {', '.join(symptom_ids)}"
        )
    if c.created_at is None or c.updated_at is None:
        raise ValueError(f"check-in of {c.day} has no timestamps")
    cid = conn.execute(
        "INSERT INTO checkins (day, mood, sleep_hours, note, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (c.day.isoformat(), c.mood, c.sleep_hours, c.note, _stamp(c.created_at),
         _stamp(c.updated_at))).lastrowid
    if c.ratings:
        conn.executemany(
            "INSERT INTO symptom_ratings (checkin_id, symptom_id, severity) VALUES (?, ?, ?)",
            [(cid, symptom_ids[key], sev) for key, sev in c.ratings.items()])
    if not (c.tags or c.medications_taken):
        return
    known_tags, known_meds = _ids(conn, "tags"), _ids(conn, "medications")
    _unknown("tag", set(c.tags), known_tags)
    _unknown("medication", set(c.medications_taken), known_meds)
    if c.tags:
        conn.executemany("INSERT INTO checkin_tags (checkin_id, tag_id) VALUES (?, ?)",
                         [(cid, known_tags[k]) for k in c.tags])
    if c.medications_taken:
        conn.executemany(
            "INSERT INTO medication_intake (checkin_id, medication_id, taken) VALUES (?, ?, ?)",
            [(cid, known_meds[k], int(taken)) for k, taken in c.medications_taken.items()])


# ------------------------------------------------------------------------ added for the window
def read_on(journal: DirectJournal, reader: Callable[[sqlite3.Connection], T]) -> T:
    """``reader`` run on ``journal``'s connection in one read transaction (the window's
    Today page, store/direct_window.py)."""
    conn = journal._conn
    conn.execute("BEGIN")
    try:
        return reader(conn)
    finally:
        conn.execute("COMMIT")
