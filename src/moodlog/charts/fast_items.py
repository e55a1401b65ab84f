"""Chart items that draw the same as pyqtgraph's, in fewer and cheaper calls (issue 22).

- :func:`device_lines`: a ``PlotDataItem`` whose wide solid line (the 7-day mean, solid
  treatment markers) is mapped to pixels with NumPy and drawn without a painter transform.
  Qt strokes a wide cosmetic pen under a scaling transform about four times slower than the
  same lines given in device pixels (1.8 ms for the mean over ten years, 0.3 ms in pixels).
- :class:`Bands`: the horizontal severity bands of a questionnaire chart in one item, instead
  of a ``LinearRegionItem`` per band, each with two invisible ``InfiniteLine`` edges whose
  bounds pyqtgraph worked out again on every range change.

Exporters (the PDF) and any painter that is not a raster image get pyqtgraph's own drawing:
vectors, exactly as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from pyqtgraph.graphicsItems.PlotCurveItem import arrayToLineSegments
from pyqtgraph.Qt import internals
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPaintEngine, QPainter, QTransform

_PLAIN = (QTransform.TransformationType.TxNone, QTransform.TransformationType.TxTranslate,
          QTransform.TransformationType.TxScale)


def _raster(p: QPainter) -> bool:
    engine = p.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Raster


class _DeviceCurve(pg.PlotCurveItem):
    """A ``PlotCurveItem`` that hands Qt its segments in device pixels when pyqtgraph would
    draw them as separate segments anyway (a solid, opaque pen wider than one pixel)."""

    def __init__(self) -> None:
        super().__init__()
        self._device_segments = internals.PrimitiveArray(QLineF, 4)

    def paint(self, p: QPainter, opt: object, widget: object) -> None:
        pen = self.opts["pen"]
        t = p.transform()
        x, y = self.getData()
        if (self._exportOpts is not False or not _raster(p) or t.type() not in _PLAIN
                or self.opts["fillLevel"] is not None or self.opts["stepMode"]
                or self.opts["shadowPen"] is not None or x is None or len(x) < 2
                or not self._shouldUseDrawLineSegments(pen)):
            super().paint(p, opt, widget)
            return
        segments = arrayToLineSegments(
            x * t.m11() + t.m31(), y * t.m22() + t.m32(), connect=self.opts["connect"],
            finiteCheck=not self.opts["skipFiniteCheck"], out=self._device_segments)
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, bool(self.opts["antialias"]))
        p.setPen(pen)
        p.drawLines(*segments.drawargs())
        p.restore()


def device_lines(item: pg.PlotDataItem) -> pg.PlotDataItem:
    """Give ``item`` (not yet added to a plot) a curve drawn in device pixels; returns it."""
    old = item.curve
    curve = _DeviceCurve()
    curve.setParentItem(item)
    curve.sigClicked.connect(item.sigClicked)
    old.setParentItem(None)
    item.curve = curve
    item.updateItems(styleUpdate=True)
    return item


class Bands(pg.GraphicsObject):
    """Horizontal bands across the whole view: ``(low, high, colour)`` in data units, painted
    as pyqtgraph's ``LinearRegionItem`` paints one (a rectangle from the view's left edge to
    its right, no outline), all in one item."""

    def __init__(self, bands: Sequence[tuple[float, float, QColor]]) -> None:
        super().__init__()
        self.bands = [(float(lo), float(hi), QBrush(colour)) for lo, hi, colour in bands]
        self._rect = QRectF()

    def regions(self) -> list[tuple[float, float]]:
        return [(lo, hi) for lo, hi, _ in self.bands]

    def dataBounds(self, axis: int, frac: float = 1.0,  # noqa: N802 (pyqtgraph API)
                   orthoRange: object = None) -> tuple[float, float] | None:  # noqa: N803
        if axis == 1 and self.bands:
            return min(b[0] for b in self.bands), max(b[1] for b in self.bands)
        return None

    def viewRangeChanged(self) -> None:  # noqa: N802 (pyqtgraph API)
        self.prepareGeometryChange()
        self._rect = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        if self._rect.isNull() and self.bands:
            view = self.viewRect()
            if view is not None:
                low = min(b[0] for b in self.bands)
                high = max(b[1] for b in self.bands)
                self._rect = QRectF(view.left(), low, view.width(), high - low)
        return QRectF(self._rect)

    def paint(self, p: QPainter, *_: object) -> None:
        view = self.viewRect()
        if view is None:
            return
        p.setPen(Qt.PenStyle.NoPen)
        for low, high, brush in self.bands:
            p.setBrush(brush)
            p.drawRect(QRectF(view.left(), low, view.width(), high - low).normalized())
