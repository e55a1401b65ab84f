"""No export can be written over the record: the journal, its side files, its backups, or
any other SQLite database. Every writer of a user-chosen file checks its target first. And
nothing the person typed stays in plain text beside a journal once it is encrypted."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from moodlog.atomic import ProtectedPathError, check_export_target, protect
from tests.conftest import Result, assert_one_line_error, file_digest
from tests.trust_helpers import make_journal

Run = Callable[..., Result]
EXPORTS = [("export", "json"), ("export", "csv"), ("export", "fhir"), ("export", "pdf"),
           ("safety-plan", "export")]
TARGETS = [("journal.sqlite", "your journal"), ("journal.sqlite-wal", "your journal"),
           ("journal.sqlite-shm", "your journal"), ("journal.sqlite.lock", "your journal"),
           ("backups/summary.pdf", "backups folder")]


def _state(data_dir: Path) -> dict[str, str]:
    return {p.name: file_digest(p) for p in data_dir.rglob("*") if p.is_file()}


@pytest.mark.parametrize("command", EXPORTS, ids=" ".join)
@pytest.mark.parametrize(("target", "said"), TARGETS, ids=[t for t, _ in TARGETS])
def test_an_export_over_the_journal_is_refused(run: Run, data_dir: Path,
                                               command: tuple[str, str], target: str,
                                               said: str) -> None:
    make_journal(data_dir, days=5)
    run("info")  # leaves -wal/-shm as a real session would, if SQLite keeps them
    before = _state(data_dir)
    result = run(*command, str(data_dir / target))
    assert_one_line_error(result, 1, said)
    assert _state(data_dir) == before
    assert run("check").code == 0


def test_an_export_over_another_database_is_refused(run: Run, data_dir: Path,
                                                    tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"  # a database this process never opened
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    digest = file_digest(other)
    make_journal(data_dir, days=5)
    assert_one_line_error(run("export", "json", str(other)), 1, "database")
    assert file_digest(other) == digest


def test_a_fresh_process_refuses_too(data_dir: Path) -> None:
    """The check holds in the real command, not only in this test process's memory."""
    journal = make_journal(data_dir, days=5)
    digest = file_digest(journal)
    done = subprocess.run([sys.executable, "-m", "moodlog", "--data-dir", str(data_dir),
                           "export", "fhir", str(journal)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "your journal" in done.stderr
    assert "Traceback" not in done.stderr
    assert file_digest(journal) == digest


def test_ordinary_targets_are_allowed(tmp_path: Path) -> None:
    protect(tmp_path / "j" / "journal.sqlite", tmp_path / "j" / "backups")
    check_export_target(tmp_path / "summary.pdf")
    check_export_target(tmp_path / "j" / "summary.pdf")  # beside the journal is fine
    (tmp_path / "notes.txt").write_text("SQLite? no")
    check_export_target(tmp_path / "notes.txt")
    with pytest.raises(ProtectedPathError):
        check_export_target(tmp_path / "j" / "backups" / "deep" / "x.json")


def test_the_window_refuses_an_export_over_its_journal(qtbot: object, data_dir: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMainWindow

    from moodlog.ui.exchange import file_actions
    from moodlog.ui.journal import Journal
    from moodlog.ui.startup import open_store

    journal_file = make_journal(data_dir, days=5)
    told: list[str] = []
    monkeypatch.setattr("moodlog.ui.exchange.file_actions.QMessageBox.warning",
                        lambda *a, **k: told.append(str(a[2])))
    journal = Journal(open_store(str(data_dir)))
    window = QMainWindow()
    try:
        before = journal.store.snapshot()
        assert file_actions.export_json(window, journal, str(journal_file)) is False
        assert told and "your journal" in told[0]
        assert journal.store.snapshot() == before
    finally:
        journal.store.close()
        window.deleteLater()


def test_encrypting_removes_a_side_file_of_mood_words(run: Run, data_dir: Path,
                                                     tmp_path: Path) -> None:
    from moodlog.store.encryption import PLAINTEXT_SIDE_FILES
    from moodlog.store.mood_maps import side_file

    journal = make_journal(data_dir, days=3)
    # An older moodlog's side file, never adopted (the journal was not opened since).
    side_file(journal).write_text('{"daylio": {"super tired": 2}}', encoding="utf-8")
    assert side_file(journal).name.endswith(PLAINTEXT_SIDE_FILES)
    key = tmp_path / "key.txt"
    key.write_text("a long passphrase\n")
    assert run("encrypt", "--new-passphrase-file", str(key)).code == 0
    assert not side_file(journal).exists()
    for path in data_dir.rglob("*"):
        assert not path.is_file() or b"super tired" not in path.read_bytes(), path
