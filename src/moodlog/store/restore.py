"""Restore a journal from a backup: check the backup (schema and integrity), set the current
journal aside, copy the backup in. Uses both backup (copies) and migrate (revisions), which
is why it is a module of its own rather than part of either."""

from __future__ import annotations

from pathlib import Path

from moodlog.store import sqlite
from moodlog.store.backup import (
    BackupInfo,
    backup_copy,
    connect_ro,
    copy_into,
    integrity_problem,
    list_backups,
    set_aside,
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


def restore(journal: Path, source: Path, backup_dir: Path,
            key: str | None = None) -> Path | None:
    """Replace the journal's contents with the backup ``source``.

    The current journal is first saved aside in ``backup_dir`` (copied if sound, moved if
    damaged), so nothing is ever lost. Returns where it was saved, or None if there was none.
    """
    check_restorable(source, key)
    source_key = key if sqlite.is_encrypted(source) else None
    aside: Path | None = None
    if journal.exists() and journal.stat().st_size:
        try:
            aside = backup_copy(journal, backup_dir, "before-restore",
                                key if sqlite.is_encrypted(journal) else None)
        except sqlite.database_errors(JournalError):
            aside = set_aside(journal, backup_dir, "damaged")
    if journal.exists() and sqlite.is_encrypted(journal) != (source_key is not None):
        # Encrypted and plain cannot be copied into each other page by page.
        aside = aside or set_aside(journal, backup_dir, "before-restore")
        journal.unlink(missing_ok=True)
    if not journal.exists():
        sqlite.create_file(journal)
    src = connect_ro(source, source_key)
    try:
        problem = copy_into(src, journal, source_key, journal_mode="WAL")
    finally:
        src.close()
    if problem:
        raise JournalError(f"the restored journal failed its check ({problem}); your previous "
                           f"journal is safe in {aside}")
    return aside
