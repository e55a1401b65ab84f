"""Insights by wheel and keyboard: the wheel scrolls the page, Ctrl+wheel zooms a chart, and
every range preset is a Tab stop that applies on Space or Enter only."""


import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moodlog.core.models import JournalData
from moodlog.store import JournalStore
from moodlog.ui.insights.insights import InsightsView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")


@pytest.fixture
def view(qtbot: QtBot, store: JournalStore, demo_data: JournalData) -> InsightsView:
    store.import_data(demo_data)
    v = InsightsView(store)
    qtbot.addWidget(v)
    v.resize(1280, 720)
    v.show()
    qtbot.waitExposed(v)
    return v


def _wheel(view: InsightsView, modifiers: Qt.KeyboardModifier, notches: int) -> None:
    widget = view.plots["mood"].getViewWidget()
    target = widget.viewport()
    centre = QPointF(target.width() / 2, target.height() / 2)
    event = QWheelEvent(centre, QPointF(target.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, modifiers,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(target, event)
    QApplication.processEvents()


def test_the_wheel_scrolls_the_page_and_ctrl_wheel_zooms(view: InsightsView) -> None:
    bar = view.chart_scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the charts are taller than the window
    assert bar.value() == 0
    before = view.plots["mood"].vb.viewRange()[0]
    _wheel(view, Qt.KeyboardModifier.NoModifier, -1)  # towards the user: down the page
    assert view.plots["mood"].vb.viewRange()[0] == before  # not zoomed
    assert bar.value() > 0  # the page moved down
    scrolled = bar.value()
    _wheel(view, Qt.KeyboardModifier.ControlModifier, 1)  # away: zoom in
    x0, x1 = view.plots["mood"].vb.viewRange()[0]
    assert x1 - x0 < before[1] - before[0]  # zoomed in
    assert bar.value() == scrolled  # and the page stayed put
