"""Turning encryption on, changing the passphrase, turning it off: the journal and every backup.

Each file is rewritten with SQLCipher's ``sqlcipher_export`` into a new file beside it, checked
(integrity and row counts), then moved into place, so a crash leaves either the old file or the
new one, never half of each. A verified backup is taken first.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from moodlog.store import backup, sqlite
from moodlog.store.errors import JournalError

MIN_LENGTH = 8
FORGOTTEN = ("A forgotten passphrase cannot be recovered: without it no one, not you and not "
             "the moodlog developers, can open the journal or its backups.")
_TABLES = ("checkins", "symptom_ratings", "treatments", "treatment_readings",
           "questionnaire_responses", "clinician_scores")




@dataclass(frozen=True, slots=True)
class EncryptionReport:
    backups_converted: int
    backups_skipped: tuple[Path, ...]
    safety_copy: Path


def check_passphrase(passphrase: str) -> str:
    """A usable passphrase: at least 8 characters, not only spaces, no NUL."""
    if "\x00" in passphrase:
        raise ValueError("the passphrase contains a NUL character")
    if len(passphrase.strip()) < MIN_LENGTH:
        raise ValueError(f"the passphrase must have at least {MIN_LENGTH} characters")
    return passphrase


def read_passphrase_file(file: str | Path) -> str:
    """The passphrase on the first line of ``file`` (for scripts, CI and tests)."""
    try:
        lines = Path(file).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read the passphrase file {file}: {exc}") from None
    if not lines or not lines[0]:
        raise ValueError(f"the passphrase file {file} is empty")
    return lines[0]


def _counts(conn: sqlite.Connection) -> tuple[int, ...]:
    return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _TABLES)


def convert_file(path: Path, old_key: str | None, new_key: str | None, wal: bool) -> None:
    """Rewrite one database with ``new_key`` (None: plain SQLite), atomically."""
    tmp = path.with_name(f".{path.name}.converting")
    tmp.unlink(missing_ok=True)
    sqlite.create_file(tmp)
    try:
        src = sqlite.cipher().connect(str(path))
        try:
            if old_key is not None:
                src.execute(f"PRAGMA key = {sqlite.quote(old_key)}")
                sqlite.check_key(src, path)
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            expected = _counts(src)
            src.execute(f"ATTACH DATABASE {sqlite.quote(str(tmp))} AS target "
                        f"KEY {sqlite.quote(new_key or '')}")
            src.execute("SELECT sqlcipher_export('target')")
            src.execute("DETACH DATABASE target")
        finally:
            src.close()
        dst = sqlite.connect(tmp, new_key)
        try:
            if wal:
                dst.execute("PRAGMA journal_mode=WAL")
            problem = backup.integrity_problem(dst)
            got = _counts(dst)
        finally:
            dst.close()
        if problem or got != expected:
            raise JournalError(f"the rewritten copy of {path.name} did not check out "
                               f"({problem or 'row counts differ'}); nothing was changed")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    finally:
        tmp.unlink(missing_ok=True)


def change_encryption(journal: Path, backup_dir: Path, old_key: str | None,
                      new_key: str | None) -> EncryptionReport:
    """Encrypt (old None), change the passphrase, or decrypt (new None) a closed journal.

    The caller must have closed every connection to the journal (and hold its lock).
    """
    if new_key is not None:
        check_passphrase(new_key)
    if old_key is None and sqlite.is_encrypted(journal):
        raise sqlite.PassphraseError("the journal is encrypted: give its current passphrase")
    if old_key is not None and not sqlite.is_encrypted(journal):
        old_key = None
    if old_key is None and new_key is None:
        raise ValueError("the journal is not encrypted")
    if not journal.exists() or not journal.stat().st_size:
        raise ValueError(f"there is no journal at {journal} yet")
    safety = backup.backup_copy(journal, backup_dir, "before-encryption", old_key)
    convert_file(journal, old_key, new_key, wal=True)
    converted = 0
    skipped: list[Path] = []
    for info in backup.list_backups(backup_dir, journal.stem):
        key = old_key if sqlite.is_encrypted(info.path) else None
        try:
            convert_file(info.path, key, new_key, wal=False)
            converted += 1
        except sqlite.database_errors(JournalError):
            skipped.append(info.path)  # e.g. a backup under an older passphrase
    return EncryptionReport(converted, tuple(skipped), safety)
