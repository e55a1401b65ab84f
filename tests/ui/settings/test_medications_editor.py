"""Preferences > Medications: add and edit; a bad entry says why and saves nothing."""

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from moodlog.core.life import Medication
from moodlog.ui.journal import Journal
from moodlog.ui.settings import medications_editor
from moodlog.ui.settings.medications_editor import MedicationDialog, MedicationsEditor


def _answers(*fills: Callable[[MedicationDialog], None]) -> Callable[[MedicationDialog], int]:
    queue = list(fills)

    def exec_(dialog: MedicationDialog) -> int:
        if not queue:
            return QDialog.DialogCode.Rejected
        queue.pop(0)(dialog)
        return QDialog.DialogCode.Accepted
    return exec_


def test_add_then_stop_a_medication(qtbot: QtBot, journal: Journal,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    editor = MedicationsEditor(journal)
    qtbot.addWidget(editor)

    def fill(d: MedicationDialog) -> None:
        d.name.setText("Sertraline")
        d.dose.setValue(50)
        d.schedule.setText("mornings")

    monkeypatch.setattr(MedicationDialog, "exec", _answers(fill))
    assert editor.edit(None)
    (med,) = journal.store.medications()
    assert (med.key, med.name, med.dose, med.unit, med.schedule) == (
        "sertraline", "Sertraline", 50.0, "mg", "mornings")

    def stop(d: MedicationDialog) -> None:
        d.has_to.setChecked(True)
        d.stop.setDate(QDate(2026, 6, 30))

    monkeypatch.setattr(MedicationDialog, "exec", _answers(stop))
    assert editor.edit(med)
    assert journal.store.medications()[0].active_to == date(2026, 6, 30)
    assert "to 30 Jun 2026" in editor.list.item(0).text()


def test_a_bad_entry_warns_and_saves_nothing(qtbot: QtBot, journal: Journal,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    journal.store.add_medication(Medication("lithium", "Lithium"))
    editor = MedicationsEditor(journal)
    qtbot.addWidget(editor)
    warnings: list[str] = []
    monkeypatch.setattr(medications_editor.QMessageBox, "warning",
                        lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(MedicationDialog, "exec", _answers(
        lambda d: d.name.setText("  lithium "),  # the same name again
        lambda d: d.name.setText("")))           # no name
    assert not editor.edit(None)
    assert len(warnings) == 2 and "already exists" in warnings[0] and "empty" in warnings[1]
    assert len(journal.store.medications()) == 1
