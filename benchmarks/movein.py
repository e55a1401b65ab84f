"""Moving in from other mood trackers: a 10-year file per format, imported by a whole process.

    uv run python benchmarks/movein.py [--years 10] [--runs 3] [--quick]

For each of Bearable, iMoodJournal, Pixels (newer layout), eMoods (a .emoods zip) and Daylio's
oldest layout in Polish (month names from CLDR), it writes a realistic file of ``--years`` years
and times ``python -m moodlog import FILE`` into a fresh journal, start to exit (interpreter
start-up, reading, checking, backup-less first write). Prints a Markdown table; the target is
under 1 s each.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

END = date(2025, 12, 31)
WORDS = ("today", "felt", "tired", "better", "a", "long", "walk", "clinic", "slept", "badly",
         "good", "talk", "with", "mum", "rain", "coffee", "work", "was", "ok")
EMOODS_MAP = "depressed none=8,depressed mild=6,depressed moderate=4,depressed severe=2"
PL_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
             "września", "października", "listopada", "grudnia")


def _days(years: int) -> list[date]:
    start = END - timedelta(days=round(365.25 * years) - 1)
    return [start + timedelta(days=i) for i in range((END - start).days + 1)]


def _note(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return ""
    return " ".join(rng.choices(WORDS, k=rng.randint(3, 25)))


def _csv(header: list[str], rows: list[list[str]], quote_all: bool = False) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n",
                        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def bearable(years: int, rng: random.Random) -> str:
    rows = []
    for d in _days(years):
        when = f"{_ordinal(d.day)} {d:%b %Y}"
        for part in rng.sample(("pre", "am", "mid", "pm"), rng.randint(1, 3)):
            rows.append([when, f"{d:%A}", part, "Mood", str(rng.randint(1, 10)),
                         rng.choice(["", "Calm", "Happy | Calm", "Sad", "Anxious"]), ""])
        rows.append([when, f"{d:%A}", "all day", "Symptom", "",
                     " | ".join(f"{s} ({rng.choice(['Mild', 'Moderate', 'Severe'])})"
                                for s in rng.sample(["Anxiety", "Headache", "Stress",
                                                     "Fatigue"], 2)), ""])
        rows.append([when, f"{d:%A}", "all day", "Sleep", f"{rng.randint(4, 10)}:{15:02d}",
                     "Asleep 23:30 - 07:45", ""])
        rows.append([when, f"{d:%A}", "am", "Meds/Supplements", "50", "Sertraline (mg)", ""])
        rows.append([when, f"{d:%A}", "all day", "Factors", "", "Exercise | Social", ""])
        if rng.random() < 0.3:
            rows.append([when, f"{d:%A}", "all day", "Gratitudes", "", _note(rng), ""])
    return _csv(["date", "weekday", "time of day", "category", "rating/amount", "detail",
                 "notes"], rows)


def imoodjournal(years: int, rng: random.Random) -> str:
    tags = ["#work", "#family", "#run", "#therapy", "#rain"]
    rows = []
    for d in reversed(_days(years)):
        for _ in range(rng.randint(1, 3)):
            level = rng.randint(1, 10)
            rows.append([f"{d:%B} {d.day}, {d.year}", f"{d:%A}", str(rng.randint(6, 23)),
                         str(rng.randint(0, 59)), str(level), f"({level}) Okay", _note(rng),
                         *(rng.choice("001") for _ in tags)])
    return _csv(["Date", "Day of week", "Hour", "Minute", "Level", "LevelText", "Comment",
                 *tags], rows, quote_all=True)


def pixels(years: int, rng: random.Random) -> str:
    items = [{"date": d.isoformat(), "type": "Mood", "scores": [rng.randint(1, 5)],
              "notes": _note(rng), "isHighlighted": False,
              "tags": [{"type": "Emotions", "entries": rng.sample(["happy", "calm", "tired",
                                                                  "anxious", "sad"], 2)}]}
             for d in _days(years)]
    rng.shuffle(items)  # Pixels writes its days unsorted
    return json.dumps(items)


def emoods(years: int, rng: random.Random) -> bytes:
    rows = [[str(i), d.isoformat(), *(str(rng.randint(0, 4)) for _ in range(2)),
             str(rng.randint(1, 4)), str(rng.randint(0, 4)), f"{rng.randint(40, 95) / 10}",
             str(rng.randint(0, 2)), _note(rng), rng.choice("01"), "0", "0"]
            for i, d in enumerate(_days(years), 1)]
    text = _csv(["ID", "DATE", "IRRITABILITY", "ANXIETY", "DEPRESSED", "ELEVATED", "SLEEP",
                 "PSYCHOTIC SYMPTOMS", "NOTE", "THERAPY", "MENSTRUAL CYCLE", "WEIGHT"], rows)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("entry.csv", text)
    return out.getvalue()


def daylio_polish(years: int, rng: random.Random) -> str:
    rows = [[str(d.year), f"{d.day} {PL_MONTHS[d.month - 1]}", "dzień",
             f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}",
             rng.choice(["super", "dobrze", "tak sobie", "źle", "okropnie"]),
             rng.choice(["", "praca", "rodzina | spacer"]), _note(rng)]
            for d in reversed(_days(years))]
    return _csv(["year", "date", "weekday", "time", "mood", "activities", "note"], rows)


FORMATS: list[tuple[str, str, Callable[[int, random.Random], str | bytes], list[str]]] = [
    ("Bearable", "bearable.csv", bearable, []),
    ("iMoodJournal", "imoodjournal.csv", imoodjournal, []),
    ("Pixels", "pixels.json", pixels, []),
    ("eMoods", "backup.emoods", emoods, ["--mood-map", EMOODS_MAP]),
    ("Daylio, oldest layout, Polish", "daylio.csv", daylio_polish,
     ["--mood-map", "super=10,dobrze=8,tak sobie=5,źle=3,okropnie=0"]),
]


def phases(path: Path, extra: list[str]) -> tuple[float, float, float]:
    """In this process: read and check, plan, write (store.import_data into a new journal)."""
    from moodlog.exchange import daylio, reader
    from moodlog.store import JournalStore

    t0 = time.perf_counter()
    source = reader.read_file(path)
    t1 = time.perf_counter()
    data = source.plan(daylio.parse_mood_map(extra[1]) if extra else None).data()
    t2 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, JournalStore.open(Path(tmp) / "j.sqlite") as store:
        t3 = time.perf_counter()
        store.import_data(data)
        t4 = time.perf_counter()
    return t1 - t0, t2 - t1, t4 - t3


def _children_cpu() -> float:
    """CPU seconds (user + system) of finished child processes: steadier than the wall clock
    on a machine that other work shares."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


