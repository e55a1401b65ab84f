"""Every file moodlog writes goes through here: write a temporary file beside the target,
fsync it, check it, rename it into place, fsync the folder. A crash (or a full disk) leaves
the old file or the new one, never half of either, and never a partial file under a real name.

Temporary names start with a dot and end with ``.part``; :func:`remove_leftovers` clears the
ones a killed process left behind.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

PART_SUFFIX = ".part"
SQLITE_MAGIC = b"SQLite format 3\x00"
#: The files that make up a journal besides the journal file itself.
JOURNAL_SIDE_FILES = ("-wal", "-shm", "-journal", ".lock", ".encryption-pending")

#: Journals open in this process, and their folders of backups: never an export's target.
_protected_files: set[Path] = set()
_protected_folders: set[Path] = set()


class ProtectedPathError(OSError):
    """An export was pointed at the journal, one of its files, or its backups."""


def protect(journal: Path, backup_dir: Path | None = None) -> None:
    """Remember that ``journal`` (and its side files and ``backup_dir``) hold the record, so
    that :func:`check_export_target` refuses to write an export over them."""
    base = Path(journal).resolve()
    _protected_files.add(base)
    _protected_files.update(base.with_name(base.name + s) for s in JOURNAL_SIDE_FILES)
    if backup_dir is not None:
        _protected_folders.add(Path(backup_dir).resolve())


def check_export_target(target: Path) -> None:
    """Raise ProtectedPathError if writing ``target`` would replace a journal (an open one, its
    side files, anything in its backups folder, or any existing SQLite database file)."""
    resolved = Path(target).resolve()
    message = ""
    if resolved in _protected_files:
        message = "that is your journal (or one of its files); choose another file name"
    elif any(folder == resolved.parent or folder in resolved.parents
             for folder in _protected_folders):
        message = "that is inside the journal's backups folder; choose another folder"
    else:
        try:
            with resolved.open("rb") as fh:
                is_database = fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
        except OSError:
            is_database = False
        if is_database:
            message = "that file is a database (perhaps a journal); choose another file name"
    if message:
        raise ProtectedPathError(errno.EEXIST, message, str(target))


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable (a no-op where folders cannot be synced)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path(target: Path) -> Path:
    """A new, empty 0600 temporary file beside ``target`` (same folder, so rename is atomic)."""
    import tempfile  # here: most commands write no file, and it is a slow import

    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART_SUFFIX, dir=folder)
    os.close(fd)
    return Path(tmp)


def commit(tmp: Path, target: Path) -> None:
    """fsync ``tmp``, rename it to ``target``, fsync the folder."""
    fsync_file(tmp)
    os.replace(tmp, target)
    fsync_dir(target.parent if str(target.parent) else Path("."))


@contextmanager
def replacing(target: Path, check: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """``with replacing(target) as tmp:`` write ``tmp``; on success it is checked with
    ``check`` (which raises to refuse it), then renamed to ``target``. On any failure the
    temporary file is removed and ``target`` is left as it was."""
    target = Path(target)
    if target.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(2, "folder does not exist", str(folder))
    tmp = temp_path(target)
    try:
        yield tmp
        if check is not None:
            check(tmp)
        commit(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(target: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``target`` atomically (file mode ``mode``)."""
    with replacing(Path(target)) as tmp:
        with tmp.open("wb") as fh:
            fh.write(data)
        os.chmod(tmp, mode)


def write_text(target: Path, text: str, encoding: str = "utf-8", mode: int = 0o600) -> None:
    with replacing(Path(target)) as tmp:
        with tmp.open("w", encoding=encoding, newline="") as fh:
            fh.write(text)
        os.chmod(tmp, mode)


def is_leftover(path: Path) -> bool:
    return path.name.startswith(".") and path.name.endswith(PART_SUFFIX)


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete temporary files that a killed moodlog left in ``folder``."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for path in entries:
        if is_leftover(path) and path.is_file():
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed
