"""The tray's moment offers after a session: +4 h and next morning, once, only if enabled."""

from datetime import datetime

from pytestqt.qtbot import QtBot

from moodlog.core.models import Treatment
from moodlog.store import JournalStore
from moodlog.ui.common.settings import Settings
from moodlog.ui.main_window import MainWindow
from moodlog.ui.moment_offers import MomentOfferScheduler, done_offers


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _scheduler(store: JournalStore, settings: Settings, clock: Clock) -> MomentOfferScheduler:
    return MomentOfferScheduler(settings.qsettings, lambda: settings.reminder_enabled,
                                lambda since: store.treatments(since.date()), clock)


def test_offers_once_each_and_never_when_reminders_are_off(
        qtbot: QtBot, store: JournalStore, settings: Settings) -> None:
    store.add_treatment(Treatment(datetime(2026, 3, 2, 10, 0), "ketamine_iv"))
    clock = Clock(datetime(2026, 3, 2, 14, 5))
    scheduler = _scheduler(store, settings, clock)
    fired: list[datetime] = []
    scheduler.due.connect(lambda _offer: fired.append(clock.now))
    assert scheduler.check() is None  # reminders are off by default
    settings.reminder_enabled = True
    assert scheduler.check() is not None
    clock.now = datetime(2026, 3, 2, 15, 0)
    scheduler.check()
    again = _scheduler(store, settings, clock)  # a restart does not offer it again
    again.due.connect(lambda _offer: fired.append(clock.now))
    again.check()
    clock.now = datetime(2026, 3, 3, 8, 30)
    again.check()
    clock.now = datetime(2026, 3, 3, 9, 30)
    again.check()
    assert fired == [datetime(2026, 3, 2, 14, 5), datetime(2026, 3, 3, 8, 30)]
    assert len(done_offers(settings.qsettings)) == 2
    scheduler.stop()
    again.stop()


def test_without_a_tray_the_offer_is_a_box_that_opens_today(
        qtbot: QtBot, window: MainWindow, settings: Settings) -> None:
    from PySide6.QtWidgets import QApplication

    from moodlog.core.moment_offers import TITLE
    from moodlog.ui.tray import Tray

    QApplication.instance().setQuitOnLastWindowClosed(False)  # type: ignore[union-attr]
    tray = Tray(window, settings, Clock(datetime(2026, 3, 2, 14, 5)), use_tray=False)
    tray.offer_moment()
    box = tray.reminder_box
    assert box is not None and box.windowTitle() == TITLE
    (add,) = [b for b in box.buttons() if b.text() == "&Add a moment"]
    add.click()
    assert window.stack.currentIndex() == 0
    tray.scheduler.stop()
    tray.offers.stop()
    QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]
