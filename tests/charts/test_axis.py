"""Day labels keep clear of month labels at every width ("29Oct", "Nov03" at 1920 px)."""

from __future__ import annotations

from datetime import UTC, datetime

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moodlog.charts.style import DayAxis


@pytest.mark.parametrize("width", [500, 1000, 1800])
def test_no_day_tick_crowds_a_month_tick(qtbot: QtBot, width: int) -> None:
    axis = DayAxis()
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    plot = widget.addPlot(axisItems={"bottom": axis})
    widget.resize(width, 300)
    widget.show()
    start = datetime(2026, 9, 3, tzinfo=UTC).timestamp()
    end = datetime(2026, 12, 2, tzinfo=UTC).timestamp()
    plot.setXRange(start, end, padding=0)
    for _ in range(5):
        QApplication.processEvents()
    levels = [ticks for _, ticks in axis.tickValues(start, end, axis.geometry().width())
              if ticks]
    months = levels[0]
    assert len(months) == 3  # Oct, Nov, Dec
    def gap(ticks: list[float]) -> float:
        return min(b - a for a, b in zip(ticks, ticks[1:], strict=False))

    labelled_days = [t for ticks in levels[1:] if len(ticks) > 1
                     and gap(ticks) >= axis.minSpacing for t in ticks]
    for day in labelled_days:
        assert all(abs(day - m) >= axis.minSpacing for m in months)
