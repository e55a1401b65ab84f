"""Row names on a left axis that never vanish: pyqtgraph drops a tick label wider than its
axis without a trace ("Problemas de sueño" left a blank row in the Spanish heatmap, a long own
symptom would too). This axis shortens such a label with "…" in the font it is painted in,
so every row keeps a name; the tables view shows it in full.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter


class RowLabelAxis(pg.AxisItem):
    """A left axis whose labels (``set_rows``) are elided to the axis's width."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("left", **kwargs)
        self._rows: list[tuple[float, str]] = []
        self._fitted: tuple[float, float, list[tuple[float, str]]] | None = None

    def set_rows(self, rows: list[tuple[float, str]]) -> None:
        self._rows = list(rows)
        self._fitted = None
        self.setTicks([self._rows, []])

    def room(self) -> float:
        """The width a label may take: the axis less its tick and the gap to the text."""
        offset = max(0, self.style["tickLength"]) + self.style["tickTextOffset"][0]
        return max(0.0, self.width() - offset)

    def fitted(self, p: QPainter) -> list[tuple[float, str]]:
        room = self.room()
        metrics = QFontMetricsF(p.font())
        key = (room, metrics.averageCharWidth())
        if self._fitted is None or self._fitted[:2] != key:
            def width(text: str) -> float:  # measured as pyqtgraph measures before it drops
                return p.boundingRect(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter,
                                      text).width()

            rows = []
            for y, text in self._rows:
                shown, cut = text, room
                while shown and width(shown) > room and cut > 0:
                    cut -= max(1.0, metrics.averageCharWidth() / 2)
                    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, cut)
                rows.append((y, shown))
            self._fitted = (*key, rows)
        return self._fitted[2]

    def generateDrawSpecs(self, p: QPainter) -> Any:  # noqa: N802 (pyqtgraph's name)
        if self._rows:
            if self.style["tickFont"] is not None:
                p.setFont(self.style["tickFont"])
            rows = self.fitted(p)
            levels: Any = getattr(self, "_tickLevels", None)
            if levels is None or levels[0] != rows:
                self._tickLevels = [rows, []]
        return super().generateDrawSpecs(p)
