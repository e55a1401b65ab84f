from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from moodlog.core.models import Treatment
from moodlog.core.session import Reading, SessionDetails
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


def _type(d: TreatmentDialog, row: int, *cells: str) -> None:
    table = d.session.readings.table
    while table.rowCount() <= row:
        d.session.readings.add_button.click()
    for col, text in enumerate(cells):
        item = table.item(row, col)
        assert item is not None
        item.setText(text)


def test_a_full_session_is_saved(dialog: TreatmentDialog, journal: Journal) -> None:
    _valid(dialog)
    dialog.clinic.setText("Clinic A")
    # A new esketamine session has its reading times prefilled: 0, +40 min, +2 h.
    table = dialog.session.readings.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["0", "40", "120"]
    _type(dialog, 0, "0", "132/84", "70", "98")
    _type(dialog, 1, "40", "150 / 92")
    dialog.session.devices.setValue(2)
    dialog.session.moaas.setValue(4)
    dialog.session.cadss.setValue(18)
    dialog.session.observed.setValue(125)
    dialog.session.ready_note.setText("ready after two hours")
    dialog.effects["dissociation"].setValue(2)
    dialog.effects["nausea"].setValue(0)
    dialog.effects_note.setText("metallic taste")
    dialog.note.setPlainText("first")
    dialog.accept()
    (t,) = journal.store.treatments()
    assert t == Treatment(
        datetime(2026, 3, 10, 9, 30), "esketamine_nasal", "induction", 56.0, "mg", "Clinic A",
        "first", readings=(Reading(0, 132, 84, 70, 98), Reading(40, 150, 92)),  # +2 h left empty
        session=SessionDetails(devices=2, moaas=4, cadss=18, observed_minutes=125,
                               ready_note="ready after two hours"),
        side_effects={"dissociation": 2, "nausea": 0}, side_effects_note="metallic taste",
        id=t.id)
    assert dialog.result_treatment == t
    assert dialog.session.devices_mg.text() == "= 56 mg"


def test_an_iv_session_gets_its_own_times_and_an_edit_shows_what_was_saved(
        qtbot: QtBot, dialog: TreatmentDialog, journal: Journal) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData("ketamine_iv"))
    table = dialog.session.readings.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["0", "20", "40", "60"]
    saved = journal.add_treatment(Treatment(
        datetime(2026, 3, 1, 9, 0), "ketamine_iv", dose=0.5, dose_unit="mg/kg",
        readings=(Reading(0, 150, 95), Reading(40, 160, 99, 80)),
        session=SessionDetails(weight_kg=70, infusion_minutes=40, cadss=5, cadss_form="cadss6")))
    edit = TreatmentDialog(journal.update_treatment, saved, now=lambda: NOW)
    qtbot.addWidget(edit)
    rows = edit.session.readings.table
    assert [[rows.item(r, c).text() for c in range(4)] for r in range(rows.rowCount())] == [
        ["0", "150/95", "", ""], ["40", "160/99", "80", ""]]
    assert rows.item(0, 1).font().bold() and not rows.item(1, 1).font().bold()  # pre > 140/90
    assert edit.session.cadss.maximum() == 24  # the CADSS-6 range
    assert edit.treatment() == saved


def test_an_old_after_reading_without_a_time_stays_so_when_edited(
        qtbot: QtBot, journal: Journal) -> None:
    saved = journal.add_treatment(Treatment(
        datetime(2026, 3, 1, 9, 0), "ketamine_iv",
        readings=(Reading(0, 130, 80, 70), Reading(None, 146, 90, 80))))
    edit = TreatmentDialog(journal.update_treatment, saved, now=lambda: NOW)
    qtbot.addWidget(edit)
    assert edit.session.readings.table.item(1, 0).text() == "after"
    edit.note.setPlainText("edited")
    edit.accept()
    (t,) = journal.store.treatments()
    assert t.readings == saved.readings and t.note == "edited"


@pytest.mark.parametrize(("cells", "message"), [
    (("0", "80/120"), "Reading 1: blood pressure 80/120: systolic (first) must be higher"),
    (("0", "130"), "Reading 1: blood pressure must look like SYS/DIA"),
    (("0", "270/80"), "Reading 1: systolic pressure must be a whole number 50-260 mmHg"),
    (("0", "120/20"), "diastolic pressure must be a whole number 30-160 mmHg"),
    (("0", "120/80", "25"), "heart rate must be a whole number 30-220 beats per minute"),
    (("0", "120/80", "70", "101"), "SpO2 must be a whole number 50-100 %"),
    (("721", "120/80"), "reading time must be a whole number 0-720"),
    (("-5", "120/80"), "the time (minutes after the start of dosing) must be a whole number"),
    (("", "120/80"), "Reading 1: give its time"),
    (("later", "120/80"), "must be a whole number, not 'later'"),
    (("0", "", "fast"), "heart rate must be a whole number, not 'fast'"),
])
def test_every_reading_field_is_checked_and_nothing_is_written(
        dialog: TreatmentDialog, journal: Journal, cells: tuple[str, ...], message: str) -> None:
    _valid(dialog)
    _type(dialog, 0, *cells)
    dialog.accept()
    assert message in dialog.error.text(), dialog.error.text()
    assert journal.store.treatments() == [] and dialog.result() == 0


@pytest.mark.parametrize(("setup", "message"), [
    (lambda d: d.at.setDateTime(datetime(2026, 3, 12, 9, 0)), "more than a day in the future"),
    (lambda d: (d.session.devices.setValue(3)), "3 devices are 84 mg, but the dose says 56 mg"),
    (lambda d: (d.kind.setCurrentIndex(d.kind.findData("tms")), d.dose.setValue(0),
                d.session.devices.setValue(2)), "Devices are only for an esketamine"),
    (lambda d: d.session.weight.setValue(70), "A weight goes with a dose in mg/kg"),
])
def test_validation_keeps_the_dialog_open_with_a_clear_message(
        dialog: TreatmentDialog, journal: Journal, setup: object, message: str) -> None:
    _valid(dialog)
    setup(dialog)  # type: ignore[operator]
    dialog.accept()
    assert message in dialog.error.text() and dialog.error.text().startswith("Not saved: ")
    assert journal.store.treatments() == []
    assert dialog.result() == 0


def test_clinic_totals_stop_at_their_ranges(dialog: TreatmentDialog) -> None:
    s = dialog.session
    for spin, high in ((s.moaas, 5), (s.cadss, 92), (s.devices, 3), (s.observed, 720),
                       (s.infusion, 480)):
        spin.setValue(high + 50)
        assert spin.value() == high
        spin.setValue(-50)
        assert spin.specialValueText() and spin.value() == spin.minimum()  # "not recorded"
    s.cadss.setValue(40)
    s.cadss_form.setCurrentIndex(s.cadss_form.findData("cadss6"))
    assert s.cadss.value() == 24 and s.cadss.maximum() == 24


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
                dialog.note, dialog.effects_note, dialog.session.readings.table,
                dialog.session.devices, dialog.session.weight, dialog.session.infusion,
                dialog.session.moaas, dialog.session.cadss, dialog.session.cadss_form,
                dialog.session.observed, dialog.session.ready_note,
                *dialog.effects.values()]
    assert all(c.accessibleName() for c in controls)


def test_a_reading_is_named_once_in_its_message() -> None:
    from moodlog.ui.treatments.readings_table import _parse_row

    with pytest.raises(ValueError) as caught:
        _parse_row("reading 3", "5", "120/80", "7a", "")
    assert str(caught.value) == "reading 3: heart rate must be a whole number, not '7a'"
