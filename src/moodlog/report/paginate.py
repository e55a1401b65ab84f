"""Page breaks for the report, worked out on one continuous layout of the whole document.

Qt's own pagination splits a table row across two pages (its date on one page, the rest on
the next) and has no keep-with-next for headings. So the document is laid out once, without
pages, and cut here into bands at places where a cut is clean: between paragraphs, between
table rows. A page is a list of bands drawn one under the other:

- a table row is never split (unless it alone is taller than a page: then between its lines);
- a table that runs onto another page starts it with its header row again;
- a heading starts a new page rather than end one: it stays with what follows it (the first
  three rows of a table, else the next paragraph);
- the header row and the first row of a table stay together;
- a paragraph styled ``page-break-before: always`` starts a page (the safety plan);
- rows whose first cell is empty continue the row above (a session's further readings): they
  go to the next page with it rather than start a page under an empty first column.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

#: A heading looks this many atoms ahead for what it must stay with ...
FOLLOWER_LOOKAHEAD = 3
#: ... and keeps this many rows of a table under it on its page.
ROWS_WITH_HEADING = 3


@dataclass(frozen=True, slots=True)
class Band:
    """A horizontal strip of the continuous layout, from ``top`` to ``bottom``."""

    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class _Atom:
    """What may not be cut: a paragraph, a table row (with the header row for the first)."""

    top: float
    bottom: float = 0.0
    heading: bool = False
    #: The table's header row, repeated when the table continues on a new page.
    header: Band | None = None
    #: The first row of a table (drawn with its header, so it never needs it repeated).
    table_start: bool = False
    #: Starts a new page (CSS ``page-break-before: always``).
    page_break: bool = False
    #: A table row whose first cell is empty: it belongs with the row above.
    joined: bool = False


@dataclass
class Page:
    bands: list[Band] = field(default_factory=list)

    @property
    def height(self) -> float:
        return sum(b.height for b in self.bands)

    def add(self, band: Band) -> None:
        if self.bands and abs(self.bands[-1].bottom - band.top) < 0.01:
            self.bands[-1] = Band(self.bands[-1].top, band.bottom)  # contiguous: one band
        else:
            self.bands.append(band)


def _top_frame(block: QTextBlock, root: QTextFrame) -> QTextFrame:
    frame = QTextCursor(block).currentFrame()
    while frame is not None and frame.parentFrame() is not None and frame.parentFrame() != root:
        frame = frame.parentFrame()
    return frame


def _row_tops(table: QTextTable, layout: QAbstractTextDocumentLayout) -> list[float]:
    """Where each row starts: its cells' first lines, less the cell padding."""
    padding = table.format().cellPadding()
    tops = []
    for row in range(table.rows()):
        firsts = [layout.blockBoundingRect(table.cellAt(row, col).firstCursorPosition().block())
                  for col in range(table.columns())]
        tops.append(min(r.top() for r in firsts) - padding)
    tops[0] = layout.frameBoundingRect(table).top()
    return tops


def _last_row_bottom(table: QTextTable, layout: QAbstractTextDocumentLayout) -> float:
    """Where the table's last row ends: its cells' last lines, plus the cell padding."""
    row = table.rows() - 1
    lasts = [layout.blockBoundingRect(table.cellAt(row, col).lastCursorPosition().block())
             for col in range(table.columns())]
    return max(r.bottom() for r in lasts) + table.format().cellPadding()


def _table_atoms(table: QTextTable, layout: QAbstractTextDocumentLayout) -> list[_Atom]:
    tops = _row_tops(table, layout)
    header_rows = table.format().headerRowCount()
    if header_rows == 0 or header_rows >= table.rows():
        return [_Atom(tops[0])]  # a layout table (key figures, the safety box): one piece
    header = Band(tops[0], tops[header_rows])
    atoms = [_Atom(tops[0], table_start=True)]  # the header and the first row together
    atoms += [_Atom(top, header=header, joined=_first_cell_empty(table, row))
              for row, top in enumerate(tops[header_rows + 1:], start=header_rows + 1)]
    return atoms


def _first_cell_empty(table: QTextTable, row: int) -> bool:
    cell = table.cellAt(row, 0)
    cursor = QTextCursor(cell.firstCursorPosition())
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return not cursor.selectedText().strip()


