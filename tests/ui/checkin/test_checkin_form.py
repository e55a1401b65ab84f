from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from moodlog.core.models import CheckIn
from moodlog.core.symptoms import BUILTIN_KEYS
from moodlog.ui.checkin.checkin_form import CheckInForm
from moodlog.ui.journal import Journal


@pytest.fixture
def form(qtbot: QtBot, journal: Journal) -> CheckInForm:
    f = CheckInForm(journal)
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    return f


def test_whole_checkin_by_keyboard(qtbot: QtBot, form: CheckInForm, journal: Journal) -> None:
    form.mood.setFocus()
    qtbot.keyClick(form.mood, Qt.Key.Key_6)
    # Tab through every symptom: rate the first two, leave the rest unanswered.
    qtbot.keyClick(form.mood, Qt.Key.Key_Tab)
    first = form._symptom_rows["sadness"]
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_2)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = form._symptom_rows["irritability"]
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_0)
    for _ in range(len(form._symptom_rows) - 1):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    assert form.sleep.hasFocus()
    form.sleep.selectAll()
    qtbot.keyClicks(form.sleep, "7.5")
    qtbot.keyClick(form.sleep, Qt.Key.Key_Tab)
    assert form.note.hasFocus()
    qtbot.keyClicks(form.note, "walked a bit")
    assert form.is_dirty() and form.state_label.text() == "Unsaved changes"
    qtbot.keyClick(form.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = journal.store.checkin(date.today())
    assert saved is not None
    assert (saved.mood, dict(saved.ratings), saved.sleep_hours, saved.note) == (
        6, {"sadness": 2, "irritability": 0}, 7.5, "walked a bit")
    assert "Saved at" in form.message.text()
    assert not form.is_dirty()


def test_arrow_keys_and_delete_move_between_answers(qtbot: QtBot, form: CheckInForm) -> None:
    control = form._symptom_rows["fatigue"]
    control.setFocus()
    assert control.value() is None and control.has_choice()  # "Not answered"
    qtbot.keyClick(control, Qt.Key.Key_Right)
    assert control.value() == 0
    qtbot.keyClick(control, Qt.Key.Key_End)
    assert control.value() == 3
    qtbot.keyClick(control, Qt.Key.Key_Delete)
    assert control.value() is None


def test_clicking_a_segment_chooses_it(qtbot: QtBot, form: CheckInForm) -> None:
    control = form._symptom_rows["anxiety"]
    rect = control._rect(2).toRect()  # "Mild"
    qtbot.mouseClick(control, Qt.MouseButton.LeftButton, pos=rect.center())
    assert control.value() == 1


def test_mood_is_required(qtbot: QtBot, form: CheckInForm, journal: Journal) -> None:
    form._symptom_rows["sadness"].setValue(1)
    assert form.save() is False
    assert "Choose your mood" in form.message.text()
    assert journal.store.checkins() == []


def test_loading_a_day_fills_the_form_and_keeps_none_apart_from_unanswered(
        form: CheckInForm, journal: Journal) -> None:
    day = date.today() - timedelta(days=3)
    journal.store.save_checkin(CheckIn(day, 4, {"sadness": 0, "fatigue": 3}, 5.5, "hm"))
    form.go_to(day)
    assert form.mood.value() == 4
    assert form._symptom_rows["sadness"].value() == 0
    assert form._symptom_rows["fatigue"].value() == 3
    assert form._symptom_rows["anxiety"].value() is None
    assert form.sleep.value() == 5.5 and form.note.toPlainText() == "hm"
    assert not form.is_dirty()
    form.mood.setValue(5)
    assert form.save()
    again = journal.store.checkin(day)
    assert again is not None and dict(again.ratings) == {"sadness": 0, "fatigue": 3}


def test_hidden_symptom_ratings_survive_a_save(form: CheckInForm, journal: Journal) -> None:
    journal.add_symptom("Nightmares")
    journal.store.save_checkin(CheckIn(date.today(), 4, {"nightmares": 2}))
    journal.set_symptom_hidden("nightmares", True)
    form.load_day(date.today())
    assert "nightmares" not in form._symptom_rows
    form.mood.setValue(6)
    assert form.save()
    saved = journal.store.checkin(date.today())
    assert saved is not None and saved.ratings == {"nightmares": 2}


def test_unsaved_changes_prompt_on_day_change(monkeypatch: pytest.MonkeyPatch,
                                              form: CheckInForm, journal: Journal) -> None:
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def ask(*args: object, **kw: object) -> QMessageBox.StandardButton:
            asked.append(str(args[1]))
            return button
        return ask

    form.mood.setValue(3)
    form._changed()
    yesterday = date.today() - timedelta(days=1)
    monkeypatch.setattr("moodlog.ui.checkin.checkin_form.ask_unsaved_changes",
                        answer(QMessageBox.StandardButton.Cancel))
    assert form.go_to(yesterday) is False
    assert form.day == date.today() and form.mood.value() == 3 and asked
    monkeypatch.setattr("moodlog.ui.checkin.checkin_form.ask_unsaved_changes",
                        answer(QMessageBox.StandardButton.Discard))
    assert form.go_to(yesterday) is True
    assert form.day == yesterday and journal.store.checkins() == []
    form.mood.setValue(8)
    monkeypatch.setattr("moodlog.ui.checkin.checkin_form.ask_unsaved_changes",
                        answer(QMessageBox.StandardButton.Save))
    assert form.go_to(date.today()) is True
    saved = journal.store.checkin(yesterday)
    assert saved is not None and saved.mood == 8


def test_no_prompt_without_changes(monkeypatch: pytest.MonkeyPatch, form: CheckInForm) -> None:
    def fail(*args: object, **kw: object) -> None:
        raise AssertionError("should not ask")

    monkeypatch.setattr("moodlog.ui.checkin.checkin_form.ask_unsaved_changes", fail)
    assert form.go_to(date.today() - timedelta(days=5))


def test_future_days_cannot_be_opened(form: CheckInForm) -> None:
    assert form.go_to(date.today() + timedelta(days=1)) is False
    assert not form.next_button.isEnabled()


def test_every_control_has_an_accessible_name(form: CheckInForm) -> None:
    controls = [form.mood, form.sleep, form.note, form.date_edit, form.prev_button,
                form.next_button, *form._symptom_rows.values()]
    assert all(c.accessibleName() for c in controls)
    assert [form._symptom_rows[k].accessibleName() for k in BUILTIN_KEYS][0].startswith("Sadness")


def test_safety_concern_only_for_thoughts_of_death(qtbot: QtBot, form: CheckInForm) -> None:
    form.mood.setValue(3)
    form._symptom_rows["thoughts_of_death"].setValue(0)
    with qtbot.assertNotEmitted(form.safety_concern):
        assert form.save()
    form._symptom_rows["thoughts_of_death"].setValue(1)
    with qtbot.waitSignal(form.safety_concern, timeout=1000):
        assert form.save()
