"""Write the clinician PDF: one QTextDocument (text, tables, charts) laid out as one long
page, cut into pages by ``paginate`` and drawn onto a QPdfWriter with the footer on each.

The document is laid out at 96 dpi, the resolution the PDF is written at, so the charts keep
their printed size. Text stays text (extractable, in an embedded font). The file is written
beside the target under a temporary name and renamed into place only when complete, so a
failure leaves nothing behind.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from moodlog import __version__, atomic
from moodlog.charts.qt_text import QCoreApplication
from moodlog.report import figures, life_tables, safety_plan_text, tables, text
from moodlog.report.content import ReportContent
from moodlog.report.paginate import Page, paginate
from moodlog.report.readings_appendix import readings_appendix

DPI = 96
MARGINS_MM = QMarginsF(14, 12, 14, 10)
FOOTER_HEIGHT = 40
PAGE_IDS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
OBJECT = "\ufffc"

Progress = Callable[[float, str], None]


def ensure_app() -> QApplication:
    """The QApplication the charts need; made here (offscreen when there is no display),
    speaking the language asked for with ``--language``."""
    app = QApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                     or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["moodlog"])
        from moodlog.report.language import install_language

        install_language(app)  # a command's PDF follows --language; the window's has its own
    assert isinstance(app, QApplication)
    return app


def _marker(i: int) -> str:
    return f"@@chart{i}@@"


def build_html(content: ReportContent, charts: list[figures.Figure]) -> str:
    """The whole report; each chart is a marker paragraph, replaced by the chart itself."""
    marks = "".join(f'<p align="center" style="margin-top:6px; margin-bottom:0px">'
                    f"{_marker(i)}</p>" for i in range(len(charts)))
    return "".join([
        text.header(content), text.safety(content), text.key_figures(content), marks,
        tables.treatments(content), tables.relief(content), life_tables.tags(content),
        life_tables.medications(content), tables.questionnaires(content),
        tables.comparison(content), tables.notes(content),
        safety_plan_text.report_section_html(content.safety_plan, content.generated)
        if content.safety_plan is not None else "",
        readings_appendix(content),
    ])


def _place_charts(doc: QTextDocument, count: int) -> None:
    for i in range(count):
        found = doc.find(_marker(i))
        if found.isNull():
            raise RuntimeError(f"chart {i} lost its place in the report")  # a bug, not input
        fmt = QTextCharFormat()
        fmt.setObjectType(figures.CHART_OBJECT)
        fmt.setProperty(figures.CHART_INDEX, i)
        found.insertText(OBJECT, fmt)


def _relayout(doc: QTextDocument) -> None:
    """Lay the whole document out afresh. After an edit Qt lays out only what changed, and
    that has left paragraphs between two tables with no lines at all (Qt 6.11): they would
    silently go missing."""
    doc.markContentsDirty(0, doc.characterCount())
    doc.documentLayout().documentSize()  # finishes the layout


def _check_laid_out(doc: QTextDocument) -> None:
    block = doc.begin()
    while block.isValid():
        if block.text() and block.layout().lineCount() == 0:
            raise RuntimeError(f"the report's layout lost a paragraph: {block.text()[:40]!r}")
        block = block.next()


def _footer(painter: QPainter, content: ReportContent, rect: QRectF, page: int,
            pages: int) -> None:
    painter.save()
    painter.setPen(QColor("#202020"))
    bold = figures.print_font(7.5)
    bold.setBold(True)
    small = figures.print_font(6.5)
    painter.drawLine(rect.topLeft(), rect.topRight())
    line = QRectF(rect.left(), rect.top() + 3, rect.width(), 13)
    painter.setFont(bold)
    disclaimer = text.disclaimer()
    painter.drawText(line, Qt.AlignmentFlag.AlignLeft, disclaimer)
    painter.setFont(small)
    painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     _footer_right(content, page, pages, rect.width() - QFontMetricsF(
                         bold, painter.device()).horizontalAdvance(disclaimer) - 12,
                         QFontMetricsF(small, painter.device())))
    painter.setPen(QColor("#505050"))
    painter.drawText(QRectF(rect.left(), rect.top() + 17, rect.width(), rect.height() - 17),
                     int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap),
                     text.footer_attribution())
    painter.restore()


def _footer_right(content: ReportContent, page: int, pages: int, room: float,
                  metrics: QFontMetricsF) -> str:
    """Title, name, period and page number; a long name is cut short with an ellipsis so
    that it never runs into the disclaimer on the left."""
    span = text.span_text(content.start, content.end)
    title = text.title()
    of = QCoreApplication.translate("Report", "page {page} of {pages}").format(
        page=page, pages=pages)
    rest = f"{title} \u00b7  \u00b7 {span} \u00b7 {of}"
    name = content.options.name
    if metrics.horizontalAdvance(rest) > room:  # a longer language: the title is in the header
        rest = f"\u00b7  \u00b7 {span} \u00b7 {of}"
        if not name or metrics.horizontalAdvance(rest) > room:
            return f"{span} \u00b7 {of}"
        name = metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                  max(0.0, room - metrics.horizontalAdvance(rest)))
        return f"{name} \u00b7 {span} \u00b7 {of}"
    if not name:
        return f"{title} \u00b7 {span} \u00b7 {of}"
    name = metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                              max(0.0, room - metrics.horizontalAdvance(rest)))
    return f"{title} \u00b7 {name} \u00b7 {span} \u00b7 {of}"


def _writer(path: str, content: ReportContent) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_IDS[content.options.page_size]),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(f"{text.title()}, {text.span_text(content.start, content.end)}")
    writer.setCreator(f"moodlog {__version__}")
    return writer


def _footer_height(writer: QPdfWriter, width: float) -> float:
    """FOOTER_HEIGHT, or more when the attribution takes more lines (German adds the source
    of its official wording)."""
    metrics = QFontMetricsF(figures.print_font(6.5), writer)
    lines = metrics.boundingRect(QRectF(0, 0, width, 1000), int(Qt.TextFlag.TextWordWrap),
                                 text.footer_attribution())
    return max(float(FOOTER_HEIGHT), 17 + 6 + lines.height() + 2)


def _paint(writer: QPdfWriter, doc: QTextDocument, content: ReportContent, body: QSizeF,
           pages: list[Page], progress: Progress) -> int:
    footer = writer.pageLayout().paintRectPixels(DPI).height() - body.height()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be started")
    try:
        layout = doc.documentLayout()
        for n, page in enumerate(pages):
            if n:
                writer.newPage()
            progress(0.5 + 0.5 * n / len(pages), QCoreApplication.translate(
                "Report", "Page {page} of {pages}").format(page=n + 1, pages=len(pages)))
            y = 0.0
            for band in page.bands:
                painter.save()
                painter.translate(0, y - band.top)
                ctx = QAbstractTextDocumentLayout.PaintContext()
                ctx.clip = QRectF(0, band.top, body.width(), band.height)
                painter.setClipRect(ctx.clip)
                layout.draw(painter, ctx)
                painter.restore()
                y += band.height
            _footer(painter, content, QRectF(0, body.height() + 6, body.width(),
                                             footer - 6), n + 1, len(pages))
    finally:
        painter.end()
    return len(pages)


def _render(content: ReportContent, path: str, progress: Progress) -> int:
    writer = _writer(path, content)
    paint_rect = writer.pageLayout().paintRectPixels(DPI)
    body = QSizeF(paint_rect.width(),
                  paint_rect.height() - _footer_height(writer, paint_rect.width()))
    progress(0.05, QCoreApplication.translate("Report", "Drawing the charts"))
    charts = figures.build(content, int(body.width()))
    try:
        progress(0.3, QCoreApplication.translate("Report", "Laying out the pages"))
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        handler = figures.FigureObject(charts)
        doc.documentLayout().registerHandler(figures.CHART_OBJECT, handler)
        doc.setDefaultFont(figures.print_font(8.5))
        doc.setDocumentMargin(0)
        doc.setUseDesignMetrics(True)
        # One continuous layout; paginate() cuts it into pages (see its module docstring).
        doc.setTextWidth(body.width())
        doc.setHtml(build_html(content, charts))
        _place_charts(doc, len(charts))
        _relayout(doc)
        _check_laid_out(doc)
        return _paint(writer, doc, content, body, paginate(doc, body.height()), progress)
    finally:
        for chart in charts:
            chart.close()


def write_pdf(content: ReportContent, path: str | Path,
              progress: Progress | None = None) -> int:
    """Write the report to ``path``; returns the number of pages.

    Raises ValueError for an empty period and OSError when the file cannot be written; either
    way nothing is left at ``path`` or beside it. ``progress(fraction, what)`` is called as the
    work goes on; an exception it raises (a cancel) stops the export the same way.
    """
    target = Path(path)
    atomic.check_export_target(target)
    if content.empty:
        raise ValueError(content.nothing_to_report())
    if target.is_dir():
        raise OSError(f"{target} is a folder")
    folder = target.parent
    if not folder.is_dir():
        raise OSError(f"folder {folder} does not exist")
    ensure_app()
    pages = 0
    with atomic.replacing(target, check=check_complete) as tmp:
        pages = _render(content, str(tmp), progress or (lambda _f, _w: None))
    return pages


def check_complete(path: Path) -> None:
    """Refuse a PDF that was cut short (QPdfWriter says nothing when the disk fills up): it
    must start with the PDF header and end with its cross-reference trailer."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(5)
        fh.seek(max(0, size - 1024))
        tail = fh.read()
    start = tail.rfind(b"startxref")
    numbers = tail[start + 9:].split() if start >= 0 else []
    offset = int(numbers[0]) if numbers and numbers[0].isdigit() else -1
    if head != b"%PDF-" or not tail.rstrip().endswith(b"%%EOF") or not 0 < offset < size:
        raise OSError(f"the PDF could not be written completely to {path.parent} (is the disk "
                      "full?); nothing was written")
