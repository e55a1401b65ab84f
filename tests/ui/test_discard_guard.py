"""Esc, Cancel or the close button never throw away what was entered in a dialog unasked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from moodlog.ui.journal import Journal
from moodlog.ui.questionnaires.clinician_score_dialog import ClinicianScoreDialog
from moodlog.ui.questionnaires.questionnaire_dialog import QuestionnaireDialog
from moodlog.ui.treatments.treatment_dialog import TreatmentDialog


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """What the discard question answers, in turn (True = discard); asked ones are popped."""
    replies: list[bool] = []

    def reply(_parent: object, _what: str = "") -> bool:
        return replies.pop(0)

    monkeypatch.setattr("moodlog.ui.common.discard_guard.confirm_discard", reply)
    return replies


def _show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _phq9(journal: Journal) -> QDialog:
    return QuestionnaireDialog(journal, "phq9")


def _phq2(journal: Journal) -> QDialog:
    return QuestionnaireDialog(journal, "phq2")


def _treatment(_journal: Journal) -> QDialog:
    return TreatmentDialog(lambda t: t)


def _clinician(journal: Journal) -> QDialog:
    return ClinicianScoreDialog(journal)


def _type_something(d: QDialog) -> None:
    if isinstance(d, QuestionnaireDialog):
        d.items[0].setValue(2)
    elif isinstance(d, TreatmentDialog):
        d.clinic.setText("St Elsewhere")
    elif isinstance(d, ClinicianScoreDialog):
        d.total.setValue(22)


DIALOGS = [_phq9, _phq2, _treatment, _clinician]


@pytest.mark.parametrize("make", DIALOGS)
def test_untouched_closes_without_asking(qtbot: QtBot, journal: Journal, answers: list[bool],
                                         make: Callable[[Journal], QDialog]) -> None:
    d = _show(qtbot, make(journal))
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert not d.isVisible()  # nothing was asked: ``answers`` was empty


@pytest.mark.parametrize("make", DIALOGS)
def test_esc_after_entering_asks_and_keeps_editing(
        qtbot: QtBot, journal: Journal, answers: list[bool],
        make: Callable[[Journal], QDialog]) -> None:
    d = _show(qtbot, make(journal))
    _type_something(d)
    answers.append(False)  # keep editing
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert d.isVisible() and not answers
    answers.append(False)
    d.close()  # the window's close button
    assert d.isVisible() and not answers
    answers.append(True)  # discard
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert not d.isVisible() and d.result() == QDialog.DialogCode.Rejected


def test_a_correction_is_compared_with_what_it_opened_with(
        qtbot: QtBot, journal: Journal, answers: list[bool]) -> None:
    d = _show(qtbot, _phq9(journal))
    for control in d.items:
        control.setValue(1)
    assert d.has_entries()
    d.items[0].setValue(None)  # back to blank: the dialog still differs (items 2-9)
    assert d.has_entries()


def test_the_import_preview_asks(qtbot: QtBot, journal: Journal, answers: list[bool],
                                 tmp_path: Path) -> None:
    from datetime import date, time

    from moodlog.ui.exchange.import_dialog import ImportDialog
    from tests.exchange.daylio_helpers import Row, daylio_csv

    source = tmp_path / "daylio_export.csv"
    source.write_text(daylio_csv([Row(date(2019, 5, 17), time(9), "good")]), encoding="utf-8")
    d = ImportDialog(journal)
    _show(qtbot, d)
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert not d.isVisible()  # no file chosen: nothing to lose
    d = ImportDialog(journal)
    _show(qtbot, d)
    d.load(str(source))
    qtbot.waitUntil(lambda: not d.busy, timeout=10_000)
    assert d.plan is not None, d.error
    answers.append(False)
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert d.isVisible() and not answers


def test_the_unsaved_changes_question_answers_to_its_alt_keys(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from moodlog.ui.common.discard_guard import unsaved_changes_box

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    keys = set()
    for key, expected in ((Qt.Key.Key_D, QMessageBox.StandardButton.Discard),
                          (Qt.Key.Key_S, QMessageBox.StandardButton.Save),
                          (Qt.Key.Key_C, QMessageBox.StandardButton.Cancel)):
        box = unsaved_changes_box(parent, "Unsaved check-in", "You have changed it.")
        keys = {QKeySequence.mnemonic(b.text()).toString() for b in box.buttons()}

        def press(box: QMessageBox = box, key: Qt.Key = key) -> None:
            QTest.keyClick(QApplication.focusWidget() or box, key, Qt.KeyboardModifier.AltModifier)
            QTimer.singleShot(2000, box, lambda: box.done(0))  # never hang if the key did nothing

        QTimer.singleShot(100, press)
        box.exec()
        assert box.clickedButton() is not None
        assert box.standardButton(box.clickedButton()) == expected
    assert keys == {"Alt+S", "Alt+D", "Alt+C"}
