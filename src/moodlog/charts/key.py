"""A chart's key written in its title row and wrapped to the chart's width.

pyqtgraph's legend floats over the data: in a narrow chart it covered the mood band 8-10 and
ran off the right edge ("Moment (how you were…"), and the PHQ-9 lines' label boxes covered
their points. ``TitleKey`` takes the legend's place (``plot.legend``, so that every named item
added later joins it, as with pyqtgraph's), draws each entry as a coloured mark and its name,
and breaks the entries over as many lines as the chart's width needs; the title row grows to
hold them, so the key never covers a point.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QApplication

from moodlog.charts.style import ChartStyle, set_title

#: Marks for pyqtgraph symbols: filled and hollow.
_SYMBOLS = {"o": ("\u25cf", "\u25cb"), "d": ("\u25c6", "\u25c7"), "s": ("\u25a0", "\u25a1"),
            "t": ("\u25bc", "\u25bd"), "t1": ("\u25b2", "\u25b3"), "star": ("\u2605", "\u2606")}
_GAP = "&nbsp;&nbsp;&nbsp;&nbsp;"
_GAP_CHARS = 4


def _solid(color: QColor) -> QColor:
    c = QColor(color)
    c.setAlpha(255)
    return c


def _line_mark(pen: QPen, vertical: bool) -> str:
    if pen.style() == Qt.PenStyle.NoPen:
        return ""
    if vertical:
        return "\u2506" if pen.style() != Qt.PenStyle.SolidLine else "\u2502"
    return "\u254c\u254c" if pen.style() != Qt.PenStyle.SolidLine else "\u2501\u2501"


def mark_of(item: object) -> tuple[str, QColor]:
    """The mark that stands for ``item`` in a key, and its colour."""
    if isinstance(item, pg.InfiniteLine):
        pen = QPen(item.pen)
        return _line_mark(pen, vertical=item.angle == 90), _solid(pen.color())
    if isinstance(item, pg.PlotDataItem):
        opts = item.opts
        pen = pg.mkPen(opts.get("pen"))
        vertical = opts.get("connect") == "pairs"
        line = _line_mark(pen, vertical)
        symbol = opts.get("symbol")
        if symbol is None:
            return line or "\u2501", _solid(pen.color())
        brush = pg.mkBrush(opts.get("symbolBrush"))
        filled = brush.style() != Qt.BrushStyle.NoBrush and brush.color().alpha() > 0
        colour = brush.color() if filled else pg.mkPen(opts.get("symbolPen")).color()
        glyph = _SYMBOLS.get(str(symbol), _SYMBOLS["o"])[0 if filled else 1]
        return (line[:1] + glyph if line else glyph), _solid(colour)
    return "\u25a0", QColor("#777777")


class TitleKey:
    """The chart's title and key, in its title row (see the module's docstring)."""

    def __init__(self, plot: pg.PlotItem, style: ChartStyle, title: str = "",
                 size: str = "9pt", pieces: Iterable[tuple[str, str]] = ()) -> None:
        self.plot = plot
        #: Fixed entries drawn by the chart itself (colour swatches): (html, plain text).
        self.pieces = list(pieces)
        self.style = style
        self.title = title
        self.size = size
        self.entries: list[tuple[object, str]] = []
        self.lines: list[str] = []
        self._html = ""
        if plot.legend is not None and plot.legend is not self:
            plot.legend.hide()
        plot.legend = self
        plot.vb.sigResized.connect(self._relayout)
        self._relayout()

    # pyqtgraph's PlotItem.addItem calls this for every named item.
    def addItem(self, item: object, name: str) -> None:  # noqa: N802
        self.entries.append((item, name))
        self._relayout()

    def add_entries(self, entries: Iterable[tuple[object, str]]) -> None:
        self.entries.extend(entries)
        self._relayout()

    def restyle(self, title: str | None = None, size: str | None = None) -> None:
        """Another title or text size (paper uses a smaller key), or colours changed."""
        if title is not None:
            self.title = title
        if size is not None:
            self.size = size
        self._html = ""
        self._relayout()

    def names(self) -> list[str]:
        return [name for _, name in self.entries]

    def _font(self) -> QFont:
        font = QFont(QApplication.font())
        font.setPointSizeF(float(self.size.removesuffix("pt")))
        return font

    def _pieces(self) -> list[tuple[str, str]]:
        """(html, plain text) per piece: the title first, then one per entry."""
        out = []
        title_mark = ("", "")
        for item, name in self.entries:
            mark, colour = mark_of(item)
            rich_mark = f'<span style="color:{colour.name()}">{mark}</span>&nbsp;'
            if name == self.title:  # the chart's own line: its mark goes before the title
                title_mark = (rich_mark, f"{mark} ")
                continue
            out.append((rich_mark + html.escape(name), f"{mark} {name}"))
        out[:0] = self.pieces
        if self.title:
            out.insert(0, (f"{title_mark[0]}<b>{html.escape(self.title)}</b>",
                           title_mark[1] + self.title))
        return out

    def _relayout(self, *_: object) -> None:
        metrics = QFontMetricsF(self._font())
        room = max(60.0, self.plot.vb.width() - 4)
        gap = metrics.horizontalAdvance(" " * _GAP_CHARS)
        lines: list[list[str]] = []
        used = 0.0
        for rich, plain in self._pieces():
            width = metrics.horizontalAdvance(plain) * 1.06  # bold title, rounding
            if lines and used + gap + width <= room:
                lines[-1].append(rich)
                used += gap + width
            else:
                lines.append([rich])
                used = width
        self.lines = [_GAP.join(parts) for parts in lines]
        text = (f'<span style="font-size:{self.size}">' + "<br>".join(self.lines) + "</span>"
                if self.lines else "&nbsp;")
        if text == self._html:
            return
        self._html = text
        set_title(self.plot, text, self.style, justify="left")
        height = int(metrics.lineSpacing() * max(1, len(self.lines)) + 8)
        if self.pieces and len(self.lines) > 1:
            # Swatches are drawn at up to 13 pt: each further line is as tall as they are (the
            # 8 px above cover the first), or the second line runs into the chart.
            big = QFont(self._font())
            big.setPointSizeF(13)
            extra = max(0.0, QFontMetricsF(big).lineSpacing() - metrics.lineSpacing())
            height += int(extra * (len(self.lines) - 1))
        label = self.plot.titleLabel
        label.setMaximumHeight(height)
        label.setMinimumHeight(height)
        self.plot.layout.setRowFixedHeight(0, height)

    # The window caches what does not move with time; the key is the title label's.
    def hide(self) -> None:
        self.plot.titleLabel.setVisible(False)
