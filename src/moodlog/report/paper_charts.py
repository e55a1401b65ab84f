"""The report's charts drawn with QPainter: mood, PHQ-9, the symptom heatmap and session blood
pressure, the same data, colours, marks and key as the window's pyqtgraph charts
(``charts.timeline``, ``charts.scores``, ``charts.symptoms``, ``charts.session``), on the frame
of ``report.paper``. Everything is vectors and text: no image, no pyqtgraph, no numpy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPolygonF

from moodlog.charts.palette import (
    DAY,
    KIND_STYLES,
    OKABE_ITO,
    SEVERITY_COLOURS,
    UNANSWERED_COLOUR,
    day_x,
    response_y,
    time_x,
)
from moodlog.charts.qt_text import QCoreApplication, english
from moodlog.charts.session_tables import sessions_with_bp
from moodlog.charts.tables import band_tick, baseline_name, kind_text, short_label
from moodlog.core import catalogue_text
from moodlog.core.analysis import Analysis
from moodlog.core.life import Medication, Moment
from moodlog.core.models import Treatment
from moodlog.core.outcomes import PHQ9
from moodlog.core.questionnaires import instrument as get_instrument
from moodlog.core.session import pre_and_peak
from moodlog.core.symptoms import SEVERITY_LABELS
from moodlog.report.paper import BACKGROUND, FOREGROUND, Frame, Key, KeyEntry, muted, pen

LEGEND_POINTS = 7.5
#: The heatmap's key keeps the window's size (its swatches are its colour scale).
SYMPTOM_KEY_POINTS = 9.0
#: Dots are drawn only while days are at least this many pixels apart (charts.timeline).
MIN_DOT_SPACING = 1.5
Painter = Callable[[QPainter], None]


def colour(name: str | None, alpha: int = 255) -> QColor:
    """As ``ChartStyle.light().colour``: an Okabe-Ito colour, None the muted foreground."""
    if name is None:
        return muted(0.55 * alpha / 255)
    c = QColor(OKABE_ITO[name])
    c.setAlpha(alpha)
    return c


def _solid(c: QColor) -> QColor:
    out = QColor(c)
    out.setAlpha(255)
    return out


@dataclass
class Chart:
    """A chart's name, printed size and the function that paints it at (0, 0)."""

    name: str
    width: int
    height: int
    paint: Painter
    #: Where things are: the plot area and the mapping of days and values (for tests).
    frame: Frame


def _polyline(p: QPainter, frame: Frame, points: Iterable[tuple[float, float | None]]) -> None:
    """A line through the points, broken where a value is None (``connect="finite"``)."""
    run: list[QPointF] = []
    for x, y in [*points, (0.0, None)]:
        if y is None:
            if len(run) > 1:
                p.drawPolyline(QPolygonF(run))
            run = []
        else:
            run.append(frame.point(x, y))


def _visible(frame: Frame, start: date, count: int) -> range:
    """The indices of a daily series from ``start`` that fall in the frame (one day either
    side, so that lines run on to the edge)."""
    first = (frame.span[0] - start).days - 1
    last = (frame.span[1] - start).days + 1
    return range(max(0, first), min(count, last + 1))


def _vertical_marks(p: QPainter, frame: Frame, xs: Iterable[float], low: float,
                    high: float) -> None:
    p.drawLines([QLineF(frame.point(x, low), frame.point(x, high)) for x in xs])


# --------------------------------------------------------------------------------- mood
def _kind_entries(treatments: Sequence[Treatment]) -> list[tuple[str, list[float]]]:
    by_kind: dict[str, list[float]] = {}
    for t in treatments:
        by_kind.setdefault(t.kind, []).append(time_x(t.at))
    return [(kind, by_kind[kind]) for kind in KIND_STYLES if kind in by_kind]


def _kind_pen_style(kind: str) -> tuple[QColor, Qt.PenStyle]:
    name, dash = KIND_STYLES.get(kind, (None, Qt.PenStyle.DashDotDotLine))
    return colour(name), dash


def _medication_days(meds: Iterable[Medication], start: date, end: date) -> list[date]:
    return sorted({d for m in meds for d in (m.active_from, m.active_to)
                   if d is not None and start <= d <= end})


