"""Moments as small marks on the mood chart, at their time of day, and the days a regular
medication started or stopped (window and PDF)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from moodlog.charts.qt_text import QCoreApplication
from moodlog.charts.style import ChartStyle, day_x, time_x
from moodlog.core.life import Medication, Moment

MOMENTS_NAME = "Moment (how you were then)"


def moment_marks(moments: Iterable[Moment], style: ChartStyle) -> pg.PlotDataItem | None:
    """Small open diamonds at each moment's time and mood; None when there are none."""
    items = list(moments)
    if not items:
        return None
    x = np.asarray([time_x(datetime.combine(m.day, m.at)) for m in items], dtype=float)
    y = np.asarray([m.mood for m in items], dtype=float)
    colour = style.colour(None)  # the foreground: apart from the blue dots and kind colours
    item = pg.PlotDataItem(x, y, pen=None, symbol="d", symbolSize=7,
                           symbolPen=pg.mkPen(colour, width=1.4), symbolBrush=None,
                           name=QCoreApplication.translate(
                               "Charts", "Moment (how you were then)"))
    item.setZValue(5)  # above the daily dots
    return item


def add_moment_marks(plot: pg.PlotItem, moments: Iterable[Moment], style: ChartStyle) -> bool:
    """Add the marks (and their legend entry) to a mood chart; False if there were none."""
    item = moment_marks(moments, style)
    if item is None:
        return False
    plot.addItem(item)
    return True


MEDICATION_NAME = "Medication started / stopped"


def medication_markers(meds: Iterable[Medication], style: ChartStyle, low: float = -0.5,
                       high: float = 10.5, start: date | None = None,
                       end: date | None = None) -> pg.PlotDataItem | None:
    """A short dotted line at the start and at the stop of each regular medication."""
    days = sorted({d for m in meds for d in (m.active_from, m.active_to) if d is not None
                   and (start is None or d >= start) and (end is None or d <= end)})
    if not days:
        return None
    x = np.repeat(np.asarray([day_x(d) for d in days], dtype=float), 2)
    y = np.tile(np.array([low, high], dtype=float), len(days))
    pen = pg.mkPen(style.colour("green"), width=1.2, style=Qt.PenStyle.DotLine)
    item = pg.PlotDataItem(x, y, connect="pairs", pen=pen, name=QCoreApplication.translate(
        "Charts", "Medication started / stopped"))
    item.setZValue(-6)
    return item
