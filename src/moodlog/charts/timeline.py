"""Day-by-day charts: mood (with the 7-day mean and treatment markers) and sleep."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg

from moodlog.charts.style import (
    KIND_STYLES,
    ChartStyle,
    add_legend,
    as_float,
    new_plot,
    series_x,
    time_x,
)
from moodlog.core.analysis import Analysis
from moodlog.core.models import Treatment
from moodlog.core.treatments import TREATMENT_KINDS

MOOD_NAME = "Daily mood"
MEAN_NAME = "7-day mean"
SLEEP_NAME = "Hours slept"


def _fast(item: pg.PlotDataItem) -> pg.PlotDataItem:
    # Only what is on screen is drawn; long lines are thinned to their min/max per pixel.
    item.setClipToView(True)
    item.setDownsampling(auto=True, method="peak")
    return item


def daily_points(x: np.ndarray, y: np.ndarray, style: ChartStyle, colour: str,
                 name: str) -> pg.PlotDataItem:
    """One dot per logged day, joined by a faint line that breaks where a day is missing."""
    return _fast(pg.PlotDataItem(
        x, y, name=name, connect="finite", pen=pg.mkPen(style.colour(colour, 80), width=1),
        symbol="o", symbolSize=4, symbolPen=None, symbolBrush=style.colour(colour, 190)))


def treatment_markers(treatments: Iterable[Treatment], style: ChartStyle, low: float,
                      high: float) -> list[pg.PlotDataItem]:
    """One item per kind: a vertical line from ``low`` to ``high`` at each session's time."""
    by_kind: dict[str, list[float]] = {}
    for t in treatments:
        by_kind.setdefault(t.kind, []).append(time_x(t.at))
    items = []
    for kind in KIND_STYLES:  # a stable order for the legend
        xs = by_kind.get(kind)
        if not xs:
            continue
        x = np.repeat(np.asarray(xs, dtype=float), 2)
        y = np.tile(np.array([low, high], dtype=float), len(xs))
        item = pg.PlotDataItem(x, y, connect="pairs", pen=style.kind_pen(kind),
                               name=TREATMENT_KINDS[kind])
        item.setZValue(-5)  # behind the data
        items.append(item)
    return items


def mood_chart(analysis: Analysis, style: ChartStyle | None = None) -> pg.PlotItem:
    """Mood 0-10 per day, its 7-day mean, and a marker line per treatment."""
    style = style or ChartStyle.light()
    plot = new_plot(style, "Mood", "0 worst \u2013 10 best")
    s = analysis.series
    x = series_x(s.start, len(s))
    legend = add_legend(plot, style, columns=3)
    plot.addItem(daily_points(x, as_float(s.mood), style, "blue", MOOD_NAME))
    plot.addItem(_fast(pg.PlotDataItem(
        x, as_float(analysis.mood_mean), name=MEAN_NAME, connect="finite",
        pen=pg.mkPen(style.colour("blue"), width=2.6))))
    for item in treatment_markers(analysis.treatments, style, -0.5, 10.5):
        plot.addItem(item)
    plot.setYRange(-0.5, 10.5, padding=0)
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)], []])
    legend.setParentItem(plot.vb)
    return plot


def sleep_chart(analysis: Analysis, style: ChartStyle | None = None) -> pg.PlotItem:
    """Hours slept per night (a dot per check-in that recorded it)."""
    style = style or ChartStyle.light()
    plot = new_plot(style, "Sleep", "hours")
    s = analysis.series
    y = as_float(s.sleep)
    plot.addItem(daily_points(series_x(s.start, len(s)), y, style, "green", SLEEP_NAME))
    top = max(12.0, float(np.nanmax(y)) + 1 if np.isfinite(y).any() else 12.0)
    plot.setYRange(0, top, padding=0)
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, int(top) + 1, 3)], []])
    return plot
