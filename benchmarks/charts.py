"""How fast the Insights view loads and redraws: prints a Markdown table.

Builds a demo journal (10 years by default) in a temporary folder, then measures, over several
runs: reading and analysing it, the first full render of the Insights view, and the redraw after
each range change (the target is one frame, 16 ms). Qt runs offscreen unless QT_QPA_PLATFORM
says otherwise.

    uv run python benchmarks/charts.py            # 10 years, 7 runs
    uv run python benchmarks/charts.py --quick    # 60 days, 2 runs (a smoke test)

It also measures the first Insights after start-up, in a fresh process each run: the window
starts on the journal, and Insights is clicked once the journal is open (at once, and after
the warm-up that prepares it in the pauses); the time runs from the click to the painted page.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from moodlog.core.analysis import analyse_journal  # noqa: E402
from moodlog.core.demo import generate  # noqa: E402
from moodlog.paths import journal_path  # noqa: E402
from moodlog.store import JournalStore  # noqa: E402

END = date(2026, 6, 30)
Timings = dict[str, list[tuple[float, float]]]


class PaintCounter(QObject):
    """Counts the paint events of some widgets, to prove that a redraw painted them."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.count = 0
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class Clock:
    """Wall-clock and CPU time of this thread (the machine may be busy with other work)."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.thread_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = (time.perf_counter() - self.wall) * 1000
        self.cpu = (time.thread_time() - self.cpu) * 1000


def _add(rows: Timings, name: str, clock: Clock) -> None:
    rows.setdefault(name, []).append((clock.wall, clock.cpu))


def _quiet(app: QApplication, view: QWidget) -> None:
    """Let the window finish what the last change left due (the summary tables lay out and
    paint over a few events): otherwise the next change's chart redraw, which flushes the
    whole window, would count painting them as its own work."""
    end = time.perf_counter() + 0.06
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.003)
    view.window().repaint()


def measure(store: JournalStore, runs: int, size: tuple[int, int]) -> Timings:
    from moodlog.ui.insights.insights import InsightsView

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    rows: Timings = {}
    for _ in range(runs):
        with Clock() as c:
            store.day_entries()
        _add(rows, "read check-ins (day_entries)", c)
        with Clock() as c:
            analyse_journal(store)
        _add(rows, "read + analyse (analyse_journal)", c)

    views = []
    for _ in range(runs):
        with Clock() as c:
            view = InsightsView(store)
            view.resize(*size)
            view.show()
            app.processEvents()
            view.repaint()
        _add(rows, "first full render of the view", c)
        views.append(view)

    view = views[-1]
    a = view.analysis
    assert a is not None
    mid = a.series.start + timedelta(days=len(a.series) // 2)
    changes: list[tuple[str, Callable[[], None]]] = [
        ("4 weeks", lambda: view.set_preset("4w")),
        ("3 months", lambda: view.set_preset("3m")),
        ("1 year", lambda: view.set_preset("1y")),
        ("all", lambda: view.set_preset("all")),
        ("custom 6 weeks", lambda: view.set_range(mid, mid + timedelta(days=41))),
    ]
    widgets = [p.getViewWidget() for p in view.plots.values()]
    on_screen = [w.viewport() for w in widgets if not w.viewport().visibleRegion().isEmpty()]
    paints = PaintCounter(on_screen)
    mood = view.plots["mood"].vb
    for _ in range(runs):
        _quiet(app, view)
        for name, change in changes:
            paints.count = 0
            with Clock() as c:
                change()
                for w in on_screen:  # paint each chart in sight now, as the next frame would
                    w.repaint()
            assert paints.count == len(on_screen), paints.count
            _add(rows, f"range -> {name}: redraw the {len(on_screen)} charts in sight", c)
            with Clock() as c:
                view.settle()  # the summary panel follows a moment later
                view.summary_panel.grab()
            _add(rows, f"range -> {name}: then the summary panel", c)
            _quiet(app, view)
        for name, change in changes:
            _quiet(app, view)
            with Clock() as c:
                change()
                for w in widgets:  # every chart, even those scrolled out of sight (offscreen)
                    w.grab()
            _add(rows, f"range -> {name}: redraw all {len(widgets)} charts", c)
        view.set_preset("1y")
        for factor in (0.8, 1.25):
            _quiet(app, view)
            with Clock() as c:
                mood.scaleBy(x=factor)  # one mouse-wheel step; the linked charts follow
                for w in on_screen:
                    w.repaint()
            _add(rows, "zoom one wheel step: redraw the charts in sight", c)
    for v in views:
        v.close()
        v.deleteLater()
    app.processEvents()
    return rows


FIRST_INSIGHTS = r"""
import json, os, sys, time
from PySide6.QtCore import QTimer
from moodlog.app import App, make_qapp
from moodlog.ui import startup

