"""Real files and real processes for the "never lose, alter or leak the record" tests: journals
with backups, a writer killed with its -wal on disk, a damaged -wal, mounted file systems."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest

from moodlog.core.models import CheckIn
from moodlog.store import JournalStore

FIRST_DAY = date(2026, 1, 1)

_KILLED_WRITER = """
import sys, time
from datetime import date, timedelta
from pathlib import Path
from moodlog.core.models import CheckIn
from moodlog.store import JournalStore
key = sys.argv[3] or None
store = JournalStore.open(Path(sys.argv[1]), key=key)
start = date(2026, 3, 1)
for i in range(int(sys.argv[2])):
    store.save_checkin(CheckIn(start + timedelta(days=i), 5, {}, 7.0, "kept in the wal"))
print("saved", flush=True)
time.sleep(60)
"""


def make_journal(data_dir: Path, days: int = 20, key: str | None = None,
                 backup: bool = True) -> Path:
    """A journal with ``days`` check-ins (and a manual backup of it)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    journal = data_dir / "journal.sqlite"
    with JournalStore.open(journal, data_dir / "backups", key=key) as store:
        for i in range(days):
            store.save_checkin(CheckIn(FIRST_DAY + timedelta(days=i), i % 11, {"sadness": 1},
                                       note=f"day {i}"))
        if backup:
            store.backup("manual")
    return journal


def kill_with_wal(journal: Path, saves: int = 20, key: str | None = None) -> Path:
    """Save ``saves`` check-ins in another process and SIGKILL it: they stay in the -wal."""
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(journal), str(saves),
                             key or ""], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "saved"
    proc.kill()
    proc.wait()
    proc.stdout.close()
    wal = journal.with_name(journal.name + "-wal")
    assert wal.stat().st_size > 0
    return wal


def damage_wal(wal: Path, frame: int = 3) -> bytes:
    """Overwrite 64 bytes inside the page of ``frame`` (4096-byte pages); returns the file."""
    data = bytearray(wal.read_bytes())
    at = 32 + frame * (24 + 4096) + 24 + 1000
    data[at:at + 64] = bytes(range(64))
    wal.write_bytes(bytes(data))
    return bytes(data)


def can_mount() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount")


@contextmanager
def tmpfs(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A small tmpfs at ``folder`` (skips the test where mounting is not possible)."""
    folder.mkdir(parents=True, exist_ok=True)
    if not can_mount():
        pytest.skip("mounting a file system needs root on Linux")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(folder)], capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def remount(folder: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of ``folder`` up to ``leave`` bytes free."""
    filler = folder / "filler.bin"
    with filler.open("wb") as fh:
        free = shutil.disk_usage(folder).free - leave
        block = b"\0" * 4096
        try:
            while free > 0:
                fh.write(block[:min(4096, free)])
                free -= 4096
            fh.flush()
            os.fsync(fh.fileno())
        except OSError:
            pass
    return filler
