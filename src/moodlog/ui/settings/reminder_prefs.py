"""The "Daily reminder" section of Preferences: reminder time, the tray, starting at login."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from moodlog import autostart
from moodlog.ui.common.journal_window import tray_available
from moodlog.ui.common.settings import Settings
from moodlog.ui.common.theme import set_muted


class ReminderSection(QGroupBox):
    """Changes apply at once: the reminder looks at the settings every minute."""

    def __init__(self, settings: Settings, login: autostart.Autostart | None = None,
                 has_tray: bool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Daily reminder"))
        self.settings = settings
        self.login = login if login is not None else autostart.for_platform()
        has_tray = tray_available() if has_tray is None else has_tray
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.enabled = QCheckBox(self.tr("&Remind me to check in every day at"))
        self.enabled.setChecked(settings.reminder_enabled)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Reminder time"))
        at = settings.reminder_time
        self.time.setTime(QTime(at.hour, at.minute))
        self.time.setEnabled(self.enabled.isChecked())
        row.addWidget(self.enabled)
        row.addWidget(self.time)
        row.addStretch(1)
        layout.addLayout(row)
        note = QLabel(self.tr("Only on days without a check-in yet, and only while moodlog is "
                              "running: keep it in the tray, or let it start when you log in."))
        note.setWordWrap(True)
        set_muted(note)
        layout.addWidget(note)

        self.close_to_tray = QCheckBox(self.tr("&Keep moodlog running in the system tray when "
                                               "its window is closed"))
        self.close_to_tray.setChecked(has_tray and settings.close_to_tray)
        self.close_to_tray.setEnabled(has_tray)
        if not has_tray:
            self.close_to_tray.setToolTip(self.tr("This desktop has no system tray."))
        layout.addWidget(self.close_to_tray)
        self.at_login = QCheckBox(self.tr("Start moodlog when I &log in, in the tray") if has_tray
                                  else self.tr("Start moodlog when I &log in"))
        self.at_login.setChecked(self.login.is_enabled())
        self.at_login.setToolTip(self.tr("Recorded in {place}").format(place=self.login.where))
        layout.addWidget(self.at_login)

        self.enabled.toggled.connect(self._enabled_changed)
        self.time.timeChanged.connect(self._time_changed)
        self.close_to_tray.toggled.connect(
            lambda on: setattr(self.settings, "close_to_tray", on))
        self.at_login.toggled.connect(self._login_changed)

    def _enabled_changed(self, on: bool) -> None:
        self.settings.reminder_enabled = on
        self.time.setEnabled(on)

    def _time_changed(self, value: QTime) -> None:
        self.settings.reminder_time = time(value.hour(), value.minute())

    def _login_changed(self, on: bool) -> None:
        try:
            autostart.set_enabled(self.login, on)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Start at login"),
                                self.tr("moodlog could not change {place}: {reason}").format(
                                    place=self.login.where, reason=exc.strerror or exc))
        self.at_login.blockSignals(True)
        self.at_login.setChecked(self.login.is_enabled())
        self.at_login.blockSignals(False)
