"""The window's side of the startup check (issue 14, items 2-4): a journal missing beside its
backups is not opened empty; the newest backup is offered and restored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from moodlog.app import run_window
from moodlog.store import JournalStore, health
from moodlog.ui import journal_health
from tests.trust_helpers import make_journal


def test_the_smoke_test_refuses_a_missing_journal_beside_backups(
        qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = make_journal(tmp_path / "data", days=57)
    journal.unlink()
    assert run_window(str(tmp_path / "data"), smoke_test=True) == 1
    assert "restore --latest" in capsys.readouterr().err
    assert not journal.exists()  # no empty journal was started


def _click(text: str) -> object:
    def exec_(box: QMessageBox) -> int:
        for button in box.buttons():
            if button.text() == text:
                button.click()
        return 0
    return exec_


def test_the_window_offers_and_restores_the_newest_backup(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = make_journal(tmp_path / "data", days=57)
    journal.write_bytes(b"")
    backups = tmp_path / "data" / "backups"
    findings = health.check(journal, backups)
    assert findings.missing_journal is not None
    monkeypatch.setattr(QMessageBox, "exec", _click("Restore the newest backup"))
    assert journal_health.offer(findings, journal, backups, None) == journal_health.RESTORED
    with JournalStore.open(journal) as store:
        assert store.counts().checkins == 57


def test_quit_leaves_the_files_as_they_are(qapp: object, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    journal = make_journal(tmp_path / "data", days=5)
    journal.unlink()
    backups = tmp_path / "data" / "backups"
    monkeypatch.setattr(QMessageBox, "exec", _click("Quit"))
    assert journal_health.offer(health.check(journal, backups), journal, backups,
                                None) == journal_health.QUIT
    assert not journal.exists()
