"""One time range for every chart of the Insights view, passed on in one step.

pyqtgraph's linked views cascaded a range change through every chart, each working out its
screen geometry and telling its items, in sight or not: ~3 ms of each redraw on ten years
(benchmarks/charts.py). Here the charts in sight follow at once; a chart scrolled out of sight
takes the range just before it is next painted (scrolled into sight, grabbed, exported).
pyqtgraph is not imported here; the charts come in built.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyqtgraph as pg


def out_of_sight(plot: pg.PlotItem) -> bool:
    """Shown in the window but scrolled out of sight. A chart not shown at all follows at
    once: nothing is painted then, and a caller may read its range."""
    widget = plot.getViewWidget()
    return (widget is not None and widget.isVisible()
            and widget.viewport().visibleRegion().isEmpty())


class SharedRange:
    """The x range shared by ``plots``; ``moved`` is called after each change."""

    def __init__(self, moved: Callable[[], None]) -> None:
        self.plots: dict[str, pg.PlotItem] = {}
        #: The range the charts show (None until one is set).
        self.shown: tuple[float, float] | None = None
        self._stale: set[str] = set()
        self._moving = False
        self._moved = moved

    def clear(self) -> None:
        self.plots = {}
        self.shown = None
        self._stale.clear()

    def add(self, key: str, plot: pg.PlotItem) -> None:
        """Share the range with ``plot`` (already in its widget)."""
        self.plots[key] = plot
        plot.vb.sigXRangeChanged.connect(partial(self._x_moved, key))
        plot.scene().sigPrepareForPaint.connect(partial(self._catch_up, key))

    def stale(self, key: str) -> bool:
        """Whether the chart waits for its next paint to take the range."""
        return key in self._stale

    def _x_moved(self, key: str, _vb: object, x_range: tuple[float, float]) -> None:
        if self._moving:
            return
        self._moving = True
        try:
            self.shown = (float(x_range[0]), float(x_range[1]))
            self._stale.discard(key)
            for other, plot in self.plots.items():
                if other == key:
                    continue
                if out_of_sight(plot):
                    self._stale.add(other)
                else:
                    self._stale.discard(other)
                    plot.vb.setXRange(*self.shown, padding=0)
        finally:
            self._moving = False
        self._moved()

    def _catch_up(self, key: str) -> None:
        """Before a chart out of sight is painted: give it the range the others show."""
        plot = self.plots.get(key)
        if key not in self._stale or self.shown is None or plot is None:
            return
        self._stale.discard(key)
        self._moving = True
        try:
            plot.vb.setXRange(*self.shown, padding=0)
        finally:
            self._moving = False
        plot.vb.prepareForPaint()
