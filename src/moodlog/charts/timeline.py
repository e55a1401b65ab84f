"""Day-by-day charts: mood (with the 7-day mean and treatment markers) and sleep."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from moodlog.charts.fast_items import device_lines
from moodlog.charts.key import TitleKey
from moodlog.charts.qt_text import QCoreApplication
from moodlog.charts.style import (
    DAY,
    KIND_STYLES,
    ChartStyle,
    as_float,
    new_plot,
    series_x,
    time_x,
)
from moodlog.charts.tables import kind_text
from moodlog.core.analysis import Analysis
from moodlog.core.models import Treatment

MOOD_NAME = "Daily mood"
MEAN_NAME = "7-day mean"
SLEEP_NAME = "Hours slept"


def mood_name() -> str:
    return QCoreApplication.translate("Charts", "Daily mood")


def mean_name() -> str:
    return QCoreApplication.translate("Charts", "7-day mean")


def sleep_name() -> str:
    return QCoreApplication.translate("Charts", "Hours slept")


def add_fast(plot: pg.PlotItem, item: pg.PlotDataItem) -> pg.PlotDataItem:
    """Add ``item`` drawing only what is on screen, long lines thinned to their min and max
    per pixel (pyqtgraph's default keeps five samples per pixel, which only costs time)."""
    plot.addItem(item)  # first: PlotItem.addItem resets the item's clipping and downsampling
    item.setClipToView(True)
    item.setDownsampling(auto=True, method="peak")
    item.opts["autoDownsampleFactor"] = 1.0
    return item


#: Dots are drawn only while days are at least this many pixels apart; closer than that they
#: merge into a smear that costs a frame to paint, and the line shows the same values.
MIN_DOT_SPACING = 1.5


class _DotPainter(pg.GraphicsObject):
    """Paints the dots of a :class:`DayDots` in view as round points, in one call.

    pyqtgraph's scatter builds a record per spot whenever its data changes and maps every spot
    on each paint: on decades of days that took more than a frame. Round points of the same
    size and colour look the same and cost only the days in view."""

    def __init__(self, size: float, colour: QColor) -> None:
        super().__init__()
        self._pen = QPen(colour, size)
        self._pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._pen.setCosmetic(True)
        self._x = np.zeros(0)
        self._y = np.zeros(0)
        self._bounds = QRectF()

    def set_points(self, x: np.ndarray, y: np.ndarray) -> None:
        """``x`` ascending; NaN in ``y`` draws nothing."""
        keep = np.isfinite(x) & np.isfinite(y)
        self.prepareGeometryChange()
        self._x, self._y = np.asarray(x, dtype=float)[keep], np.asarray(y, dtype=float)[keep]
        if len(self._x):
            x0, x1 = float(self._x[0]), float(self._x[-1])
            y0, y1 = float(self._y.min()), float(self._y.max())
            self._bounds = QRectF(x0 - DAY, y0 - 0.5, x1 - x0 + 2 * DAY, y1 - y0 + 1)
        else:
            self._bounds = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._bounds

    def paint(self, p: QPainter, *_: object) -> None:
        view = self.viewRect()
        if view is None or not len(self._x):
            return
        i0, i1 = np.searchsorted(self._x, (view.left() - DAY, view.right() + DAY))
        if i1 <= i0:
            return
        t = p.transform()  # data to device: scale and offset only
        points = pg.functions.create_qpolygonf(int(i1 - i0))
        xy = pg.functions.ndarray_from_qpolygonf(points)
        # On pixel centres, as pyqtgraph places its symbol pixmaps: the same dot, not a blur.
        xy[:, 0] = np.floor(self._x[i0:i1] * t.m11() + t.m31()) + 0.5
        xy[:, 1] = np.floor(self._y[i0:i1] * t.m22() + t.m32()) + 0.5
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(self._pen)
        p.drawPoints(points)
        p.restore()


class DayDots(pg.PlotDataItem):
    """A dot per day: a ``PlotDataItem`` for its name, legend sample and ``getData()``, whose
    dots a :class:`_DotPainter` paints instead of pyqtgraph's scatter."""

    def __init__(self, x: np.ndarray, y: np.ndarray, name: str, colour: QColor,
                 size: float = 4) -> None:
        super().__init__(x, y, name=name, pen=None, symbol="o", symbolSize=size,
                         symbolPen=None, symbolBrush=colour)
        self.setClipToView(False)
        self.setDownsampling(auto=False)
        # The hidden scatter keeps the style alone: the legend draws its sample from it.
        self.scatter.setData(x=np.zeros(0), y=np.zeros(0), symbol="o", size=size, pen=None,
                             brush=colour)
        self.dot_painter = _DotPainter(size, colour)
        self.dot_painter.setParentItem(self)
        self.updateItems()

    def updateItems(self, styleUpdate: bool = True) -> None:  # noqa: N802,N803 (pyqtgraph API)
        self.curve.hide()
        self.scatter.hide()
        painter = getattr(self, "dot_painter", None)
        if painter is not None:
            x, y = self.getData()
            painter.set_points(np.zeros(0) if x is None else x,
                               np.zeros(0) if y is None else y)


def add_daily_points(plot: pg.PlotItem, x: np.ndarray, y: np.ndarray, style: ChartStyle,
                     colour: str, name: str, fade: bool = False
                     ) -> tuple[pg.PlotDataItem, pg.PlotDataItem]:
    """A dot per logged day (the item named ``name``), over a faint line that breaks where a
    day is missing (object name ``name + " line"``). While the dots would touch, they leave;
    with ``fade`` the line then fades too, to let a mean line drawn over it stand out."""
    normal = pg.mkPen(style.colour(colour, 80), width=1)
    dense = pg.mkPen(style.colour(colour, 35)) if fade else normal
    line = add_fast(plot, pg.PlotDataItem(x, y, connect="finite", pen=normal))
    line.setObjectName(f"{name} line")
    dots = DayDots(x, y, name, style.colour(colour, 190))
    plot.addItem(dots)
    dots.setClipToView(False)  # PlotItem.addItem set them again
    dots.setDownsampling(auto=False)

    def update(*_: object) -> None:
        x0, x1 = plot.vb.viewRange()[0]
        width = plot.vb.width()
        room = width <= 0 or width / max(1.0, (x1 - x0) / DAY) >= MIN_DOT_SPACING
        shown = dots.getOriginalDataset()[0]
        if room and (shown is None or len(shown) == 0):
            dots.setData(x, y)
            line.setPen(normal)
        elif not room and shown is not None and len(shown):
            dots.setData(x[:0], y[:0])
            line.setPen(dense)  # months of days per inch: let the mean line stand out

    plot.vb.sigXRangeChanged.connect(update)
    plot.vb.sigResized.connect(update)
    return line, dots


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
        item = device_lines(pg.PlotDataItem(x, y, connect="pairs", pen=style.kind_pen(kind),
                                            name=kind_text(kind)))
        item.setZValue(-5)  # behind the data
        items.append(item)
    return items


def mood_chart(analysis: Analysis, style: ChartStyle | None = None) -> pg.PlotItem:
    """Mood 0-10 per day, its 7-day mean, and a marker line per treatment."""
    style = style or ChartStyle.light()
    title = QCoreApplication.translate("Charts", "Mood")
    plot = new_plot(style, title, QCoreApplication.translate("Charts", "0 worst \u2013 10 best"))
    s = analysis.series
    x = series_x(s.start, len(s))
    TitleKey(plot, style, title)
    add_daily_points(plot, x, as_float(s.mood), style, "blue", mood_name(), fade=True)
    mean = pg.PlotDataItem(x, as_float(analysis.mood_mean), name=mean_name(), connect="finite",
                           pen=pg.mkPen(style.colour("blue"), width=2.2))
    add_fast(plot, device_lines(mean))
    for item in treatment_markers(analysis.treatments, style, -0.5, 10.5):
        plot.addItem(item)
    # The key is in the title row (charts/key.py): it never covers a day's mood.
    plot.setYRange(-0.5, 10.5, padding=0)
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)], []])
    return plot


def sleep_chart(analysis: Analysis, style: ChartStyle | None = None) -> pg.PlotItem:
    """Hours slept per night (a dot per check-in that recorded it)."""
    style = style or ChartStyle.light()
    plot = new_plot(style, QCoreApplication.translate("Charts", "Sleep"),
                    QCoreApplication.translate("Charts", "hours"))
    s = analysis.series
    y = as_float(s.sleep)
    add_daily_points(plot, series_x(s.start, len(s)), y, style, "green", sleep_name())
    top = max(12.0, float(np.nanmax(y)) + 1 if np.isfinite(y).any() else 12.0)
    plot.setYRange(0, top, padding=0)
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, int(top) + 1, 3)], []])
    return plot
