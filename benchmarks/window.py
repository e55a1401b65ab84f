"""The window's start-up and memory against a bare PySide6 window, measured in the same run.

    uv run python benchmarks/window.py [--runs 5] [--quick]

Builds demo journals (10 and 30 years) in a temporary folder, then alternates, ``--runs``
times each: ``moodlog --smoke-test`` (whole process: painted and the journal open; a plain
journal is open once locked, quick-checked, backed up for the day and its Today page read and
painted, before SQLAlchemy loads: ``MOODLOG_SMOKE_STORE=1`` waits for that too), the bare
PySide6 window of benchmarks/run.py (whole process: quits after its first paint, which it
really paints), and ``moodlog --smoke-test`` with ``MOODLOG_SMOKE_PAGE=5`` (the whole journal
read and charted on Insights before quitting), and for memory ``MOODLOG_SMOKE_STORE=1``
(what the window holds a moment after it is ready). It prints one Markdown table: medians, min and
max, the ratios to the bare window and the peak memory (RSS) above it, with the targets of
issue 22. ``--quick`` uses a 120-day journal and 2 runs (for the tests; checks no speed).
Child processes run with bytecode caching on, as an installed moodlog does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent


def bare_window() -> str:
    """The reference window of benchmarks/run.py (one definition for both tables)."""
    sys.path.insert(0, str(HERE))
    try:
        import run
    finally:
        sys.path.pop(0)
    return str(run.BARE_WINDOW)


def timed(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of a whole child process, which must exit 0."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(argv)} failed: {err}")
    return elapsed, usage.ru_maxrss / 1024  # Linux reports kilobytes


def moodlog(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "moodlog", "--data-dir", str(data), *args]


def cells(values: list[float], fmt: str) -> list[str]:
    return [fmt.format(statistics.median(values)), fmt.format(min(values)),
            fmt.format(max(values))]


def measure(journals: dict[str, int], runs: int) -> list[list[str]]:
    """Rows (measure, median, min, max, target) for each journal: window ready, the bare
    window, their ratio, the whole journal charted, and peak memory above the bare window."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on a user's machine: compiled modules cached
    env.pop("MOODLOG_SMOKE_PAGE", None)
    bare = bare_window()
    rows: list[list[str]] = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        env["XDG_STATE_HOME"] = env["XDG_CONFIG_HOME"] = str(tmp / "home")
        charted_env = {**env, "MOODLOG_SMOKE_PAGE": "5"}
        store_env = {**env, "MOODLOG_SMOKE_STORE": "1"}
        for label, days in journals.items():
            data = tmp / f"journal-{days}"
            subprocess.run(moodlog(data, "demo", "--days", str(days)), env=env, check=True,
                           stdout=subprocess.DEVNULL)
            timed(moodlog(data, "--smoke-test"), env)  # the daily backup, a warm file cache
            ready_t, ready_m, bare_t, bare_m, chart_t, chart_m = [], [], [], [], [], []
            store_m: list[float] = []
            for _ in range(runs):
                t, m = timed(moodlog(data, "--smoke-test"), env)
                ready_t.append(t * 1000)
                ready_m.append(m)
                t, m = timed([sys.executable, "-c", bare], env)
                bare_t.append(t * 1000)
                bare_m.append(m)
                t, m = timed(moodlog(data, "--smoke-test"), charted_env)
                chart_t.append(t * 1000)
                chart_m.append(m)
                store_m.append(timed(moodlog(data, "--smoke-test"), store_env)[1])
            ratio = [a / b for a, b in zip(ready_t, bare_t, strict=True)]  # paired runs
            base = statistics.median(bare_m)
            rows += [
                [f"{label}: window ready (--smoke-test), whole process", *cells(ready_t,
                 "{:.0f} ms"), ""],
                [f"{label}: bare PySide6 window, whole process", *cells(bare_t, "{:.0f} ms"),
                 ""],
                [f"{label}: window ready / bare window", *cells(ratio, "{:.2f}x"), "<= 3x"],
                [f"{label}: window ready, whole journal charted (Insights), whole process",
                 *cells(chart_t, "{:.0f} ms"), ""],
                [f"{label}: peak memory, bare window", *cells(bare_m, "{:.0f} MB"), ""],
                [f"{label}: peak memory, journal open, above the bare window",
                 *cells([m - base for m in ready_m], "{:+.0f} MB"), "<= +60 MB"],
                [f"{label}: peak memory, a moment later (SQLAlchemy loaded after the paint), "
                 "above the bare window", *cells([m - base for m in store_m], "{:+.0f} MB"),
                 "<= +60 MB"],
                [f"{label}: peak memory, whole journal charted, above the bare window",
                 *cells([m - base for m in chart_m], "{:+.0f} MB"),
                 "<= +100 MB" if days >= 10950 else ""],
            ]
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="120 days, 2 runs (for tests)")
    args = parser.parse_args(argv)
    runs = 2 if args.quick else max(1, args.runs)
    journals = {"120 days": 120} if args.quick else {"10 years": 3650, "30 years": 10950}
    rows = measure(journals, runs)
    print(f"moodlog window benchmarks: {runs} runs each, alternating, {os.cpu_count()} CPUs, "
          f"Python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f}")
    print("| measure | median | min | max | target |")
    print("|---|---:|---:|---:|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
