"""Kill a writing process with SIGKILL at random moments; count acknowledged and lost writes.

    uv run python benchmarks/crash_safety.py [--kills 20] [--seed 9]

A writer saves one check-in after another and prints each day once its transaction has
committed (an acknowledged write). After each kill the journal must pass PRAGMA
integrity_check and hold every acknowledged day. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

WRITER = r"""
import sys
from datetime import date, timedelta
from pathlib import Path
from moodlog.core.models import CheckIn
from moodlog.store import JournalStore
store = JournalStore.open(Path(sys.argv[1]))
start = date(2000, 1, 1) + timedelta(days=int(sys.argv[2]))
for i in range(100000):
    d = start + timedelta(days=i)
    store.save_checkin(CheckIn(d, i % 11, {"sadness": i % 4}, 7.0, "x" * (i % 300)))
    print(d.isoformat(), flush=True)
"""


@dataclass
class CrashResult:
    kills: int
    acknowledged: int
    lost: int
    integrity_failures: int


def run_kills(path: Path, kills: int, seed: int, min_s: float = 0.0,
              max_s: float = 0.6) -> CrashResult:
    """Each writer is killed a random ``min_s``..``max_s`` after its first acknowledged write
    (so the kill lands while it is writing, not while Python starts)."""
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    lost = failures = 0
    for n in range(kills):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(n * 1000)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        first = proc.stdout.readline()
        if first:
            acknowledged.add(first.strip())
        deadline = time.monotonic() + rng.uniform(min_s, max_s)
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            acknowledged.add(line.strip())
        proc.kill()  # SIGKILL: no cleanup, no flush, possibly mid-transaction
        proc.wait()
        acknowledged.update(line.strip() for line in proc.stdout)
        proc.stdout.close()
        con = sqlite3.connect(path)
        try:
            if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                failures += 1
            days = {r[0] for r in con.execute("SELECT day FROM checkins")}
        finally:
            con.close()
        lost = len(acknowledged - days)
    return CrashResult(kills, len(acknowledged), lost, failures)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        r = run_kills(Path(tmp) / "journal.sqlite", args.kills, args.seed)
    print("| kills | acknowledged writes | lost writes | integrity failures |")
    print("|---:|---:|---:|---:|")
    print(f"| {r.kills} | {r.acknowledged} | {r.lost} | {r.integrity_failures} |")
    return 0 if r.lost == 0 and r.integrity_failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
