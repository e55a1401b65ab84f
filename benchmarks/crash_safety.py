"""Kill moodlog with SIGKILL at random moments; count acknowledged and lost check-ins.

    uv run python benchmarks/crash_safety.py [--kills 40] [--seed 9]

Each operation (a stream of check-in saves, and the commands import, encrypt, decrypt,
restore and backup) runs as a real ``python -m moodlog`` process on a real data folder and is
killed after a random delay within its usual running time. Then the next command opens the
journal as a person would (with the passphrase if the journal is encrypted), and:

- every acknowledged check-in must be there: those in the journal before the command, and
  those the command added if it had said it was done (exit 0) before the kill. A restore
  must leave the old journal or the restored one, whole; an import all of it or none;
- ``problems`` counts anything else wrong: a journal that fails its integrity check, a file
  under a backup's name that is not a good backup, a half import, or backups left in
  plaintext beside an encrypted journal after the next command.

``--concurrent`` also runs three processes saving check-ins while ``encrypt`` runs (issue 14,
item 1). Prints a Markdown table; exits 1 if anything was lost.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

WRITER = r"""
import sys
from datetime import date, timedelta
from pathlib import Path
from moodlog.core.models import CheckIn
from moodlog.store import JournalStore
store = JournalStore.open(Path(sys.argv[1]))
start = date(1950, 1, 1) + timedelta(days=int(sys.argv[2]))
for i in range(100000):
    d = start + timedelta(days=i)
    store.save_checkin(CheckIn(d, i % 11, {"sadness": i % 4}, 7.0, "x" * (i % 300)))
    print(d.isoformat(), flush=True)
"""
KEY = "a long passphrase"
OLD_DAYS = 40  # check-ins in the journal before each command
NEW_DAYS = 150  # check-ins that import or restore bring


@dataclass
class CrashResult:
    kills: int
    acknowledged: int
    lost: int
    integrity_failures: int


@dataclass
class Row:
    operation: str
    runs: int = 0
    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    problems: int = 0
    notes: list[str] = field(default_factory=list)


def run_kills(path: Path, kills: int, seed: int, min_s: float = 0.0,
              max_s: float = 0.6) -> CrashResult:
    """A writer saving one check-in after another, killed a random ``min_s``..``max_s`` after
    its first acknowledged write (so the kill lands while it is writing)."""
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    lost = failures = 0
    for n in range(kills):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(n * 400)],
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


# ------------------------------------------------------------------------ the data folders
def _days(first: date, count: int) -> list[str]:
    return [(first + timedelta(days=i)).isoformat() for i in range(count)]


OLD = _days(date(2024, 1, 1), OLD_DAYS)
NEW = _days(date(2025, 1, 1), NEW_DAYS)


def _fill(folder: Path, days: list[str], key: str | None, backups: int) -> Path:
    from moodlog.core.models import CheckIn
    from moodlog.store import JournalStore

    folder.mkdir(parents=True, exist_ok=True)
    journal = folder / "journal.sqlite"
    with JournalStore.open(journal, folder / "backups", key=key) as store:
        for i, day in enumerate(days):
            store.save_checkin(CheckIn(date.fromisoformat(day), i % 11, {"sadness": i % 4},
                                       6.5, f"note {i} " * 20))
        for _ in range(backups):
            store.backup("manual")
    return journal


def templates(root: Path) -> dict[str, Path]:
    """Data folders copied before each run (made once: filling them is the slow part)."""
    from moodlog import cli

    made = {"plain": root / "plain", "encrypted": root / "encrypted"}
    _fill(made["plain"], OLD, None, backups=4)
    _fill(made["encrypted"], OLD, KEY, backups=4)
    source = _fill(root / "source", NEW, None, backups=0)
    made["backup-file"] = source
    export = root / "import.json"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        cli.main(["--data-dir", str(root / "source"), "export", "json", str(export)])
    made["import-file"] = export
    (root / "key.txt").write_text(KEY + "\n")
    made["key"] = root / "key.txt"
    return made


# --------------------------------------------------------------------- what the next run sees
def _is_encrypted(path: Path) -> bool:
    from moodlog.store.sqlite import is_encrypted

    return path.is_file() and is_encrypted(path)


def next_command(folder: Path, key_file: Path) -> tuple[set[str] | None, str]:
    """The days a person's next command finds (None if it refuses), and what it said."""
    from moodlog import cli

    journal = folder / "journal.sqlite"
    out = folder.parent / f"{folder.name}-next.json"
    args = ["--data-dir", str(folder)]
    if _is_encrypted(journal):
        args += ["--passphrase-file", str(key_file)]
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = cli.main([*args, "export", "json", str(out)])
    if code:
        return None, err.getvalue()
    doc = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    return {c["date"] for c in doc["checkins"]}, err.getvalue()


