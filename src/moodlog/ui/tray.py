"""The system tray icon and the daily check-in reminder (the Qt side of core.reminders).

``ReminderScheduler`` asks ``core.reminders.decide`` at most once a minute (so a suspended
computer or a changed clock is noticed soon) and emits ``due``. ``Tray`` puts moodlog in the
system tray when there is one, shows the reminder as a notification (or, without a tray, as a
small window), opens today's check-in when it is clicked, and hides the window to the tray on
close when the user chose that.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from moodlog.core.moment_offers import TEXT as OFFER_TEXT
from moodlog.core.moment_offers import TITLE as OFFER_TITLE
from moodlog.core.reminders import Decision, decide
from moodlog.ui.common.journal_window import JournalWindow, tray_available
from moodlog.ui.common.settings import Settings
from moodlog.ui.moment_offers import MomentOfferScheduler
from moodlog.ui.translate_noop import QT_TRANSLATE_NOOP

MAX_WAIT_MS = 60_000
TITLE = QT_TRANSLATE_NOOP("Tray", "Time for today's check-in")
TEXT = QT_TRANSLATE_NOOP("Tray", "You have not checked in today yet. It takes under a minute.")
#: core.moment_offers.TITLE and TEXT, for lupdate (a test keeps them equal to core's).
OFFER_MARKERS = (QT_TRANSLATE_NOOP("Tray", "How are you since your session?"),
                 QT_TRANSLATE_NOOP("Tray", "A moment takes a few seconds: a mood 0-10 and a few "
                                           "words if you like."))


class ReminderScheduler(QObject):
    """Emits ``due`` when the daily reminder should show; the clock can be injected."""

    due = Signal()

    def __init__(self, settings: Settings, has_checkin: Callable[[date], bool],
                 now: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._has_checkin = has_checkin
        self._now = now
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> Decision | None:
        """Decide now; remind if due; schedule the next look. None while reminders are off
        (the settings are looked at again in a minute)."""
        decision = None
        wait = MAX_WAIT_MS
        if self.settings.reminder_enabled:
            now = self._now()
            decision = decide(now, self.settings.reminder_time, self.settings.reminder_last_fired,
                              self._has_checkin(now.date()))
            if decision.fire:
                self.settings.reminder_last_fired = now.date()
                self.due.emit()
            until = (decision.next_check - now).total_seconds() * 1000
            wait = int(max(1000, min(MAX_WAIT_MS, until)))
        self.timer.start(wait)
        return decision


class Tray(QObject):
    """moodlog in the system tray, and the reminder, for one journal window."""

    def __init__(self, window: JournalWindow, settings: Settings,
                 now: Callable[[], datetime] = datetime.now,
                 use_tray: bool | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._now = now
        self.reminder_box: QMessageBox | None = None
        self.scheduler = ReminderScheduler(
            settings, window.journal.has_checkin, now, self)
        self.scheduler.due.connect(self.remind)
        self.offers = MomentOfferScheduler(
            settings.qsettings, lambda: settings.reminder_enabled,
            lambda since: window.journal.store.treatments(since.date()), now, self)
        self.offers.due.connect(self.offer_moment)
        self.icon: QSystemTrayIcon | None = None
        if tray_available() if use_tray is None else use_tray:
            self.icon = self._make_icon()
        window.installEventFilter(self)
        window.closed.connect(self._window_closed)
        # Once the store is open (after the window's first paint): the moment offers read
        # the treatments, which would load SQLAlchemy before the window could paint.
        if window.journal.is_open:
            self._start_schedulers()
        else:
            window.journal.opened.connect(self._start_schedulers)

    def _start_schedulers(self) -> None:
        self.scheduler.start()
        self.offers.start()

    def _make_icon(self) -> QSystemTrayIcon:
        icon = QSystemTrayIcon(QApplication.windowIcon(), self)
        icon.setToolTip("moodlog")
        menu = QMenu(self.window)
        for text, slot in ((self.tr("&Open moodlog"), self.show_window),
                           (self.tr("Today's &check-in"), self.open_today),
                           (self.tr("&Quit"), self.quit)):
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        icon.setContextMenu(menu)
        icon.activated.connect(self._activated)
        icon.messageClicked.connect(self.open_today)
        icon.show()
        return icon

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    # ---------------------------------------------------------------- actions
    def show_window(self) -> None:
        self.window.show()
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def open_today(self) -> None:
        self.show_window()
        self.window.open_day(self._now().date())

    def quit(self) -> None:
        """Close the window (which asks about unsaved changes) and, if it closed, quit."""
        self.show_window()
        if self.window.close():
            QApplication.quit()

    def remind(self) -> None:
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(self.tr(TITLE),
                                  self.tr(TEXT) + " " + self.tr("Click here to open it."),
                                  QApplication.windowIcon(), 30_000)
            return
        self.reminder_box = self._reminder_box()
        self.reminder_box.show()

    def offer_moment(self, _offer: object = None) -> None:
        """After a session: "How are you since your session?" (once per offer)."""
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(self.tr(OFFER_TITLE),
                                  self.tr(OFFER_TEXT) + " " + self.tr("Click here to add one."),
                                  QApplication.windowIcon(), 30_000)
            return
        self.reminder_box = self._reminder_box(OFFER_TITLE, OFFER_TEXT, self.tr("&Add a moment"))
        self.reminder_box.show()

    def _reminder_box(self, title: str = TITLE, text: str = TEXT,
                      open_text: str | None = None) -> QMessageBox:
        """``title`` and ``text`` are English source texts, shown translated."""
        if open_text is None:
            open_text = self.tr("&Open today's check-in")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr(title), self.tr(text),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setWindowIcon(QApplication.windowIcon() or QIcon())
        open_button = box.addButton(open_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setModal(False)
        box.buttonClicked.connect(
            lambda button: self.open_today() if button is open_button else None)
        return box

    # ----------------------------------------------------------------- events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Only a close from the window manager hides to the tray; File > Quit still quits.
        if (watched is self.window and event.type() == QEvent.Type.Close
                and event.spontaneous() and self.icon is not None
                and self.settings.close_to_tray):
            event.ignore()
            self.window.hide()
            return True
        return super().eventFilter(watched, event)

    def _window_closed(self) -> None:
        self.scheduler.stop()
        self.offers.stop()
        if self.icon is not None:
            self.icon.hide()
