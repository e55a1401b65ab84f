"""The report's charts in the text flow: each is drawn with QPainter (``report.paper_charts``)
at its printed size, as vectors and text, into the place a ``QTextDocument`` object holds for
it, so the document's own pagination places it.

The charts are laid out at 96 dpi, the resolution the PDF is written at, so that one pixel of
the layout is one point-and-a-third on paper. They show what the window's pyqtgraph charts
show, without importing pyqtgraph or numpy (which took most of a report's time).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter, QPyTextObject, QTextDocument, QTextFormat

from moodlog.report import paper_charts
from moodlog.report.content import ReportContent
from moodlog.report.paper import FONT_FAMILY, print_font

__all__ = ["CHART_INDEX", "CHART_OBJECT", "FONT_FAMILY", "Figure", "FigureObject", "build",
           "print_font"]

#: The object type of a chart in the text flow, and the property naming which chart it is.
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_INDEX = QTextFormat.Property.UserProperty + 1
ROW_HEIGHT = 12


class Figure:
    """One chart at its printed size."""

    def __init__(self, chart: paper_charts.Chart) -> None:
        self.name = chart.name
        self.chart = chart
        self.size = QSizeF(chart.width, chart.height)
        self._paint = chart.paint

    def draw(self, painter: QPainter, target: QRectF) -> None:
        """Draw the chart into ``target`` (its size) as vectors."""
        painter.save()
        try:
            painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
            painter.translate(target.topLeft())
            self._paint(painter)
        finally:
            painter.restore()

    def close(self) -> None:
        """Nothing to free (the pyqtgraph charts had a view each)."""


def build(content: ReportContent, width: int) -> list[Figure]:
    """The charts the report has data for: mood, PHQ-9, symptom heatmap, session BP."""
    a = content.analysis
    span = (content.start, content.end)
    out = []
    if content.days_logged or content.treatments:
        # Only the period's treatments, so that the key names only what is drawn.
        out.append(paper_charts.mood_chart(a, content.treatments, content.treatment_moments,
                                           content.medications, span, width))
    if any(r.score.total is not None for r in content.phq9()):
        out.append(paper_charts.phq9_chart(a, content.end, span, width))
    if content.days_logged and a.symptoms:
        out.append(paper_charts.symptom_chart(a, span, width, ROW_HEIGHT))
    if any(r.systolic is not None for t in content.treatments for r in t.readings):
        out.append(paper_charts.bp_chart(replace(a, treatments=content.treatments), span,
                                         width))
    return [Figure(chart) for chart in out]


class FigureObject(QPyTextObject):
    """Draws the chart a text object names (its ``CHART_INDEX`` property)."""

    def __init__(self, figures: list[Figure]) -> None:
        super().__init__()
        self.figures = figures

    def _figure(self, fmt: QTextFormat) -> Figure:
        return self.figures[int(fmt.property(CHART_INDEX))]

    def intrinsicSize(self, doc: QTextDocument, pos: int,  # noqa: N802 (Qt API)
                      fmt: QTextFormat) -> QSizeF:
        return self._figure(fmt).size

    def drawObject(self, painter: QPainter, rect: QRectF | QRect,  # noqa: N802 (Qt API)
                   doc: QTextDocument, pos: int, fmt: QTextFormat) -> None:
        figure = self._figure(fmt)
        target = QRectF(QRectF(rect).topLeft(), figure.size)
        # The layout draws every block that touches the page, and a chart pushed to the next
        # page still belongs to a block that starts on this one: draw it only on its own page.
        if painter.hasClipping() and not painter.clipBoundingRect().contains(target.center()):
            return
        figure.draw(painter, target)
