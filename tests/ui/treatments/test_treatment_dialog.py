from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from moodlog.core.models import BloodPressure, Treatment
from moodlog.ui.journal import Journal
from moodlog.ui.treatments.treatment_dialog import TreatmentDialog

NOW = datetime(2026, 3, 10, 12, 0)


@pytest.fixture
def dialog(qtbot: QtBot, journal: Journal) -> TreatmentDialog:
    d = TreatmentDialog(journal.add_treatment, now=lambda: NOW)
    qtbot.addWidget(d)
    return d


def _valid(d: TreatmentDialog) -> None:
    d.at.setDateTime(datetime(2026, 3, 10, 9, 30))
    d.kind.setCurrentIndex(d.kind.findData("esketamine_nasal"))
    d.phase.setCurrentIndex(d.phase.findData("induction"))
    d.dose.setValue(56)
    d.unit.setCurrentText("mg")


def test_a_full_session_is_saved(dialog: TreatmentDialog, journal: Journal) -> None:
    _valid(dialog)
    dialog.clinic.setText("Clinic A")
    dialog.before.systolic.setValue(132)
    dialog.before.diastolic.setValue(84)
    dialog.before.heart_rate.setValue(70)
    dialog.after.systolic.setValue(150)
    dialog.after.diastolic.setValue(92)
    dialog.effects["dissociation"].setValue(2)
    dialog.effects["nausea"].setValue(0)
    dialog.effects_note.setText("metallic taste")
    dialog.note.setPlainText("first")
    dialog.accept()
    (t,) = journal.store.treatments()
    assert t == Treatment(datetime(2026, 3, 10, 9, 30), "esketamine_nasal", "induction", 56.0,
                          "mg", "Clinic A", "first", BloodPressure(132, 84),
                          BloodPressure(150, 92), 70, None, {"dissociation": 2, "nausea": 0},
                          "metallic taste", id=t.id)
    assert dialog.result_treatment == t


@pytest.mark.parametrize(("setup", "message"), [
    (lambda d: (d.before.systolic.setValue(80), d.before.diastolic.setValue(120)),
     "higher than diastolic"),
    (lambda d: d.before.systolic.setValue(130), "both numbers of the blood pressure before"),
    (lambda d: d.at.setDateTime(datetime(2026, 3, 12, 9, 0)), "more than a day in the future"),
])
def test_validation_keeps_the_dialog_open_with_a_clear_message(
        dialog: TreatmentDialog, journal: Journal, setup: object, message: str) -> None:
    _valid(dialog)
    setup(dialog)  # type: ignore[operator]
    dialog.accept()
    assert message in dialog.error.text() and dialog.error.text().startswith("Not saved: ")
    assert journal.store.treatments() == []
    assert dialog.result() == 0


def test_dose_cannot_be_negative(dialog: TreatmentDialog) -> None:
    dialog.dose.setValue(-5)
    assert dialog.dose.value() == 0  # the spin box stops at "Not recorded"


def test_duplicate_session_is_refused(dialog: TreatmentDialog, journal: Journal) -> None:
    _valid(dialog)
    dialog.accept()
    again = TreatmentDialog(journal.add_treatment, now=lambda: NOW)
    _valid(again)
    again.accept()
    assert "already recorded" in again.error.text()
    assert len(journal.store.treatments()) == 1


def test_every_field_has_an_accessible_name(dialog: TreatmentDialog) -> None:
    controls = [dialog.at, dialog.kind, dialog.phase, dialog.dose, dialog.unit, dialog.clinic,
                dialog.note, dialog.effects_note, dialog.before.systolic, dialog.after.heart_rate,
                *dialog.effects.values()]
    assert all(c.accessibleName() for c in controls)
