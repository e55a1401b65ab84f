"""One writer per journal: an OS-level lock on ``<journal>.lock``, released when the process
ends, however it ends (no stale locks after a crash).

Every process that opens a journal takes it: the window for as long as it is open, each
command for as long as it runs (``JournalStore.open`` takes it, and so do restore and
encryption, which replace the file wholesale). A command waits a few seconds for it, then
says who has the journal. Within one process the lock is re-entrant: the window's own store,
restore and encryption run under the window's lock.
"""

from __future__ import annotations

import _thread
import os
import sys
import time
from pathlib import Path
from types import TracebackType

TYPE_CHECKING = False  # not typing's: the headless commands never import typing
if TYPE_CHECKING:
    from typing import IO, Any

if sys.platform == "win32":
    import msvcrt

    def _lock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


#: How long a command waits for the window or another command to let go of the journal.
LOCK_WAIT_S = 5.0
_POLL_S = 0.05
_guard = _thread.allocate_lock()  # threading.Lock(), without importing threading
#: Locks this process holds: resolved lock path -> [open file, how many holders].
_held: dict[str, list[Any]] = {}


class LockedError(Exception):
    """Another moodlog process holds the journal."""


def _holder(path: Path) -> str:
    """Who holds the lock, from what it wrote into the file: the window or a command."""
    try:
        role = path.read_text(encoding="ascii", errors="replace").split()[1:2]
    except (OSError, IndexError):
        role = []
    return "a moodlog window" if role == ["window"] else "another moodlog command"


class JournalLock:
    def __init__(self, journal: Path, wait: float | None = None, role: str = "command") -> None:
        self.path = journal.with_name(journal.name + ".lock")
        self.wait = wait
        self.role = role
        self._mine = False

    def acquire(self) -> None:
        """Take the lock, waiting up to ``wait`` seconds; raise LockedError if it stays taken."""
        if self._mine:
            return
        name = str(self.path.absolute())
        with _guard:
            if name in _held:
                _held[name][1] += 1
                self._mine = True
                return
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            fh = os.fdopen(fd, "r+b")
            deadline = time.monotonic() + (LOCK_WAIT_S if self.wait is None else self.wait)
            while True:
                try:
                    _lock(fh)
                    break
                except OSError:
                    if time.monotonic() >= deadline:
                        fh.close()
                        raise LockedError(
                            f"the journal {self.path.with_suffix('')} is open in "
                            f"{_holder(self.path)}") from None
                    time.sleep(_POLL_S)
            fh.seek(0)
            fh.truncate()
            fh.write(f"{os.getpid()} {self.role}".encode())
            fh.flush()
            _held[name] = [fh, 1]
            self._mine = True

    def release(self) -> None:
        if not self._mine:
            return
        self._mine = False
        name = str(self.path.absolute())
        with _guard:
            entry = _held.get(name)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] == 0:
                del _held[name]
                _unlock(entry[0])
                entry[0].close()

    def __enter__(self) -> JournalLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
