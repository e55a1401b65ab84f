"""Copies of a journal made with SQLite's online backup API (consistent even while in use)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from moodlog.store.engine import create_file


def backup_copy(path: Path, backup_dir: Path, reason: str) -> Path:
    """Copy the journal at ``path`` into a new 0600 file in ``backup_dir``; return its path.

    The copy is checked with ``PRAGMA integrity_check``; a bad copy is removed and an error
    raised, so a backup that exists is a backup that can be restored.
    """
    backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{path.stem}-{stamp}-{reason}.sqlite"
    create_file(target)
    try:
        src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # A backup is one self-contained file: no -wal or -shm beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
            (result,) = dst.execute("PRAGMA integrity_check").fetchone()
        finally:
            dst.close()
            src.close()
        if result != "ok":
            raise sqlite3.DatabaseError(f"integrity check of the copy failed: {result}")
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target
