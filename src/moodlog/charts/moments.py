"""Moments as small marks on the mood chart, at their time of day (window and PDF)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import numpy as np
import pyqtgraph as pg

from moodlog.charts.style import ChartStyle, time_x
from moodlog.core.life import Moment

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
                           name=MOMENTS_NAME)
    item.setZValue(5)  # above the daily dots
    return item


def add_moment_marks(plot: pg.PlotItem, moments: Iterable[Moment], style: ChartStyle) -> bool:
    """Add the marks (and their legend entry) to a mood chart; False if there were none."""
    item = moment_marks(moments, style)
    if item is None:
        return False
    plot.addItem(item)
    return True
