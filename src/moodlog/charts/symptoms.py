"""The symptom heatmap: one row per symptom, one column per day, severity 0-3 as colour."""

from __future__ import annotations

from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from moodlog.charts.key import TitleKey
from moodlog.charts.qt_text import QCoreApplication, english
from moodlog.charts.row_labels import RowLabelAxis
from moodlog.charts.style import (
    DAY,
    SEVERITY_COLOURS,
    UNANSWERED_COLOUR,
    ChartStyle,
    day_x,
    new_plot,
)
from moodlog.charts.tables import short_label
from moodlog.core import catalogue_text
from moodlog.core.analysis import Analysis
from moodlog.core.symptoms import SEVERITY_LABELS
from moodlog.i18n import current_language

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


def _swatch(colour: str, text: str, outline: str | None = None,
            mark: str = "\u25a0") -> str:
    mark = "\u25a1" if outline else mark
    return (f'<span style="color:{outline or colour}; font-size:12pt">{mark}</span>'
            f"&nbsp;{text}")


def legend_pieces(style: ChartStyle, hatched: bool = False) -> list[tuple[str, str]]:
    """The colour key as (html, plain text) pieces for the chart's title row (charts/key.py),
    so that it wraps instead of being cut ("no check-"). With ``hatched``, "unanswered" shows
    the hatched square that :class:`SeverityCells` draws."""
    words = [SEVERITY_LABELS[i] if english() else catalogue_text.severity_label(
        i, current_language()) for i in range(len(SEVERITY_COLOURS))]
    pieces = [(_swatch(c, f"{i} {words[i]}"), f"\u25a0 {i} {words[i]}")
              for i, c in enumerate(SEVERITY_COLOURS)]
    unanswered = QCoreApplication.translate("ChartTables", "unanswered")
    no_checkin = QCoreApplication.translate("ChartTables", "no check-in")
    pieces.append((_swatch(UNANSWERED_COLOUR, unanswered,
                           mark="\u25a8" if hatched else "\u25a0"), f"\u25a0 {unanswered}"))
    pieces.append((_swatch("", no_checkin, outline=style.muted(0.6).name()),
                   f"\u25a1 {no_checkin}"))
    return pieces


class SeverityCells(pg.GraphicsObject):
    """The heatmap's cells as rectangles, for print: a PDF keeps them as vectors where an
    ``ImageItem`` would become a raster image. Runs of equal cells are one rectangle each.
    Unanswered cells are hatched, so that they differ from every severity in black and white.
    """

    def __init__(self, codes: np.ndarray, x0: float) -> None:
        super().__init__()
        self._codes = codes
        self._x0 = x0
        self._colours = [QColor(c) for c in (*SEVERITY_COLOURS, UNANSWERED_COLOUR)]

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        rows, days = self._codes.shape
        return QRectF(self._x0, 0, days * DAY, rows)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        hatch = QPen(QColor("#202020"), 0.8)
        hatch.setCosmetic(True)
        lines: list[QLineF] = []
        for row, codes in enumerate(self._codes):
            change = np.flatnonzero(np.diff(codes)) + 1
            starts = np.concatenate(([0], change))
            ends = np.concatenate((change, [len(codes)]))
            for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
                code = int(codes[a])
                if code == NO_CHECKIN:
                    continue
                p.fillRect(QRectF(self._x0 + a * DAY, row, (b - a) * DAY, 1),
                           self._colours[code])
                if code == UNANSWERED:
                    lines += [QLineF(self._x0 + d * DAY, row + 1, self._x0 + (d + 1) * DAY, row)
                              for d in range(a, b)]
        if lines:
            p.setPen(hatch)
            p.drawLines(lines)


def symptom_heatmap(analysis: Analysis, style: ChartStyle | None = None,
                    vector_days: tuple[date, date] | None = None) -> pg.PlotItem:
    """Every symptom (catalogue order, own symptoms last) per day; gaps are left blank.

    With ``vector_days`` (first, last) only those days are drawn, as rectangles (for print).
    """
    style = style or ChartStyle.light()
    plot = new_plot(style, "", left=RowLabelAxis())
    TitleKey(plot, style, QCoreApplication.translate("Charts", "Symptoms"),
             pieces=legend_pieces(style, hatched=vector_days is not None))
    s = analysis.series
    rows = len(analysis.symptoms)
    if rows and len(s) and vector_days is not None:
        first = max(0, s.index(vector_days[0]))
        last = min(len(s) - 1, s.index(vector_days[1]))
        if first <= last:
            codes = severity_codes(analysis)[:, first:last + 1]
            plot.addItem(SeverityCells(codes, day_x(s.day(first)) - DAY / 2))
    elif rows and len(s):
        # Colours are looked up here, so the image needs no levels (and no min/max scan).
        image = pg.ImageItem(_lut()[severity_codes(analysis)], axisOrder="row-major",
                             autoLevels=False)
        image.setRect(QRectF(day_x(s.start) - DAY / 2, 0, len(s) * DAY, rows))
        plot.addItem(image)
    plot.invertY(True)
    plot.setYRange(0, max(1, rows), padding=0)
    rows = plot.getAxis("left")
    rows.setStyle(tickLength=0)
    rows.set_rows([(r + 0.5, short_label(d.key, d.label))
                   for r, d in enumerate(analysis.symptoms)])
    return plot