def atoms(doc: QTextDocument) -> list[_Atom]:
    """The uncuttable pieces of a laid-out document, top to bottom, touching each other."""
    layout = doc.documentLayout()
    root = doc.rootFrame()
    out: list[_Atom] = []
    seen: set[int] = set()
    #: Where each table ends, by the index of its last atom.
    table_ends: dict[int, float] = {}
    block = doc.begin()
    while block.isValid():
        frame = _top_frame(block, root)
        if frame == root:
            fmt = block.blockFormat()
            out.append(_Atom(layout.blockBoundingRect(block).top(),
                             heading=bool(fmt.headingLevel()),
                             page_break=bool(fmt.pageBreakPolicy()
                                             & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)))
        elif isinstance(frame, QTextTable) and frame.firstPosition() not in seen:
            seen.add(frame.firstPosition())
            out += _table_atoms(frame, layout)
            table_ends[len(out) - 1] = _last_row_bottom(frame, layout)
        block = block.next()
    end = layout.documentSize().height()
    for i, (atom, after) in enumerate(zip(out, [*out[1:], None], strict=True)):
        atom.bottom = end if after is None else after.top
        # The paragraph after a table can report a top inside the table's last row (seen
        # with a German report: the row was cut in two across pages): the row goes on to
        # the table's end, and what follows starts there.
        table_end = table_ends.get(i)
        if table_end is not None and table_end > atom.bottom:
            atom.bottom = min(table_end, end)
            if after is not None:
                after.top = max(after.top, atom.bottom)
    return [a for a in out if a.bottom > a.top]


def _line_cuts(doc: QTextDocument, atom: _Atom) -> list[float]:
    """Tops of the lines inside ``atom``: where to cut a piece taller than a page."""
    layout = doc.documentLayout()
    cuts = set()
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if atom.top <= rect.top() < atom.bottom:
            lines = block.layout()
            for i in range(lines.lineCount()):
                top = rect.top() + lines.lineAt(i).y()
                if atom.top < top < atom.bottom:
                    cuts.add(top)
        block = block.next()
    return sorted(cuts)


def _fit(doc: QTextDocument, pieces: list[_Atom], page_height: float) -> list[_Atom]:
    """Split any piece taller than a page between its lines."""
    out = []
    for atom in pieces:
        if atom.bottom - atom.top <= page_height:
            out.append(atom)
            continue
        edges = [atom.top, *_line_cuts(doc, atom), atom.bottom]
        for top, bottom in zip(edges, edges[1:], strict=False):
            out.append(_Atom(top, bottom, header=atom.header))
    return out


def _needed(pieces: list[_Atom], i: int) -> float:
    """The height that must fit on the page for ``pieces[i]`` to go there: a heading needs
    room for what follows it too, and a table under it for its first rows."""
    atom = pieces[i]
    if not atom.heading:
        last = i
        while last + 1 < len(pieces) and pieces[last + 1].joined and not atom.joined:
            last += 1  # the rows that continue this one
        return pieces[last].bottom - atom.top
    ahead = pieces[i + 1:i + 1 + FOLLOWER_LOOKAHEAD]
    start = next((j for j, a in enumerate(ahead) if a.table_start), None)
    if start is None:
        return (ahead[0] if ahead else atom).bottom - atom.top
    j = i + 1 + start
    table_top = pieces[j].top
    last = j
    while last + 1 < len(pieces) and last - j < ROWS_WITH_HEADING - 1:
        header = pieces[last + 1].header
        if header is None or header.top != table_top:
            break  # the table has ended
        last += 1
    return pieces[last].bottom - atom.top


def paginate(doc: QTextDocument, page_height: float) -> list[Page]:
    """Cut the (continuously laid out) document into pages of at most ``page_height``."""
    pieces = _fit(doc, atoms(doc), page_height)
    pages = [Page()]
    for i, atom in enumerate(pieces):
        page = pages[-1]
        needed = _needed(pieces, i)
        if needed > page_height:  # a group taller than a page: cut it where it falls
            needed = atom.bottom - atom.top
        if page.bands and (atom.page_break or page.height + needed > page_height + 0.5):
            page = Page()
            pages.append(page)
            if atom.header is not None:
                page.add(atom.header)
        page.add(Band(atom.top, atom.bottom))
    return pages
