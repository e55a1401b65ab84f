"""The report's charts: the window's ``moodlog.charts`` builders, drawn into the PDF as vectors.

Each chart is laid out at its printed size (at 96 dpi, the resolution the PDF is written at, so
that one pixel of the layout is one point-and-a-third on paper), then drawn with pyqtgraph's
export mode on and ``scene().render()`` onto the PDF's painter: in export mode the markers are
drawn one by one as paths, where a plain render would paste them from a pixel atlas, and the
symptom heatmap is drawn as rectangles (``SeverityCells``) instead of an image. A chart sits in
the text flow as a ``QTextDocument`` object, so the document's own pagination places it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pyqtgraph as pg
from pyqtgraph.exporters import Exporter
from PySide6.QtCore import QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPainter, QPyTextObject, QTextDocument, QTextFormat
from PySide6.QtWidgets import QGraphicsTextItem

from moodlog.charts.key import TitleKey
from moodlog.charts.moments import add_moment_marks, medication_markers
from moodlog.charts.qt_text import QCoreApplication
from moodlog.charts.scores import questionnaire_chart
from moodlog.charts.session import session_bp_chart
from moodlog.charts.style import DAY, ChartStyle, day_x
from moodlog.charts.symptoms import symptom_heatmap
from moodlog.charts.timeline import mood_chart
from moodlog.report.content import ReportContent

#: The object type of a chart in the text flow, and the property naming which chart it is.
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_INDEX = QTextFormat.Property.UserProperty + 1
FONT_FAMILY = "DejaVu Sans"
TICK_POINTS = 7.0
ROW_HEIGHT = 12
LEGEND_SIZE = "7.5pt"


class Figure:
    """One chart laid out at its printed size, in a view of its own that is never shown."""

    def __init__(self, name: str, plot: pg.PlotItem, width: int, height: int,
                 span: tuple[date, date]) -> None:
        self.name = name
        self.plot = plot
        self.size = QSizeF(width, height)
        self.view = pg.GraphicsView(background="w")
        self.view.setCentralItem(plot)
        self.view.resize(width, height)
        self.view.setRange(QRectF(0, 0, width, height), padding=0)
        _print_fonts(self.view.scene(), plot)
        plot.setGeometry(QRectF(0, 0, width, height))
        plot.layout.activate()
        plot.setXRange(day_x(span[0]) - DAY / 2, day_x(span[1]) + DAY / 2, padding=0)

    def draw(self, painter: QPainter, target: QRectF) -> None:
        """Draw the chart into ``target`` as vectors."""
        exporter = Exporter(self.plot)
        exporter.setExportMode(True, {"antialias": True, "background": None,
                                      "painter": painter})
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
            self.view.scene().render(painter, target, self.plot.sceneBoundingRect(),
                                     Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            painter.restore()
            exporter.setExportMode(False)

    def close(self) -> None:
        self.view.setCentralItem(None)
        self.view.deleteLater()


def print_font(points: float) -> QFont:
    """The report's font. No ligatures: "fi" stays two letters, so that searching the PDF
    for "figures" finds it."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _print_fonts(scene: pg.GraphicsScene, plot: pg.PlotItem) -> None:
    """One embedded font family for every piece of chart text, whatever the app's font is."""
    tick = print_font(TICK_POINTS)
    scene.setFont(tick)
    for name in ("left", "bottom", "right"):
        axis = plot.getAxis(name)
        axis.setStyle(tickFont=tick)
        axis.label.setFont(tick)
    for item in scene.items():
        if isinstance(item, QGraphicsTextItem):
            font = QFont(item.font())
            font.setFamily(FONT_FAMILY)
            font.setFeature(QFont.Tag("liga"), 0)
            item.setFont(font)


def _paper_key(plot: pg.PlotItem, title: str = "") -> None:
    """The chart's key (charts/key.py) in the paper's smaller type; on paper the axis label
    names the chart, so the title row holds only the key unless ``title`` is given."""
    key = plot.legend
    if isinstance(key, TitleKey):
        key.restyle(title=title, size=LEGEND_SIZE)


def _no_right_ticks(plot: pg.PlotItem) -> None:
    """The right axis only keeps the charts aligned; without labels its ticks are clutter."""
    plot.getAxis("right").setTicks([[], []])


def _dark_totals(plot: pg.PlotItem, style: ChartStyle) -> None:
    """The totals in near-black on paper: orange fades into the grey bands in black and
    white. White-filled markers keep them apart from the (unmarked) baseline line."""
    for item in plot.listDataItems():
        if item.objectName() == "total":  # the totals line (its name is translated)
            item.setPen(pg.mkPen(style.foreground, width=1.8))
            item.setSymbolBrush(style.background)
            item.setSymbolPen(pg.mkPen(style.foreground, width=1.4))


def build(content: ReportContent, width: int) -> list[Figure]:
    """The charts the report has data for: mood, PHQ-9, symptom heatmap, session BP."""
    a = content.analysis
    span = (content.start, content.end)
    style = ChartStyle.light()
    out = []
    if content.days_logged or content.treatments:
        # Only the period's treatments, so that the legend names only what is drawn.
        plot = mood_chart(replace(a, treatments=content.treatments), style)
        add_moment_marks(plot, content.treatment_moments, style)
        started = medication_markers(content.medications, style, start=content.start,
                                     end=content.end)
        if started is not None:
            plot.addItem(started)
        _paper_key(plot)
        plot.getAxis("left").setLabel(QCoreApplication.translate(
            "Report", "Mood (0 worst \u2013 10 best)"),
                                      color=style.foreground.name())
        _no_right_ticks(plot)
        out.append(Figure("mood", plot, width, 200, span))
    if any(r.score.total is not None for r in content.phq9()):
        plot = questionnaire_chart(a, "phq9", style, at=content.end)
        _dark_totals(plot, style)
        _paper_key(plot)
        plot.getAxis("left").setLabel(QCoreApplication.translate(
            "Report", "PHQ-9 total (0\u201327)"), color=style.foreground.name())
        out.append(Figure("phq9", plot, width, 175, span))
    if content.days_logged and a.symptoms:
        plot = symptom_heatmap(a, style, vector_days=span)
        _no_right_ticks(plot)
        out.append(Figure("symptoms", plot, width, 56 + ROW_HEIGHT * len(a.symptoms), span))
    if any(r.systolic is not None for t in content.treatments for r in t.readings):
        plot = session_bp_chart(replace(a, treatments=content.treatments), style)
        _paper_key(plot, plot.legend.title if isinstance(plot.legend, TitleKey) else "")
        _no_right_ticks(plot)
        out.append(Figure("session_bp", plot, width, 130, span))
    return out


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