def _bad_backups(folder: Path, key: str | None) -> int:
    """Files under a backup's name that are not good backups."""
    from moodlog.store import JournalError, backup, restore

    bad = 0
    for info in backup.list_backups(folder / "backups"):
        if info.reason == "damaged":
            continue
        try:
            restore.check_restorable(info.path, key)
        except JournalError:
            bad += 1
    return bad


def _plaintext_beside_encrypted(folder: Path) -> int:
    from moodlog.store import backup

    if not _is_encrypted(folder / "journal.sqlite"):
        return 0
    return sum(not _is_encrypted(b.path) for b in backup.list_backups(folder / "backups"))


# ----------------------------------------------------------------------------- operations
@dataclass(frozen=True)
class Operation:
    name: str
    template: str
    argv: Callable[[dict[str, Path]], list[str]]
    #: What the journal must hold after a kill: (before it, once it has acknowledged).
    before: list[str]
    after: list[str]


OPERATIONS = [
    Operation("import", "plain", lambda t: ["import", str(t["import-file"])], OLD, OLD + NEW),
    Operation("encrypt", "plain",
              lambda t: ["encrypt", "--new-passphrase-file", str(t["key"])], OLD, OLD),
    Operation("decrypt", "encrypted",
              lambda t: ["--passphrase-file", str(t["key"]), "decrypt"], OLD, OLD),
    Operation("restore", "encrypted",  # across encryption: a plain backup, an encrypted journal
              lambda t: ["--passphrase-file", str(t["key"]), "restore", str(t["backup-file"])],
              OLD, NEW),
    Operation("backup", "plain", lambda t: ["backup"], OLD, OLD),
]


def _launch(folder: Path, argv: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "moodlog", "--data-dir", str(folder), *argv],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def duration(op: Operation, made: dict[str, Path], work: Path, runs: int = 3) -> float:
    """The shortest of a few uninterrupted runs (the machine may be busy with other work)."""
    took = []
    for n in range(runs):
        folder = work / f"{op.name}-timing-{n}"
        shutil.copytree(made[op.template], folder)
        start = time.monotonic()
        _launch(folder, op.argv(made)).wait()
        took.append(time.monotonic() - start)
        shutil.rmtree(folder)
    return min(took)


