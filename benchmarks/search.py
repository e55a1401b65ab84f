"""How fast full-text search answers over 10 years of notes; prints a Markdown table.

    uv run python benchmarks/search.py [--years 10] [--runs 25] [--quick] [--encrypted]

The journal is generated (fixed seed): a check-in with a note on most days (10-80 words), one
to three moments on a third of the days, a treatment every fortnight with notes, and tags on most
days; everything goes in through ``JournalStore.import_data``, so the index is the one the
triggers keep. Each query is timed through ``JournalStore.search`` (a read transaction, the FTS5
match, the snippets, the records), as the window and ``moodlog search`` call it.

The target is 50 ms per search. ``--quick`` (one year, three runs) is what the test suite runs to
keep this script working; it checks nothing about speed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time as clock
from datetime import date, datetime, time, timedelta
from pathlib import Path

from moodlog.core.life import Moment
from moodlog.core.models import CheckIn, JournalData, Treatment
from moodlog.store import JournalStore
from moodlog.store.encryption import change_encryption

WORDS = ("today", "felt", "tired", "better", "a", "long", "walk", "the", "clinic", "slept",
         "badly", "good", "talk", "with", "mum", "rain", "again", "coffee", "work", "was", "ok",
         "headache", "calm", "anxious", "friends", "garden", "music", "cooking", "heavy",
         "light", "morning", "evening", "dinner", "quiet", "busy", "sunny", "cold")
RARE = "nausea"
TAGS = ("family", "friends", "walk", "work", "exercise", "therapy", "alcohol", "nap")
QUERIES = (
    ("one common word", "walk"),
    ("a rare word", RARE),
    ("two words", "tired headache"),
    ("a prefix", "anx"),
    ("FTS syntax as plain words", '"calm" OR (rain* NEAR'),
    ("no match", "zebra"),
)


def _note(rng: random.Random, lo: int, hi: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(lo, hi))
    if rng.random() < 0.02:
        words.insert(rng.randrange(len(words)), RARE)
    return " ".join(words).capitalize() + "."


def journal_data(years: int, seed: int = 16) -> JournalData:
    rng = random.Random(seed)
    end = date(2026, 11, 30)
    first = end - timedelta(days=365 * years)
    checkins, moments, treatments = [], [], []
    day = first
    while day <= end:
        if rng.random() < 0.9:
            checkins.append(CheckIn(day, rng.randint(1, 9), note=_note(rng, 10, 80),
                                    tags=tuple(rng.sample(TAGS, rng.randint(0, 3)))))
        if rng.random() < 0.33:
            for hour in sorted(rng.sample(range(7, 23), rng.randint(1, 3))):
                moments.append(Moment(day, time(hour, rng.randint(0, 59)), rng.randint(0, 10),
                                      _note(rng, 2, 20)))
        if (day - first).days % 14 == 0:
            treatments.append(Treatment(datetime.combine(day, time(9, 30)), "ketamine_iv",
                                        note=_note(rng, 5, 30),
                                        side_effects_note=_note(rng, 2, 10)))
        day += timedelta(days=1)
    return JournalData(checkins=tuple(checkins), moments=tuple(moments),
                       treatments=tuple(treatments))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--encrypted", action="store_true", help="an encrypted journal")
    args = parser.parse_args()
    years, runs = (1, 3) if args.quick else (args.years, args.runs)
    data = journal_data(years)
    key = "a long benchmark passphrase" if args.encrypted else None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.sqlite"
        with JournalStore.open(path, Path(tmp) / "backups") as store:
            store.import_data(data)
        if key:
            change_encryption(path, Path(tmp) / "backups", None, key)
        size = path.stat().st_size / 1e6
        words = sum(len(c.note.split()) for c in data.checkins) + sum(
            len(m.note.split()) for m in data.moments)
        kind = "encrypted " if key else ""
        print(f"{years}-year {kind}journal: {len(data.checkins)} check-ins, "
              f"{len(data.moments)} moments, {len(data.treatments)} treatments, {words} words "
              f"of notes, {size:.1f} MB")
        print()
        print(f"| search ({years} years) | runs | results | median ms | min ms | max ms |")
        print("|---|---|---|---|---|---|")
        with JournalStore.open(path, Path(tmp) / "backups", key=key) as store:
            store.search("warm up")
            for label, query in QUERIES:
                times, found = [], 0
                for _ in range(runs):
                    t0 = clock.perf_counter()
                    found = len(store.search(query))
                    times.append((clock.perf_counter() - t0) * 1000)
                print(f"| {label} | {runs} | {found} | {statistics.median(times):.1f} | "
                      f"{min(times):.1f} | {max(times):.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
