"""The chart widget of the Insights view: the wheel scrolls the page, Ctrl+wheel zooms.

Imported when the charts are first built (it imports pyqtgraph).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication


class PagePlotWidget(pg.PlotWidget):
    """A plot that hands a plain wheel turn to the page around it.

    A chart that zoomed under the wheel turned scrolling down the page into a 6-day range
    (issue 15); zooming stays one Ctrl+wheel (or a drag) away.
    """

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
