"""History: a month calendar tinted by mood, with a legend, and a list of recent days."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.models import CheckIn
from moodlog.ui.common.catalogue import severity_label, symptom_label
from moodlog.ui.common.local_format import day_text
from moodlog.ui.common.theme import follow_colours, heading_font, mood_color, set_muted, tint
from moodlog.ui.common.widgets import JournalView, ask, hint, record_table
from moodlog.ui.journal import Journal

RECENT_DAYS = 60


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class MoodCalendar(QCalendarWidget):
    """A calendar whose days are tinted by that day's mood."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moods: dict[date, int] = {}
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setAccessibleName(self.tr("Calendar of check-ins, tinted by mood"))

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802
        mood = self.moods.get(_pydate(qdate))
        if mood is None:
            super().paintCell(painter, rect, qdate)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint(mood_color(mood), self.palette()))
        painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        if qdate == self.selectedDate():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        font = painter.font()
        font.setBold(qdate == QDate.currentDate())
        painter.setFont(font)
        painter.drawText(rect.adjusted(0, 2, 0, -rect.height() // 2 + 4),
                         Qt.AlignmentFlag.AlignCenter, str(qdate.day()))
        small = painter.font()
        small.setPointSizeF(small.pointSizeF() * 0.8)
        small.setBold(False)
        painter.setFont(small)
        painter.drawText(rect.adjusted(0, rect.height() // 2 - 2, 0, -2),
                         Qt.AlignmentFlag.AlignCenter, f"{mood}")
        painter.restore()


def _swatch_colours(mood: int, pal: QPalette) -> dict[QPalette.ColorRole, QColor]:
    """A legend swatch: the mood's tint laid over the field colour of the scheme shown."""
    base = pal.color(QPalette.ColorRole.Base)
    t = tint(mood_color(mood), pal)
    a = t.alphaF()
    return {QPalette.ColorRole.Window: QColor(round(base.red() * (1 - a) + t.red() * a),
                                              round(base.green() * (1 - a) + t.green() * a),
                                              round(base.blue() * (1 - a) + t.blue() * a))}


class MoodLegend(QWidget):
    """Swatches 0..10 with their meaning at the ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        worst = QLabel(self.tr("worst"))
        set_muted(worst)
        row.addWidget(worst)
        for mood in range(11):
            swatch = QLabel(str(mood))
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setFixedSize(26, 22)
            swatch.setAutoFillBackground(True)
            follow_colours(swatch, partial(_swatch_colours, mood))
            row.addWidget(swatch)
        best = QLabel(self.tr("best"))
        set_muted(best)
        row.addWidget(best)
        row.addStretch(1)
        self.setAccessibleName(self.tr("Legend: mood 0, worst, in orange, to 10, best, in blue"))


def worst_symptoms(checkin: CheckIn, labels: dict[str, str], limit: int = 3) -> str:
    """The most severe symptoms of a day, e.g. ``Fatigue (severe), Sadness (moderate)``; a day
    with only mild ones, or none, says so ("—" read as "no symptoms" on a day of mild ones);
    "—" only when no symptom was answered."""
    rated = sorted(((v, k) for k, v in checkin.ratings.items() if v >= 2), reverse=True)
    parts = [f"{labels.get(k, k)} ({severity_label(v)})" for v, k in rated[:limit]]
    if parts:
        return ", ".join(parts)
    answered = checkin.ratings.values()
    if any(v == 1 for v in answered):
        return QCoreApplication.translate("HistoryView", "only mild ones")
    if answered:
        return QCoreApplication.translate("HistoryView", "none")
    return "\u2014"


class HistoryView(JournalView):
    """Calendar + recent days; ``open_day`` asks the window to show a day's check-in."""

    open_day = Signal(object)  # date
    KINDS = frozenset({"checkins", "symptoms"})

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        title = QLabel(self.tr("History"))
        heading_font(title, 1.5)
        left.addWidget(title)
        self.calendar = MoodCalendar()
        self.calendar.setMinimumSize(420, 320)
        self.calendar.activated.connect(lambda q: self.open_day.emit(_pydate(q)))
        left.addWidget(self.calendar, 1)
        left.addWidget(MoodLegend())
        left.addWidget(hint(self.tr("Double-click a day (or press Enter) to open its check-in.")))
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        recent = QLabel(self.tr("Recent days (last {days})").format(days=RECENT_DAYS))
        heading_font(recent, 1.15)
        right.addWidget(recent)
        self.table = record_table([self.tr("Day"), self.tr("Mood"), self.tr("Worst symptoms")],
                                  self.tr("Recent check-ins"))
        self.table.cellActivated.connect(self._activated)
        self.table.cellDoubleClicked.connect(self._activated)
        right.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open day"))
        self.open_button.clicked.connect(lambda: self._activated(self.table.currentRow(), 0))
        self.delete_button = QPushButton(self.tr("&Delete day\u2026"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        right.addLayout(buttons)
        layout.addLayout(right, 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.populate()  # the recent days' mood tints, in the scheme now shown

    def populate(self) -> None:
        store = self.journal.store
        checkins = store.checkins()
        self.calendar.moods = {c.day: c.mood for c in checkins}
        self.calendar.updateCells()
        labels = {s.key: symptom_label(s.key, s.label, short=True) for s in store.symptoms()}
        since = date.today() - timedelta(days=RECENT_DAYS)
        recent = [c for c in reversed(checkins) if c.day >= since]
        self.table.setRowCount(len(recent))
        for row, c in enumerate(recent):
            day = QTableWidgetItem(day_text(c.day, self.tr("ddd dd MMM yyyy")))
            day.setData(Qt.ItemDataRole.UserRole, c.day.toordinal())
            mood = QTableWidgetItem(f"{c.mood}/10")
            mood.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            mood.setBackground(tint(mood_color(c.mood), self.palette()))
            worst = worst_symptoms(c, labels)
            if c.note:
                worst += "  \u270e"
            for col, item in enumerate((day, mood, QTableWidgetItem(worst))):
                self.table.setItem(row, col, item)
        has_rows = bool(recent)
        self.open_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)
        if has_rows and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def _day_at(self, row: int) -> date | None:
        item = self.table.item(row, 0) if row >= 0 else None
        return date.fromordinal(int(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def _activated(self, row: int, _col: int) -> None:
        day = self._day_at(row)
        if day is not None:
            self.open_day.emit(day)

    def delete_selected(self) -> None:
        day = self._day_at(self.table.currentRow())
        if day is None:
            return
        if ask(
            self, self.tr("Delete this check-in?"),
            self.tr("Delete the check-in for {day}, with its symptoms and note? This cannot be "
                    "undone.").format(day=day_text(day, self.tr("dddd dd MMMM yyyy")))):
            self.journal.delete_checkin(day)
