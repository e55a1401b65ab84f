"""Backups of a journal, made with SQLite's online backup API (consistent even while in use).

Backups live in the data folder's ``backups/``, one self-contained 0600 file each, named
``<journal>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite`` and verified after writing. Automatic
ones are rotated (the newest of each of the last 7 days, and of each of the last 8 weeks);
manual backups and journals set aside by a restore are never deleted.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path

from moodlog import atomic
from moodlog.store import sqlite
from moodlog.store.errors import JournalError

TYPE_CHECKING = False  # not typing's: the headless commands never import typing
if TYPE_CHECKING:
    from typing import NamedTuple

    from moodlog.core.models import JournalCounts
else:
    from moodlog.named_tuple import NamedTuple

KEEP_DAILY = 7
KEEP_WEEKLY = 8
#: Reasons that rotation never deletes: the user asked for them, or a restore set them aside.
KEPT_REASONS = frozenset({"manual", "before-restore", "damaged"})
#: A backup's file name (compiled by re on first use, not by every command at import).
_NAME = r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite$"


class BackupInfo(NamedTuple):  # not a dataclass: see store/health.py
    path: Path
    created: datetime
    reason: str
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason not in KEPT_REASONS


def connect_ro(path: Path, key: str | None = None) -> sqlite.Connection:
    conn = sqlite.connect(path, key, readonly=True)
    if key is not None:
        sqlite.check_key(conn, path)
    return conn


def integrity_problem(conn: sqlite.Connection, quick: bool = False) -> str | None:
    """None if the database is sound, else SQLite's description of the first problem."""
    try:
        rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    except sqlite.database_errors() as exc:
        return str(exc)
    found = [r[0] for r in rows if r[0] != "ok"]
    return "; ".join(found[:3]) if found else None


def copy_into(src: sqlite.Connection, target: Path, key: str | None,
               journal_mode: str = "DELETE") -> str | None:
    """Copy ``src`` page by page into ``target``; return SQLite's complaint about the copy."""
    dst = sqlite.connect(target, key)
    try:
        src.backup(dst)
        # A backup is one self-contained file (DELETE: no -wal or -shm beside it).
        dst.execute(f"PRAGMA journal_mode={journal_mode}")
        return integrity_problem(dst)
    finally:
        dst.close()


def backup_copy(path: Path, backup_dir: Path, reason: str, key: str | None = None) -> Path:
    """Copy the journal at ``path`` into a new 0600 file in ``backup_dir``; return its path.

    The copy is checked with ``PRAGMA integrity_check``; a bad copy is removed and an error
    raised, so a backup that exists is a backup that can be restored. An encrypted journal's
    backup is encrypted with the same passphrase.
    """
    backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{path.stem}-{stamp}-{reason}.sqlite"
    # Written under a temporary name and renamed only once it has passed its check: a kill or
    # a full disk never leaves a partial file under a backup's name.
    tmp = atomic.temp_path(target)
    try:
        src = connect_ro(path, key)
        try:
            problem = copy_into(src, tmp, key)
        finally:
            src.close()
        if problem:
            raise JournalError(f"the copy failed its integrity check: {problem}")
        atomic.commit(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def list_backups(backup_dir: Path, stem: str | None = None) -> list[BackupInfo]:
    """Backups in ``backup_dir`` (of the journal ``stem`` if given), newest first."""
    if not backup_dir.is_dir():
        return []
    found = []
    for path in backup_dir.iterdir():
        match = re.match(_NAME, path.name)
        if not match or (stem is not None and match["stem"] != stem) or not path.is_file():
            continue
        created = _stamp_time(match["stamp"])
        found.append(BackupInfo(path, created, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: b.created, reverse=True)


def _stamp_time(stamp: str) -> datetime:
    """``20261202-154501-123456`` -> its datetime (as strptime's ``%Y%m%d-%H%M%S-%f``, which
    would import the _strptime machinery for every command)."""
    return datetime(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]), int(stamp[9:11]),
                    int(stamp[11:13]), int(stamp[13:15]), int(stamp[16:22]))


def rotate(backup_dir: Path, stem: str, keep_daily: int = KEEP_DAILY,
           keep_weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Delete automatic backups beyond the newest per day (7 days) and per week (8 weeks)."""
    automatic = [b for b in list_backups(backup_dir, stem) if b.automatic]
    keep: set[Path] = set()
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for b in automatic:  # newest first, so the first of each day or week is its newest
        day = b.created.date()
        week = tuple(day.isocalendar())[:2]
        if day not in days and len(days) < keep_daily:
            days.append(day)
            keep.add(b.path)
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.append(week)  # type: ignore[arg-type]
            keep.add(b.path)
    removed = []
    for b in automatic:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def has_content(path: Path, key: str | None = None) -> bool:
    """Whether the journal at ``path`` holds anything the person wrote (a plan, a moment...)."""
    from moodlog.store import content

    conn = connect_ro(path, key)
    try:
        return content.journal_counts(lambda sql: conn.execute(sql).fetchall()).has_content
    except sqlite.database_errors():
        return False
    finally:
        conn.close()


def daily_backup(path: Path, backup_dir: Path, key: str | None = None) -> Path | None:
    """At most one automatic backup a day (none of an empty journal); then rotate."""
    today = date.today()
    if any(b.created.date() == today for b in list_backups(backup_dir, path.stem)
           if b.automatic) or not has_content(path, key):
        return None
    made = backup_copy(path, backup_dir, "daily", key)
    rotate(backup_dir, path.stem)
    return made


def entry_counts(path: Path, key: str | None = None) -> JournalCounts | None:
    """What a backup holds, or None if it cannot be read."""
    from moodlog.store import content

    try:
        conn = connect_ro(path, key if sqlite.is_encrypted(path) else None)
    except sqlite.database_errors(JournalError):
        return None
    try:
        return content.journal_counts(lambda sql: conn.execute(sql).fetchall())
    except sqlite.database_errors():
        return None
    finally:
        conn.close()


def set_aside(path: Path, backup_dir: Path, reason: str) -> Path:
    """Move a journal (with its -wal and -shm) into ``backup_dir`` without copying it."""
    backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{path.stem}-{stamp}-{reason}.sqlite"
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, target.with_name(target.name + suffix))
    return target


def copy_aside(journal: Path, backup_dir: Path, reason: str) -> Path:
    """Copy a journal that cannot be opened (with its -wal) into ``backup_dir``, durably."""
    import shutil

    backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{journal.stem}-{stamp}-{reason}.sqlite"
    for suffix in ("-wal", ""):  # the main file last: it is what list_backups finds
        extra = journal.with_name(journal.name + suffix)
        if extra.exists():
            with atomic.replacing(target.with_name(target.name + suffix)) as tmp:
                shutil.copyfile(extra, tmp)
    return target
