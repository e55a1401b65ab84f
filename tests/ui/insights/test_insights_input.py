"""Insights by wheel and keyboard: the wheel scrolls the page, Ctrl+wheel zooms a chart, and
every range preset is a Tab stop that applies on Space or Enter only."""


from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moodlog.core.models import JournalData
from moodlog.store import JournalStore
from moodlog.ui.insights.insights import CUSTOM, PRESETS, InsightsView
from tests.conftest import DEMO_END

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


def test_every_preset_is_a_tab_stop_that_applies_on_space_or_enter(qtbot: QtBot,
                                                                   view: InsightsView) -> None:
    three_months = (DEMO_END - timedelta(days=90), DEMO_END)
    keys = [*PRESETS, CUSTOM]
    first = view.preset_buttons[keys[0]]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    for key in keys[1:]:  # Tab walks every preset, the unchecked ones included
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is view.preset_buttons[key]
    assert view.current_range() == three_months  # moving the focus applied nothing
    four_weeks = view.preset_buttons["4w"]
    four_weeks.setFocus()
    qtbot.keyClick(four_weeks, Qt.Key.Key_Right)  # an arrow applies nothing either
    assert view.current_range() == three_months and view.preset_buttons["3m"].isChecked()
    qtbot.keyClick(four_weeks, Qt.Key.Key_Space)
    assert view.current_range() == (DEMO_END - timedelta(days=27), DEMO_END)
    assert [k for k, b in view.preset_buttons.items() if b.isChecked()] == ["4w"]
    qtbot.keyClick(four_weeks, Qt.Key.Key_Space)  # again: stays applied and checked
    assert four_weeks.isChecked()
    year = view.preset_buttons["1y"]
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        view.preset_buttons["all"].click()
        year.setFocus()
        qtbot.keyClick(year, key)
        assert view.current_range() == (DEMO_END - timedelta(days=364), DEMO_END)
        assert [k for k, b in view.preset_buttons.items() if b.isChecked()] == ["1y"]
    custom = view.preset_buttons[CUSTOM]
    custom.setFocus()
    qtbot.keyClick(custom, Qt.Key.Key_Return)
    assert custom.isChecked() and QApplication.focusWidget() is view.from_edit


def test_a_pinch_zooms_time_and_leaves_the_page_where_it_was(view: InsightsView) -> None:
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    bar = view.chart_scroll.verticalScrollBar()
    widget = view.plots["mood"].getViewWidget()
    target = widget.viewport()
    centre = QPointF(target.width() / 2, target.height() / 2)
    before = view.plots["mood"].vb.viewRange()[0]

    def pinch(value: float) -> None:
        event = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture,
                                    QPointingDevice.primaryPointingDevice(), 2, centre, centre,
                                    QPointF(target.mapToGlobal(centre.toPoint())), value,
                                    QPointF(0, 0))
        QApplication.sendEvent(target, event)
        QApplication.processEvents()

    pinch(0.5)  # fingers apart: zoom in
    x0, x1 = view.plots["mood"].vb.viewRange()[0]
    assert x1 - x0 < (before[1] - before[0]) * 0.8
    assert bar.value() == 0
    pinch(-0.4)  # together again: out
    y0, y1 = view.plots["mood"].vb.viewRange()[0]
    assert y1 - y0 > x1 - x0
    view.plots["sleep"].getViewWidget().grab()  # when out of sight, it follows when painted
    assert view.plots["sleep"].vb.viewRange()[0] == view.plots["mood"].vb.viewRange()[0]
