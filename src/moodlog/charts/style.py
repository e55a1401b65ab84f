"""Colours, line styles and the shared time axis of every chart.

Colours come from the Okabe-Ito palette, which stays distinguishable with red-green colour
blindness; every series also differs by line style or symbol, never by colour alone. Text and
axes take the foreground of a :class:`ChartStyle` built from the window's palette (or a light
one for the PDF), so nothing is hard-coded black or white.

Time is seconds since 1970-01-01 as if the local calendar were UTC, shown by a ``DateAxisItem``
with ``utcOffset=0``: a day's check-in sits at its noon, a treatment at its wall-clock time.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPaintEngine, QPainter, QPalette, QPixmap

from moodlog.charts.palette import (  # noqa: F401 (re-exported: the charts' names for them)
    _EPOCH,
    _EPOCH_DT,
    BOTTOM_AXIS_HEIGHT,
    DAY,
    KIND_STYLES,
    LEFT_AXIS_WIDTH,
    OKABE_ITO,
    RIGHT_AXIS_WIDTH,
    SEVERITY_COLOURS,
    SIDE_EFFECT_COLOURS,
    UNANSWERED_COLOUR,
    day_x,
    time_x,
)


@dataclass(frozen=True)
class ChartStyle:
    """Foreground (text, axes) and background of the surface the charts are drawn on."""

    foreground: QColor
    background: QColor

    @property
    def dark(self) -> bool:
        return self.background.lightnessF() < 0.5

    @classmethod
    def light(cls) -> ChartStyle:
        """For paper: near-black on white."""
        return cls(QColor("#202020"), QColor("#ffffff"))

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartStyle:
        return cls(palette.color(QPalette.ColorRole.WindowText),
                   palette.color(QPalette.ColorRole.Base))

    def colour(self, name: str | None, alpha: int = 255) -> QColor:
        """An Okabe-Ito colour by name (None: the muted foreground), blue lightened on dark."""
        if name is None:
            c = QColor(self.foreground)
            c.setAlphaF(0.55 * alpha / 255)
            return c
        if name == "blue" and self.dark:
            name = "sky_blue"  # Okabe-Ito blue is too dark on a dark background
        c = QColor(OKABE_ITO[name])
        c.setAlpha(alpha)
        return c

    def muted(self, alpha: float) -> QColor:
        """The foreground at ``alpha`` (0-1), for grids, bands and gaps."""
        c = QColor(self.foreground)
        c.setAlphaF(alpha)
        return c

    def kind_pen(self, kind: str, width: float = 1.3) -> pg.QtGui.QPen:
        name, dash = KIND_STYLES.get(kind, (None, Qt.PenStyle.DashDotDotLine))
        pen = pg.mkPen(self.colour(name), width=width)
        pen.setStyle(dash)
        pen.setCosmetic(True)
        return pen


def x_day(x: float) -> date:
    """The day that ``x`` falls in."""
    return date.fromordinal(_EPOCH.toordinal() + int(np.floor(x / DAY)))


def series_x(start: date, n: int) -> np.ndarray:
    return day_x(start) + DAY * np.arange(n, dtype=float)


def as_float(values: list[float | None] | tuple[float | None, ...] | tuple[int | None, ...]
             ) -> np.ndarray:
    """Values with ``None`` as NaN, so that lines break at gaps (``connect="finite"``)."""
    return np.array([np.nan if v is None else v for v in values], dtype=float)


class DayAxis(pg.DateAxisItem):
    """A ``DateAxisItem`` in UTC whose ticks and their layout are worked out once for all the
    charts that show the same range at the same width: pyqtgraph's tick search and label
    layout were the slowest part of a redraw, and stacked charts repeated it each."""

    _memo: ClassVar[dict[tuple[object, ...], Any]] = {}
    #: Painted axes (ticks and text) by range, size, style and pixel ratio: the stacked charts
    #: show the same axis, and replaying its text was the costliest part of a redraw.
    _pixmaps: ClassVar[dict[tuple[object, ...], QPixmap]] = {}
    zoomLevel: Any  # noqa: N815 (set by pyqtgraph's tick search, restored from the memo)
    minSpacing: float  # noqa: N815

    #: pyqtgraph's zoom levels, copied once for every DayAxis (see _utc_levels).
    _levels: ClassVar[Any] = None
    #: Tick labels by zoom level, spacing and value: a pan or zoom step keeps most of them.
    _labels: ClassVar[dict[tuple[object, ...], str]] = {}

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)
        self.zoomLevels = _utc_levels(self)
        # Labels stay inside the axis: otherwise its dirty area overlaps the side axes, and
        # both are redrawn with every zoom step.
        self.setStyle(hideOverlappingLabels=True)
        self.setHeight(BOTTOM_AXIS_HEIGHT)  # fixed, so that shared layouts fit every chart

    def generateDrawSpecs(self, p: QPainter) -> Any:  # noqa: N802 (pyqtgraph API)
        rect = self.geometry()
        key = ("specs", *self.range, rect.width(), rect.height(), p.font().key(),
               self.style["showValues"], self.style["tickLength"], self.pen().color().rgba(),
               self.textPen().color().rgba())
        found = self._memo.get(key)
        if found is None:
            found = self._remember(key, super().generateDrawSpecs(p))
        return found

    def paint(self, p: QPainter, opt: Any, widget: Any) -> None:
        engine = p.paintEngine()
        # A tick at either end of the range lies on the edge: keep a margin for it.
        rect = self.boundingRect().adjusted(-2, -2, 2, 2)
        if (self._exportOpts or engine is None or engine.type() != QPaintEngine.Type.Raster
                or rect.isEmpty()):
            super().paint(p, opt, widget)  # vectors for the PDF and exporters
            return
        ratio = p.device().devicePixelRatioF()
        font = self.style["tickFont"]
        key = (*self.range, rect.x(), rect.y(), rect.width(), rect.height(), ratio,
               p.font().key(), font.key() if font is not None else None,
               self.pen().color().rgba(), self.textPen().color().rgba(),
               *(repr(v) for k, v in sorted(self.style.items()) if k != "tickFont"))
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(max(1, round(rect.width() * ratio)),
                             max(1, round(rect.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            try:
                painter.setFont(p.font())
                painter.translate(-rect.topLeft())
                super().paint(painter, opt, widget)
            finally:
                painter.end()
            if len(self._pixmaps) >= 32:
                self._pixmaps.clear()
            self._pixmaps[key] = pixmap
        p.drawPixmap(QPointF(rect.topLeft()), pixmap)

    @classmethod
    def _remember(cls, key: tuple[object, ...], value: Any) -> Any:
        if len(cls._memo) > 256:
            cls._memo.clear()
        cls._memo[key] = value
        return value

    def tickValues(self, minVal: float, maxVal: float,  # noqa: N802,N803 (pyqtgraph API)
                   size: float) -> list[tuple[float, list[float]]]:
        key = ("values", minVal, maxVal, size, self.fontMetrics.averageCharWidth())
        found = self._memo.get(key)
        if found is None:
            values = _apart(super().tickValues(minVal, maxVal, size), self.minSpacing)
            found = self._remember(key, (values, self.zoomLevel, self.minSpacing))
        values, zoom_level, min_spacing = found
        self.zoomLevel = zoom_level
        self.minSpacing = min_spacing
        return [(spacing, list(ticks)) for spacing, ticks in values]

    def tickStrings(self, values: list[float], scale: float,  # noqa: N802 (pyqtgraph API)
                    spacing: float) -> list[str]:
        # Each label depends on its own value only (pyqtgraph formats them one by one).
        level, labels = id(self.zoomLevel), self._labels
        missing = [v for v in values if (level, spacing, v) not in labels]
        if missing:
            if len(labels) > 8192:
                labels.clear()
            for v, text in zip(missing, super().tickStrings(missing, scale, spacing),
                               strict=True):
                labels[(level, spacing, v)] = text
        return _local_names([labels[(level, spacing, v)] for v in values])


def _utc_levels(axis: pg.DateAxisItem) -> Any:
    """The zoom levels of ``axis`` (utcOffset 0), shared by every DayAxis, without the move
    of each tick to local time: with a fixed offset of 0 pyqtgraph adds 0 to every tick, but
    works out each 0 through two QDateTime conversions (half the tick search on decades).
    Exact hours at the finest zoom still go through pyqtgraph, which uses local time there."""
    if DayAxis._levels is None:
        levels = type(axis.zoomLevels)()
        for density, level in axis.zoomLevels.items():
            mine = copy.copy(level)
            move = mine.moveTicksToLocalTimeCoords

            def fixed(ticks: np.ndarray, spacing: int, skip: int, move: Any = move) -> Any:
                if spacing == _HOUR and skip == 1:
                    return move(ticks, spacing, skip)
                return ticks

            mine.moveTicksToLocalTimeCoords = fixed
            levels[density] = mine
        DayAxis._levels = levels
    return DayAxis._levels


_HOUR = 3600


def _local_names(labels: list[str]) -> list[str]:
    """pyqtgraph writes English month and day names ("Oct", "Mon 05"): in another language,
    QLocale's ("Okt.", "Mo. 05")."""
    from moodlog.charts.qt_text import english

    if english():
        return labels
    names = _name_map()
    return [" ".join(names.get(word, word) for word in label.split(" ")) for label in labels]


