"""Insights get ready while hidden: imported on a thread, built at a pause, kept up to date."""

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moodlog.core.models import CheckIn
from moodlog.store import JournalStore
from moodlog.ui.common.settings import Settings
from moodlog.ui.insights import warmup
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow


def _window(qtbot: QtBot, store: JournalStore, settings: Settings) -> MainWindow:
    for i in range(20):
        store.save_checkin(CheckIn(date(2026, 1, 1) + timedelta(days=i), i % 11))
    w = MainWindow(Journal(store), settings)
    qtbot.addWidget(w)
    w.show()  # a hidden window (in the tray) prepares nothing
    return w


def test_insights_are_built_while_hidden_and_shown_without_rebuilding(
        qtbot: QtBot, store: JournalStore, settings: Settings) -> None:
    w = _window(qtbot, store, settings)
    w._warm.start()
    qtbot.waitUntil(lambda: w._warm.imported)
    assert 4 not in w._pages
    assert w._prepare_insights()  # first step: the analysis
    assert 4 not in w._pages and w._analysis_ready is not None
    assert not w._prepare_insights()  # second: the page, from that analysis
    view = w._pages[4]
    assert w._analysis_ready is None and w.stack.currentIndex() == 0
    analysis = view.analysis  # type: ignore[attr-defined]
    assert analysis is not None and analysis.checkins_in(date(2026, 1, 1), date(2026, 1, 20)) == 20
    w.show_page(4)
    assert w._pages[4] is view and view.analysis is analysis  # type: ignore[attr-defined]


def test_a_change_while_hidden_is_caught_up_at_the_next_pause(
        qtbot: QtBot, store: JournalStore, settings: Settings) -> None:
    w = _window(qtbot, store, settings)
    w._warm.start()
    qtbot.waitUntil(lambda: w._warm.imported)
    while w._prepare_insights():
        pass
    view = w._pages[4]
    w.journal.store.save_checkin(CheckIn(date(2026, 1, 25), 7))
    w.journal._wrote("checkins")
    assert w._insights_stale and w._warm._idle.isActive()  # asked for another round
    while w._prepare_insights():
        pass
    assert not w._insights_stale
    assert view.analysis.checkins_in(date(2026, 1, 1), date(2026, 1, 31)) == 21  # type: ignore[attr-defined]


def test_a_hidden_window_prepares_nothing(qtbot: QtBot, store: JournalStore,
                                          settings: Settings) -> None:
    w = _window(qtbot, store, settings)
    w.hide()
    w._warm.start()
    qtbot.waitUntil(lambda: w._warm.imported)
    assert not w._prepare_insights() and 4 not in w._pages and w._analysis_ready is None
    w.show()
    assert w._warm._idle.isActive()  # shown again: ready at the next pause
    assert w._prepare_insights()


def test_input_postpones_the_next_step(qtbot: QtBot, store: JournalStore,
                                       settings: Settings) -> None:
    calls: list[int] = []
    w = _window(qtbot, store, settings)
    warm = warmup.InsightsWarmUp(w, lambda: bool(calls.append(1)))
    warm._arm(warmup.NEXT_STEP_MS)
    QApplication.sendEvent(w, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                        Qt.KeyboardModifier.NoModifier, "a"))
    assert warm._idle.remainingTime() > 2 * warmup.NEXT_STEP_MS  # waits for a real pause
    qtbot.waitUntil(lambda: calls == [1], timeout=warmup.IDLE_MS * 4)
    assert not warm._watching  # no step left: it stops looking at every event
