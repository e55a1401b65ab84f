"""Print the safety plan on one A4 or Letter page, in large type.

The text is laid out at the largest size (from 15 pt down) at which the whole plan fits the
page; a plan too long even at 9 pt is refused with a message rather than cut. The file is
written beside the target under a temporary name, synced and renamed into place.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from moodlog import __version__, atomic
from moodlog.core.safety_plan import SafetyPlan
from moodlog.report import safety_plan_text
from moodlog.report.figures import print_font
from moodlog.report.pdf import DPI, PAGE_IDS, check_complete, ensure_app

MARGINS_MM = QMarginsF(16, 14, 16, 12)
LARGEST_PT = 15.0
SMALLEST_PT = 9.0


def _layout(plan: SafetyPlan, region: str, today: date, writer: QPdfWriter,
            body: QSizeF) -> QTextDocument:
    pt = LARGEST_PT
    while True:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        doc.setDefaultFont(print_font(pt))
        doc.setDocumentMargin(0)
        doc.setUseDesignMetrics(True)
        doc.setTextWidth(body.width())
        doc.setHtml(safety_plan_text.page_html(plan, region, today, pt))
        if doc.size().height() <= body.height():
            return doc
        if pt <= SMALLEST_PT:
            raise ValueError("the safety plan is too long for one page; shorten some lines "
                             "or items")
        pt -= 0.5


def write_safety_plan_pdf(plan: SafetyPlan, region: str, page_size: str, path: str | Path,
                          today: date) -> float:
    """Write the one-page plan to ``path``; returns the type size used (points).

    ValueError for a page size not known or a plan that does not fit; OSError when the file
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
        writer.setTitle(safety_plan_text.TITLE)
        writer.setCreator(f"moodlog {__version__}")
        rect = writer.pageLayout().paintRectPixels(DPI)
        body = QSizeF(rect.width(), rect.height())
        doc = _layout(plan, region, today, writer, body)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"the PDF could not be written to {target}")
        try:
            doc.drawContents(painter, QRectF(0, 0, body.width(), body.height()))
        finally:
            painter.end()
        del painter, writer  # the writer finishes the file when it goes
    return float(doc.defaultFont().pointSizeF())
