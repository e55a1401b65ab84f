"""The daily reminder with a fake clock, and the tray's window handling."""

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from moodlog.core.models import CheckIn
from moodlog.resources import icon_path
from moodlog.store import JournalStore
from moodlog.ui import tray as tray_module
from moodlog.ui.common.settings import Settings
from moodlog.ui.main_window import MainWindow
from moodlog.ui.tray import MAX_WAIT_MS, ReminderScheduler, Tray

# The offscreen platform has no tray; creating a tray icon there says so, harmlessly.
with_tray_icon = pytest.mark.qt_log_ignore("systemTrayWindowChanged", extend=True)


@pytest.fixture(autouse=True)
def _no_pending_quit(qapp: QApplication) -> Iterator[None]:
    """These tests close the last window; that must not leave a quit for later event loops."""
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(True)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _scheduler(store: JournalStore, settings: Settings, clock: Clock) -> ReminderScheduler:
    return ReminderScheduler(settings, lambda day: store.checkin(day) is not None, clock)


def test_reminds_only_on_days_without_a_checkin(qtbot: QtBot, store: JournalStore,
                                                settings: Settings) -> None:
    settings.reminder_enabled = True
    settings.reminder_time = time(20, 0)
    monday = date(2026, 3, 2)
    store.save_checkin(CheckIn(monday, 6))  # Monday has a check-in, Tuesday has none
    clock = Clock(datetime(2026, 3, 2, 19, 59))
    scheduler = _scheduler(store, settings, clock)
    fired: list[datetime] = []
    scheduler.due.connect(lambda: fired.append(clock.now))

    decision = scheduler.check()
    assert decision is not None and decision.next_check == datetime(2026, 3, 2, 20, 0)
    clock.now = datetime(2026, 3, 2, 20, 0)
    scheduler.check()
    assert fired == []  # Monday: already checked in
    clock.now = datetime(2026, 3, 3, 20, 1)
    scheduler.check()
    clock.now = datetime(2026, 3, 3, 21, 0)
    scheduler.check()
    assert fired == [datetime(2026, 3, 3, 20, 1)]  # Tuesday: once
    assert settings.reminder_last_fired == date(2026, 3, 3)

    # Restarting moodlog the same evening does not remind again.
    again = _scheduler(store, settings, clock)
    again.due.connect(lambda: fired.append(clock.now))
    again.check()
    assert len(fired) == 1
    scheduler.stop()
    again.stop()


def test_checking_in_before_the_time_prevents_the_reminder(
        qtbot: QtBot, store: JournalStore, settings: Settings) -> None:
    settings.reminder_enabled = True
    settings.reminder_time = time(9, 30)
    clock = Clock(datetime(2026, 5, 1, 8, 0))
    scheduler = _scheduler(store, settings, clock)
    with qtbot.assertNotEmitted(scheduler.due):
        scheduler.check()
        store.save_checkin(CheckIn(date(2026, 5, 1), 4))
        clock.now = datetime(2026, 5, 1, 9, 30)
        scheduler.check()
    scheduler.stop()


def test_off_by_default_and_waits_at_most_a_minute(qtbot: QtBot, store: JournalStore,
                                                   settings: Settings) -> None:
    clock = Clock(datetime(2026, 5, 1, 23, 0))
    scheduler = _scheduler(store, settings, clock)
    with qtbot.assertNotEmitted(scheduler.due):
        assert scheduler.check() is None
    assert scheduler.timer.isActive() and scheduler.timer.interval() == MAX_WAIT_MS
    settings.reminder_enabled = True
    settings.reminder_time = time(23, 0, 0)
    clock.now = datetime(2026, 5, 1, 22, 59, 58)
    scheduler.check()
    assert scheduler.timer.interval() == 2000  # due in two seconds
    scheduler.stop()


def test_the_timer_fires_the_reminder(qtbot: QtBot, store: JournalStore,
                                      settings: Settings) -> None:
    settings.reminder_enabled = True
    settings.reminder_time = time(7, 0)
    clock = Clock(datetime(2026, 5, 1, 6, 59, 59))
    scheduler = _scheduler(store, settings, clock)
    scheduler.check()
    assert scheduler.timer.isSingleShot() and scheduler.timer.interval() == 1000
    clock.now = datetime(2026, 5, 1, 7, 0, 0)
    with qtbot.waitSignal(scheduler.due, timeout=1000):
        scheduler.timer.timeout.emit()  # what the timer does when its second is up
    assert scheduler.timer.isActive()  # and it looks again (in a minute at most)
    scheduler.stop()


