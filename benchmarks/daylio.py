"""How long importing a 10-year Daylio export takes, end to end; prints a Markdown table.

    uv run python benchmarks/daylio.py [--years 10] [--runs 7] [--quick]

The file is generated (fixed seed): one entry on most days, two to four on some, a few days
missed, titles, activities and notes with quotes, line breaks and HTML, newest first with a BOM,
as Daylio writes it. Each run imports it into a new, empty journal:

- parse: decode the bytes, read and check every row, map moods, build the check-ins;
- write: ``JournalStore.import_data`` (one transaction);
- command: ``moodlog --data-dir D import FILE``, in-process (opens the journal too).

The target is under one second for the command. ``--quick`` (one year, one run) is what the
test suite runs to keep this script working; it checks nothing about speed.

``--linearity`` instead times whole ``moodlog import FILE`` processes for 3, 10 and 30 years of
Daylio CSV and of moodlog JSON (the demo history, exported), and prints the time per added
year from 3 to 10 and from 10 to 30 years (target: within 10 % of each other; 30 years < 2 s).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from moodlog import cli
from moodlog.exchange import daylio
from moodlog.store import JournalStore

HEADER = daylio.KNOWN_HEADERS[-1]
MOODS = ("rad", "good", "meh", "bad", "awful")
ACTIVITIES = ("work", "family", "friends", "walk", "gym", "reading", "movies / tv", "cleaning",
              "bad sleep", "good sleep", "therapy", "cooking", "music", "rain", "sun")
WORDS = ("today", "felt", "tired", "better", "a", "long", "walk", "the", "clinic", "slept",
         "badly", "good", "talk", "with", "mum", "rain", "again", "coffee", "work", "was", "ok")


def _note(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return ""
    parts = [" ".join(rng.choices(WORDS, k=rng.randint(3, 30))) for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.3:
        parts[0] = f"<b>{parts[0]}</b>"
    if rng.random() < 0.2:
        parts.append('she said "hang on", so I did &amp; it helped')
    joiner = "<br>" if rng.random() < 0.7 else "\n"
    return joiner.join(parts)


def generate(years: int, seed: int = 8, end: date = date(2025, 12, 31)) -> str:
    """A Daylio CSV (newest first, BOM, 24-hour times) covering ``years`` years up to ``end``."""
    rng = random.Random(seed)
    start = end - timedelta(days=round(365.25 * years) - 1)
    rows = []
    day = start
    while day <= end:
        n = rng.choices((0, 1, 2, 3, 4), weights=(3, 75, 16, 5, 1))[0]
        minutes = sorted(rng.sample(range(6 * 60, 24 * 60), n))
        for m in minutes:
            rows.append([
                day.isoformat(), f"{day.day} {day:%B}", f"{day:%A}", f"{m // 60:02d}:{m % 60:02d}",
                rng.choice(MOODS), " | ".join(rng.sample(ACTIVITIES, rng.randint(0, 5))), "",
                rng.choice(["", "", "", "Morning", "Evening check"]), _note(rng)])
        day += timedelta(days=1)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    out.write(",".join(HEADER) + "\n")
    writer.writerows(reversed(rows))
    return "\ufeff" + out.getvalue()


def _timed(step: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    step()
    return time.perf_counter() - t0


def run(years: int, runs: int) -> list[tuple[str, list[float]]]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "daylio_export.csv"
        src.write_text(generate(years), encoding="utf-8")
        raw = src.read_bytes()
        plan = daylio.load(raw.decode("utf-8-sig"))
        print(f"{src.stat().st_size / 1e6:.1f} MB, {plan.entries} entries on {len(plan.days)} "
              f"days ({plan.first_day} to {plan.last_day}), {len(plan.merged_days)} days with "
              "several entries\n")
        parse, write, command = [], [], []
        for i in range(runs):
            parse.append(_timed(lambda: daylio.load(src.read_bytes().decode("utf-8-sig"))))
            with JournalStore.open(Path(tmp) / f"w{i}.sqlite") as store:
                write.append(_timed(lambda s=store: s.import_data(plan.data())))  # type: ignore[misc]
                assert store.counts().checkins == len(plan.days)
            folder = str(Path(tmp) / f"d{i}")
            with contextlib.redirect_stdout(io.StringIO()):
                command.append(_timed(lambda f=folder: cli.main(  # type: ignore[misc]
                    ["--data-dir", f, "import", str(src)])))
    return [("parse (decode, read, plan)", parse), ("write (import_data)", write),
            ("command (moodlog import FILE)", command)]


def table(years: int, rows: list[tuple[str, list[float]]]) -> str:
    lines = [f"| {years}-year Daylio import | runs | median | min | max |",
             "|---|---:|---:|---:|---:|"]
    for name, times in rows:
        lines.append(f"| {name} | {len(times)} | {statistics.median(times) * 1000:.0f} ms | "
                     f"{min(times) * 1000:.0f} ms | {max(times) * 1000:.0f} ms |")
    return "\n".join(lines)


def _json_export(years: int) -> str:
    from moodlog.core import demo
    from moodlog.exchange import json_format

    return json_format.dump(demo.generate(round(365.25 * years), end=date(2025, 12, 31)))


def _process(path: Path, folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds of ``python -m moodlog --data-dir FOLDER import PATH``."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "moodlog", "--data-dir", str(folder), "import",
                    str(path)], check=True, capture_output=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime


def linearity(runs: int, spans: tuple[int, ...] = (3, 10, 30)) -> str:
    """Whole-process import times for each span, runs interleaved, and the slope per year."""
    makers = {"Daylio CSV": (generate, "daylio.csv"), "moodlog JSON": (_json_export, "j.json")}
    lines = ["| whole process `moodlog import` | " + " | ".join(f"{y} years" for y in spans)
             + " | s/year 3-10 | s/year 10-30 | ratio |", "|---" + "|---:" * (len(spans) + 3)
             + "|"]
    with tempfile.TemporaryDirectory() as tmp:
        for what, (make, name) in makers.items():
            files = {}
            for years in spans:
                files[years] = Path(tmp) / f"{years}-{name}"
                files[years].write_text(make(years), encoding="utf-8")
            walls: dict[int, list[float]] = {y: [] for y in spans}
            cpus: dict[int, list[float]] = {y: [] for y in spans}
            for i in range(runs):
                for years in spans:  # interleaved: a busy spell hits every span alike
                    wall, cpu = _process(files[years], Path(tmp) / f"{name}-{years}-{i}")
                    walls[years].append(wall)
                    cpus[years].append(cpu)
            for label, got in (("wall", walls), ("CPU", cpus)):
                med = {y: statistics.median(v) for y, v in got.items()}
                low = (med[10] - med[3]) / 7
                high = (med[30] - med[10]) / 20
                lines.append(f"| {what}, {label} (median of {runs}) | "
                             + " | ".join(f"{med[y]:.2f} s" for y in spans)
                             + f" | {low:.3f} | {high:.3f} | {high / low:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="one year, one run")
    parser.add_argument("--linearity", action="store_true",
                        help="whole-process imports of 3, 10 and 30 years (Daylio and JSON)")
    args = parser.parse_args(argv)
    years, runs = (1, 1) if args.quick else (args.years, args.runs)
    if args.linearity:
        print(linearity(runs))
        return 0
    print(table(years, run(years, runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
