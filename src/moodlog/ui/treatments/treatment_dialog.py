"""Add or edit one treatment session, with every field of the treatment record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.models import Treatment
from moodlog.core.symptoms import SEVERITY_LABELS
from moodlog.core.treatments import DOSE_UNITS, PHASES, SIDE_EFFECTS, TREATMENT_KINDS
from moodlog.ui.common.catalogue import kind_label, phase_label, severity_label, side_effect_label
from moodlog.ui.common.discard_guard import DiscardGuard
from moodlog.ui.common.screen_fit import fit_to_screen, scrolling_body
from moodlog.ui.common.segmented import SegmentedControl
from moodlog.ui.common.theme import set_muted
from moodlog.ui.common.widgets import error_label, save_cancel
from moodlog.ui.treatments.readings_table import SessionPanel, dose_as_given

EFFECT_OPTIONS: list[tuple[Any, str]] = [(None, "Not recorded")] + [
    (v, label.capitalize()) for v, label in SEVERITY_LABELS.items()]


def effect_options() -> list[tuple[Any, str]]:
    """EFFECT_OPTIONS in the window's language (the severities are catalogue text)."""
    not_recorded = QCoreApplication.translate("TreatmentDialog", "Not recorded")
    return [(None, not_recorded)] + [(v, severity_label(v).capitalize())
                                     for v in SEVERITY_LABELS]


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _spin(maximum: int, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSpecialValueText("\u2014")
    spin.setAccessibleName(name)
    return spin


class TreatmentDialog(DiscardGuard, QDialog):
    """Edits a Treatment; ``save`` is called on OK and may raise ValueError to keep it open."""

    def __init__(self, save: Callable[[Treatment], Treatment], treatment: Treatment | None = None,
                 clinics: Sequence[str] = (), parent: QWidget | None = None,
                 now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._save = save
        self._now = now
        self._id = treatment.id if treatment else None
        self.result_treatment: Treatment | None = None
        self.setWindowTitle(self.tr("Edit treatment") if treatment else self.tr("Add a treatment"))
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(self._build_details(clinics), 1)
        columns.addWidget(self._build_effects(), 1)
        self.body = scrolling_body(columns)  # taller than a 720- or 768-pixel screen
        layout.addWidget(self.body, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self))
        fit_to_screen(self, self.body)
        self._fill(treatment)
        self.discard_what = self.tr("this treatment")
        self.mark_clean()

    def _build_details(self, clinics: Sequence[str]) -> QVBoxLayout:
        box = QVBoxLayout()
        form = QFormLayout()
        self.at = QDateTimeEdit()
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.at.setAccessibleName(self.tr("Date and time of the session"))
        form.addRow(self.tr("&When:"), self.at)
        self.kind = QComboBox()
        for key in TREATMENT_KINDS:
            self.kind.addItem(kind_label(key), key)
        self.kind.setAccessibleName(self.tr("Kind of treatment"))
        form.addRow(self.tr("&Kind:"), self.kind)
        self.phase = QComboBox()
        self.phase.addItem("\u2014", None)
        for key in PHASES:
            self.phase.addItem(phase_label(key), key)
        self.phase.setAccessibleName(self.tr("Phase"))
        form.addRow(self.tr("&Phase:"), self.phase)
        dose_row = QHBoxLayout()
        self.dose = QDoubleSpinBox()
        self.dose.setRange(0, 10_000)
        self.dose.setDecimals(2)
        self.dose.setSpecialValueText(self.tr("Not recorded"))
        self.dose.setAccessibleName(self.tr("Dose"))
        self.unit = QComboBox()
        self.unit.addItems(list(DOSE_UNITS))
        self.unit.setAccessibleName(self.tr("Dose unit"))
        # a visible label, which screen readers read as its name
        unit_label = QLabel(self.tr("unit"))
        unit_label.setBuddy(self.unit)
        dose_row.addWidget(self.dose, 1)
        dose_row.addWidget(unit_label)
        dose_row.addWidget(self.unit)
        dose_label = QLabel(self.tr("&Dose:"))
        dose_label.setBuddy(self.dose)
        form.addRow(dose_label, dose_row)
        self.clinic = QLineEdit()
        self.clinic.setAccessibleName(self.tr("Clinic"))
        self.clinic.setCompleter(QCompleter(sorted(set(clinics)), self))
        form.addRow(self.tr("&Clinic:"), self.clinic)
        box.addLayout(form)

        self.session = SessionPanel()  # readings, dose as given, the clinic's totals
        box.addWidget(self.session)

        note_label = QLabel(self.tr("&Notes about the session:"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Notes about the session"))
        self.note.setFixedHeight(72)
        note_label.setBuddy(self.note)
        box.addWidget(note_label)
        box.addWidget(self.note)
        return box

    def _build_effects(self) -> QGroupBox:
        group = QGroupBox(self.tr("Side effects"))
        grid = QGridLayout(group)
        hint = QLabel(self.tr("How strong was each one?"))
        set_muted(hint)
        grid.addWidget(hint, 0, 0, 1, 2)
        self.effects: dict[str, SegmentedControl] = {}
        options = effect_options()
        for row, key in enumerate(SIDE_EFFECTS, start=1):
            label = side_effect_label(key)
            control = SegmentedControl(options)
            control.setAccessibleName(self.tr("Side effect: {label}").format(label=label))
            text = QLabel(label)
            text.setBuddy(control)
            grid.addWidget(text, row, 0)
            grid.addWidget(control, row, 1)
            self.effects[key] = control
        self.effects_note = QLineEdit()
        self.effects_note.setPlaceholderText(self.tr("Anything else, in your words"))
        self.effects_note.setAccessibleName(self.tr("Other side effects"))
        other = QLabel(self.tr("&Other:"))
        other.setBuddy(self.effects_note)
        grid.addWidget(other, len(SIDE_EFFECTS) + 1, 0)
        grid.addWidget(self.effects_note, len(SIDE_EFFECTS) + 1, 1)
        grid.setRowStretch(len(SIDE_EFFECTS) + 2, 1)
        return group

    def _fill(self, t: Treatment | None) -> None:
        if t is None:
            now = self._now().replace(second=0, microsecond=0)
            self.at.setDateTime(_qdatetime(now))
            self.session.readings.prefill(self.kind.currentData())
            self.kind.currentIndexChanged.connect(
                lambda: self.session.readings.prefill(self.kind.currentData()))
            return
        self.at.setDateTime(_qdatetime(t.at))
        self.kind.setCurrentIndex(self.kind.findData(t.kind))
        self.phase.setCurrentIndex(self.phase.findData(t.phase) if t.phase else 0)
        self.dose.setValue(t.dose or 0)
        if t.dose_unit:
            self.unit.setCurrentText(t.dose_unit)
        self.clinic.setText(t.clinic)
        self.session.fill(t.readings, t.session)
        self.note.setPlainText(t.note)
        for key, control in self.effects.items():
            control.setValue(t.side_effects.get(key))
        self.effects_note.setText(t.side_effects_note)

    def treatment(self) -> Treatment:
        """The treatment as entered; raises ValueError with a message for the user."""
        at = self.at.dateTime().toPython()
        assert isinstance(at, datetime)
        if at > self._now() + timedelta(days=1):
            raise ValueError(
                self.tr("the session is more than a day in the future; check the date"))
        dose = self.dose.value() or None
        unit = self.unit.currentText() if dose else None
        details = self.session.details()
        dose, unit = dose_as_given(self.kind.currentData(), dose, unit, details)
        return Treatment(
            at=at.replace(second=0, microsecond=0), kind=self.kind.currentData(),
            phase=self.phase.currentData(), dose=dose, dose_unit=unit,
            clinic=self.clinic.text(), note=self.note.toPlainText(),
            readings=self.session.readings.readings(), session=details,
            side_effects={k: c.value() for k, c in self.effects.items() if c.value() is not None},
            side_effects_note=self.effects_note.text(), id=self._id,
        )

    def accept(self) -> None:
        try:
            self.result_treatment = self._save(self.treatment())
        except ValueError as exc:
            message = str(exc)
            self.error.setText(self.tr("Not saved: {message}.").format(
                message=message[0].upper() + message[1:]))
            return
        super().accept()

