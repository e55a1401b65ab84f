"""The window's journal before SQLAlchemy is loaded: opened as JournalStore opens it, and the
Today page read from it, with the standard library only.

Importing SQLAlchemy and mapping the models takes longer than showing the whole window, so
the window opens a plain journal at the current schema through ``store.direct``: the journal
lock (the window's own, re-entrant), the file made 0600, the revision and SQLite's quick check
and the engine's pragmas, in JournalStore.open's order, and reads the Today page
(``store.peek.read_form``) in one read transaction on that connection. The daily backup
(:func:`daily_backup`, the first opening of a day: a verified copy, a fifth of a second on
thirty years) follows right after the first paint, before the journal counts as open; the
store's opening makes it too, so no write can come first. JournalStore is opened after the
first paint and takes over (ui/journal.py); every write goes through it.

A new or empty file, an encrypted journal and one that needs upgrading (or comes from a newer
moodlog) get None here: JournalStore creates, unlocks or migrates them as before.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from moodlog.store import direct
from moodlog.store.errors import JournalError, environment_error
from moodlog.store.peek import FormPeek, read_form


def open_for_window(path: Path, backup_dir: Path,
                    day: date) -> tuple[direct.DirectJournal, FormPeek] | None:
    """The open journal and ``day``'s Today page, or None when JournalStore must open it.

    Raises what JournalStore.open raises for a file that is not a journal and a damaged one,
    with the same messages (store/direct.py ``open_current``).
    """
    journal = direct.open_current(path, backup_dir)
    if journal is None:
        return None
    try:
        return journal, direct.read_on(journal, lambda conn: read_form(conn, day))
    except (sqlite3.Error, ValueError):
        # Rows the quick check let through but that cannot be read: JournalStore decides
        # (and says) what is wrong, as it did before there was this path.
        journal.close()
        return None
    except BaseException:
        journal.close()
        raise


def daily_backup(journal: direct.DirectJournal) -> None:
    """The day's first backup of the open journal, as JournalStore.open makes it (and with
    its message when it fails)."""
    from moodlog.store import backup, sqlite

    try:
        backup.daily_backup(journal.path, journal.backup_dir)
    except sqlite.database_errors(OSError) as exc:
        raise environment_error(exc, journal.path) or JournalError(
            f"cannot back up {journal.path} before opening it: {exc}") from None
