"""Commands that keep the journal safe: backup, backups, restore, check."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from moodlog import atomic
from moodlog.commands import Subparsers, journal_key, open_store, read_passphrase, say, tell
from moodlog.lock import JournalLock, LockedError
from moodlog.paths import backup_dir, ensure_data_dir, journal_path, resolve_data_dir
from moodlog.store.errors import JournalError, environment_error
from moodlog.store.sqlite import is_encrypted

if TYPE_CHECKING:
    from moodlog.core.models import JournalCounts
    from moodlog.store.backup import BackupInfo


def _paths(args: argparse.Namespace) -> tuple[Path, Path]:
    folder = ensure_data_dir(resolve_data_dir(args.data_dir))
    return journal_path(folder), backup_dir(folder)


def cmd_backup(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        made = store.backup("manual")
    if args.to is not None:
        target = Path(args.to)
        if target.exists():
            made.unlink()
            raise ValueError(f"{target} already exists; choose a new file name")
        try:
            with atomic.replacing(target) as tmp:
                shutil.copyfile(made, tmp)
        finally:
            made.unlink(missing_ok=True)
        made = target
    say(f"Backed up the journal to {made} (verified).")
    return 0


def describe_counts(c: JournalCounts) -> str:
    """``12 check-ins, 3 treatments, 2 moments, a safety plan``: what a backup holds."""
    parts = [f"{c.checkins} check-ins", f"{c.treatments} treatments"]
    for count, word in ((c.questionnaires, "questionnaires"),
                        (c.clinician_scores, "clinician scores"), (c.moments, "moments"),
                        (c.medications, "medications")):
        if count:
            parts.append(f"{count} {word}")
    if c.safety_plan_items:
        parts.append("a safety plan")
    return ", ".join(parts)


def _describe(info: BackupInfo, key: str | None) -> str:
    from moodlog.store import backup

    counts = backup.entry_counts(info.path, key)
    what = describe_counts(counts) if counts else "cannot be read"
    return (f"{info.created:%Y-%m-%d %H:%M}  {info.reason:<28} {what:<34} "
            f"{info.size / 1024:,.0f} KB  {info.path.name}")


def cmd_backups(args: argparse.Namespace) -> int:
    from moodlog.store import backup

    journal, folder = _paths(args)
    found = backup.list_backups(folder, journal.stem)
    if not found:
        say(f"No backups yet in {folder}.")
        return 0
    key = journal_key(args, journal) or _given_key(args)
    say(f"Backups in {folder}, newest first:")
    unreadable = 0
    for info in found:
        line = _describe(info, key)
        unreadable += "cannot be read" in line
        say("  " + line)
    if unreadable:
        tell(f"moodlog: error: {unreadable} of these backups cannot be read (damaged, or "
             "encrypted with a passphrase that was not given)")
        return 1
    return 0


def _given_key(args: argparse.Namespace) -> str | None:
    """The --passphrase-file passphrase, for encrypted backups beside a plain (or missing)
    journal."""
    if not getattr(args, "passphrase_file", None):
        return None
    return read_passphrase(args.passphrase_file, "")


def cmd_restore(args: argparse.Namespace) -> int:
    from moodlog.store import backup, restore

    journal, folder = _paths(args)
    key = journal_key(args, journal) or _given_key(args)
    if args.latest:
        good = restore.newest_good(folder, journal.stem, key)
        if good is None:
            encrypted = key is None and any(
                is_encrypted(b.path) for b in backup.list_backups(folder, journal.stem))
            raise ValueError(f"there is no good backup in {folder} to restore" + (
                "; the backups are encrypted: give their passphrase with --passphrase-file "
                "FILE" if encrypted else ""))
        source = good.path
    elif args.file is not None:
        source = Path(args.file)
    else:
        raise ValueError("name a backup file to restore, or use --latest")
    if key is None and source.is_file() and is_encrypted(source):
        key = read_passphrase(args.passphrase_file, "Passphrase of the backup: ",
                              missing=f"{source} is encrypted, or is not a moodlog journal at "
                                      "all: give its passphrase with --passphrase-file FILE")
    try:
        with JournalLock(journal):
            aside = restore.restore(journal, source, folder, key)
    except LockedError as exc:
        raise ValueError(f"{exc}; close it before restoring") from None
    except OSError as exc:
        raise environment_error(exc, journal) or JournalError(
            f"could not restore {source}: {exc}") from None
    except sqlite3.Error as exc:
        raise environment_error(exc, journal) or JournalError(
            f"could not restore {source}: {exc}") from None
    say(f"Restored the journal from {source}.")
    if aside:
        say(f"The journal as it was before is kept in {aside}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from moodlog.store import backup, health
    from moodlog.store.migrate import current_revision

    journal, folder = _paths(args)
    try:
        with JournalLock(journal):
            findings = health.check(journal, folder)
    except LockedError as exc:
        raise ValueError(f"{exc}; close it and try again") from None
    problems = health.describe(findings, journal, folder)
    if findings.missing_journal or findings.damaged_wal:
        raise JournalError(problems[0])
    for message in problems:
        tell(f"moodlog: warning: {message}")
    if not journal.exists():
        say(f"ok: there is no journal yet at {journal}")
        return 0
    key = journal_key(args, journal)
    revision = current_revision(journal, key=key)  # raises for a file that is not a journal
    conn = backup.connect_ro(journal, key)
    try:
        problem = backup.integrity_problem(conn)
    finally:
        conn.close()
    if problem:
        raise environment_error(problem, journal) or JournalError(
            f"{journal} is damaged: {problem}. Nothing was changed; 'moodlog restore "
            "--latest' restores the newest good backup and keeps the damaged file aside")
    say(f"ok: {journal} passed SQLite's integrity check (schema {revision or 'new'})")
    return 0


def register(sub: Subparsers) -> None:
    p = sub.add_parser("backup", help="make a verified backup of the journal now")
    p.add_argument("--to", metavar="FILE", help="write it to FILE instead of the backups folder")
    p.set_defaults(handler=cmd_backup)
    sub.add_parser("backups", help="list the backups, newest first").set_defaults(
        handler=cmd_backups)
    p = sub.add_parser("restore", help="replace the journal with a backup (the current journal "
                                       "is kept aside first)")
    p.add_argument("file", nargs="?", metavar="FILE", help="the backup to restore")
    p.add_argument("--latest", action="store_true", help="the newest backup that passes its "
                                                         "integrity check")
    p.set_defaults(handler=cmd_restore)
    sub.add_parser("check", help="check the journal for damage (changes nothing)").set_defaults(
        handler=cmd_check)