Row = tuple[str, str, list[float], list[float], tuple[float, ...]]


def run(years: int, runs: int) -> list[Row]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for app, name, make, extra in FORMATS:
            content = make(years, random.Random(17))
            path = Path(tmp) / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
            times, cpu = [], []
            for i in range(runs):
                folder = Path(tmp) / f"{name}-{i}"
                c0 = _children_cpu()
                t0 = time.perf_counter()
                done = subprocess.run([sys.executable, "-m", "moodlog", "--data-dir",
                                       str(folder), "import", str(path), *extra],
                                      capture_output=True, text=True, check=False)
                times.append(time.perf_counter() - t0)
                cpu.append(_children_cpu() - c0)
                if done.returncode != 0:
                    raise SystemExit(f"{app}: {done.stderr.strip()}")
            size = f"{path.stat().st_size / 1e6:.2f} MB"
            out.append((app, size, times, cpu, phases(path, extra)))
    return out


def table(years: int, rows: list[Row]) -> str:
    lines = [f"| {years}-year file, whole process `moodlog import` | size | runs | median | "
             "min | max | CPU median | in-process read / plan / write |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for app, size, times, cpu, (read, plan, write) in rows:
        lines.append(f"| {app} | {size} | {len(times)} | {statistics.median(times):.2f} s | "
                     f"{min(times):.2f} s | {max(times):.2f} s | {statistics.median(cpu):.2f} s "
                     f"| {read:.2f} / {plan:.2f} / {write:.2f} s |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one year, one run")
    args = parser.parse_args(argv)
    years, runs = (1, 1) if args.quick else (args.years, args.runs)
    print(table(years, run(years, runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
