"""The window's side of keeping the journal safe: one window per journal, damaged journals,
backups and restore, changes from the command line, and errors that never lose the form."""

import os
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from moodlog import app as app_module
from moodlog.app import run_window
from moodlog.core.models import CheckIn
from moodlog.log import log_dir
from moodlog.store import DamagedJournalError, JournalStore
from moodlog.ui import startup
from moodlog.ui.exchange.backups_dialog import BackupsDialog
from moodlog.ui.main_window import MainWindow
from tests.conftest import file_digest
from tests.lock_holder import held_elsewhere


def _journal_with_entries(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "journal.sqlite"
    with JournalStore.open(path) as store:
        store.save_checkin(CheckIn(date(2026, 1, 2), 4, {"sadness": 1}, note="secret words"))
    return path


def test_a_second_window_on_the_same_journal_is_refused(qapp: object, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    journal = _journal_with_entries(tmp_path / "data")
    with held_elsewhere(journal):
        assert run_window(str(tmp_path / "data"), smoke_test=True) == 1
    assert "already open with this journal" in capsys.readouterr().err
    assert run_window(str(tmp_path / "data"), smoke_test=True) == 0  # released again


def test_window_takes_the_daily_backup(qapp: object, tmp_path: Path) -> None:
    _journal_with_entries(tmp_path / "data")
    assert run_window(str(tmp_path / "data"), smoke_test=True) == 0
    assert list((tmp_path / "data" / "backups").glob("*-daily.sqlite"))


def _damage(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.seek(4096)
        fh.write(os.urandom(8192))


def test_a_damaged_journal_offers_the_newest_good_backup(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    journal = _journal_with_entries(data)
    with JournalStore.open(journal) as store:
        for day in range(1, 28):
            store.save_checkin(CheckIn(date(2026, 2, day), 5, note="x" * 2000))
    assert run_window(str(data), smoke_test=True) == 0  # leaves the daily backup
    _damage(journal)
    digest = file_digest(journal)
    assert run_window(str(data), smoke_test=True) == 1  # smoke test: refused, untouched
    assert file_digest(journal) == digest

    chosen: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        chosen.append(box.text())
        restore = next((b for b in box.buttons() if b.text() == "Restore that backup"), None)
        if restore is not None:
            monkeypatch.setattr(QMessageBox, "clickedButton", lambda _self: restore)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    store = startup.offer_restore(str(data), DamagedJournalError("damaged"))
    assert store is not None and chosen and "damaged" in chosen[0]
    assert chosen[-1].startswith("Your journal was restored from the backup of ")
    assert chosen[-1].endswith("(28 check-ins).")
    try:
        assert store.counts().checkins == 28
    finally:
        store.close()
    assert list((data / "backups").glob("*-damaged.sqlite"))


def test_backups_dialog_lists_and_restores(qtbot: QtBot, window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    store = window.journal.store
    store.save_checkin(CheckIn(date(2026, 1, 1), 3))
    store.backup("manual")
    window.journal.save_checkin(CheckIn(date(2026, 1, 2), 9))
    dialog = BackupsDialog(window.journal, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Made by you"
    assert dialog.table.item(0, 2).text() == "1"
    monkeypatch.setattr("moodlog.ui.exchange.backups_dialog.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr("moodlog.ui.exchange.backups_dialog.QMessageBox.information",
                        lambda *a, **k: None)
    assert dialog.restore_selected()
    assert [c.day for c in window.journal.store.checkins()] == [date(2026, 1, 1)]
    assert dialog.table.rowCount() == 2  # the journal as it was is kept too
    assert "before a restore" in dialog.table.item(0, 1).text()


def test_changes_from_the_command_line_show_when_the_window_is_back(
        window: MainWindow, run: object, tmp_path: Path) -> None:
    assert window.journal.check_for_outside_changes() is False
    window.journal.save_checkin(CheckIn(date(2026, 1, 1), 3))
    assert window.journal.check_for_outside_changes() is False  # our own write
    with JournalStore.open(window.journal.store.path) as other:  # another process, in effect
        other.save_checkin(CheckIn(date.today(), 8))
    window.show_page(1)
    assert window.journal.check_for_outside_changes() is True
    assert window.history.table.rowCount() >= 1
    assert "8/10" in window.history.table.item(0, 1).text()


def test_an_unexpected_error_is_logged_shown_and_keeps_the_form(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from moodlog.log import close_logging, setup_logging

    log_file = setup_logging()
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical",
                        lambda *a, **k: shown.append(a[2]))
    app_module._install_excepthook(log_file)
    try:
        window.today.setCurrentWidget(window.form)
        window.form.note.setPlainText("my private words")
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # what Qt does with an exception in a slot
    finally:
        sys.excepthook = sys.__excepthook__
        close_logging()
    assert shown and str(log_file) in shown[0]
    assert window.form.note.toPlainText() == "my private words"
    text = log_file.read_text()
    assert "RuntimeError: boom" in text and "private words" not in text
    assert log_file.parent == log_dir()
    window.form.load_day(window.form.day)  # discard, or closing the window asks (and waits)
