"""The symptom heatmap: one row per symptom, one column per day, severity 0-3 as colour."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from moodlog.charts.style import (
    DAY,
    SEVERITY_COLOURS,
    UNANSWERED_COLOUR,
    ChartStyle,
    day_x,
    new_plot,
    set_title,
)
from moodlog.charts.tables import short_label
from moodlog.core.analysis import Analysis
from moodlog.core.symptoms import SEVERITY_LABELS

#: Cell codes: 0-3 severities, then these two.
UNANSWERED = 4
NO_CHECKIN = 5


def severity_codes(analysis: Analysis) -> np.ndarray:
    """``(symptoms, days)`` uint8: 0-3 severity, 4 unanswered, 5 no check-in that day."""
    s = analysis.series
    logged = np.array([m is not None for m in s.mood], dtype=bool)
    codes = np.full((len(analysis.symptoms), len(s)), NO_CHECKIN, dtype=np.uint8)
    for row, d in enumerate(analysis.symptoms):
        values = np.array([UNANSWERED if v is None else v for v in s.ratings[d.key]],
                          dtype=np.uint8)
        codes[row] = np.where(logged, values, NO_CHECKIN)
    return codes


def _lut() -> np.ndarray:
    colours = [QColor(c) for c in (*SEVERITY_COLOURS, UNANSWERED_COLOUR)]
    table = np.array([[c.red(), c.green(), c.blue(), 255] for c in colours]
                     + [[0, 0, 0, 0]], dtype=np.uint8)  # no check-in: transparent
    return table


def _swatch(colour: str, text: str, outline: str | None = None) -> str:
    mark = "\u25a1" if outline else "\u25a0"
    return (f'<span style="color:{outline or colour}; font-size:13pt">{mark}</span>'
            f"&nbsp;{text}")


def legend_html(style: ChartStyle) -> str:
    """The colour key, drawn as the chart's title so that it never covers a cell."""
    parts = [_swatch(c, f"{i} {SEVERITY_LABELS[i]}") for i, c in enumerate(SEVERITY_COLOURS)]
    parts.append(_swatch(UNANSWERED_COLOUR, "unanswered"))
    parts.append(_swatch("", "no check-in", outline=style.muted(0.6).name()))
    return "Symptoms&nbsp;&nbsp;&nbsp;" + "&nbsp;&nbsp;&nbsp;".join(parts)


def symptom_heatmap(analysis: Analysis, style: ChartStyle | None = None) -> pg.PlotItem:
    """Every symptom (catalogue order, own symptoms last) per day; gaps are left blank."""
    style = style or ChartStyle.light()
    plot = new_plot(style, "")
    set_title(plot, legend_html(style), style)
    s = analysis.series
    rows = len(analysis.symptoms)
    if rows and len(s):
        # Colours are looked up here, so the image needs no levels (and no min/max scan).
        image = pg.ImageItem(_lut()[severity_codes(analysis)], axisOrder="row-major",
                             autoLevels=False)
        image.setRect(QRectF(day_x(s.start) - DAY / 2, 0, len(s) * DAY, rows))
        plot.addItem(image)
    plot.invertY(True)
    plot.setYRange(0, max(1, rows), padding=0)
    plot.getAxis("left").setTicks([
        [(r + 0.5, short_label(d.key, d.label)) for r, d in enumerate(analysis.symptoms)], []])
    plot.getAxis("left").setStyle(tickLength=0)
    return plot
