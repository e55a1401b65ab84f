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


def _record(texts: list[str], click: str) -> object:
    def exec_(box: QMessageBox) -> int:
        texts.append(f"{box.text()}\n{box.informativeText()}")
        for button in box.buttons():
            if button.text() == click:
                button.click()
        return 0
    return exec_


def test_the_window_speaks_in_sentences_and_says_which_backup_came_back(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = make_journal(tmp_path / "data", days=57)
    journal.unlink()
    backups = tmp_path / "data" / "backups"
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", _record(texts, "Restore the newest backup"))
    assert journal_health.offer(health.check(journal, backups), journal, backups,
                                None) == journal_health.RESTORED
    offer_text, done = texts
    assert "moodlog restore" not in offer_text and "move the backups" not in offer_text
    assert offer_text.splitlines()[1].startswith("Your journal ")
    assert done.startswith("Your journal was restored from the backup of ")
    assert "(57 check-ins)." in done


def test_quitting_the_health_dialog_shows_no_error(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = make_journal(tmp_path / "data", days=5)
    journal.unlink()
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", _click("Quit"))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(a[1]))
    assert run_window(str(tmp_path / "data")) == 1
    assert errors == [] and not journal.exists()


def test_a_file_that_is_not_a_journal_offers_the_newest_good_backup(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from moodlog.store import NotAJournalError
    from moodlog.ui import startup

    journal = make_journal(tmp_path / "data", days=9)
    journal.write_bytes(b"these are not the droids" * 100)
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", _record(texts, "Restore that backup"))
    store = startup.offer_restore(str(tmp_path / "data"), NotAJournalError("not a journal"))
    assert store is not None
    try:
        assert store.counts().checkins == 9
    finally:
        store.close()
    assert texts[0].startswith("moodlog could not open your journal because the file is not")
    assert "(9 check-ins)" in texts[0] and "(9 check-ins)." in texts[1]


def test_quit_on_a_file_that_is_not_a_journal_leaves_it(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = make_journal(tmp_path / "data", days=3)
    journal.write_bytes(b"x" * 4096)
    errors: list[str] = []
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", _record(seen, "Quit"))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(a[1]))
    assert run_window(str(tmp_path / "data")) == 1
    assert seen and "not a moodlog journal" in seen[0] and errors == []
    assert journal.read_bytes() == b"x" * 4096
