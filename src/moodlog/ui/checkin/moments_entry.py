"""'How are you now': add a moment (time, mood 0-10, short note) to the form's day.

A moment is saved at once, on its own, and is not a check-in: a day with only moments is shown
but not counted as a day logged.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.life import MOMENT_NOTE_MAX, Moment
from moodlog.ui.common.segmented import SegmentedControl
from moodlog.ui.common.theme import set_muted
from moodlog.ui.journal import Journal


class MomentsEntry(QWidget):
    """The moments of one day, and a row to add another."""

    added = Signal(object)  # Moment

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.day = date.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._list = QGridLayout()
        self._list.setColumnStretch(2, 1)
        self._rows: list[QWidget] = []
        layout.addLayout(self._list)
        row = QHBoxLayout()
        self.at = QTimeEdit()
        self.at.setDisplayFormat("HH:mm")
        self.at.setAccessibleName(self.tr("Time of the moment"))
        self.mood = SegmentedControl([(v, str(v)) for v in range(11)], min_segment_width=28)
        self.mood.setAccessibleName(self.tr("Mood now, from 0 worst to 10 best"))
        self.note = QLineEdit()
        self.note.setMaxLength(MOMENT_NOTE_MAX)
        self.note.setPlaceholderText(self.tr("A few words (optional)"))
        self.note.setAccessibleName(self.tr("Note of the moment"))
        self.add_button = QPushButton(self.tr("Add &moment"))
        self.add_button.clicked.connect(self.add)
        self.note.returnPressed.connect(self.add)
        for w in (self.at, self.mood):
            row.addWidget(w)
        row.addWidget(self.note, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.message = QLabel()
        set_muted(self.message)
        layout.addWidget(self.message)

    def controls(self) -> list[QWidget]:
        return [self.at, self.mood, self.note, self.add_button]

    def load_day(self, day: date) -> None:
        self.day = day
        now = datetime.now().time() if day == date.today() else time(12, 0)
        self.at.setTime(QTime(now.hour, now.minute))
        self.mood.setValue(None)
        self.note.clear()
        self.message.setText("")
        self._show(self.journal.moments(day, day))

    def _show(self, moments: list[Moment]) -> None:
        for w in self._rows:
            w.hide()  # gone now, not only when the event loop deletes it
            w.setParent(None)
            w.deleteLater()
        self._rows.clear()
        for i, m in enumerate(moments):
            when, mood = QLabel(f"{m.at:%H:%M}"), QLabel(self.tr("mood {mood}").format(mood=m.mood))
            note = QLabel(m.note)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            remove = QPushButton(self.tr("Delete"))
            remove.setAccessibleName(
                self.tr("Delete the moment at {time}").format(time=f"{m.at:%H:%M}"))
            remove.clicked.connect(lambda _=False, mid=m.id: self._delete(mid))
            for col, w in enumerate((when, mood, note, remove)):
                self._list.addWidget(w, i, col)
                self._rows.append(w)

    def add(self) -> None:
        if not self.mood.has_choice():
            self.message.setText(self.tr("Choose how you are now (0-10) first."))
            self.mood.setFocus()
            return
        t = self.at.time()
        try:
            saved = self.journal.add_moment(
                Moment(self.day, time(t.hour(), t.minute()), self.mood.value(),
                       self.note.text().strip()))
        except ValueError as exc:
            self.message.setText(self.tr("Not added: {error}").format(error=exc))
            return
        self.load_day(self.day)
        self.message.setText(
            self.tr("\u2713 Moment at {time} added").format(time=f"{saved.at:%H:%M}"))
        self.added.emit(saved)

    def _delete(self, moment_id: int | None) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete moment"), self.tr("Delete this moment? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes and moment_id is not None:
            self.journal.delete_moment(moment_id)
            self.load_day(self.day)
