"""The window with an encrypted journal: unlock at start, encrypt/change/remove in Preferences."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from moodlog.app import run_window
from moodlog.core.models import CheckIn
from moodlog.store import JournalStore
from moodlog.store.encryption import change_encryption
from moodlog.store.sqlite import is_encrypted
from moodlog.ui import startup
from moodlog.ui.main_window import MainWindow
from moodlog.ui.settings.passphrase import NewPassphraseDialog, UnlockDialog
from moodlog.ui.settings.privacy_tab import PrivacyTab

KEY = "a long passphrase"


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    path = data / "journal.sqlite"
    with JournalStore.open(path) as store:
        from datetime import date

        store.save_checkin(CheckIn(date(2026, 1, 1), 4))
    change_encryption(path, data / "backups", None, KEY)
    return data


def test_smoke_test_needs_the_passphrase_file(qapp: object, encrypted: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run_window(str(encrypted), smoke_test=True) == 1
    assert "--passphrase-file" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("wrong passphrase")
    assert run_window(str(encrypted), smoke_test=True, passphrase_file=str(wrong)) == 1
    assert "does not open" in capsys.readouterr().err
    right = tmp_path / "right.txt"
    right.write_text(KEY)
    assert run_window(str(encrypted), smoke_test=True, passphrase_file=str(right)) == 0


def test_the_unlock_dialog_refuses_a_wrong_passphrase_and_accepts_the_right_one(
        qtbot: QtBot, encrypted: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[UnlockDialog] = []

    def fake_exec(dialog: UnlockDialog) -> int:
        seen.append(dialog)
        dialog.field.setText("wrong passphrase")
        dialog.accept()
        assert "does not open" in dialog.error.text() and not dialog.result_value
        dialog.field.setText(KEY)
        dialog.accept()
        return int(UnlockDialog.DialogCode.Accepted)

    monkeypatch.setattr(UnlockDialog, "exec", fake_exec)
    key = startup.unlock(encrypted / "journal.sqlite", None, ask=True)
    assert key == KEY and seen


def test_new_passphrase_dialog_checks(qtbot: QtBot) -> None:
    dialog = NewPassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.first.setText("short")
    dialog.accept()
    assert "at least 8" in dialog.error.text()
    dialog.first.setText(KEY)
    dialog.second.setText(KEY + "x")
    dialog.accept()
    assert "differ" in dialog.error.text()
    dialog.second.setText(KEY)
    dialog.accept()
    assert "cannot be recovered" in dialog.error.text()
    dialog.understood.setChecked(True)
    dialog.accept()
    assert dialog.result() == NewPassphraseDialog.DialogCode.Accepted


def test_privacy_tab_encrypts_changes_and_removes(qtbot: QtBot, window: MainWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    window.journal.save_checkin(CheckIn(date(2026, 1, 1), 4))
    tab = PrivacyTab(window.journal)
    qtbot.addWidget(tab)
    assert "not encrypted" in tab.status.text()
    monkeypatch.setattr("moodlog.ui.settings.privacy_tab.QMessageBox.information", lambda *a: None)

    def choose(passphrase: str):  # type: ignore[no-untyped-def]
        def fake(dialog: NewPassphraseDialog) -> int:
            dialog.first.setText(passphrase)
            dialog.second.setText(passphrase)
            dialog.understood.setChecked(True)
            return int(NewPassphraseDialog.DialogCode.Accepted)
        return fake

    monkeypatch.setattr(NewPassphraseDialog, "exec", choose(KEY))
    assert tab.encrypt()
    path = window.journal.store.path
    assert is_encrypted(path) and window.journal.store.key == KEY
    assert window.journal.store.counts().checkins == 1
    assert "are encrypted" in tab.status.text()

    def current(text: str):  # type: ignore[no-untyped-def]
        def fake(dialog: UnlockDialog) -> int:
            dialog.field.setText(text)
            dialog.accept()
            return int(dialog.result())
        return fake

    monkeypatch.setattr(UnlockDialog, "exec", current("wrong passphrase"))
    assert not tab.remove() and is_encrypted(path)
    monkeypatch.setattr(UnlockDialog, "exec", current(KEY))
    monkeypatch.setattr(NewPassphraseDialog, "exec", choose("another passphrase"))
    assert tab.change() and window.journal.store.key == "another passphrase"
    monkeypatch.setattr(UnlockDialog, "exec", current("another passphrase"))
    assert tab.remove() and not is_encrypted(path) and window.journal.store.key is None
    assert window.journal.store.counts().checkins == 1
