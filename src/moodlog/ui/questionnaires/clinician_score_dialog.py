"""Type in a total a clinician reported (MADRS or another scale). Only the total is kept.

The MADRS form is copyrighted (CLINICAL.md section 2): no item of it appears here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.models import CLINICIAN_SCALES, ClinicianScore
from moodlog.ui.common.discard_guard import DiscardGuard
from moodlog.ui.common.local_format import day_text
from moodlog.ui.common.theme import set_muted
from moodlog.ui.common.widgets import ask, error_label, save_cancel
from moodlog.ui.journal import Journal


class ClinicianScoreDialog(DiscardGuard, QDialog):
    """Adds a ClinicianScore, or corrects ``score`` (with an id)."""

    def __init__(self, journal: Journal, score: ClinicianScore | None = None,
                 parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.journal = journal
        self._today = today
        self._original = score
        self.saved_score: ClinicianScore | None = None
        self.setWindowTitle(self.tr("Correct a clinician score") if score
                            else self.tr("Add a clinician score"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Type in the total your clinician told you, for example of the "
                              "MADRS (0-60). Only the total is kept."))
        hint.setWordWrap(True)
        set_muted(hint)
        layout.addWidget(hint)
        form = QFormLayout()
        self.scale = QComboBox()
        self.scale.setEditable(True)
        self.scale.addItems([name for name, _top in CLINICIAN_SCALES.values()])
        self.scale.setAccessibleName(self.tr("Name of the scale"))
        form.addRow(self.tr("&Scale:"), self.scale)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self.tr("ddd d MMM yyyy"))
        self.date_edit.setAccessibleName(self.tr("Date of the rating"))
        t = today()
        self.date_edit.setMaximumDate(QDate(t.year, t.month, t.day))
        form.addRow(self.tr("&Date:"), self.date_edit)
        self.total = QSpinBox()
        # -1 shows as a dash: nothing typed yet, so 0 is never saved by accident.
        self.total.setRange(-1, 999)
        self.total.setSpecialValueText("\u2014")
        self.total.setValue(-1)
        self.total.setAccessibleName(self.tr("Total score"))
        form.addRow(self.tr("&Total:"), self.total)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. who rated it, or before which session"))
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("&Note:"), self.note)
        layout.addLayout(form)
        self.error = error_label()
        self.error.hide()  # no empty gap above the buttons until there is something to say
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self))
        self._fill(score)
        self.discard_what = self.tr("this score")
        self.mark_clean()

    def _fill(self, s: ClinicianScore | None) -> None:
        day = s.day if s else self._today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        if s is None:
            self.scale.setCurrentIndex(0)
            return
        self.scale.setCurrentText(s.instrument)
        self.total.setValue(s.total)
        self.note.setText(s.note)

    def score(self) -> ClinicianScore:
        """The score as entered; raises ValueError with a message for the user."""
        day = self.date_edit.date().toPython()
        assert isinstance(day, date)
        if day > self._today():
            raise ValueError(self.tr("the date is in the future; a score is for today or an "
                                     "earlier day"))
        if self.total.value() < 0:
            raise ValueError(self.tr("type in the total your clinician reported"))
        return ClinicianScore(self.scale.currentText(), day, self.total.value(),
                              self.note.text())

    def accept(self) -> None:
        try:
            score = self.score()
        except ValueError as exc:
            self._refuse(str(exc))
            return
        original_id = self._original.id if self._original else None
        same = [s for s in self.journal.store.clinician_scores(score.day, score.day)
                if s.instrument == score.instrument]
        others = [s for s in same if s.id != original_id]
        if others and not ask(
                self, self.tr("Replace the {scale} score?").format(scale=score.instrument),
                self.tr("There is already a {scale} score for {day} (total {total}). Replace "
                        "it with this one?").format(
                    scale=score.instrument, total=others[0].total,
                    day=day_text(score.day, self.tr("dddd dd MMMM yyyy")))):
            return
        try:
            saved = self.journal.save_clinician_score(score, replace=bool(same))
            if original_id is not None and not any(s.id == original_id for s in same):
                # Moved to another day or scale: the corrected score replaces the old one.
                self.journal.delete_clinician_score(original_id)
        except ValueError as exc:
            self._refuse(str(exc))
            return
        self.saved_score = saved
        super().accept()

    def _refuse(self, message: str) -> None:
        self.error.setText(self.tr("Not saved: {reason}.").format(
            reason=f"{message[0].upper()}{message[1:]}"))
        self.error.show()
