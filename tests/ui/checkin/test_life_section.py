"""Tags, medication answers and moments on the check-in form, by keyboard and mouse."""

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from moodlog.core.life import Medication, Moment
from moodlog.core.models import CheckIn
from moodlog.ui.checkin.checkin_form import CheckInForm
from moodlog.ui.journal import Journal


@pytest.fixture
def form(qtbot: QtBot, journal: Journal) -> CheckInForm:
    journal.store.add_medication(Medication("sertraline", "Sertraline", 100, "mg"))
    f = CheckInForm(journal)
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    return f


def test_type_to_filter_and_space_sets_a_tag_then_ctrl_s_saves_it(
        qtbot: QtBot, form: CheckInForm, journal: Journal) -> None:
    qtbot.keyClick(form.mood, Qt.Key.Key_7)
    picker = form.life.tags
    picker.filter.setFocus()
    qtbot.keyClicks(picker.filter, "wal")
    assert [k for k in picker._order if not picker._chips[k].isHidden()] == ["walk"]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Space)
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "fam")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert picker.selected() == ("family", "walk") and form.is_dirty()
    qtbot.keyClick(picker.filter, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = journal.store.checkin(date.today())
    assert saved is not None and saved.tags == ("family", "walk")


def test_a_mouse_click_toggles_a_chip_and_the_medication_row_answers(
        qtbot: QtBot, form: CheckInForm, journal: Journal) -> None:
    qtbot.keyClick(form.mood, Qt.Key.Key_5)
    qtbot.mouseClick(form.life.tags._chips["therapy"], Qt.MouseButton.LeftButton)
    (row,) = form.life.meds.controls()
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Right)  # Not answered -> Taken
    assert form.life.values() == (("therapy",), {"sertraline": True})
    assert form.save()
    saved = journal.store.checkin(date.today())
    assert saved is not None and dict(saved.medications_taken) == {"sertraline": True}


def test_saving_keeps_hidden_tags_and_answers_of_the_day(form: CheckInForm,
                                                         journal: Journal) -> None:
    day = date.today()
    journal.store.save_checkin(CheckIn(day, 4, tags=("alcohol", "walk"),
                                       medications_taken={"sertraline": False}))
    journal.store.set_tag_hidden("alcohol", True)
    form.load_day(day)
    assert not form.is_dirty()
    assert "alcohol" not in form.life.tags._chips  # hidden: not offered ...
    form.note.setPlainText("edited")
    assert form.save()
    saved = journal.store.checkin(day)
    assert saved is not None and saved.tags == ("alcohol", "walk")  # ... and not dropped
    assert dict(saved.medications_taken) == {"sertraline": False}


def test_space_with_nothing_typed_does_nothing_and_no_tag_costs_no_keystroke(
        qtbot: QtBot, form: CheckInForm, journal: Journal) -> None:
    picker = form.life.tags
    picker.filter.setFocus()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Space)
    assert picker.filter.text() == "" and picker.selected() == ()
    qtbot.keyClick(form.mood, Qt.Key.Key_3)
    qtbot.keyClick(form.mood, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = journal.store.checkin(date.today())
    assert saved is not None and saved.tags == () and saved.medications_taken == {}


def test_how_are_you_now_adds_a_moment_that_is_not_a_checkin(
        qtbot: QtBot, form: CheckInForm, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = form.life.moments
    entry.at.setTime(entry.at.time().fromString("16:05", "HH:mm"))
    entry.mood.setValue(6)
    qtbot.keyClicks(entry.note, "after the session")
    qtbot.keyClick(entry.note, Qt.Key.Key_Return)
    (m,) = journal.store.moments()
    assert (m.at, m.mood, m.note) == (time(16, 5), 6, "after the session")
    assert journal.store.checkin(date.today()) is None
    assert "16:05" in entry.message.text()
    monkeypatch.setattr("moodlog.ui.checkin.moments_entry.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    entry._delete(m.id)
    assert journal.store.moments() == [m]
    monkeypatch.setattr("moodlog.ui.checkin.moments_entry.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    entry._delete(m.id)
    assert journal.store.moments() == []


def test_a_moment_needs_a_mood(form: CheckInForm, journal: Journal) -> None:
    form.life.moments.add()
    assert journal.store.moments() == [] and "0-10" in form.life.moments.message.text()
    journal.store.add_moment(Moment(date.today(), time(8), 3))
    form.life.moments.load_day(date.today())
    assert len(form.life.moments._rows) == 4