def run_operation(op: Operation, made: dict[str, Path], work: Path, kills: int,
                  rng: random.Random) -> Row:
    row = Row(op.name)
    full = duration(op, made, work)
    for n in range(kills):
        folder = work / f"{op.name}-{n}"
        shutil.copytree(made[op.template], folder)
        proc = _launch(folder, op.argv(made))
        # Python and moodlog take most of the first half to start: aim at the work itself.
        try:
            code: int | None = proc.wait(timeout=rng.uniform(0.25 * full, 0.95 * full))
        except subprocess.TimeoutExpired:
            code = None
        if code is None:
            proc.kill()
            proc.wait()
            row.kills += 1
        done = code == 0
        expected = set(op.after if done else op.before)
        row.runs += 1
        row.acknowledged += len(expected)
        found, said = next_command(folder, made["key"])
        if found is None:
            row.lost += len(expected)
            row.notes.append(f"run {n}: the next command refused: {said.strip()[:160]}")
        else:
            whole = found in (set(op.before), set(op.after))
            lost = len(expected - found) if done or op.name != "restore" else (
                0 if whole else len(expected - found))
            row.lost += lost
            if not whole:
                row.problems += 1
                row.notes.append(f"run {n}: {len(found)} check-ins, neither before nor after")
        # (An interrupted decrypt leaves encrypted backups beside the plain journal, and says
        # so: those are good backups, under the passphrase they had.)
        row.problems += _bad_backups(folder, KEY) + _plaintext_beside_encrypted(folder)
        shutil.rmtree(folder)
    return row


def checkins_during_encrypt(made: dict[str, Path], work: Path, rounds: int) -> Row:
    """Three processes save check-ins while ``encrypt`` runs; none acknowledged may be lost."""
    row = Row("checkin during encrypt")
    script = ("import subprocess, sys\n"
              "for i in range(int(sys.argv[3])):\n"
              "    day = f'2023-{int(sys.argv[2]):02d}-{i + 1:02d}'\n"
              "    done = subprocess.run([sys.executable, '-m', 'moodlog', '--data-dir', "
              "sys.argv[1], '--passphrase-file', sys.argv[4], 'checkin', '--date', day, "
              "'--mood', '5'], capture_output=True)\n"
              "    if done.returncode == 0:\n"
              "        print(day, flush=True)\n")
    for n in range(rounds):
        folder = work / f"concurrent-{n}"
        shutil.copytree(made["plain"], folder)
        writers = [subprocess.Popen([sys.executable, "-c", script, str(folder), str(w + 1), "4",
                                     str(made["key"])], stdout=subprocess.PIPE, text=True)
                   for w in range(3)]
        time.sleep(0.5)
        encrypt = _launch(folder, ["encrypt", "--new-passphrase-file", str(made["key"])])
        acknowledged: set[str] = set()
        for proc in writers:
            out, _ = proc.communicate()
            acknowledged.update(out.split())
        encrypt.wait()
        found, said = next_command(folder, made["key"])
        expected = acknowledged | set(OLD)
        row.runs += 1
        row.acknowledged += len(expected)
        row.lost += len(expected - (found or set()))
        if found is None:
            row.notes.append(f"round {n}: {said.strip()[:160]}")
        shutil.rmtree(folder)
    return row


def table(rows: list[Row]) -> str:
    lines = ["| operation | runs | kills | acknowledged | lost | problems |",
             "|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r.operation} | {r.runs} | {r.kills} | {r.acknowledged} | {r.lost} "
                     f"| {r.problems} |")
    total = Row("all", *(sum(getattr(r, f) for r in rows)
                        for f in ("runs", "kills", "acknowledged", "lost", "problems")))
    lines.append(f"| **all** | {total.runs} | {total.kills} | {total.acknowledged} | "
                 f"{total.lost} | {total.problems} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=40, help="runs per operation")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--concurrent", type=int, default=5,
                        help="rounds of check-ins during encrypt")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.environ.pop("MOODLOG_DATA_DIR", None)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        r = run_kills(root / "writer.sqlite", args.kills, args.seed)
        rows.append(Row("checkin (saves)", r.kills, r.kills, r.acknowledged, r.lost,
                        r.integrity_failures))
        made = templates(root / "templates")
        for op in OPERATIONS:
            rows.append(run_operation(op, made, root, args.kills, rng))
        if args.concurrent:
            rows.append(checkins_during_encrypt(made, root, args.concurrent))
    print(table(rows))
    for r in rows:
        for note in r.notes[:5]:
            print(f"- {r.operation}: {note}")
    return 0 if all(r.lost == 0 and r.problems == 0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
