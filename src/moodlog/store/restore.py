"""Restore a journal from a backup: check the backup (schema and integrity), set the current
journal aside, copy the backup in. Uses both backup (copies) and migrate (revisions), which
is why it is a module of its own rather than part of either."""

from __future__ import annotations

from pathlib import Path

from moodlog import atomic
from moodlog.store import sqlite
from moodlog.store.backup import (
    BackupInfo,
    backup_copy,
    connect_ro,
    copy_aside,
    copy_into,
    integrity_problem,
    list_backups,
)
from moodlog.store.errors import JournalError
from moodlog.store.migrate import current_revision, known_revisions


def check_restorable(source: Path, key: str | None = None) -> None:
    """Raise JournalError unless ``source`` is a readable, undamaged moodlog journal."""
    if not source.is_file():
        raise JournalError(f"{source} is not a file")
    key = key if sqlite.is_encrypted(source) else None
    revision = current_revision(source, key=key)
    if revision is None:
        raise JournalError(f"{source} is empty: there is nothing to restore")
    if revision not in known_revisions()[0]:
        raise JournalError(f"{source} was written by a newer version of moodlog; update "
                           "moodlog to restore it")
    conn = connect_ro(source, key)
    try:
        problem = integrity_problem(conn)
    finally:
        conn.close()
    if problem:
        raise JournalError(f"{source} is damaged ({problem}); choose another backup")


def newest_good(backup_dir: Path, stem: str, key: str | None = None) -> BackupInfo | None:
    """The newest backup that passes its integrity check (journals set aside don't count)."""
    for info in list_backups(backup_dir, stem):
        if info.reason in ("before-restore", "damaged"):
            continue
        try:
            check_restorable(info.path, key)
        except JournalError:
            continue
        return info
    return None


def _checkpoint(journal: Path, key: str | None) -> None:
    """Fold the journal's -wal into the main file, so that nothing of the old journal is left
    in a -wal that could be replayed onto the restored one."""
    conn = sqlite.connect(journal, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def restore(journal: Path, source: Path, backup_dir: Path,
            key: str | None = None) -> Path | None:
    """Replace the journal with the backup ``source``, atomically.

    The current journal is first saved aside in ``backup_dir`` (a verified copy if sound, a
    plain copy if damaged), so nothing is ever lost. The backup is copied into a temporary file
    beside the journal, checked, and renamed over it: a kill at any moment leaves the old
    journal or the restored one, never an empty or missing file. Returns where the old journal
    was saved, or None if there was none. The caller holds the journal lock.
    """
    check_restorable(source, key)
    source_key = key if sqlite.is_encrypted(source) else None
    aside: Path | None = None
    old_key = key if journal.exists() and sqlite.is_encrypted(journal) else None
    sound = False
    if journal.exists() and journal.stat().st_size:
        try:
            aside = backup_copy(journal, backup_dir, "before-restore", old_key)
            sound = True
        except sqlite.database_errors(JournalError):
            aside = copy_aside(journal, backup_dir, "damaged")
    with atomic.replacing(journal) as tmp:
        src = connect_ro(source, source_key)
        try:
            problem = copy_into(src, tmp, source_key, journal_mode="WAL")
        finally:
            src.close()
        if problem:
            raise JournalError(f"the restored copy failed its check ({problem}); your journal "
                               "was not changed")
        for suffix in ("-wal", "-shm"):
            tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
        if sound:
            _checkpoint(journal, old_key)
        for suffix in ("-wal", "-shm"):
            journal.with_name(journal.name + suffix).unlink(missing_ok=True)
    return aside