def mood_chart(a: Analysis, treatments: Sequence[Treatment], moments: Sequence[Moment],
               meds: Sequence[Medication], span: tuple[date, date], width: int) -> Chart:
    """Mood 0-10 per day, its 7-day mean, a line per treatment, moments and the days a
    regular medication started or stopped (charts.timeline.mood_chart and charts.moments)."""
    kinds = _kind_entries(treatments)
    med_days = _medication_days(meds, *span)
    blue = colour("blue")
    entries = [KeyEntry("\u25cf", blue,
                        QCoreApplication.translate("Charts", "Daily mood")),
               KeyEntry("\u2501\u2501", blue,
                        QCoreApplication.translate("Charts", "7-day mean"))]
    for kind, _xs in kinds:
        c, dash = _kind_pen_style(kind)
        entries.append(KeyEntry("\u2502" if dash == Qt.PenStyle.SolidLine else "\u2506",
                                _solid(c), kind_text(kind)))
    if moments:
        entries.append(KeyEntry("\u25c7", _solid(colour(None)), QCoreApplication.translate(
            "Charts", "Moment (how you were then)")))
    if med_days:
        entries.append(KeyEntry("\u2506", colour("green"), QCoreApplication.translate(
            "Charts", "Medication started / stopped")))
    height = 200
    frame = Frame(width, height, span, (-0.5, 10.5), _key(entries, width))
    s = a.series

    def paint(p: QPainter) -> None:
        frame.draw_key(p)
        p.save()
        p.setClipRect(frame.plot)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(pen(colour("green"), 1.2, Qt.PenStyle.DotLine))
        _vertical_marks(p, frame, [day_x(d) for d in med_days], -0.5, 10.5)
        for kind, xs in kinds:
            c, dash = _kind_pen_style(kind)
            p.setPen(pen(c, 1.3, dash))
            _vertical_marks(p, frame, xs, -0.5, 10.5)
        days = _visible(frame, s.start, len(s))
        room = frame.plot.width() / max(1.0, frame.days_visible()) >= MIN_DOT_SPACING
        p.setPen(pen(colour("blue", 80 if room else 35)))
        _polyline(p, frame, [(day_x(s.day(i)), s.mood[i]) for i in days])
        if room:
            dot = pen(colour("blue", 190), 4)
            dot.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(dot)
            p.drawPoints(QPolygonF([frame.point(day_x(s.day(i)), mood) for i in days
                                    if (mood := s.mood[i]) is not None]))
        p.setPen(pen(blue, 2.2))
        _polyline(p, frame, [(day_x(s.day(i)), a.mood_mean[i]) for i in days])
        p.setPen(pen(colour(None), 1.4))  # the muted foreground, as in the window
        p.setBrush(Qt.BrushStyle.NoBrush)
        for m in moments:
            _diamond(p, frame.point(time_x(datetime.combine(m.day, m.at)), m.mood), 7)
        p.restore()
        frame.draw_axes(p, [(v, str(v)) for v in range(0, 11, 2)], QCoreApplication.translate(
            "Report", "Mood (0 worst \u2013 10 best)"))

    return Chart("mood", width, height, paint, frame)


def _key(entries: list[KeyEntry], width: int, points: float = LEGEND_POINTS) -> Key:
    from moodlog.charts.palette import LEFT_AXIS_WIDTH, RIGHT_AXIS_WIDTH

    return Key(entries, points, max(60.0, width - LEFT_AXIS_WIDTH - RIGHT_AXIS_WIDTH - 4))


def _diamond(p: QPainter, at: QPointF, size: float) -> None:
    h = size / 2
    p.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - h), QPointF(at.x() + h, at.y()),
                             QPointF(at.x(), at.y() + h), QPointF(at.x() - h, at.y())]))


def _triangle(p: QPainter, at: QPointF, size: float, up: bool) -> None:
    """pyqtgraph's "t1" (up) and "t" (down) symbols."""
    h = size / 2
    tip = -h if up else h
    p.drawPolygon(QPolygonF([QPointF(at.x(), at.y() + tip), QPointF(at.x() + h, at.y() - tip),
                             QPointF(at.x() - h, at.y() - tip)]))


