"""The frame of a chart on paper, drawn with QPainter alone: the key in the title row, the
axes with their ticks and labels, and the mapping from days and values to the page.

The window's charts are pyqtgraph items; the PDF draws the same charts directly (see
``report.paper_charts``), so that writing a report never imports pyqtgraph and numpy (most of
the time a report took). The geometry is the window's: fixed axis widths
(``charts.palette``), the key wrapped over the plot's width as ``charts.key.TitleKey`` wraps
it, time ticks where pyqtgraph's date axis puts them (month starts, years at January).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from moodlog.charts.palette import (
    BOTTOM_AXIS_HEIGHT,
    DAY,
    LEFT_AXIS_WIDTH,
    RIGHT_AXIS_WIDTH,
    day_x,
)
from moodlog.charts.qt_text import english

FONT_FAMILY = "DejaVu Sans"
TICK_POINTS = 7.0
FOREGROUND = QColor("#202020")
BACKGROUND = QColor("#ffffff")
_GAP_CHARS = 4
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def print_font(points: float, bold: bool = False) -> QFont:
    """The report's font. No ligatures: "fi" stays two letters, so that searching the PDF
    for "figures" finds it."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    font.setFeature(QFont.Tag("liga"), 0)
    font.setBold(bold)
    return font


def muted(alpha: float) -> QColor:
    """The foreground at ``alpha`` (0-1), as ``ChartStyle.muted``."""
    c = QColor(FOREGROUND)
    c.setAlphaF(alpha)
    return c


