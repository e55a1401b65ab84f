from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from moodlog import APP_ID, __version__
from moodlog.autostart import XdgAutostart
from moodlog.core.questionnaires import ATTRIBUTION
from moodlog.ui.about import AboutDialog
from moodlog.ui.common.settings import Settings
from moodlog.ui.main_window import MainWindow
from moodlog.ui.settings.reminder_prefs import ReminderSection


def _texts(widget: object) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))  # type: ignore


def test_about_says_what_moodlog_is_and_where_its_files_are(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("moodlog.ui.about.QDesktopServices.openUrl",
                        lambda url: opened.append(QUrl(url).toLocalFile()) or True)
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    text = _texts(dialog)
    assert f"moodlog {__version__}" in text and "GPL-3.0-or-later" in text
    assert "not a medical device" in text and ATTRIBUTION in text
    data = window.journal.store.path.parent
    assert str(data) in text and str(dialog.folders["log"]) in text
    dialog.open_buttons["data"].click()
    assert opened == [str(data)]


def test_a_missing_log_folder_cannot_be_opened(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path, logs=tmp_path / "no-logs-yet")
    qtbot.addWidget(dialog)
    assert dialog.open_buttons["data"].isEnabled()
    assert not dialog.open_buttons["log"].isEnabled()


def test_reminder_preferences_are_saved(qtbot: QtBot, settings: Settings,
                                        tmp_path: Path) -> None:
    login = XdgAutostart(tmp_path / "config")
    section = ReminderSection(settings, login, has_tray=True)
    qtbot.addWidget(section)
    assert not section.enabled.isChecked() and not section.time.isEnabled()
    section.enabled.setChecked(True)
    section.time.setTime(section.time.time().fromString("07:45", "HH:mm"))
    section.close_to_tray.setChecked(True)
    assert settings.reminder_enabled and settings.reminder_time == time(7, 45)
    assert settings.close_to_tray and section.time.isEnabled()
    # Start at login, end to end on Linux: the checkbox writes and removes the entry.
    section.at_login.setChecked(True)
    entry = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert entry.is_file() and "--tray" in entry.read_text()
    section.at_login.setChecked(False)
    assert not entry.exists()


def test_without_a_tray_the_option_is_off_and_explained(qtbot: QtBot, settings: Settings,
                                                        tmp_path: Path) -> None:
    settings.close_to_tray = True
    section = ReminderSection(settings, XdgAutostart(tmp_path), has_tray=False)
    qtbot.addWidget(section)
    assert not section.close_to_tray.isEnabled() and not section.close_to_tray.isChecked()
    assert "no system tray" in section.close_to_tray.toolTip()


def test_a_failed_login_change_is_shown_and_the_box_tells_the_truth(
        qtbot: QtBot, settings: Settings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "autostart").write_text("a file where the folder should be")
    warnings: list[str] = []
    monkeypatch.setattr("moodlog.ui.settings.reminder_prefs.QMessageBox.warning",
                        lambda _p, _t, text: warnings.append(text))
    section = ReminderSection(settings, XdgAutostart(tmp_path), has_tray=True)
    qtbot.addWidget(section)
    section.at_login.setChecked(True)
    assert len(warnings) == 1 and "could not change" in warnings[0]
    assert not section.at_login.isChecked()


def test_preferences_hold_the_reminder_section(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_preferences()
    section = dialog.findChild(ReminderSection)
    assert section is not None and section.findChildren(QCheckBox)


def test_the_about_box_opens_with_focus_on_close(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is close)
    assert close.isDefault()
