"""Opening journal files with the right driver: plain SQLite, or SQLCipher with a passphrase.

An encrypted journal (and each of its backups) is an SQLCipher 4 database: every page,
including the first, is encrypted, so the file does not start with "SQLite format 3" and plain
SQLite cannot read it. A forgotten passphrase cannot be recovered.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from moodlog.store.errors import JournalError

TYPE_CHECKING = False  # not typing's: the headless commands never import typing
if TYPE_CHECKING:
    from typing import Any

    Connection = Any  # sqlite3.Connection or sqlcipher3's equivalent

SQLITE_MAGIC = b"SQLite format 3\x00"


class PassphraseError(JournalError):
    """The journal is encrypted and no passphrase, or a wrong one, was given."""


def create_file(path: Path) -> None:
    """Create an empty database file readable by its owner only (0600 on POSIX)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def header(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_MAGIC))


def is_encrypted(path: Path) -> bool:
    """True for a file that looks like an SQLCipher database: not plain SQLite, a whole number
    of pages long, starting with a random salt (not zeros, not text). A file with its first
    page wiped, or some other file in the journal's place, is not taken for an encrypted one
    (so no one is asked for a passphrase that was never set)."""
    try:
        head = header(path)
        size = path.stat().st_size
    except OSError:
        return False
    if not head or head == SQLITE_MAGIC or size % 512:
        return False
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in head)
    return head.count(0) < 8 and printable < len(head)


def pending_marker(journal: Path) -> Path:
    """Present while an encryption change is under way: a killed ``encrypt`` is noticed.

    (Kept here rather than in store.encryption, so that the health check that every command
    runs imports nothing more.)"""
    return journal.with_name(journal.name + ".encryption-pending")


def quote(key: str) -> str:
    return "'" + key.replace("'", "''") + "'"


def cipher() -> Any:
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover - it is a dependency; this is for odd installs
        raise JournalError("this moodlog was installed without encryption support "
                           "(the sqlcipher3 package is missing)") from None
    return sqlcipher3


def connect(path: Path, key: str | None = None, readonly: bool = False,
            immutable: bool = False, **kwargs: Any) -> Connection:
    """A DB-API connection to ``path``; with ``key``, through SQLCipher with that passphrase."""
    target: str | Path = path
    uri = readonly or immutable
    if uri:
        mode = "mode=ro" + ("&immutable=1" if immutable else "")
        target = f"{path.resolve().as_uri()}?{mode}"
    if key is None:
        return sqlite3.connect(target, uri=uri, **kwargs)
    conn = cipher().connect(str(target), uri=uri, **kwargs)
    # Else SQLCipher prints "ERROR CORE ... hmac check failed" lines for a wrong passphrase.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {quote(key)}")
    return conn


def check_key(conn: Connection, path: Path) -> None:
    """Raise PassphraseError if ``conn`` (just keyed) cannot read ``path``."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception:  # sqlcipher3.DatabaseError: "file is not a database"
        raise PassphraseError(f"that passphrase does not open {path.name}") from None


def database_errors(*extra: type[BaseException]) -> tuple[type[BaseException], ...]:
    """The DatabaseError classes of every driver in use (and ``extra``), for ``except``.

    SQLCipher's counts only once it has been imported: a plain journal never loads it (it
    carries its own SQLite and crypto libraries, several MB of memory).
    """
    errors: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, *extra)
    cipher_module = sys.modules.get("sqlcipher3")
    if cipher_module is not None:
        errors = (*errors, cipher_module.DatabaseError)
    return errors
