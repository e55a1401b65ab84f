"""encrypt and decrypt: a passphrase for the journal and all its backups, changed or removed."""

from __future__ import annotations

import argparse
from pathlib import Path

from moodlog.commands import Subparsers, journal_key, read_passphrase, say
from moodlog.lock import JournalLock, LockedError
from moodlog.paths import backup_dir, ensure_data_dir, journal_path, resolve_data_dir
from moodlog.store.sqlite import is_encrypted


def _change(args: argparse.Namespace, new_key: str | None) -> int:
    from moodlog.store.encryption import FORGOTTEN, change_encryption

    folder = ensure_data_dir(resolve_data_dir(args.data_dir))
    journal = journal_path(folder)
    if not journal.is_file() or not journal.stat().st_size:
        raise ValueError(f"there is no journal at {journal} yet")
    try:
        with JournalLock(journal):
            old_key = _current_key(args, journal, new_key)
            report = change_encryption(journal, backup_dir(folder), old_key, new_key)
    except LockedError as exc:
        raise ValueError(f"{exc}; close it first") from None
    what = ("changed the passphrase of" if old_key and new_key else
            "encrypted" if new_key else "removed the encryption of")
    say(f"Done: {what} the journal and {report.backups_converted} backups.")
    if report.backups_skipped:
        say(f"{len(report.backups_skipped)} backups could not be opened with the current "
            "passphrase and were left as they are: "
            + ", ".join(p.name for p in report.backups_skipped))
    if new_key:
        say(FORGOTTEN)
    return 0


def _current_key(args: argparse.Namespace, journal: Path, new_key: str | None) -> str | None:
    """The journal's passphrase; when an interrupted change is run again, what it needs."""
    from moodlog.store.encryption import in_state, pending_marker

    if new_key is not None and in_state(journal, new_key):
        return new_key  # encrypted already (an interrupted encrypt): finish the backups
    if pending_marker(journal).exists() and not is_encrypted(journal) and new_key is None:
        # An interrupted decrypt: the journal is plain, some backups may still be encrypted.
        return read_passphrase(args.passphrase_file, "The passphrase it had: ",
                               missing="give the passphrase the journal had with "
                                       "--passphrase-file FILE")
    return journal_key(args, journal)


def cmd_encrypt(args: argparse.Namespace) -> int:
    from moodlog.store.encryption import FORGOTTEN, MIN_LENGTH, check_passphrase, in_state

    folder = resolve_data_dir(args.data_dir)
    journal = journal_path(folder)
    changing = journal.is_file() and is_encrypted(journal)
    if not args.new_passphrase_file:
        say(FORGOTTEN)
    new_key = read_passphrase(args.new_passphrase_file,
                              f"New passphrase (at least {MIN_LENGTH} characters): ",
                              confirm=True,
                              missing="give the new passphrase with --new-passphrase-file FILE")
    check_passphrase(new_key)
    if (changing and not args.passphrase_file and not args.new_passphrase_file
            and not in_state(journal, new_key)):
        say("Now the current passphrase.")
    return _change(args, new_key)


def cmd_decrypt(args: argparse.Namespace) -> int:
    from moodlog.store.encryption import pending_marker

    journal = journal_path(resolve_data_dir(args.data_dir))
    if (not journal.is_file() or not is_encrypted(journal)) and not pending_marker(
            journal).exists():
        raise ValueError("the journal is not encrypted")
    return _change(args, None)


def register(sub: Subparsers) -> None:
    from moodlog.store.encryption import FORGOTTEN  # plain text, in the module it warns about

    p = sub.add_parser("encrypt", help="encrypt the journal and its backups with a passphrase "
                                       "(or change the passphrase)",
                       description="Encrypt the journal and all its backups with a passphrase, "
                                   "or change it. " + FORGOTTEN)
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from the first line of FILE instead of asking")
    p.set_defaults(handler=cmd_encrypt)
    p = sub.add_parser("decrypt", help="remove the encryption from the journal and its backups")
    p.set_defaults(handler=cmd_decrypt)
