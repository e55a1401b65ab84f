"""Digits as a tired person types them, auto-advance, and day navigation out of the Tab chain."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from moodlog.ui.checkin.checkin_form import CheckInForm
from moodlog.ui.common.segmented import SegmentedControl
from moodlog.ui.journal import Journal


@pytest.fixture
def form(qtbot: QtBot, journal: Journal) -> CheckInForm:
    f = CheckInForm(journal)
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    f.activateWindow()
    f.mood.setFocus()
    return f


def test_one_then_zero_is_ten_not_zero(qtbot: QtBot, form: CheckInForm) -> None:
    qtbot.keyClicks(form.mood, "10")
    assert form.mood.value() == 10


def test_a_single_digit_is_that_value_once_the_pause_passes(qtbot: QtBot,
                                                            form: CheckInForm) -> None:
    qtbot.keyClick(form.mood, Qt.Key.Key_1)
    assert form.mood.value() == 1
    form.mood.settle_digits()
    qtbot.keyClick(form.mood, Qt.Key.Key_0)
    assert form.mood.value() == 0  # a new answer after the pause, not 10


def test_the_pause_ends_by_itself(qtbot: QtBot, form: CheckInForm, auto_advance: None) -> None:
    qtbot.keyClick(form.mood, Qt.Key.Key_1)
    assert form.mood.hasFocus()
    qtbot.waitUntil(lambda: form._symptom_rows["sadness"].hasFocus())
    assert form.mood.value() == 1


@pytest.mark.usefixtures("auto_advance")
def test_auto_advance_moves_on_and_shift_tab_goes_back(qtbot: QtBot, form: CheckInForm) -> None:
    qtbot.keyClick(form.mood, Qt.Key.Key_7)
    sadness = form._symptom_rows["sadness"]
    assert form.mood.value() == 7 and sadness.hasFocus()
    qtbot.keyClick(sadness, Qt.Key.Key_2)
    assert sadness.value() == 2
    assert form._symptom_rows["irritability"].hasFocus()
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert sadness.hasFocus()


@pytest.mark.usefixtures("auto_advance")
def test_a_digit_after_one_that_makes_no_answer_goes_to_the_next_question(
        qtbot: QtBot, form: CheckInForm) -> None:
    qtbot.keyClicks(form.mood, "12")  # mood 1, then sadness 2: nothing typed is lost
    assert form.mood.value() == 1
    assert form._symptom_rows["sadness"].value() == 2


@pytest.mark.usefixtures("auto_advance")
def test_ten_then_the_symptoms_by_digits_alone(qtbot: QtBot, form: CheckInForm,
                                               journal: Journal) -> None:
    qtbot.keyClicks(form.mood, "10")
    rows = list(form._symptom_rows.values())
    assert rows[0].hasFocus()
    for digit in "0123" * 3:  # each key goes where focus is, as on a real keyboard
        qtbot.keyClicks(form.focusWidget(), digit)
    assert form.sleep.hasFocus()
    qtbot.keyClick(form.sleep, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = journal.store.checkin(form.day)
    assert saved is not None and saved.mood == 10
    assert [saved.ratings[k] for k in form._symptom_rows] == [0, 1, 2, 3] * 3


def test_digits_with_ctrl_or_out_of_range_change_nothing(qtbot: QtBot,
                                                         form: CheckInForm) -> None:
    symptom = form._symptom_rows["sadness"]
    symptom.setFocus()
    qtbot.keyClick(symptom, Qt.Key.Key_7)
    qtbot.keyClick(symptom, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert symptom.value() is None


def test_day_navigation_is_out_of_the_tab_chain_but_has_keys(
        qtbot: QtBot, form: CheckInForm, journal: Journal) -> None:
    chain = [form.mood]
    for _ in range(len(form._symptom_rows) + 4):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        chain.append(form.focusWidget())
    for widget in (form.date_edit, form.prev_button, form.next_button, form.today_button):
        assert widget not in chain
    today = form.day
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert form.day == today - timedelta(days=1)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert form.day == today
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert form.date_edit.hasFocus()


def test_a_typed_ten_is_what_is_stored(qtbot: QtBot, form: CheckInForm,
                                       journal: Journal) -> None:
    qtbot.keyClicks(form.mood, "10")
    assert form.save()
    saved = journal.store.checkin(date.today())
    assert saved is not None
    assert (saved.mood, dict(saved.ratings), saved.sleep_hours, saved.note) == (10, {}, None, "")


def test_auto_advance_is_a_preference(qtbot: QtBot, journal: Journal, settings: object) -> None:
    from moodlog.ui.settings.preferences import PreferencesDialog

    dialog = PreferencesDialog(journal, settings, None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.auto_advance.isChecked()  # on by default
    dialog.auto_advance.setChecked(False)
    assert SegmentedControl.auto_advance is False
    assert settings.auto_advance is False  # type: ignore[attr-defined]
