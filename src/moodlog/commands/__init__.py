"""What each ``moodlog`` subcommand does, one module per group of commands.

Each module has ``register(subparsers)``, which adds its parsers and sets ``handler`` on them.
``run`` turns every failure into one line on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from moodlog.core.dates import check_range, parse_date
from moodlog.lock import JournalLock, LockedError
from moodlog.paths import DataDirError, backup_dir, ensure_data_dir, journal_path, resolve_data_dir
from moodlog.store.errors import JournalBusyError, JournalError, environment_error
from moodlog.store.sqlite import is_encrypted

TYPE_CHECKING = False  # not typing's: the headless commands never import typing

if TYPE_CHECKING:
    from moodlog.store.direct import DirectJournal
    from moodlog.store.journal import JournalStore
    from moodlog.store.snapshot import JournalSnapshot

Handler = Callable[[argparse.Namespace], int]
Subparsers = argparse._SubParsersAction


def say(text: str) -> None:
    print(text)


def tell(text: str) -> None:
    """Messages about what was done, on stderr when stdout carries data."""
    print(text, file=sys.stderr)


def read_passphrase(file: str | None, prompt: str, confirm: bool = False,
                    missing: str = "the journal is encrypted: give its passphrase with "
                                   "--passphrase-file FILE") -> str:
    """A passphrase from the first line of ``file``, or asked for on the terminal."""
    if file:
        from moodlog.store.encryption import read_passphrase_file

        return read_passphrase_file(file)
    if not sys.stdin.isatty():
        raise ValueError(f"{missing} (or run moodlog in a terminal to be asked)")
    import getpass

    passphrase = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != passphrase:
        raise ValueError("the two passphrases differ; nothing was changed")
    return passphrase


def journal_key(args: argparse.Namespace, journal: Path) -> str | None:
    """The passphrase of an encrypted journal (None for a plain one)."""
    if not journal.is_file() or not is_encrypted(journal):
        return None
    return read_passphrase(getattr(args, "passphrase_file", None),
                           "Passphrase for your moodlog journal: ",
                           missing=f"{journal} is encrypted, or is not a moodlog journal at "
                                   "all: give its passphrase with --passphrase-file FILE")


def open_store(args: argparse.Namespace) -> JournalStore:
    """The journal, opened for a command: under the journal lock (waiting briefly for the
    window or another command), after the check for what a crash left (see store.health)."""
    from moodlog.store.journal import JournalStore

    journal, backups, key, lock = _prepare(args)
    try:
        # The store takes the lock again (re-entrant): it holds it until it is closed.
        return JournalStore.open(journal, backups, daily_backup=True, key=key)
    finally:
        lock.release()


def open_journal(args: argparse.Namespace) -> JournalStore | DirectJournal:
    """As :func:`open_store`, but a plain journal at the current schema is opened without the
    ORM (store.direct, a fraction of the start-up time), for the commands that can use it."""
    from moodlog.store.direct import open_current

    journal, backups, key, lock = _prepare(args)
    try:
        opened = open_current(journal, backups, daily_backup=True) if key is None else None
        if opened is not None:
            return opened
        from moodlog.store.journal import JournalStore

        return JournalStore.open(journal, backups, daily_backup=True, key=key)
    finally:
        lock.release()


def open_reader(args: argparse.Namespace) -> JournalStore | JournalSnapshot:
    """As :func:`open_store`, for a command that only reads: a journal at the current schema
    (plain or encrypted) is read without the ORM (store.snapshot); others go to JournalStore,
    which upgrades them."""
    from moodlog.store.snapshot import open_snapshot

    journal, backups, key, lock = _prepare(args)
    try:
        opened = open_snapshot(journal, backups, key, daily_backup=True)
        if opened is not None:
            return opened
        from moodlog.store.journal import JournalStore

        return JournalStore.open(journal, backups, daily_backup=True, key=key)
    finally:
        lock.release()


def _prepare(args: argparse.Namespace) -> tuple[Path, Path, str | None, JournalLock]:
    """The journal, its backups folder and its passphrase, with the journal lock taken and
    the health check done (the caller releases the lock)."""
    data_dir = ensure_data_dir(resolve_data_dir(args.data_dir))
    journal = journal_path(data_dir)
    lock = JournalLock(journal)
    try:
        lock.acquire()
    except LockedError as exc:
        raise JournalBusyError(f"{exc}; close it and try again") from None
    try:
        check_health(journal, backup_dir(data_dir))
        key = journal_key(args, journal)
        finish_encryption(journal, backup_dir(data_dir), key)
    except BaseException:
        lock.release()
        raise
    return journal, backup_dir(data_dir), key, lock


def finish_encryption(journal: Path, backups: Path, key: str | None) -> None:
    """A killed ``encrypt`` left plaintext backups: encrypt them now, and say so."""
    if key is None:
        return  # a plain journal: nothing an encrypt could have left (finish_interrupted)
    from moodlog.store.encryption import finish_interrupted

    report = finish_interrupted(journal, backups, key)
    if report is not None:
        tell(f"moodlog: finished an interrupted encryption: {report.backups_converted} backups "
             "are encrypted now.")


def check_health(journal: Path, backups: Path) -> None:
    """Refuse to start a new journal beside backups; warn about a damaged -wal (a copy is
    kept) and an interrupted encryption change. The caller holds the journal lock."""
    from moodlog.store import health

    findings = health.check(journal, backups)
    messages = health.describe(findings, journal, backups)
    if findings.missing_journal is not None:
        raise JournalError("; ".join(messages))
    if findings.interrupted_encryption and is_encrypted(journal):
        messages = messages[:-1]  # an encrypt: finished once the passphrase is known
    for message in messages:
        print(f"moodlog: warning: {one_line(message)}", file=sys.stderr)


def add_range(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day to include")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day to include")


def get_range(args: argparse.Namespace) -> tuple[date | None, date | None]:
    start = parse_date(args.start, "--from") if args.start is not None else None
    end = parse_date(args.end, "--to") if args.end is not None else None
    check_range(start, end)
    return start, end


def pairs(values: list[str], what: str) -> dict[str, int]:
    """``["sadness=2", ...]`` -> ``{"sadness": 2}``; a key given twice is an error."""
    out: dict[str, int] = {}
    for item in values:
        key, sep, value = item.partition("=")
        key = key.strip()
        digits = value.strip().lstrip("-")
        # isascii: "²" and other Unicode digits pass isdigit() but int() refuses them.
        if not sep or not key or not (digits.isascii() and digits.isdigit()):
            raise ValueError(f"{what} must look like KEY=0..3, not {item!r}")
        if key in out:
            raise ValueError(f"{what} {key!r} is given twice")
        out[key] = int(value)
    return out


def _describe(exc: OSError) -> str:
    where = f": {exc.filename}" if exc.filename else ""
    return f"{exc.strerror or exc}{where}"


def _data_folder(args: argparse.Namespace) -> Path:
    try:
        return resolve_data_dir(getattr(args, "data_dir", None))
    except Exception:  # noqa: BLE001 - only used to word a message
        return Path(".")


def run(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command; every failure becomes one line on stderr and exit status 1."""
    try:
        return handler(args)
    except (ValueError, JournalError, DataDirError) as exc:
        message = str(exc)
    except OSError as exc:
        where = Path(exc.filename) if isinstance(exc.filename, str) else _data_folder(args)
        mapped = environment_error(exc, where)
        message = str(mapped) if mapped else _describe(exc)
    except KeyboardInterrupt:
        print("moodlog: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - SQLite, SQLAlchemy, SQLCipher: never a traceback
        mapped = environment_error(exc, _data_folder(args))
        message = str(mapped) if mapped else (f"the journal could not be read or written "
                                              f"({type(exc).__name__}: {exc})")
    # One line, whatever the message quotes from a file (line breaks, control characters).
    print(f"moodlog: error: {one_line(message)}", file=sys.stderr)
    return 1


def one_line(text: str) -> str:
    return " ".join(text.splitlines()).replace("\x00", "")
