"""Page breaks: never inside a table row, the header row again on every page a table runs
onto, a heading never last on a page, nothing lost and nothing drawn twice (but headers)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextCursor, QTextDocument

from moodlog.report.paginate import Band, Page, paginate
from moodlog.report.text import heading, para, table

pytestmark = pytest.mark.usefixtures("qapp")
WIDTH = 400


def _doc(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 8))
    doc.setDocumentMargin(0)
    doc.setTextWidth(WIDTH)
    doc.setHtml(html)
    doc.documentLayout().documentSize()
    return doc


def _rows(lines: int, n: int) -> str:
    cells = [["<br>".join([f"row {i}"] + ["more"] * (lines - 1)), f"x{i}"] for i in range(n)]
    return table(["Date", "Value"], cells)


def _row_spans(doc: QTextDocument) -> list[tuple[float, float]]:
    """(top, bottom) of each body row's first cell text."""
    layout = doc.documentLayout()
    spans = []
    block = doc.begin()
    while block.isValid():
        if block.text().startswith("row "):
            r = layout.blockBoundingRect(block)
            spans.append((r.top(), r.bottom()))
        block = block.next()
    return spans


def _header_band(doc: QTextDocument) -> tuple[float, float]:
    cursor = QTextCursor(doc)
    found = doc.find("Date", cursor)
    r = doc.documentLayout().blockBoundingRect(found.block())
    return r.top(), r.bottom()


def _where(pages: list[Page], top: float, bottom: float) -> list[int]:
    return [n for n, p in enumerate(pages) for b in p.bands
            if b.top - 0.01 <= top and bottom <= b.bottom + 0.01]


@pytest.mark.parametrize("lines", [1, 3])
def test_rows_are_never_split_and_headers_repeat(lines: int) -> None:
    doc = _doc(heading("First") + para("Intro.") + _rows(lines, 60) + heading("Next")
               + para("After the table."))
    page_height = 300.0
    pages = paginate(doc, page_height)
    assert len(pages) >= 3
    assert all(p.height <= page_height + 0.5 for p in pages)
    spans = _row_spans(doc)
    assert len(spans) == 60
    homes = [_where(pages, top, bottom) for top, bottom in spans]
    assert all(len(h) == 1 for h in homes), homes  # each row whole, on exactly one page
    head_top, head_bottom = _header_band(doc)
    for n in sorted({h[0] for h in homes}):
        first = pages[n].bands[0]
        assert first.top - 0.01 <= head_top and head_bottom <= first.bottom + 0.01, n


def test_nothing_is_lost_or_drawn_twice_except_repeated_headers() -> None:
    doc = _doc(heading("First") + _rows(2, 80) + heading("Next") + para("The end."))
    pages = paginate(doc, 250.0)
    bands = sorted((b for p in pages for b in p.bands), key=lambda b: (b.top, b.bottom))
    head_top, _ = _header_band(doc)
    body = [b for b in bands if not (b.top <= head_top and b.top > 0)]  # repeats start at it
    covered = 0.0
    for b in body:
        assert b.top <= covered + 0.01, (b, covered)  # no gap
        covered = max(covered, b.bottom)
    assert covered == pytest.approx(doc.documentLayout().documentSize().height())


def test_a_heading_is_not_left_at_the_bottom_of_a_page() -> None:
    filler = "".join(para(f"Paragraph {i} " + "words " * 30) for i in range(12))
    doc = _doc(filler + heading("Section") + _rows(1, 5))
    for page_height in range(180, 420, 7):  # the heading lands everywhere on a page
        pages = paginate(doc, float(page_height))
        layout = doc.documentLayout()
        found = doc.find("Section")
        top = layout.blockBoundingRect(found.block()).top()
        first_row = _row_spans(doc)[0]
        assert _where(pages, top, top + 1) == _where(pages, *first_row), page_height


def test_a_piece_taller_than_a_page_is_cut_between_lines() -> None:
    long_note = "<br>".join(f"line {i}" for i in range(120))
    doc = _doc(table(["Date", "Note"], [["1 Jan 2026", long_note]]))
    pages = paginate(doc, 200.0)
    assert len(pages) >= 4 and all(p.height <= 200.5 for p in pages)
    assert all(isinstance(b, Band) for p in pages for b in p.bands)


def test_a_page_break_before_starts_a_new_page_and_loses_nothing() -> None:
    """The safety plan starts a page of its own (its heading was left at a page's foot)."""
    filler = "".join(para(f"Paragraph {i} " + "words " * 30) for i in range(6))
    plan = ('<p style="page-break-before:always">Safety plan</p>'
            + "".join(para(f"Section {i}") for i in range(3)))
    doc = _doc(filler + plan)
    layout = doc.documentLayout()
    top = layout.blockBoundingRect(doc.find("Safety plan").block()).top()
    for page_height in (600.0, 2000.0):  # the filler fits on one page either way
        pages = paginate(doc, page_height)
        assert len(pages) == 2
        assert pages[1].bands[0].top == pytest.approx(top)
        assert pages[0].bands[-1].bottom == pytest.approx(top)
    # Without the break everything shares one page.
    assert len(paginate(_doc(filler + plan.replace("page-break-before:always", "")), 2000.0)) == 1


def test_rows_that_continue_a_row_go_to_the_next_page_with_it() -> None:
    """A session's further readings (first cell empty) never start a page on their own."""
    cells = []
    for s in range(12):
        cells.append([f"session {s}", f"row {s}.0"])
        cells += [["", f"row {s}.{r}"] for r in range(1, 4)]
    doc = _doc(table(["Session", "Reading"], cells))
    layout = doc.documentLayout()

    def top_of(text: str) -> tuple[float, float]:
        r = layout.blockBoundingRect(doc.find(text).block())
        return r.top(), r.bottom()

    groups = [[top_of(f"row {s}.{r}") for r in range(4)] for s in range(12)]
    broke_inside = 0
    for page_height in range(120, 400, 9):
        pages = paginate(doc, float(page_height))
        for rows in groups:
            where = {n for span in rows for n in _where(pages, *span)}
            assert len(where) == 1, (page_height, rows)  # a group is on one page
        broke_inside += len(pages) > 1
    assert broke_inside  # the heights above do cut the table into pages