# -------------------------------------------------------------------------------- PHQ-9
def phq9_chart(a: Analysis, at: date, span: tuple[date, date], width: int) -> Chart:
    """PHQ-9 totals on their severity bands, with the baseline, response and remission lines
    of the course under way on ``at`` (charts.scores.questionnaire_chart, totals in
    near-black with white-filled markers as the report has always printed them)."""
    inst = get_instrument("phq9")
    course = a.course_under_way(at)
    base = None if course is None else course.baseline
    entries = [KeyEntry("\u2501\u25cb", FOREGROUND, QCoreApplication.translate(
        "Charts", "{name} total").format(name=inst.name))]
    lines: list[tuple[float, QColor, float, Qt.PenStyle]] = []
    if base is not None:
        entries.append(KeyEntry("\u2501\u2501", FOREGROUND,
                                baseline_name(base.total, base.day)))
        entries.append(KeyEntry("\u254c\u254c", colour("blue"), QCoreApplication.translate(
            "Charts", "Response (50% below baseline)")))
        lines += [(base.total, FOREGROUND, 1.2, Qt.PenStyle.SolidLine),
                  (response_y(base.total), colour("blue"), 1.6, Qt.PenStyle.DashLine)]
    entries.append(KeyEntry("\u254c\u254c", colour("green"), QCoreApplication.translate(
        "Charts", "Remission (below 5)")))
    lines.append((PHQ9.remission_max + 0.5, colour("green"), 1.8, Qt.PenStyle.DotLine))
    height = 175
    frame = Frame(width, height, span, (-0.5, inst.max_total + 0.5), _key(entries, width))

    def paint(p: QPainter) -> None:
        frame.draw_key(p)
        p.save()
        p.setClipRect(frame.plot)
        for i, band in enumerate(inst.bands):
            top, bottom = frame.y(band.high + 0.5), frame.y(max(-0.5, band.low - 0.5))
            p.fillRect(QRectF(frame.plot.left(), top, frame.plot.width(), bottom - top),
                       _opaque(muted(0.04 + 0.045 * i)))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for y, c, w, dash in lines:
            p.setPen(pen(c, w, dash))
            p.drawLine(QPointF(frame.plot.left(), frame.y(y)),
                       QPointF(frame.plot.right(), frame.y(y)))
        p.setPen(pen(FOREGROUND, 1.8))
        _polyline(p, frame, [(day_x(pt.day), pt.total) for pt in a.phq9])
        p.setPen(pen(FOREGROUND, 1.4))
        p.setBrush(QBrush(BACKGROUND))
        for pt in a.phq9:
            if pt.total is not None:
                p.drawEllipse(frame.point(day_x(pt.day), pt.total), 3.5, 3.5)
        p.restore()
        frame.draw_axes(p, [(v, str(v)) for v in range(0, inst.max_total + 1, 5)],
                        QCoreApplication.translate("Report", "PHQ-9 total (0\u201327)"),
                        right_ticks=[((b.low + b.high) / 2, band_tick(b.label))
                                     for b in inst.bands])

    return Chart("phq9", width, height, paint, frame)


def _opaque(c: QColor) -> QColor:
    """A translucent grey laid on white, as one solid colour (the same look on paper)."""
    a = c.alphaF()
    return QColor.fromRgbF(*(1 - a + a * v for v in (c.redF(), c.greenF(), c.blueF())))


# ----------------------------------------------------------------------------- symptoms
UNANSWERED = 4
NO_CHECKIN = 5


def _severity_word(i: int) -> str:
    if english():
        return SEVERITY_LABELS[i]
    from moodlog.i18n import current_language

    return catalogue_text.severity_label(i, current_language())


