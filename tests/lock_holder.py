"""Holding a journal's lock from another process, as the window or a running command does
(within one process the lock is re-entrant, so a test must hold it from elsewhere)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_HOLD = """
import sys, time
from pathlib import Path
from moodlog.lock import JournalLock
lock = JournalLock(Path(sys.argv[1]), role=sys.argv[2])
lock.acquire()
print("held", flush=True)
sys.stdin.read()
"""


@contextmanager
def held_elsewhere(journal: Path, role: str = "window") -> Iterator[None]:
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(journal), role],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        yield
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()
