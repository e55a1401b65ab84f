"""The Insights side panel on a small screen: sections one after another, never overlapping,
each table as tall as its rows, the panel scrolling as a whole."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from moodlog.core.models import JournalData
from moodlog.ui.insights.insights_life import LifePanel
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow
from tests.conftest import DEMO_END

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")


def _sections(panel: QWidget) -> list[QWidget]:
    """The panel's visible parts, the life panel's own parts in its place."""
    parts: list[QWidget] = []
    for child in panel.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not child.isVisible():
            continue
        if isinstance(child, LifePanel):
            parts.extend(_sections(child))
        else:
            parts.append(child)
    return parts


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
@pytest.mark.parametrize("days", [91, 400])
def test_the_side_panel_sections_never_overlap_and_show_every_row(
        qtbot: QtBot, window: MainWindow, journal: Journal, demo_data: JournalData,
        size: tuple[int, int], days: int) -> None:
    journal.store.import_data(demo_data)
    journal.reload()
    window.resize(*size)
    window.show_page(4)
    view = window.insights
    view.set_range(DEMO_END - timedelta(days=days - 1), DEMO_END)
    view.settle()
    for _ in range(5):
        QApplication.processEvents()
    panel = view.summary_panel
    parts = _sections(panel)
    tables = [p for p in parts if isinstance(p, QTableView)]
    assert len(tables) == 4  # relief, before/after, tags, medications
    boxes = [QRect(p.mapTo(panel, QPoint(0, 0)), p.size()) for p in parts]
    for i, a in enumerate(boxes):
        assert a.height() > 0
        for j, b in enumerate(boxes[i + 1:], start=i + 1):
            assert not a.intersects(b), (parts[i], parts[j])
    for table in tables:
        rows = table.model().rowCount()
        assert rows > 0
        assert table.verticalScrollBar().maximum() == 0, table.accessibleName()
        assert table.viewport().height() >= table.verticalHeader().length()
        assert table.rowViewportPosition(rows - 1) + table.rowHeight(rows - 1) \
            <= table.viewport().height()
    # all that does not fit the window's height is reached by scrolling the panel
    assert view.side_scroll.verticalScrollBar().maximum() > 0
    assert panel.height() >= sum(b.height() for b in boxes)


def test_a_cut_short_treatment_name_or_heading_has_its_full_text_as_tooltip(
        window: MainWindow, journal: Journal, demo_data: JournalData) -> None:
    journal.store.import_data(demo_data)
    journal.reload()
    window.resize(1280, 720)
    window.show_page(4)
    model = window.insights.summary_panel.relief_model
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.headerData(0, Qt.Orientation.Horizontal, tip) == "Treatment"
    names = {model.data(model.index(r, 0), tip) for r in range(model.rowCount())}
    assert "Esketamine nasal spray (Spravato)" in names