def _name_map() -> dict[str, str]:
    from PySide6.QtCore import QLocale

    from moodlog.i18n import current_language

    locale = QLocale(current_language())
    short = QLocale.FormatType.ShortFormat
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    out = {m: locale.standaloneMonthName(i, short) for i, m in enumerate(months, 1)}
    out.update({d: locale.dayName(i, short) for i, d in enumerate(days, 1)})
    return out


def _apart(levels: list[tuple[float, list[float]]], room: float
           ) -> list[tuple[float, list[float]]]:
    """Drop finer ticks closer than ``room`` to a coarser one, whose label they would overlap
    (pyqtgraph would print "30" over "Sep")."""
    out: list[tuple[float, list[float]]] = []
    taken: list[float] = []
    for spacing, ticks in levels:
        # A level's spacing can be finer than its ticks (days, labelled every 5th): what
        # decides whether its labels are printed is how far apart its ticks really are.
        apart = min((b - a for a, b in zip(ticks, ticks[1:], strict=False)), default=spacing)
        if taken and max(spacing, apart) >= room:  # labels get printed: make room
            kept = [t for t in ticks if all(abs(t - c) >= room for c in taken)]
        else:  # too dense for labels: keep every tick mark
            kept = list(ticks)
        out.append((spacing, kept))
        taken = sorted(taken + kept)
    return out


