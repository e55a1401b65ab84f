"""Preferences > Medications: the regular medications each check-in asks about.

A medication is never deleted (its answers stay); giving it a stop date ends the questions.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.life import Medication, free_key
from moodlog.ui.common.local_format import day_text, dose_text
from moodlog.ui.common.theme import set_muted
from moodlog.ui.journal import Journal

ROLE = Qt.ItemDataRole.UserRole


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class MedicationDialog(QDialog):
    """Name, dose and unit, schedule, and the dates it is taken from and to (either open)."""

    def __init__(self, med: Medication | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit medication") if med else self.tr("Add a medication"))
        self._key = med.key if med else None
        form = QFormLayout(self)
        self.name = QLineEdit(med.name if med else "")
        self.name.setMaxLength(80)
        self.dose = QDoubleSpinBox()
        self.dose.setRange(0, 100_000)
        self.dose.setDecimals(2)
        self.dose.setSpecialValueText(self.tr("not given"))
        self.dose.setValue(med.dose or 0 if med else 0)  # 0 shows "not given"
        self.unit = QLineEdit(med.unit if med else "mg")
        self.unit.setMaxLength(20)
        self.schedule = QLineEdit(med.schedule if med else "")
        self.schedule.setMaxLength(200)
        self.schedule.setPlaceholderText(self.tr("e.g. mornings"))
        today = date.today()
        self.has_from, self.start = QCheckBox(self.tr("since")), QDateEdit(_qdate(
            med.active_from if med and med.active_from else today))
        self.has_to, self.stop = QCheckBox(self.tr("until")), QDateEdit(_qdate(
            med.active_to if med and med.active_to else today))
        self.has_from.setChecked(bool(med and med.active_from))
        self.has_to.setChecked(bool(med and med.active_to))
        for edit in (self.start, self.stop):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Dose:"), self.dose)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Schedule:"), self.schedule)
        for check, edit in ((self.has_from, self.start), (self.has_to, self.stop)):
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(edit, 1)
            form.addRow(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def medication(self, taken_keys: list[str]) -> Medication:
        """The record as typed; ValueError with a message for anything wrong."""
        def day(check: QCheckBox, edit: QDateEdit) -> date | None:
            q = edit.date()
            return date(q.year(), q.month(), q.day()) if check.isChecked() else None

        name = self.name.text()
        key = self._key or free_key(name or "medication", taken_keys)
        return Medication(key, name, self.dose.value() or None, self.unit.text(),
                          self.schedule.text(), day(self.has_from, self.start),
                          day(self.has_to, self.stop))


class MedicationsEditor(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Your regular medications. Each check-in on a day one is taken "
                               "asks whether you took it (or leave it unanswered). To stop, "
                               "give it an \u201cuntil\u201d date: its answers are kept."))
        intro.setWordWrap(True)
        set_muted(intro)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your medications"))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add\u2026"))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(self._edit_current)
        self.list.itemActivated.connect(lambda _item: self._edit_current())
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for m in self.journal.medications():
            span = ""
            if m.active_from or m.active_to:
                open_end = "\u2026"
                pattern = self.tr("dd MMM yyyy")
                span = " \u2014 " + self.tr("{start} to {end}").format(
                    start=day_text(m.active_from, pattern) if m.active_from else open_end,
                    end=day_text(m.active_to, pattern) if m.active_to else open_end)
            item = QListWidgetItem(f"{m.name} {dose_text(m.dose, m.unit)}".strip() + span)
            item.setData(ROLE, m)
            self.list.addItem(item)
        self.edit_button.setEnabled(self.list.count() > 0)

    def _edit_current(self) -> None:
        item = self.list.currentItem() or self.list.item(0)
        if item is not None:
            self.edit(item.data(ROLE))

    def edit(self, med: Medication | None) -> bool:
        dialog = MedicationDialog(med, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                new = dialog.medication([m.key for m in self.journal.medications()])
                if med is None:
                    self.journal.edit_medications("add_medication", new)
                else:
                    self.journal.edit_medications("update_medication", new)
            except ValueError as exc:
                QMessageBox.warning(self, self.tr("Medication not saved"),
                                    str(exc).capitalize() + ".")
                continue
            self.refresh()
            return True
        return False