def symptom_chart(a: Analysis, span: tuple[date, date], width: int,
                  row_height: int = 12) -> Chart:
    """Every symptom per day, severity 0-3 as colour; unanswered hatched, days without a
    check-in left blank (charts.symptoms.symptom_heatmap with ``vector_days``)."""
    entries = [KeyEntry("", FOREGROUND, QCoreApplication.translate("Charts", "Symptoms"),
                        bold=True)]
    entries += [KeyEntry("\u25a0", QColor(c), f"{i} {_severity_word(i)}", mark_points=12)
                for i, c in enumerate(SEVERITY_COLOURS)]
    entries.append(KeyEntry("\u25a8", QColor(UNANSWERED_COLOUR), QCoreApplication.translate(
        "ChartTables", "unanswered"), mark_points=12))
    entries.append(KeyEntry("\u25a1", _solid(muted(0.6)), QCoreApplication.translate(
        "ChartTables", "no check-in"), mark_points=12))
    rows = len(a.symptoms)
    height = 56 + row_height * rows
    frame = Frame(width, height, span, (0, max(1, rows)),
                  _key(entries, width, SYMPTOM_KEY_POINTS), invert=True)
    s = a.series
    colours = [QColor(c) for c in (*SEVERITY_COLOURS, UNANSWERED_COLOUR)]

    def paint(p: QPainter) -> None:
        frame.draw_key(p)
        p.save()
        p.setClipRect(frame.plot)
        p.setPen(Qt.PenStyle.NoPen)
        hatch: list[QLineF] = []
        first = max(0, s.index(span[0])) if len(s) else 0
        last = min(len(s) - 1, s.index(span[1])) if len(s) else -1
        x_first = day_x(s.start) - DAY / 2 if len(s) else 0.0
        for row, d in enumerate(a.symptoms):
            values = s.ratings[d.key]
            codes = [NO_CHECKIN if s.mood[i] is None else
                     (UNANSWERED if values[i] is None else int(values[i] or 0))
                     for i in range(first, last + 1)]
            for begin, end, code in _runs(codes):
                if code == NO_CHECKIN:
                    continue
                left = frame.x(x_first + (first + begin) * DAY)
                right = frame.x(x_first + (first + end) * DAY)
                top, bottom = frame.y(row), frame.y(row + 1)
                p.fillRect(QRectF(left, top, right - left, bottom - top), colours[code])
                if code == UNANSWERED:
                    hatch += [QLineF(frame.x(x_first + (first + i) * DAY), bottom,
                                     frame.x(x_first + (first + i + 1) * DAY), top)
                              for i in range(begin, end)]
        if hatch:
            p.setPen(pen("#202020", 0.8))
            p.drawLines(hatch)
        p.restore()
        frame.draw_axes(p, [(r + 0.5, short_label(d.key, d.label))
                            for r, d in enumerate(a.symptoms)], left_tick_length=0)

    return Chart("symptoms", width, height, paint, frame)


def _runs(codes: Sequence[int]) -> list[tuple[int, int, int]]:
    """(begin, end, code) of each run of equal codes: one rectangle per run."""
    out: list[tuple[int, int, int]] = []
    begin = 0
    for i in range(1, len(codes) + 1):
        if i == len(codes) or codes[i] != codes[begin]:
            out.append((begin, i, codes[begin]))
            begin = i
    return out


# ----------------------------------------------------------------------- blood pressure
def bp_chart(a: Analysis, span: tuple[date, date], width: int) -> Chart:
    """Systolic (up) and diastolic (down) before dosing, open, and highest after, filled
    (charts.session.session_bp_chart)."""
    title = QCoreApplication.translate(
        "Charts", "Blood pressure per session: before dosing and highest after "
        "(\u25b2 systolic, \u25bc diastolic)")
    blue, red = colour("blue"), colour("vermillion")
    entries = [KeyEntry("", FOREGROUND, title, bold=True),
               KeyEntry("\u25b3", blue, QCoreApplication.translate("Charts", "before dosing")),
               KeyEntry("\u25b2", red, QCoreApplication.translate(
                   "Charts", "highest after dosing"))]
    height = 130
    frame = Frame(width, height, span, (40, 205), _key(entries, width))
    sessions = sessions_with_bp(a)

    def paint(p: QPainter) -> None:
        frame.draw_key(p)
        p.save()
        p.setClipRect(frame.plot)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for t in sessions:
            x = day_x(t.day)
            for reading, c, fill in zip(pre_and_peak(t.readings), (blue, red),
                                        (BACKGROUND, red), strict=True):
                if reading is None or reading.systolic is None:
                    continue
                p.setPen(pen(c, 1.4))
                p.setBrush(QBrush(fill))
                _triangle(p, frame.point(x, reading.systolic), 8, up=True)
                if reading.diastolic is not None:
                    _triangle(p, frame.point(x, reading.diastolic), 8, up=False)
        p.restore()
        frame.draw_axes(p, [(v, str(v)) for v in range(60, 201, 40)], "mmHg")

    return Chart("session_bp", width, height, paint, frame)

