"""The chart widget of the Insights view: the wheel scrolls the page, Ctrl+wheel or a pinch
zooms.

Imported when the charts are first built (it imports pyqtgraph).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication


class PagePlotWidget(pg.PlotWidget):
    """A plot that hands a plain wheel turn to the page around it.

    A chart that zoomed under the wheel turned scrolling down the page into a 6-day range
    (issue 15); zooming stays one Ctrl+wheel, a touchpad pinch (or a drag) away.
    """

    def event(self, event: QEvent) -> bool:
        return self._pinched(event) or super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # The window system sends a touchpad's pinch to the widget under the fingers.
        return self._pinched(event) or super().viewportEvent(event)

    def _pinched(self, event: QEvent) -> bool:
        if (isinstance(event, QNativeGestureEvent)
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            self.pinch(event.value(), event.position())
            event.accept()
            return True
        return False

    def pinch(self, value: float, at: QPointF) -> None:
        """Zoom time around ``at`` (widget pixels) by a pinch's step: ``value`` > 0 spreads
        the fingers (zoom in), < 0 closes them. The view box keeps its limits."""
        plot = self.getPlotItem()
        factor = 1.0 / max(0.2, 1.0 + value)
        centre = plot.vb.mapSceneToView(self.mapToScene(at.toPoint()))
        plot.vb.scaleBy(x=factor, y=1.0, center=centre)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        page = self.parentWidget()
        while page is not None and not isinstance(page, QAbstractScrollArea):
            page = page.parentWidget()
        if page is None:
            event.ignore()
            return
        # Qt passes an ignored wheel event to the parent only when it came from the window
        # system; sending it on ourselves works for every source.
        viewport = page.viewport()
        at = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
        forwarded = QWheelEvent(at, event.globalPosition(), event.pixelDelta(),
                                event.angleDelta(), event.buttons(), event.modifiers(),
                                event.phase(), event.inverted(), event.source())
        QApplication.sendEvent(viewport, forwarded)
        event.setAccepted(forwarded.isAccepted())
