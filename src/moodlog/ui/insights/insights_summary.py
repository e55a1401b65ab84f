"""The side panel of the Insights view: relief after each treatment, before and after averages,
and the PHQ-9 outcome, for the range the charts show."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from moodlog.charts import tables
from moodlog.charts.tables import Table
from moodlog.core.analysis import Analysis
from moodlog.core.outcomes import is_remission, is_response
from moodlog.core.relief import ReliefStatus
from moodlog.ui.common.local_format import day_text, number_text
from moodlog.ui.common.table_model import table_view


def _heading(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _day(day: date) -> str:
    """A day in running text ("06 Apr 2026") in the window's language."""
    return day_text(day, QCoreApplication.translate("SummaryPanel", "dd MMM yyyy"))


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their content, the first one taking (or giving up) what is left."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def fit_rows(view: QTableView) -> None:
    """As tall as all its rows, so it never scrolls inside the side panel (which scrolls)."""
    if not view.property("fits_rows"):
        view.setProperty("fits_rows", True)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Columns wider than the panel bring a horizontal scroll bar: make room for it then.
        view.horizontalScrollBar().rangeChanged.connect(lambda *_: fit_rows(view))
    if view.wordWrap():
        view.resizeRowsToContents()
    header = view.horizontalHeader()
    height = 2 * view.frameWidth() + header.sizeHint().height()
    height += view.verticalHeader().length()
    if view.horizontalScrollBar().maximum() > 0:
        height += view.horizontalScrollBar().sizeHint().height()
    view.setFixedHeight(height)


class SummaryPanel(QWidget):
    """Tables and sentences about the days shown; :meth:`show_range` refreshes them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        self._box = box
        box.addWidget(_heading(self.tr("Relief after each treatment")))
        self.relief_view, self.relief_model = table_view(self.tr("Relief after each treatment"),
                                                         fit=False)
        box.addWidget(self.relief_view)
        self.median_label = _note()
        box.addWidget(self.median_label)
        # core.relief.DEFINITION (a test holds the two the same).
        self.definition_label = definition = _note(self.tr(
            "Relief is measured from your daily mood. Before: your average mood over the 7 days "
            "before the treatment (at least 3 check-ins). After: a 3-day average (at least 2 "
            "check-ins). Peak: the best 3-day average in the first week, counting the treatment "
            "day. Relief lasts until the 3-day average falls back to halfway between before and "
            "peak. \u201c\u2265 N\u201d means the next treatment or your last check-in came "
            "first, so relief lasted at least N days. This describes your record; it is not "
            "advice on when to have a treatment."))
        font = definition.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        definition.setFont(font)
        box.addWidget(definition)
        box.addWidget(_heading(self.tr("Before and after")))
        self.periods_label = _note()
        box.addWidget(self.periods_label)
        self.compare_view, self.compare_model = table_view(
            self.tr("Symptom averages before and after"), fit=False)
        # A long measure ("Estado de ánimo (0-10)") wraps in its cell instead of "Estado de áni…".
        self.compare_view.setWordWrap(True)
        self.compare_view.horizontalHeader().sectionResized.connect(
            lambda *_: fit_rows(self.compare_view))
        box.addWidget(self.compare_view)
        self.outcome_label = _note()
        box.addWidget(self.outcome_label)
        # Each section as tall as it needs, one after another; the room left goes at the end
        # (the panel sits in a scroll area, so sections never squeeze into each other).
        box.addStretch(1)

    def add_section(self, widget: QWidget, after: QWidget | None = None) -> None:
        """Add ``widget`` after ``after`` (default: the last section)."""
        at = self._box.indexOf(after) + 1 if after is not None else self._box.count() - 1
        self._box.insertWidget(at, widget)

    def fit(self, a: Analysis) -> None:
        """Size the columns once, for the widest content of the whole journal: measuring them
        on every range change would cost more than redrawing the charts."""
        self.relief_model.set_table(tables.relief_table(list(a.relief)))
        fit_columns(self.relief_view)
        fit_rows(self.relief_view)
        periods = a.default_periods(a.series.end)
        if periods is not None:
            self.compare_model.set_table(tables.comparison_table(a.compare(*periods)))
            fit_columns(self.compare_view)
            fit_rows(self.compare_view)

    def show_range(self, a: Analysis, start: date, end: date) -> None:
        reliefs = a.relief_in(start, end)
        self.relief_model.set_table(tables.relief_table(reliefs))
        median = a.median_relief(start, end)
        ended = sum(r.status is ReliefStatus.ENDED for r in reliefs)
        censored = sum(r.censored for r in reliefs)
        if not reliefs:
            text = self.tr("No ketamine or esketamine treatments in this range.")
        elif median is None:
            text = self.tr("No median yet: no treatment's relief has ended in this range.")
        else:
            median_text = number_text(median)
            text = self.tr("Median days of relief: {median} ({over}; {left_out}).").format(
                median=median_text,
                over=self.tr("over %n treatment(s) whose relief ended", "", ended),
                left_out=self.tr("%n still going at the next treatment or the last check-in "
                                 "are left out", "", censored))
        self.median_label.setText(text)
        periods = a.default_periods(end)
        if periods is None:
            self.periods_label.setText(self.tr("Shown once a ketamine or esketamine treatment "
                                               "is recorded: the 4 weeks before the first one "
                                               "against the last 4 weeks of the range."))
            self.compare_model.set_table(Table((), ()))
        else:
            (b0, b1), (a0, a1) = periods
            self.periods_label.setText(self.tr(
                "Averages over the 4 weeks before the first treatment ({b0} \u2013 {b1}) and "
                "the last 4 weeks shown ({a0} \u2013 {a1}).").format(
                b0=_day(b0), b1=_day(b1), a0=_day(a0), a1=_day(a1)))
            self.compare_model.set_table(tables.comparison_table(a.compare(*periods)))
        self.outcome_label.setText(outcome_text(a, end))
        fit_rows(self.relief_view)
        fit_rows(self.compare_view)


def outcome_text(a: Analysis, end: date) -> str:
    """The PHQ-9 baseline and the latest total up to ``end``, against CLINICAL.md's outcomes."""
    base, latest = a.baseline_at(end), a.latest_phq9(end)
    if base is None:
        return QCoreApplication.translate(
            "SummaryPanel", "PHQ-9 baseline: none within 30 days before the first treatment.")
    text = QCoreApplication.translate("SummaryPanel", "PHQ-9 baseline: {total} on {day}.").format(
        total=base.total, day=_day(base.day))
    if latest is not None and latest.total is not None and latest.day > base.day:
        yes = QCoreApplication.translate("SummaryPanel", "yes")
        no = QCoreApplication.translate("SummaryPanel", "no")
        response = is_response(base.total, latest.total)
        text += QCoreApplication.translate(
            "SummaryPanel", " Latest: {total} on {day}; response (at least 50% below baseline): "
            "{response}; remission (below 5): {remission}.").format(
            total=latest.total, day=_day(latest.day), response=yes if response else no,
            remission=yes if is_remission(latest.total) else no)
    return text
