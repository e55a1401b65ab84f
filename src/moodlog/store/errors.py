"""Errors raised when a journal file cannot be opened or used safely, and the one mapping from
what the disk or SQLite says to what the person is told."""

from __future__ import annotations

import errno
import os
from pathlib import Path

TYPE_CHECKING = False  # not typing's: the headless commands never import typing

if TYPE_CHECKING:
    from moodlog.lock import JournalLock


class JournalError(Exception):
    """A journal cannot be opened or written; the message says why, in plain words."""


class NotAJournalError(JournalError):
    """The file exists but is not a moodlog journal (or not SQLite at all)."""


class NewerSchemaError(JournalError):
    """The journal was written by a newer moodlog; it is refused and left untouched."""


class DamagedJournalError(JournalError):
    """The journal failed its integrity check; it was not written to."""


class JournalBusyError(JournalError):
    """The window or another command has the journal (it holds the journal lock)."""


class DiskFullError(JournalError):
    """The disk holding the journal is full; the journal itself is sound."""


class ReadOnlyError(JournalError):
    """The data folder (or its file system) cannot be written."""


#: Below this much free space, SQLite's "disk I/O error" means a full disk, not damage.
_NEARLY_FULL = 1024 * 1024
_FULL_TEXT = ("database or disk is full", "no space left on device")
_READ_ONLY_TEXT = ("readonly database", "read-only file system")
_AMBIGUOUS_TEXT = ("disk i/o error", "unable to open database file")


def _folder_of(path: Path) -> Path:
    path = Path(path)
    while not path.is_dir() and path != path.parent:
        path = path.parent
    return path


def _folder_state(folder: Path) -> str | None:
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return None
    if st.f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK):
        return "read-only"
    if st.f_bavail * st.f_frsize < _NEARLY_FULL:
        return "full"
    return None


def environment_error(problem: BaseException | str, path: Path) -> JournalError | None:
    """The error to report when ``problem`` (an exception, or SQLite's words) comes from a
    full disk or a read-only folder rather than from the journal: None when it does not.

    The one place that tells a full disk and a read-only folder from damage, so that neither
    is ever reported as a damaged journal (nor answered with a restore).
    """
    text = str(problem).lower()
    number = getattr(problem, "errno", None)
    folder = _folder_of(path)
    state = None
    if number == errno.ENOSPC or any(t in text for t in _FULL_TEXT):
        state = "full"
    elif number == errno.EROFS or any(t in text for t in _READ_ONLY_TEXT):
        state = "read-only"
    elif number in (errno.EACCES, errno.EPERM, errno.EIO) or any(
            t in text for t in _AMBIGUOUS_TEXT):
        state = _folder_state(folder)
    if state == "full":
        return DiskFullError(f"the disk is full ({folder}): free some space and try again "
                             "(the journal is not damaged; nothing was changed)")
    if state == "read-only":
        return ReadOnlyError(f"the folder {folder} is read-only: moodlog cannot write there "
                             "(nothing was changed)")
    return None


def lock_journal(path: Path, wait: float | None) -> JournalLock:
    """The journal's one writer lock, taken (``JournalStore`` and the direct read path
    alike); a held lock or an unusable folder as the journal's own errors."""
    from moodlog.lock import JournalLock, LockedError

    lock = JournalLock(path, wait=wait)
    try:
        lock.acquire()
    except LockedError as exc:
        raise JournalBusyError(f"{exc}; close it and try again") from None
    except OSError as exc:
        raise environment_error(exc, path) or JournalError(
            f"cannot lock {path}: {exc.strerror or exc}") from None
    return lock