def pen(colour: QColor | str, width: float = 1.0,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen as pyqtgraph's ``mkPen``: cosmetic, flat ends."""
    p = QPen(QColor(colour), width)
    p.setStyle(style)
    p.setCosmetic(True)
    p.setCapStyle(Qt.PenCapStyle.FlatCap)
    return p


@dataclass(frozen=True)
class KeyEntry:
    """One piece of a key: a mark (a glyph, in its colour) and its text."""

    mark: str
    colour: QColor
    text: str
    bold: bool = False
    #: Points of the mark; None: the key's own size.
    mark_points: float | None = None
    #: Colour of an outline drawn round the mark (the "no check-in" square).
    outline: bool = False


class Key:
    """Entries laid out in lines over ``room`` pixels, as charts.key.TitleKey lays them."""

    def __init__(self, entries: list[KeyEntry], points: float, room: float) -> None:
        self.font = print_font(points)
        self.bold = print_font(points, bold=True)
        self.points = points
        metrics = QFontMetricsF(self.font)
        self.line_height = metrics.lineSpacing()
        self.gap = metrics.horizontalAdvance(" " * _GAP_CHARS)
        self.lines: list[list[tuple[KeyEntry, float]]] = []
        used = 0.0
        for entry in entries:
            width = self._width(entry) * 1.06  # as TitleKey: bold title, rounding
            if self.lines and used + self.gap + width <= room:
                self.lines[-1].append((entry, width))
                used += self.gap + width
            else:
                self.lines.append([(entry, width)])
                used = width
        big = max((e.mark_points or 0 for e in entries), default=0)
        self._big_line = (max(self.line_height, QFontMetricsF(print_font(big)).lineSpacing())
                          if big else self.line_height)
        self.height = (self.line_height + self._big_line * max(0, len(self.lines) - 1)
                       + 8 if self.lines else self.line_height + 8)

    def _mark_font(self, entry: KeyEntry) -> QFont:
        return print_font(entry.mark_points) if entry.mark_points else self.font

    def _width(self, entry: KeyEntry) -> float:
        mark = QFontMetricsF(self._mark_font(entry)).horizontalAdvance(entry.mark + "\u00a0")
        text = QFontMetricsF(self.bold if entry.bold else self.font).horizontalAdvance(
            entry.text)
        return mark + text if entry.mark else text

    def draw(self, p: QPainter, left: float, top: float) -> None:
        y = top + 4
        for n, line in enumerate(self.lines):
            height = self.line_height if n == 0 else self._big_line
            baseline = y + height - QFontMetricsF(self.font).descent() - (
                (height - self.line_height) / 2)
            x = left
            for entry, width in line:
                self._draw_entry(p, entry, x, baseline)
                x += width + self.gap
            y += height

    def _draw_entry(self, p: QPainter, entry: KeyEntry, x: float, baseline: float) -> None:
        if entry.mark:
            font = self._mark_font(entry)
            p.setFont(font)
            p.setPen(entry.colour)
            metrics = QFontMetricsF(font)
            mark_base = baseline + (metrics.ascent() - QFontMetricsF(self.font).ascent()) / 3
            p.drawText(QPointF(x, mark_base), entry.mark)
            x += metrics.horizontalAdvance(entry.mark + "\u00a0")
        p.setFont(self.bold if entry.bold else self.font)
        p.setPen(FOREGROUND)
        p.drawText(QPointF(x, baseline), entry.text)


def _month_name(month: int) -> str:
    if english():
        return _MONTHS[month - 1]
    from moodlog.i18n import current_language

    return QLocale(current_language()).standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def _add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def time_ticks(first: date, last: date, width: float) -> list[tuple[float, str]]:
    """(x, label) of the time axis over ``first`` .. ``last`` drawn ``width`` pixels wide:
    month starts named ("Oct"), January by its year, or years alone (every 1, 2, 5 ...) when
    months would crowd; under about six weeks, days too (every 1, 2, 5 or 10)."""
    days = (last - first).days + 1
    per_day = width / max(1, days)
    out: list[tuple[float, str]] = []
    if per_day * 91 < 34:  # even quarters too close for their names: years
        step = next((s for s in (1, 2, 5, 10, 20, 50, 100) if per_day * 365 * s >= 42), 100)
        for year in range(first.year, last.year + 1):
            day = date(year, 1, 1)
            if year % step == 0 and first <= day <= last:
                out.append((day_x(day) - DAY / 2, str(year)))
        return out
    step = 1 if per_day * 30 >= 34 else 3
    month = date(first.year, first.month, 1)
    names: list[tuple[float, str]] = []
    while month <= last:
        if month >= first and (month.month - 1) % step == 0:
            label = str(month.year) if month.month == 1 else _month_name(month.month)
            names.append((day_x(month) - DAY / 2, label))
        month = _add_months(month, 1)
    if per_day * 10 >= 40 and days <= 62:  # room for day numbers between the months
        every = next(s for s in (1, 2, 5, 10) if per_day * s >= 40)
        starts = [x for x, _ in names] + [day_x(_add_months(last, 1)) - DAY / 2]
        room = DAY * 24 / per_day  # keep a day's number 24 px from a month's name
        for i in range(days):
            day = date.fromordinal(first.toordinal() + i)
            x = day_x(day) - DAY / 2
            if day.day != 1 and (day.day - 1) % every == 0 and \
                    all(abs(x - t) >= room for t in starts):
                out.append((x, f"{day.day:02d}"))
    return sorted(out + names)


def month_marks(first: date, last: date, width: float) -> list[float]:
    """x of each month start, unlabelled, when the labels are years or quarters and months
    are at least 3 pixels apart (as the window's axis marks the months between its years)."""
    per_day = width / max(1, (last - first).days + 1)
    if per_day * 30 >= 34 or per_day * 30 < 3:
        return []
    out = []
    month = date(first.year, first.month, 1)
    while month <= last:
        if month >= first:
            out.append(day_x(month) - DAY / 2)
        month = _add_months(month, 1)
    return out


class Frame:
    """A chart's rectangle on the page: title row, axes, plot area and the data mapping."""

    def __init__(self, width: float, height: float, span: tuple[date, date],
                 y_range: tuple[float, float], key: Key, invert: bool = False) -> None:
        self.width, self.height = width, height
        self.span = span
        self.key = key
        top = key.height
        self.plot = QRectF(LEFT_AXIS_WIDTH, top, width - LEFT_AXIS_WIDTH - RIGHT_AXIS_WIDTH,
                           height - top - BOTTOM_AXIS_HEIGHT)
        self.x0 = day_x(span[0]) - DAY / 2
        self.x1 = day_x(span[1]) + DAY / 2
        self.y_lo, self.y_hi = y_range
        self.invert = invert

    def x(self, value: float) -> float:
        return self.plot.left() + (value - self.x0) / (self.x1 - self.x0) * self.plot.width()

    def y(self, value: float) -> float:
        share = (value - self.y_lo) / (self.y_hi - self.y_lo)
        if self.invert:
            return self.plot.top() + share * self.plot.height()
        return self.plot.bottom() - share * self.plot.height()

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.x(x), self.y(y))

    def days_visible(self) -> float:
        return (self.x1 - self.x0) / DAY

    def draw_key(self, p: QPainter) -> None:
        self.key.draw(p, self.plot.left() + 2, 0)

    def draw_axes(self, p: QPainter, left_ticks: list[tuple[float, str]], label: str = "",
                  right_ticks: list[tuple[float, str]] | None = None,
                  left_tick_length: float = 4) -> None:
        """The left, bottom and right axes (as new_plot styles them), ticks and labels."""
        plot = self.plot
        font = print_font(TICK_POINTS)
        metrics = QFontMetricsF(font)
        p.save()
        p.setFont(font)
        p.setPen(pen(muted(0.6)))
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        p.drawLine(plot.bottomRight(), plot.topRight())
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        for value, _text in left_ticks:
            y = self.y(value)
            if left_tick_length:
                p.drawLine(QPointF(plot.left() - left_tick_length, y), QPointF(plot.left(), y))
        ticks = time_ticks(self.span[0], self.span[1], plot.width())
        for value, _text in ticks:
            x = self.x(value)
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 5))
        for value in month_marks(self.span[0], self.span[1], plot.width()):
            x = self.x(value)
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 2.5))
        p.setPen(FOREGROUND)
        room = plot.left() - left_tick_length - 3
        for value, text in left_ticks:
            y = self.y(value)
            box = QRectF(0, y - metrics.height() / 2, room, metrics.height())
            # A row name wider than the axis is shortened, never dropped (charts.row_labels).
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            p.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       shown)
        last_right = -1e9
        for value, text in ticks:
            x = self.x(value)
            half = metrics.horizontalAdvance(text) / 2
            if x - half < last_right + 4 or x + half > self.width:
                continue  # as pyqtgraph's hideOverlappingLabels
            p.drawText(QPointF(x - half, plot.bottom() + 6 + metrics.ascent()), text)
            last_right = x + half
        if right_ticks:
            p.setPen(muted(0.75))
            for value, text in right_ticks:
                y = self.y(value)
                p.drawText(QRectF(plot.right() + 4, y - metrics.height() / 2,
                                  RIGHT_AXIS_WIDTH - 4, metrics.height()),
                           int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                           text)
        if label:
            p.setPen(FOREGROUND)
            p.translate(4, plot.center().y())
            p.rotate(-90)
            width = metrics.horizontalAdvance(label)
            p.drawText(QPointF(-width / 2, metrics.ascent()), label)
        p.restore()