def new_plot(style: ChartStyle, title: str, y_label: str = "",
             left: pg.AxisItem | None = None) -> pg.PlotItem:
    """An empty chart on the shared time axis: zoom and pan along time only (``left``: an
    axis of the chart's own for the values, e.g. row names)."""
    # No menus (the charts have none): the ViewBox then builds no menu and its forms.
    axes: dict[str, pg.AxisItem] = {"bottom": DayAxis()}
    if left is not None:
        axes["left"] = left
    plot = pg.PlotItem(axisItems=axes, enableMenu=False)
    set_title(plot, title, style)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=True, y=False)
    plot.showAxis("right")
    # The hidden top axis would follow every range change (and re-set its label's HTML).
    plot.getAxis("top").unlinkFromView()
    for name in ("left", "bottom", "right"):
        axis = plot.getAxis(name)
        axis.setPen(style.muted(0.6))
        axis.setTextPen(style.foreground)
    # Ticks point outwards: an axis that reaches into the plot is redrawn with every zoom step.
    plot.getAxis("left").setStyle(tickLength=4)
    plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
    right = plot.getAxis("right")
    right.setWidth(RIGHT_AXIS_WIDTH)
    right.setStyle(showValues=False, tickLength=0)
    if y_label:
        plot.getAxis("left").setLabel(y_label, color=style.foreground.name())
    # No grid: a translucent grid line per tick across every chart cost more than everything
    # else in a redraw (measured in benchmarks/charts.py); the hover cursor aligns days instead.
    return plot


class _Title(pg.LabelItem):
    """A title that never asks for more width than the chart has: a long one would widen the
    chart and misalign its time axis with the other charts'."""

    def updateMin(self) -> None:  # noqa: N802 (pyqtgraph API)
        super().updateMin()
        self.setMinimumWidth(0)
        height = self.itemRect().height()
        hint = {Qt.SizeHint.MinimumSize: (0, height), Qt.SizeHint.PreferredSize: (0, height)}
        self._sizeHint.update(hint)
        self.updateGeometry()


def set_title(plot: pg.PlotItem, html: str, style: ChartStyle, justify: str = "center") -> None:
    """Set the chart's title (rich text allowed), replacing pyqtgraph's label by a _Title."""
    if not isinstance(plot.titleLabel, _Title):
        old = plot.titleLabel
        plot.layout.removeItem(old)
        if old.scene() is not None:
            old.scene().removeItem(old)
        old.setParentItem(None)
        plot.titleLabel = _Title("", size="10pt", parent=plot)
        plot.layout.addItem(plot.titleLabel, 0, 1)
    plot.setTitle(html, color=style.foreground, size="10pt", justify=justify)


def add_legend(plot: pg.PlotItem, style: ChartStyle, columns: int = 1) -> pg.LegendItem:
    """A legend in the top-left corner on a translucent background."""
    back = QColor(style.background)
    back.setAlphaF(0.85)
    legend = plot.addLegend(offset=(6, 4), labelTextColor=style.foreground,
                            brush=back, pen=style.muted(0.3), colCount=columns,
                            verSpacing=-6)
    return legend
