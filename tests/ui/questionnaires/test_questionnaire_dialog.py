from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from moodlog.core import questionnaires as q
from moodlog.core.models import QuestionnaireResponse
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow
from moodlog.ui.questionnaires.questionnaire_dialog import QuestionnaireDialog, numbers_in_words

TODAY = date(2026, 5, 20)
QUESTION = "moodlog.ui.questionnaires.questionnaire_dialog.QMessageBox.question"
Button = QMessageBox.StandardButton


class Asked:
    """Stands in for QMessageBox.question: records what was asked, gives a set answer."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, _parent: Any, title: str, text: str, *_args: Any) -> Any:
        self.texts.append(f"{title}\n{text}")
        return self.answer


def _dialog(qtbot: QtBot, journal: Journal, key: str = "phq9",
            response: QuestionnaireResponse | None = None) -> QuestionnaireDialog:
    d = QuestionnaireDialog(journal, key, response, today=lambda: TODAY)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    # Shortcuts such as Ctrl+S need an active window; offscreen, nothing activates it for us.
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    return d


def _answer(qtbot: QtBot, d: QuestionnaireDialog, answers: dict[int, int]) -> None:
    """Answer items by number, with the keyboard as a user would."""
    for n, value in answers.items():
        control = d.items[n - 1]
        control.setFocus()
        qtbot.keyClick(control, Qt.Key.Key_0 + value)


def _texts(d: QuestionnaireDialog) -> list[str]:
    return [label.text() for label in d.findChildren(QLabel)]


def test_exact_wording_answers_and_attribution(qtbot: QtBot, journal: Journal) -> None:
    for key, items in (("phq9", q.PHQ9_ITEMS), ("gad7", q.GAD7_ITEMS)):
        d = _dialog(qtbot, journal, key)
        texts = _texts(d)
        assert q.STEM in texts and q.ATTRIBUTION in texts and q.DIFFICULTY_QUESTION in texts
        assert all(item in texts for item in items)
        assert len(d.items) == len(items)
        for n, (control, item) in enumerate(zip(d.items, items, strict=True), start=1):
            assert control.labels() == list(q.ANSWERS)
            assert control.accessibleName() == f"Item {n}: {item}"
            assert control.value() is None and not control.has_choice()
        assert d.difficulty is not None
        assert d.difficulty.labels() == list(q.DIFFICULTY_ANSWERS)
        assert d.date_edit.accessibleName() and d.date_edit.maximumDate() == QDate(2026, 5, 20)
        assert d.date_edit.date() == QDate(2026, 5, 20)


def test_the_phq9_fits_one_screen_at_1280x800(qtbot: QtBot, journal: Journal) -> None:
    d = _dialog(qtbot, journal)
    hint = d.sizeHint()
    assert hint.width() <= 1240 and hint.height() <= 720
    # Every wrapped item label got the height of all its lines.
    for label in d.findChildren(QLabel):
        if label.wordWrap() and label.text() in q.PHQ9_ITEMS:
            assert label.height() >= label.heightForWidth(label.width())


def test_fill_in_a_phq9_by_keyboard(qtbot: QtBot, journal: Journal) -> None:
    d = _dialog(qtbot, journal)
    assert d.items[0].hasFocus()
    answers = [1, 2, 0, 3, 1, 0, 2, 1, 0]
    for control, answer in zip(d.items, answers, strict=True):
        assert control.hasFocus()
        qtbot.keyClick(control, Qt.Key.Key_0 + answer)
        qtbot.keyClick(control, Qt.Key.Key_Tab)
    assert d.difficulty is not None and d.difficulty.hasFocus()
    # Arrows choose too: from nothing to "Not at all", then one step on.
    qtbot.keyClick(d.difficulty, Qt.Key.Key_Right)
    qtbot.keyClick(d.difficulty, Qt.Key.Key_Right)
    assert "total 10 (Moderate)" in d.status.text()
    qtbot.keyClick(d.difficulty, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = journal.store.questionnaires()
    assert len(saved) == 1
    r = saved[0]
    assert (r.instrument, r.day, r.answers, r.difficulty) == ("phq9", TODAY, tuple(answers), 1)
    assert r.score.total == 10 and not d.isVisible()


def test_enter_saves_and_delete_clears_an_answer(qtbot: QtBot, journal: Journal) -> None:
    d = _dialog(qtbot, journal, "gad7")
    for control in d.items:
        control.setValue(1)
    last = d.items[-1]
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Delete)
    assert last.value() is None and d.unanswered() == [7]
    qtbot.keyClick(last, Qt.Key.Key_3)
    qtbot.keyClick(last, Qt.Key.Key_Return)
    (r,) = journal.store.questionnaires()
    assert r.answers == (1, 1, 1, 1, 1, 1, 3) and r.difficulty is None


def test_nothing_answered_is_not_saved(qtbot: QtBot, journal: Journal,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    asked = Asked(Button.Save)
    monkeypatch.setattr(QUESTION, asked)
    d = _dialog(qtbot, journal)
    d.accept()
    assert asked.texts == [] and journal.store.questionnaires() == []
    assert "no item is answered" in d.status.text() and d.isVisible()


def test_incomplete_asks_names_the_items_and_can_go_back(
        qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = Asked(Button.Cancel)
    monkeypatch.setattr(QUESTION, asked)
    d = _dialog(qtbot, journal)
    _answer(qtbot, d, {n: 2 for n in range(1, 10) if n not in (3, 9)})
    assert "Not answered yet: items 3 and 9" in d.status.text()
    d.accept()
    assert len(asked.texts) == 1
    assert "Items 3 and 9 are not answered" in asked.texts[0]
    assert "incomplete" in asked.texts[0] and "never as a lower score" in asked.texts[0]
    assert journal.store.questionnaires() == [] and d.isVisible()
    assert d.items[2].hasFocus()


def test_incomplete_is_saved_as_incomplete_after_confirming(
        qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = Asked(Button.Save)
    monkeypatch.setattr(QUESTION, asked)
    d = _dialog(qtbot, journal)
    for control in d.items[:-1]:
        control.setValue(3)
    d.accept()
    assert "Item 9 is not answered" in asked.texts[0]
    (r,) = journal.store.questionnaires()
    assert r.answers[-1] is None and r.score.total is None and not r.score.complete


def test_saving_over_the_same_day_asks(qtbot: QtBot, journal: Journal,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    journal.store.save_questionnaire(QuestionnaireResponse("phq9", TODAY, (1,) * 9))
    asked = Asked(Button.Cancel)
    monkeypatch.setattr(QUESTION, asked)
    d = _dialog(qtbot, journal)
    for control in d.items:
        control.setValue(0)
    d.accept()
    assert "already a PHQ-9 for Wednesday 20 May 2026 (total 9)" in asked.texts[0]
    assert [r.answers for r in journal.store.questionnaires()] == [(1,) * 9]
    asked.answer = Button.Yes
    d.accept()
    assert [r.answers for r in journal.store.questionnaires()] == [(0,) * 9]


def test_a_gad7_on_the_same_day_is_not_a_clash(qtbot: QtBot, journal: Journal,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    journal.store.save_questionnaire(QuestionnaireResponse("phq9", TODAY, (1,) * 9))
    asked = Asked(Button.Cancel)
    monkeypatch.setattr(QUESTION, asked)
    d = _dialog(qtbot, journal, "gad7")
    for control in d.items:
        control.setValue(2)
    d.accept()
    assert asked.texts == [] and len(journal.store.questionnaires()) == 2


def test_correcting_a_response_fills_it_in_and_does_not_ask(
        qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    stored = journal.store.save_questionnaire(
        QuestionnaireResponse("phq9", date(2026, 5, 1), (2, 2, 2, 2, 2, 2, 2, 2, None), 2))
    asked = Asked(Button.Cancel)
    monkeypatch.setattr(QUESTION, asked)
    d = _dialog(qtbot, journal, response=stored)
    assert d.windowTitle() == "Correct the PHQ-9"
    assert d.answers() == stored.answers and d.difficulty is not None
    assert d.difficulty.value() == 2 and d.day() == date(2026, 5, 1)
    d.items[8].setValue(0)
    d.accept()
    assert asked.texts == []
    (r,) = journal.store.questionnaires()
    assert r.answers == (2,) * 8 + (0,) and r.score.total == 16


def test_moving_a_response_to_another_day_leaves_one(
        qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    stored = journal.store.save_questionnaire(
        QuestionnaireResponse("gad7", date(2026, 5, 1), (1,) * 7))
    monkeypatch.setattr(QUESTION, Asked(Button.Cancel))
    d = _dialog(qtbot, journal, "gad7", stored)
    d.date_edit.setDate(QDate(2026, 5, 3))
    d.accept()
    assert [(r.day, r.answers) for r in journal.store.questionnaires()] == [
        (date(2026, 5, 3), (1,) * 7)]


def test_no_future_dates(qtbot: QtBot, journal: Journal) -> None:
    d = _dialog(qtbot, journal)
    d.date_edit.setDate(QDate(2026, 5, 25))
    assert d.day() == TODAY  # the picker stops at today


@pytest.mark.parametrize(("numbers", "words"), [
    ([3], "item 3"), ([3, 9], "items 3 and 9"), ([1, 2, 5], "items 1, 2 and 5")])
def test_numbers_in_words(numbers: list[int], words: str) -> None:
    assert numbers_in_words(numbers) == words


# ------------------------------------------------------------------------ crisis panel
def _fill_from_window(window: MainWindow, answers: tuple[int | None, ...],
                      key: str = "phq9") -> QuestionnaireDialog:
    window.show_page(3)
    d = window.questionnaires.fill_in(key)
    for control, answer in zip(d.items, answers, strict=True):
        control.setValue(answer)
    d.accept()
    return d


def test_item_9_above_0_opens_the_crisis_panel(window: MainWindow) -> None:
    d = _fill_from_window(window, (0,) * 8 + (1,))
    assert not d.isVisible() and d.saved_response is not None
    panel = window.crisis_panel
    assert panel is not None and panel.isVisible()
    assert "findahelpline.com" in panel.resource_text()
    panel.close()


def test_item_9_at_0_does_not(window: MainWindow) -> None:
    _fill_from_window(window, (3,) * 8 + (0,))
    assert window.crisis_panel is None
    assert len(window.journal.store.questionnaires()) == 1


def test_item_9_unanswered_or_a_gad7_does_not(window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QUESTION, Asked(Button.Save))
    _fill_from_window(window, (3,) * 8 + (None,))
    _fill_from_window(window, (3,) * 7, "gad7")
    assert window.crisis_panel is None
    assert len(window.journal.store.questionnaires()) == 2