@pytest.fixture
def icon_app(qapp: QApplication) -> QApplication:
    qapp.setWindowIcon(QIcon(str(icon_path())))
    return qapp


def test_without_a_tray_the_reminder_is_a_window_that_opens_today(
        qtbot: QtBot, window: MainWindow, settings: Settings, icon_app: QApplication) -> None:
    settings.reminder_enabled = True
    settings.reminder_time = time(0, 0)
    today = date.today()
    clock = Clock(datetime.combine(today, time(0, 0)))
    window.form.go_to(today - timedelta(days=3))
    window.show_page(1)
    window.hide()
    tray = Tray(window, settings, clock, use_tray=False)  # starts: due at once
    box = tray.reminder_box
    assert tray.icon is None and box is not None and box.isVisible()
    assert "not checked in today" in box.text()
    open_button = next(b for b in box.buttons() if "Open" in b.text())
    open_button.click()
    assert window.isVisible()
    assert window.stack.currentIndex() == 0 and window.today.currentWidget() is window.form
    assert window.form.day == today
    tray.scheduler.stop()


@with_tray_icon
def test_a_notification_click_opens_today(qtbot: QtBot, window: MainWindow,
                                          settings: Settings, icon_app: QApplication,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, title, *args: shown.append(title))
    settings.reminder_enabled = True
    settings.reminder_time = time(0, 0)
    clock = Clock(datetime.combine(date.today(), time(0, 1)))
    tray = Tray(window, settings, clock, use_tray=True)
    assert tray.icon is not None and shown == [tray_module.TITLE]
    window.hide()
    tray.icon.messageClicked.emit()
    assert window.isVisible() and window.form.day == date.today()
    window.close()
    assert not tray.icon.isVisible() and not tray.scheduler.timer.isActive()


class _WindowManagerClose(QCloseEvent):
    """A close from the title bar (Qt marks those spontaneous; sendEvent's are not)."""

    def spontaneous(self) -> bool:
        return True


@pytest.mark.parametrize("close_to_tray", [True, False])
@with_tray_icon
def test_closing_the_window_hides_it_to_the_tray_when_chosen(
        qtbot: QtBot, window: MainWindow, settings: Settings, icon_app: QApplication,
        close_to_tray: bool) -> None:
    settings.close_to_tray = close_to_tray
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    tray = Tray(window, settings, use_tray=True)
    event = _WindowManagerClose()
    QApplication.sendEvent(window, event)
    if close_to_tray:
        assert not event.isAccepted() and not window.isVisible() and closed == []
        tray.show_window()
        assert window.isVisible()
        # File > Quit (not spontaneous) really closes, even with the option on.
        assert window.close() and closed == [True]
    else:
        assert event.isAccepted() and closed == [True]
    tray.scheduler.stop()


@with_tray_icon
def test_quit_from_the_tray_asks_about_unsaved_changes(
        qtbot: QtBot, window: MainWindow, settings: Settings, icon_app: QApplication,
        monkeypatch: pytest.MonkeyPatch) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(tray_module.QApplication, "quit", lambda: quits.append(True))
    monkeypatch.setattr("moodlog.ui.checkin.checkin_form.ask_unsaved_changes",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    tray = Tray(window, settings, use_tray=True)
    window.welcome.start_button.click()
    window.form.mood.setValue(3)
    window.hide()
    tray.quit()
    assert quits == [] and window.isVisible()  # cancelled: the typed check-in stays
    monkeypatch.setattr("moodlog.ui.checkin.checkin_form.ask_unsaved_changes",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    tray.quit()
    assert quits == [True] and not window.isVisible()


def test_settings_damaged_values_fall_back(tmp_path: Path) -> None:
    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    qs.setValue("reminders/enabled", "maybe")
    qs.setValue("reminders/time", "25:99")
    qs.setValue("reminders/last_fired", "yesterday")
    qs.setValue("window/close_to_tray", 7)
    s = Settings(qs)
    assert s.reminder_enabled is False and s.reminder_time == time(20, 0)
    assert s.reminder_last_fired is None and s.close_to_tray is False
    s.reminder_enabled = True
    s.close_to_tray = True
    qs.sync()
    s2 = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert s2.reminder_enabled is True and s2.close_to_tray is True
