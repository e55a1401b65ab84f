"""moodlog's performance figures in one command; prints a Markdown table.

    uv run python benchmarks/run.py [--runs 5] [--quick]

It builds a 10-year journal (``moodlog demo --days 3650``) in a temporary folder and measures,
over ``--runs`` runs each (median, min, max):

- the headless commands, whole process: ``moodlog --version``, ``moodlog info`` and ``moodlog
  checkin --mood 6``, each against ``python -c "import sqlite3"`` (the floor of any Python
  program that opens a journal), run in turns; the ratio of the two in each turn;
- start-up: process start to the first painted check-in form, offscreen (``--smoke-test``),
  and a bare PySide6 QMainWindow shown and quit the same way; the ratio of the two;
- peak memory (RSS) of those two processes;
- peak memory with the whole journal read and charted (the window opened on Insights);
- the Insights view: its first full render, and the redraw of the charts in sight when the range
  changes (each preset), with the whole journal loaded (``benchmarks/charts.py``);
- saving one check-in into the 10-year journal (p50 and p95 over 200 saves, synchronous=FULL);
- ``export pdf`` for 90 days, 1 year and 10 years, whole process (``benchmarks/pdf.py``), and
  the floor of any PDF: a process writing one page of text with QPdfWriter, run in turns with
  the 90-day export; the ratio of the two in each turn;
- importing a 10-year Daylio CSV (whole ``moodlog import`` process);
- a 30-year journal: window ready against the bare window, the whole journal charted, peak
  memory above the bare window (``benchmarks/window.py``);
- after the table: whole-process imports of 3, 10 and 30 years of Daylio CSV and moodlog JSON,
  and the time per added year from 3 to 10 and from 10 to 30 (``benchmarks/daylio.py``).

Targets (issues 10 and 22, on a 2-core machine): each headless command <= 3x ``import
sqlite3``, window ready <= 3x the bare window, range-change redraw < 16 ms, save p95 < 10 ms,
PDF 90 days < 1.5 s and <= 5x the one-page floor, 10 years < 4 s, Daylio 10 years < 1 s,
memory <= bare window + 60 MB (journal open) and + 100 MB (30 years charted), imports linear
(per-year ratio within 1.1) and 30 years < 2 s. ``--quick`` uses a 120-day journal and 2
runs; the test suite runs it to keep the script working and checks nothing about speed.
Child processes run with bytecode caching on, as an installed moodlog does.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BARE_WINDOW = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
import time
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            def done():
                print(f"moodlog: first paint at {time.time():.6f}", file=sys.stderr)
                app.quit()
            QTimer.singleShot(0, done)
        return False
watcher = FirstPaint()
window.centralWidget().installEventFilter(watcher)
window.show()
sys.exit(app.exec())
"""

#: The floor of any PDF: one page of text through QPdfWriter, in a process of its own.
PDF_FLOOR = r"""
import sys
from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPainter, QPdfWriter
app = QGuiApplication(sys.argv[:1])
writer = QPdfWriter(sys.argv[1])
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
writer.setResolution(96)
painter = QPainter(writer)
painter.setFont(QFont("DejaVu Sans", 11))
for i, line in enumerate(("moodlog", "One page of text: the floor of any PDF report.",
                          "Mood 6/10, sleep 7 h, 2 symptoms rated.")):
    painter.drawText(72, 96 + 24 * i, line)
painter.end()
"""
SQLITE_FLOOR = "import sqlite3"


@dataclass
class Row:
    what: str
    unit: str
    values: list[float]
    target: str = ""

    def cells(self) -> list[str]:
        fmt = "{:.0f}" if self.unit in ("ms", "MB") else "{:.2f}"
        if not self.values:
            return [self.what, "-", "-", "-", self.target]
        return [self.what, fmt.format(statistics.median(self.values)) + f" {self.unit}",
                fmt.format(min(self.values)), fmt.format(max(self.values)), self.target]


