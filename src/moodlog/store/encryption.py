"""Turning encryption on, changing the passphrase, turning it off: the journal and every backup.

Each file is rewritten with SQLCipher's ``sqlcipher_export`` into a new file beside it, checked
(integrity and row counts), then moved into place, so a crash leaves either the old file or the
new one, never half of each. A verified backup is taken first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from moodlog import atomic
from moodlog.store import backup, sqlite
from moodlog.store.errors import JournalError
from moodlog.store.sqlite import pending_marker as pending_marker  # its home is store.sqlite

MIN_LENGTH = 8
FORGOTTEN = ("A forgotten passphrase cannot be recovered: without it no one, not you and not "
             "the moodlog developers, can open the journal or its backups.")


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


def row_counts(conn: sqlite.Connection) -> dict[str, int]:
    """The rows of every table (tags, moments, the safety plan, session readings... and any
    a later schema adds), so that a copy missing any of them is caught."""
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {t: conn.execute("SELECT count(*) FROM " + _identifier(t)).fetchone()[0]
            for t in tables}


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def in_state(path: Path, new_key: str | None) -> bool:
    """True if ``path`` is already what the change makes it: plain, or opened by ``new_key``."""
    if new_key is None:
        return not sqlite.is_encrypted(path)
    if not sqlite.is_encrypted(path):
        return False
    try:
        conn = backup.connect_ro(path, new_key)
    except sqlite.database_errors(JournalError):
        return False
    conn.close()
    return True


def convert_file(path: Path, old_key: str | None, new_key: str | None, wal: bool) -> None:
    """Rewrite one database with ``new_key`` (None: plain SQLite), atomically."""
    with atomic.replacing(path) as tmp:
        src = sqlite.connect(path, old_key) if old_key is not None else sqlite.cipher().connect(
            str(path))
        try:
            if old_key is not None:
                sqlite.check_key(src, path)
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            expected = row_counts(src)
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
            got = row_counts(dst)
        finally:
            dst.close()
        if problem or got != expected:
            raise JournalError(f"the rewritten copy of {path.name} did not check out "
                               f"({problem or 'row counts differ'}); nothing was changed")
        # The old -wal was checkpointed (now empty): drop it before the rename, so nothing of
        # the old file can ever be replayed onto the new one.
        for suffix in ("-wal", "-shm"):
            tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
            path.with_name(path.name + suffix).unlink(missing_ok=True)


#: Files beside a plain journal that hold what the person wrote in plain text (an older
#: moodlog's remembered mood words; now kept inside the journal, store/mood_maps.py, which
#: adopts such a file at the next opening): removed when the journal is encrypted.
PLAINTEXT_SIDE_FILES = (".mood-maps.json",)


def change_encryption(journal: Path, backup_dir: Path, old_key: str | None,
                      new_key: str | None) -> EncryptionReport:
    """Encrypt (old None), change the passphrase, or decrypt (new None) a closed journal.

    The caller must have closed every connection to the journal (and hold its lock). Files
    already in the new state are left as they are, so running the same change again finishes
    one that was interrupted; until it is finished a marker beside the journal says so.
    """
    if new_key is not None:
        check_passphrase(new_key)
    if not journal.exists() or not journal.stat().st_size:
        raise ValueError(f"there is no journal at {journal} yet")
    if old_key is None and sqlite.is_encrypted(journal) and not in_state(journal, new_key):
        raise sqlite.PassphraseError("the journal is encrypted: give its current passphrase")
    if old_key is not None and not sqlite.is_encrypted(journal):
        old_key = None
    pending = pending_marker(journal)
    if old_key is None and new_key is None and not pending.exists():
        raise ValueError("the journal is not encrypted")
    if old_key is not None:
        backup.connect_ro(journal, old_key).close()  # PassphraseError before anything changes
    atomic.write_text(pending, "encrypt\n" if new_key else "decrypt\n")
    if in_state(journal, new_key):
        safety = journal  # an interrupted change: the journal is already done
    else:
        try:
            safety = backup.backup_copy(journal, backup_dir, "before-encryption", old_key)
            convert_file(journal, old_key, new_key, wal=True)
        except BaseException:
            if not in_state(journal, new_key):  # nothing was changed: nothing to finish
                pending.unlink(missing_ok=True)
            raise
    converted = 0
    skipped: list[Path] = []
    for info in backup.list_backups(backup_dir, journal.stem):
        if in_state(info.path, new_key):
            converted += 1
            continue
        key = old_key if sqlite.is_encrypted(info.path) else None
        try:
            convert_file(info.path, key, new_key, wal=False)
            converted += 1
        except sqlite.database_errors(JournalError):
            skipped.append(info.path)  # e.g. a backup under an older passphrase
    atomic.remove_leftovers(backup_dir)
    if new_key is not None:
        for suffix in PLAINTEXT_SIDE_FILES:  # nothing the person wrote stays in plain text
            journal.with_name(journal.name + suffix).unlink(missing_ok=True)
    pending.unlink(missing_ok=True)
    atomic.fsync_dir(journal.parent)
    return EncryptionReport(converted, tuple(skipped), safety)


def finish_interrupted(journal: Path, backup_dir: Path, key: str | None) -> EncryptionReport | None:
    """Finish an encryption change that was killed once the journal itself was encrypted:
    the backups still in plaintext are encrypted with the journal's passphrase ``key``.
    Returns None when there is nothing this can finish (no change pending, or a decrypt)."""
    if key is None or not pending_marker(journal).exists() or not in_state(journal, key):
        return None
    return change_encryption(journal, backup_dir, key, key)
