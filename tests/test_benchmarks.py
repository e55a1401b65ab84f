"""The benchmark scripts run (quick mode) and print their Markdown table; no timing asserts."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_charts_benchmark_quick_mode_prints_a_table() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "charts.py"), "--quick"],
                          capture_output=True, text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Insights view with a 60-day demo journal")
    table = [line for line in lines if line.startswith("|")]
    assert table[0].startswith("| step | median ms | min ms | max ms |")
    steps = [row.split("|")[1].strip() for row in table[2:]]
    for needle in ("read + analyse (analyse_journal)", "first full render of the view",
                   "range -> 4 weeks: redraw the", "range -> all: redraw all 6 charts",
                   "zoom one wheel step"):
        assert any(step.startswith(needle) for step in steps), (needle, steps)
    for row in table[2:]:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert all(float(v) >= 0 for v in cells[1:5]) and int(cells[5]) >= 2