data_dir, after_warm_up = sys.argv[1], sys.argv[2] == "1"
qapp = make_qapp()
journal = startup.journal_for_window(data_dir, None)
window = App(qapp).open_window(journal)
window.resize(1400, 1000)
out = {}

def click():
    out["prepared"] = 4 in window._pages
    start, cpu = time.perf_counter(), time.thread_time()
    window.show_page(4)
    window.repaint()  # paint what the click shows, now
    out["ms"] = (time.perf_counter() - start) * 1000
    out["cpu"] = (time.thread_time() - cpu) * 1000
    qapp.quit()

def opened():
    if not after_warm_up:
        return click()
    waited = time.perf_counter()
    poll = QTimer(window, interval=50)
    poll.timeout.connect(lambda: (4 in window._pages or time.perf_counter() - waited > 20)
                         and (poll.stop(), QTimer.singleShot(100, click)))
    poll.start()

window.first_paint.connect(lambda: QTimer.singleShot(
    0, lambda: startup.open_after_paint(journal, window, opened, print)))
window.show()
qapp.exec()
print(json.dumps(out))
sys.stdout.flush()
os._exit(0)
"""


def measure_first_insights(folder: Path, runs: int) -> Timings:
    """Click to painted Insights, in a fresh process each run: as soon as the journal is
    open, and after the warm-up that prepares the page in the pauses (ui/insights/warmup.py)."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(folder / "home"),
           "XDG_STATE_HOME": str(folder / "home")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules cached
    found: dict[str, list[tuple[float, float, bool]]] = {}
    for _ in range(runs):
        for after, name in (("0", "as soon as the journal is open"),
                            ("1", "after the warm-up")):
            done = subprocess.run([sys.executable, "-c", FIRST_INSIGHTS, str(folder), after],
                                  env=env, check=True, capture_output=True, text=True)
            result = json.loads(done.stdout.strip().splitlines()[-1])
            found.setdefault(name, []).append((result["ms"], result["cpu"], result["prepared"]))
    rows: Timings = {}
    for name, values in found.items():
        prepared = sum(p for _, _, p in values)
        label = (f"first Insights after start-up (fresh process), clicked {name}: click to "
                 f"painted page (prepared before {prepared} of {len(values)} clicks)")
        rows[label] = [(wall, cpu) for wall, cpu, _ in values]
    return rows


def table(rows: Timings) -> str:
    lines = ["| step | median ms | min ms | max ms | median CPU ms | runs |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, values in rows.items():
        wall = [w for w, _ in values]
        cpu = [c for _, c in values]
        lines.append(f"| {name} | {statistics.median(wall):.1f} | {min(wall):.1f} | "
                     f"{max(wall):.1f} | {statistics.median(cpu):.1f} | {len(values)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="60 days, 2 runs")
    parser.add_argument("--days", type=int, default=3650, help="length of the demo (3650)")
    parser.add_argument("--runs", type=int, default=7, help="runs per measurement (7)")
    args = parser.parse_args(argv)
    days, runs = (60, 2) if args.quick else (args.days, max(5, args.runs))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    import pyqtgraph
    import PySide6

    with tempfile.TemporaryDirectory() as folder:
        data = generate(days, end=END)
        store = JournalStore.open(journal_path(Path(folder)))
        try:
            with Clock() as written:
                store.import_data(data)
            build = written.wall
            rows = measure(store, runs, (1400, 1000))
        finally:
            store.close()
        rows.update(measure_first_insights(Path(folder), runs))
    print(f"Insights view with a {days}-day demo journal ({len(data.checkins)} check-ins, "
          f"{len(data.treatments)} treatments, {len(data.questionnaires)} questionnaires; "
          f"written in {build:.0f} ms). Python {platform.python_version()}, PySide6 "
          f"{PySide6.__version__}, pyqtgraph {pyqtgraph.__version__}, "
          f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}, window 1400x1000, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}.\n")
    print(table(rows))
    del app
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown of Qt objects; nothing is left to save
