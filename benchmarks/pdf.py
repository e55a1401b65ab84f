"""How long ``moodlog export pdf`` takes, as a whole process; prints a Markdown table.

    uv run python benchmarks/pdf.py            # 90 days, 1 year, 10 years; 7 runs each
    uv run python benchmarks/pdf.py --quick    # 90 days, 2 runs (a smoke test)

For each size a demo journal of that many days (ending today) is made in a temporary folder,
then ``python -m moodlog --data-dir D export pdf FILE --from FIRST-DAY`` is run as a fresh
process: the report covers the whole journal, so the 10-year row is a 10-year PDF. A last row
exports the default period (the last 90 days) of the 10-year journal. One warm-up run per row
is not counted; it also writes the bytecode caches that an installed moodlog has, even where
PYTHONDONTWRITEBYTECODE is set. Wall time is what a user waits; CPU time (user + system of
the process) is less sensitive to other work on the machine. Qt runs offscreen unless
QT_QPA_PLATFORM says otherwise. Targets: 90 days under 1.5 s, 10 years under 4 s.

``measure()`` returns the rows, for ``benchmarks/run.py`` or anything else to print.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SIZES = ((90, "90 days"), (365, "1 year"), (3650, "10 years"))


@dataclass(frozen=True)
class Row:
    label: str
    pages: int
    runs: int
    wall: tuple[float, ...]
    cpu: tuple[float, ...]


def _moodlog(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # An installed moodlog runs from compiled bytecode; without it every run would first
    # compile SQLAlchemy, numpy and pyqtgraph (about a second here).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run([sys.executable, "-m", "moodlog", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, check=True)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _pages(stderr: str) -> int:
    words = stderr.split()
    return int(words[words.index("Wrote") + 1])


def _time(data: Path, target: Path, runs: int, *extra: str) -> tuple[list[float], list[float],
                                                                    int]:
    walls, cpus, pages = [], [], 0
    for n in range(runs + 1):
        cpu0, t0 = _children_cpu(), time.perf_counter()
        done = _moodlog(data, "export", "pdf", str(target), *extra)
        wall, cpu = time.perf_counter() - t0, _children_cpu() - cpu0
        pages = _pages(done.stderr)
        if n:  # the first run warms the file cache
            walls.append(wall)
            cpus.append(cpu)
    return walls, cpus, pages


def measure(runs: int = 7, sizes: tuple[tuple[int, str], ...] = SIZES,
            default_period_of_largest: bool = True) -> list[Row]:
    """Time the export for demo journals of each size (whole journal; see the docstring)."""
    rows = []
    today = date.today()
    with tempfile.TemporaryDirectory(prefix="moodlog-pdf-bench-") as tmp:
        folder = Path(tmp)
        data = folder / "journal"
        for days, label in sizes:
            data = folder / f"journal-{days}"
            _moodlog(data, "demo", "--days", str(days))
            first = (today - timedelta(days=days - 1)).isoformat()
            walls, cpus, pages = _time(data, folder / f"{days}.pdf", runs, "--from", first)
            rows.append(Row(f"{label} (whole journal)", pages, runs, tuple(walls), tuple(cpus)))
        if default_period_of_largest:
            walls, cpus, pages = _time(data, folder / "default.pdf", runs)
            rows.append(Row(f"last 90 days of {sizes[-1][1]}", pages, runs, tuple(walls),
                            tuple(cpus)))
    return rows


def table(rows: list[Row]) -> str:
    out = ["| export pdf | pages | runs | median s | min s | max s | median CPU s |",
           "|---|---|---|---|---|---|---|"]
    for r in rows:
        out.append(f"| {r.label} | {r.pages} | {r.runs} | {statistics.median(r.wall):.2f} | "
                   f"{min(r.wall):.2f} | {max(r.wall):.2f} | {statistics.median(r.cpu):.2f} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per row (default 7)")
    parser.add_argument("--quick", action="store_true", help="90 days, 2 runs: a smoke test")
    args = parser.parse_args(argv)
    if args.quick:
        rows = measure(2, SIZES[:1], default_period_of_largest=False)
    else:
        rows = measure(max(5, args.runs))
    print(f"moodlog export pdf, whole process ({sys.platform}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f})")
    print()
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