def timed_process(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of a child process, which must exit 0.

    The seconds run to the first paint when the child reports it on stderr (``moodlog: first
    paint at <time>``, see MOODLOG_REPORT_STARTUP), else to the end of the process.
    """
    launched = time.time()
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}): {err}")
    for line in err.splitlines():
        if line.startswith("moodlog: first paint at "):
            elapsed = float(line.rsplit(" ", 1)[1]) - launched
    return elapsed, usage.ru_maxrss / 1024  # Linux reports kilobytes


def moodlog(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "moodlog", "--data-dir", str(data), *args]


def measure_commands(data: Path, runs: int, env: dict[str, str]) -> list[Row]:
    """The headless commands, whole process, each in turn with the ``import sqlite3`` floor."""
    commands = {"--version": ["--version"], "info": ["--data-dir", str(data), "info"],
                "checkin": ["--data-dir", str(data), "checkin", "--mood", "6"]}
    floor = [sys.executable, "-c", SQLITE_FLOOR]
    times: dict[str, list[float]] = {name: [] for name in (*commands, "floor")}
    ratios: dict[str, list[float]] = {name: [] for name in commands}
    for args in commands.values():  # warm the file cache; the day's backup is taken
        timed_process([sys.executable, "-m", "moodlog", *args], env)
    timed_process(floor, env)
    for _ in range(runs):
        base = timed_process(floor, env)[0] * 1000
        times["floor"].append(base)
        for name, args in commands.items():
            t = timed_process([sys.executable, "-m", "moodlog", *args], env)[0] * 1000
            times[name].append(t)
            ratios[name].append(t / base)
    rows = [Row('reference: python -c "import sqlite3"', "ms", times["floor"])]
    for name in commands:
        what = "moodlog checkin --mood 6" if name == "checkin" else f"moodlog {name}"
        rows += [Row(what, "ms", times[name]),
                 Row(f"{what} / import sqlite3", "x", ratios[name], "<= 3x")]
    return rows


def measure_startup(data: Path, runs: int, env: dict[str, str]) -> list[Row]:
    app_t, app_m, bare_t, bare_m = [], [], [], []
    timed_process(moodlog(data, "--smoke-test"), env)  # warm the file cache, daily backup
    for _ in range(runs):
        t, m = timed_process(moodlog(data, "--smoke-test"), env)
        app_t.append(t * 1000)
        app_m.append(m)
        t, m = timed_process([sys.executable, "-c", BARE_WINDOW], env)
        bare_t.append(t * 1000)
        bare_m.append(m)
    ratio = [a / b for a, b in zip(sorted(app_t), sorted(bare_t), strict=True)]
    extra = statistics.median(app_m) - statistics.median(bare_m)
    return [
        Row("start-up to first paint: moodlog", "ms", app_t),
        Row("start-up to first paint: bare QMainWindow", "ms", bare_t),
        Row("start-up ratio (moodlog / bare)", "x", ratio, "<= 3x"),
        Row("peak memory: moodlog, journal open", "MB", app_m, f"bare + {extra:.0f} MB (<= +60)"),
        Row("peak memory: bare QMainWindow", "MB", bare_m),
    ]


def measure_loaded_memory(data: Path, runs: int, env: dict[str, str]) -> list[Row]:
    charted = {**env, "MOODLOG_SMOKE_PAGE": "5"}
    mem = [timed_process(moodlog(data, "--smoke-test"), charted)[1] for _ in range(runs)]
    return [Row("peak memory: moodlog, whole journal charted", "MB", mem)]


def _sibling(name: str) -> Any:
    sys.path.insert(0, str(HERE))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)


def measure_charts(data: Path, runs: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from moodlog.paths import journal_path
    from moodlog.store.journal import JournalStore

    charts_bench = _sibling("charts")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with JournalStore.open(journal_path(data)) as store:
        timings = charts_bench.measure(store, runs, (1400, 1000))
    app.processEvents()
    rows = []
    for name, values in timings.items():
        wall = [w for w, _cpu in values]
        if name == "first full render of the view":
            rows.append(Row("Insights: first full render", "ms", wall))
        elif "charts in sight" in name and name.startswith("range"):
            preset = name.split(":")[0].replace("range -> ", "")
            rows.append(Row(f"Insights: range -> {preset}, redraw", "ms", wall, "< 16 ms"))
    return rows


def measure_pdf(tmp: Path, runs: int, quick: bool, env: dict[str, str]) -> list[Row]:
    pdf_bench = _sibling("pdf")
    sizes = ((90, "90 days"),) if quick else ((90, "90 days"), (365, "1 year"),
                                              (3650, "10 years"))
    targets = {"90 days": "< 1.5 s", "10 years": "< 4 s"}
    rows = pdf_bench.measure(runs, sizes, default_period_of_largest=False)
    out = [Row(f"export pdf, {r.label} ({r.pages} pages)", "s", list(r.wall),
               targets.get(r.label.split(" (")[0], "")) for r in rows]
    # The floor and the 90-day export in turns, so that both see the same machine.
    data = tmp / "pdf-90-days"
    subprocess.run(moodlog(data, "demo", "--days", "90"), env=env, check=True,
                   stdout=subprocess.DEVNULL)
    first = (date.today() - timedelta(days=89)).isoformat()
    export = moodlog(data, "export", "pdf", str(tmp / "90-days.pdf"), "--from", first)
    floor_pdf = [sys.executable, "-c", PDF_FLOOR, str(tmp / "floor.pdf")]
    for argv in (export, floor_pdf):  # warm-up, as for the exports
        timed_process(argv, env)
    floor, ratio = [], []
    for _ in range(runs):
        base = timed_process(floor_pdf, env)[0]
        floor.append(base)
        ratio.append(timed_process(export, env)[0] / base)
    out += [Row("reference: one-page QPdfWriter document (whole process)", "s", floor),
            Row("export pdf, 90 days / one-page QPdfWriter floor", "x", ratio, "<= 5x")]
    return out


def measure_saves(data: Path, saves: int) -> list[Row]:
    from moodlog.core.models import CheckIn
    from moodlog.paths import journal_path
    from moodlog.store import JournalStore

    rng = random.Random(4)
    times: list[float] = []
    with JournalStore.open(journal_path(data)) as store:
        last = store.counts().last_day or date.today()
        for _ in range(saves):
            day = last - timedelta(days=rng.randrange(0, 3000))
            checkin = CheckIn(day, rng.randint(0, 10), {"sadness": rng.randint(0, 3),
                                                        "fatigue": rng.randint(0, 3)}, 7.0, "")
            start = time.perf_counter()
            store.save_checkin(checkin)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return [Row("save one check-in: p50", "ms", [statistics.median(times)]),
            Row("save one check-in: p95", "ms", [p95], "< 10 ms")]


def measure_daylio(tmp: Path, years: int, runs: int, env: dict[str, str]) -> list[Row]:
    daylio_bench = _sibling("daylio")
    csv_file = tmp / "daylio.csv"
    csv_file.write_text(daylio_bench.generate(years), encoding="utf-8")
    times = []
    for n in range(runs):
        t, _m = timed_process(moodlog(tmp / f"daylio-{n}", "import", str(csv_file)), env)
        times.append(t)
    return [Row(f"import a {years}-year Daylio CSV (whole process)", "s", times, "< 1 s")]


def measure_window(runs: int, quick: bool) -> list[list[str]]:
    """The 30-year journal's window ready, charted, and memory (benchmarks/window.py); the
    10-year journal's are the start-up rows above."""
    window_bench = _sibling("window")
    journals = {"120 days": 120} if quick else {"30 years": 10950}
    rows: list[list[str]] = window_bench.measure(journals, runs)
    return rows


def table(rows: Sequence[Row | list[str]]) -> str:
    out = ["| measure | median | min | max | target |", "|---|---:|---:|---:|---|"]
    out += ["| " + " | ".join(r.cells() if isinstance(r, Row) else r) + " |" for r in rows]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="tiny journal, 2 runs (for tests)")
    parser.add_argument("--only", choices=("commands", "pdf"),
                        help="just the headless commands, or just the PDF rows")
    args = parser.parse_args(argv)
    days, runs, saves, years = (120, 2, 20, 1) if args.quick else (3650, args.runs, 200, 10)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MOODLOG_REPORT_STARTUP": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on a user's machine: compiled modules cached
    sections: list[Callable[[], Sequence[Row | list[str]]]]
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        env["XDG_STATE_HOME"] = env["XDG_CONFIG_HOME"] = str(tmp / "home")
        data = tmp / "journal"
        subprocess.run(moodlog(data, "demo", "--days", str(days)), env=env, check=True,
                       stdout=subprocess.DEVNULL)
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # for the siblings' own children
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        sections = [lambda: measure_commands(data, runs, env),
                    lambda: measure_startup(data, runs, env),
                    lambda: measure_loaded_memory(data, runs, env),
                    lambda: measure_charts(data, runs),
                    lambda: measure_saves(data, saves),
                    lambda: measure_pdf(tmp, runs, args.quick, env),
                    lambda: measure_daylio(tmp, years, runs, env)]
        # Before anything loads Qt into this process: a forked child's peak memory counts
        # the parent's pages until it execs.
        sections.insert(3, lambda: measure_window(runs, args.quick))
        if args.only == "commands":
            sections = sections[:1]
        elif args.only == "pdf":
            sections = [lambda: measure_pdf(tmp, runs, args.quick, env)]
        rows = [row for section in sections for row in section()]
    print(f"moodlog benchmarks: {days}-day journal, {runs} runs, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print(table(rows))
    if not args.quick and args.only is None:  # issue 22: import time per added year
        print()
        print(_sibling("daylio").linearity(runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
