"""The benchmark scripts run (quick mode) and print their Markdown table; no timing asserts."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_daylio_benchmark_quick_mode_prints_its_table() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "daylio.py"), "--quick"],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "entries on" in lines[0] and "days with several entries" in lines[0]
    table = [line for line in lines if line.startswith("|")]
    assert table[0].startswith("| 1-year Daylio import | runs | median | min | max |")
    assert [row.split("|")[1].strip() for row in table[2:]] == [
        "parse (decode, read, plan)", "write (import_data)", "command (moodlog import FILE)"]
    assert all(row.split("|")[2].strip() == "1" for row in table[2:])


def test_the_main_benchmark_quick_mode_prints_every_measure() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    rows = [line.split("|")[1].strip() for line in done.stdout.splitlines()
            if line.startswith("| ") and not line.startswith("| measure")]
    for needle in ("start-up ratio", "peak memory: moodlog", "whole journal charted",
                   "Insights: first full render", "Insights: range -> 4 weeks, redraw",
                   "save one check-in: p95", "export pdf, 90 days", "Daylio CSV",
                   'python -c "import sqlite3"', "moodlog --version / import sqlite3",
                   "moodlog info / import sqlite3", "moodlog checkin --mood 6 / import sqlite3",
                   "export pdf, 90 days / one-page QPdfWriter floor"):
        assert any(needle in row for row in rows), rows


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
                   "range -> 4 weeks: redraw the", "range -> all: redraw all 8 charts",
                   "zoom one wheel step"):
        assert any(step.startswith(needle) for step in steps), (needle, steps)
    for row in table[2:]:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert all(float(v) >= 0 for v in cells[1:5]) and int(cells[5]) >= 2


def test_pdf_benchmark_quick_mode_prints_a_table() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "pdf.py"), "--quick"],
                          capture_output=True, text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    table = [line for line in done.stdout.splitlines() if line.startswith("|")]
    assert table[0] == ("| export pdf | pages | runs | median s | min s | max s | "
                        "median CPU s |")
    cells = [c.strip() for c in table[2].strip("|").split("|")]
    assert cells[0] == "90 days (whole journal)" and cells[2] == "2"
    assert 1 <= int(cells[1]) <= 3 and all(float(v) > 0 for v in cells[3:])


def test_search_benchmark_quick_mode_prints_a_table() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "search.py"), "--quick"],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    table = [line for line in done.stdout.splitlines() if line.startswith("|")]
    assert table[0].startswith("| search (1 years) | runs | results | median ms |")
    assert [row.split("|")[1].strip() for row in table[2:]][:2] == ["one common word",
                                                                   "a rare word"]


def test_movein_benchmark_quick_mode_prints_a_row_per_format() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "movein.py"), "--quick"],
                          capture_output=True, text=True, check=False, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = [line.split("|")[1].strip() for line in done.stdout.splitlines()
            if line.startswith("| ")]
    assert rows[0].startswith("1-year file, whole process")
    assert rows[1:] == ["Bearable", "iMoodJournal", "Pixels", "eMoods",
                        "Daylio, oldest layout, Polish"]


def test_keystroke_benchmark_counts_and_checks_what_was_stored() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "keystrokes.py"), "--quick"],
                          capture_output=True, text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = {line.split("|")[1].strip(): line.split("|")[2].strip()
            for line in done.stdout.splitlines() if line.startswith("| ") and "---" not in line}
    assert rows["mood only (7)"] == "2"  # a digit and Ctrl+S
    assert int(rows["full: mood 10, 12 symptoms, sleep 7.5"]) <= 30


def test_window_benchmark_quick_mode_prints_ratios_and_memory() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "window.py"), "--quick"],
                          capture_output=True, text=True, check=False, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    rows = {line.split("|")[1].strip(): line.split("|")[2].strip()
            for line in done.stdout.splitlines()
            if line.startswith("| ") and not line.startswith("| measure")}
    for needle in ("window ready (--smoke-test), whole process", "bare PySide6 window",
                   "window ready / bare window", "peak memory, journal open, above",
                   "peak memory, whole journal charted, above",
                   "peak memory, a moment later (SQLAlchemy loaded after the paint)"):
        assert any(needle in row for row in rows), rows
    ratio = next(v for k, v in rows.items() if "window ready / bare window" in k)
    assert ratio.endswith("x") and float(ratio[:-1]) > 0
