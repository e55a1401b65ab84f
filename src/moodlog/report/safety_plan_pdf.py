"""Print the safety plan on one A4 or Letter page, in large type.

The text is laid out at the largest size (from 15 pt down) at which the whole plan fits the
page; a plan too long even at 9 pt goes on as few further pages as it needs, again at the
largest size that fits them (never cut, never refused: every plan within the limits prints).
The file is written beside the target under a temporary name, synced and renamed into place.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from moodlog import __version__, atomic
from moodlog.core.safety_plan import SafetyPlan
from moodlog.report import safety_plan_text
from moodlog.report.paper import print_font
from moodlog.report.pdf import DPI, PAGE_IDS, check_complete, ensure_app

MARGINS_MM = QMarginsF(16, 14, 16, 12)
LARGEST_PT = 15.0
SMALLEST_PT = 9.0


class Printed(NamedTuple):
    points: float
    pages: int


def _document(plan: SafetyPlan, region: str, today: date, writer: QPdfWriter, body: QSizeF,
              pt: float) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(print_font(pt))
    doc.setDocumentMargin(0)
    doc.setUseDesignMetrics(True)
    doc.setPageSize(body)  # paginates: a line that would cross the page edge starts the next
    doc.setHtml(safety_plan_text.page_html(plan, region, today, pt))
    return doc


def _layout(plan: SafetyPlan, region: str, today: date, writer: QPdfWriter,
            body: QSizeF) -> QTextDocument:
    """The largest type at which the plan fits one page, else two pages, and so on."""
    pages = 1
    while True:
        pt = LARGEST_PT
        while pt >= SMALLEST_PT:
            doc = _document(plan, region, today, writer, body, pt)
            if doc.pageCount() <= pages:
                return doc
            pt -= 0.5
        pages += 1


def write_safety_plan_pdf(plan: SafetyPlan, region: str, page_size: str, path: str | Path,
                          today: date) -> Printed:
    """Write the plan to ``path``; returns the type size used (points) and the page count.

    ValueError for a page size not known; OSError when the file
    cannot be written. Either way nothing is left at ``path`` or beside it.
    """
    if page_size not in PAGE_IDS:
        raise ValueError(f"page size must be one of {', '.join(PAGE_IDS)}, not {page_size!r}")
    target = Path(path)
    if target.is_dir():
        raise OSError(f"{target} is a folder")
    if not target.parent.is_dir():
        raise OSError(f"folder {target.parent} does not exist")
    atomic.check_export_target(target)
    ensure_app()
    with atomic.replacing(target, check=check_complete) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(DPI)
        writer.setPageLayout(QPageLayout(QPageSize(PAGE_IDS[page_size]),
                                         QPageLayout.Orientation.Portrait, MARGINS_MM,
                                         QPageLayout.Unit.Millimeter))
        writer.setTitle(safety_plan_text.title())
        writer.setCreator(f"moodlog {__version__}")
        rect = writer.pageLayout().paintRectPixels(DPI)
        body = QSizeF(rect.width(), rect.height())
        doc = _layout(plan, region, today, writer, body)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"the PDF could not be written to {target}")
        try:
            for page in range(doc.pageCount()):
                if page:
                    writer.newPage()
                top = page * body.height()
                painter.save()
                painter.translate(0, -top)
                doc.drawContents(painter, QRectF(0, top, body.width(), body.height()))
                painter.restore()
        finally:
            painter.end()
        del painter, writer  # the writer finishes the file when it goes
    return Printed(float(doc.defaultFont().pointSizeF()), doc.pageCount())
