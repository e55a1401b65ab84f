"""backup, backups, restore and check from the command line."""

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from moodlog.paths import JOURNAL_FILE
from tests.conftest import Result, file_digest
from tests.lock_holder import held_elsewhere

Run = Callable[..., Result]


@pytest.fixture
def demo(run: Run, data_dir: Path) -> Path:
    assert run("demo", "--days", "90").code == 0
    assert run("info").code == 0  # the first opening with entries leaves the daily backup
    return data_dir


def test_backup_list_and_restore(run: Run, demo: Path, tmp_path: Path) -> None:
    made = run("backup")
    assert made.code == 0 and "verified" in made.out
    assert run("checkin", "--mood", "0", "--note", "changed after the backup").code == 0
    listed = run("backups")
    assert listed.code == 0 and "manual" in listed.out and "check-ins" in listed.out
    manual = sorted((demo / "backups").glob("*-manual.sqlite"))[-1]
    restored = run("restore", str(manual))
    assert restored.code == 0, restored.err
    assert "kept in" in restored.out
    out = run("export", "json", "-").out
    assert "changed after the backup" not in out
    aside = sorted((demo / "backups").glob("*before-restore.sqlite"))
    assert aside  # the journal as it was is kept


def test_backup_to_a_file(run: Run, demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    assert run("backup", "--to", str(target)).code == 0
    assert target.exists() and not list((demo / "backups").glob("*-manual.sqlite"))
    again = run("backup", "--to", str(target))
    assert again.code == 1 and "already exists" in again.err


def test_check_ok_and_damaged(run: Run, demo: Path) -> None:
    ok = run("check")
    assert ok.code == 0 and ok.out.startswith("ok:")
    journal = demo / JOURNAL_FILE
    with journal.open("r+b") as fh:
        fh.seek(8192)
        fh.write(os.urandom(16384))
    digest = file_digest(journal)
    bad = run("check")
    assert bad.code == 1 and bad.err.startswith("moodlog: error: ") and "damaged" in bad.err
    assert len(bad.err.strip().splitlines()) == 1
    refused = run("checkin", "--mood", "5")
    assert refused.code == 1 and "damaged" in refused.err
    assert file_digest(journal) == digest
    restored = run("restore", "--latest")
    assert restored.code == 0, restored.err
    assert run("check").code == 0
    assert list((demo / "backups").glob("*-damaged.sqlite"))


def test_restore_bad_input(run: Run, demo: Path, tmp_path: Path) -> None:
    digest = file_digest(demo / JOURNAL_FILE)
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database")
    for args, needle in ((["restore"], "name a backup file"),
                         (["restore", str(junk)], "not a moodlog journal"),
                         (["restore", str(tmp_path / "missing.sqlite")], "is not a file")):
        result = run(*args)
        assert result.code == 1 and needle in result.err, result.err
    assert file_digest(demo / JOURNAL_FILE) == digest
    empty = tmp_path / "empty"
    assert run("restore", "--latest", data=empty).code == 1


def test_restore_refuses_while_the_window_holds_the_journal(run: Run, demo: Path) -> None:
    with held_elsewhere(demo / JOURNAL_FILE):
        result = run("restore", "--latest")
    assert result.code == 1 and "open in a moodlog window" in result.err


def test_kill_9_never_loses_an_acknowledged_write(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    try:
        from crash_safety import run_kills
    finally:
        sys.path.pop(0)
    result = run_kills(tmp_path / "journal.sqlite", kills=20, seed=9)
    assert result.kills == 20 and result.acknowledged > 40
    assert result.lost == 0 and result.integrity_failures == 0


def test_backups_lists_what_each_holds_beyond_checkins_and_treatments(run: Run) -> None:
    assert run("safety-plan", "set", "warning_signs", "Not sleeping").code == 0
    assert run("medication", "add", "Lithium").code == 0
    assert run("backup").code == 0
    listed = run("backups")
    assert listed.code == 0, listed.err
    assert "0 check-ins, 0 treatments, 1 medications, a safety plan" in listed.out
