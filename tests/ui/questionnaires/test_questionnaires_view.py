from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from moodlog.core.models import ClinicianScore, QuestionnaireResponse, Treatment
from moodlog.ui.common.settings import Settings
from moodlog.ui.journal import Journal
from moodlog.ui.questionnaires.clinician_score_dialog import ClinicianScoreDialog
from moodlog.ui.questionnaires.questionnaire_dialog import QuestionnaireDialog
from moodlog.ui.questionnaires.questionnaires_view import QuestionnairesView
from tests.ui.questionnaires.test_questionnaire_dialog import Asked, Button

LAST = date(2026, 5, 1)
VIEW_QUESTION = "moodlog.ui.common.widgets.QMessageBox.question"
SCORE_QUESTION = "moodlog.ui.common.widgets.QMessageBox.question"


class Clock:
    """An injectable "today" that a test moves by hand."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def _view(qtbot: QtBot, journal: Journal, settings: Settings, today: date) -> tuple[
        QuestionnairesView, Clock]:
    clock = Clock(today)
    v = QuestionnairesView(journal, settings, today=clock)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v, clock


def _cells(v: QuestionnairesView, row: int) -> list[str]:
    return [v.table.item(row, c).text() for c in range(v.table.columnCount())]


def _phq9(day: date, answers: tuple[int | None, ...], difficulty: int | None = None
          ) -> QuestionnaireResponse:
    return QuestionnaireResponse("phq9", day, answers, difficulty)


def test_the_table_lists_totals_incomplete_item9_and_clinician_scores(
        qtbot: QtBot, journal: Journal, settings: Settings) -> None:
    store = journal.store
    store.save_questionnaire(_phq9(LAST, (2,) * 8 + (1,), 2))
    store.save_questionnaire(_phq9(LAST - timedelta(days=14), (3,) * 8 + (None,)))
    store.save_clinician_score(ClinicianScore("MADRS", LAST - timedelta(days=1), 28, "Dr B"))
    v, _ = _view(qtbot, journal, settings, LAST)
    assert v.table.rowCount() == 3
    assert _cells(v, 0) == ["Fri 01 May 2026", "PHQ-9", "17", "Moderately severe",
                            "1 \u2014 several days", "Very difficult"]
    assert v.table.item(0, 4).font().bold()  # item 9 above 0 stands out
    assert _cells(v, 1) == ["Thu 30 Apr 2026", "MADRS (clinician)", "28", "", "", "Dr B"]
    # Incomplete is shown as incomplete, never as the lower sum of what was answered (24).
    assert _cells(v, 2)[2:5] == ["incomplete (8 of 9 answered)", "\u2014", "not answered"]


def test_buttons_open_the_dialogs_and_a_save_refreshes_the_table(
        qtbot: QtBot, journal: Journal, settings: Settings) -> None:
    v, _ = _view(qtbot, journal, settings, LAST)
    assert v.table.rowCount() == 0 and not v.edit_button.isEnabled()
    v.gad7_button.click()
    dialog = v.findChild(QuestionnaireDialog)
    assert dialog is not None and dialog.instrument.key == "gad7" and dialog.isVisible()
    for control in dialog.items:
        control.setValue(1)
    dialog.accept()
    assert v.table.rowCount() == 1 and _cells(v, 0)[1:4] == ["GAD-7", "7", "Mild"]
    v.score_button.click()
    assert any(d.isVisible() for d in v.findChildren(ClinicianScoreDialog))


def test_edit_opens_the_stored_answers(qtbot: QtBot, journal: Journal,
                                       settings: Settings) -> None:
    journal.store.save_questionnaire(_phq9(LAST, (0, 1, 2, 3, 0, 1, 2, 3, 0), 1))
    v, _ = _view(qtbot, journal, settings, LAST)
    v.table.selectRow(0)
    dialog = v.edit_selected()
    assert isinstance(dialog, QuestionnaireDialog)
    assert dialog.answers() == (0, 1, 2, 3, 0, 1, 2, 3, 0) and dialog.day() == LAST
    dialog.close()


def test_delete_asks_first(qtbot: QtBot, journal: Journal, settings: Settings,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    journal.store.save_questionnaire(_phq9(LAST, (1,) * 9))
    journal.store.save_clinician_score(ClinicianScore("MADRS", LAST - timedelta(days=3), 30))
    v, _ = _view(qtbot, journal, settings, LAST)
    asked = Asked(Button.Cancel)
    monkeypatch.setattr(VIEW_QUESTION, asked)
    v.table.selectRow(0)
    v.delete_selected()
    assert "Delete the PHQ-9 (total 9) of Friday 01 May 2026?" in asked.texts[0]
    assert len(journal.store.questionnaires()) == 1
    asked.answer = Button.Yes
    v.delete_selected()
    assert journal.store.questionnaires() == [] and v.table.rowCount() == 1
    v.table.selectRow(0)
    v.delete_selected()
    assert "clinician-reported MADRS score (30)" in asked.texts[-1]
    assert journal.store.clinician_scores() == [] and v.table.rowCount() == 0


# ---------------------------------------------------------------------------- due hint
def test_the_due_hint_appears_after_the_interval_and_not_before(
        qtbot: QtBot, journal: Journal, settings: Settings) -> None:
    journal.store.save_questionnaire(_phq9(LAST, (1,) * 9))
    v, clock = _view(qtbot, journal, settings, LAST + timedelta(days=13))
    assert v.due_box.isHidden()
    clock.day = LAST + timedelta(days=16)
    v.update_due()
    assert not v.due_box.isHidden()
    assert v.due_label.text().startswith("It has been 16 days since your last PHQ-9")
    settings.questionnaire_interval = 21  # Preferences
    v.update_due()
    assert v.due_box.isHidden()
    clock.day = LAST + timedelta(days=21)
    v.update_due()
    assert not v.due_box.isHidden()
    v.due_button.click()
    dialog = v.findChild(QuestionnaireDialog)
    assert dialog is not None and dialog.instrument.key == "phq9"
    assert dialog.day() == LAST + timedelta(days=21)
    dialog.close()


def test_the_due_hint_goes_once_a_phq9_is_saved(qtbot: QtBot, journal: Journal,
                                                settings: Settings) -> None:
    v, _ = _view(qtbot, journal, settings, LAST)
    assert not v.due_box.isHidden() and "not filled in a PHQ-9" in v.due_label.text()
    journal.save_questionnaire(_phq9(LAST, (0,) * 9))
    assert v.due_box.isHidden()


# ------------------------------------------------------------------------ summary
def test_the_summary_describes_baseline_change_response_and_remission(
        qtbot: QtBot, journal: Journal, settings: Settings) -> None:
    store = journal.store
    start = date(2026, 3, 2)
    for i in range(6):
        store.add_treatment(Treatment(datetime(2026, 3, 2 + 2 * i, 10), "ketamine_iv",
                                      "induction"))
    store.save_questionnaire(_phq9(start - timedelta(days=3), (2,) * 9))  # baseline 18
    store.save_questionnaire(_phq9(start + timedelta(days=14), (1,) * 8 + (0,)))  # 8
    v, _ = _view(qtbot, journal, settings, start + timedelta(days=14))
    text = v.summary_text()
    assert "Latest: PHQ-9 8 (mild) on Mon 16 Mar 2026." in text
    assert "Course 1: IV ketamine infusion, from Mon 2 Mar 2026: 6 sessions" in text
    assert "Baseline 18 on Fri 27 Feb 2026 (3 days before the first session)" in text
    # 8 against 18: (8 - 18) / 18 = -55.6%, at least 50% below, and not below 5.
    assert "Latest 8 on Mon 16 Mar 2026, 55.6% below baseline: that counts as a response" in text
    assert "not as remission (below 5)" in text
    journal.save_questionnaire(_phq9(start + timedelta(days=28), (0,) * 9))
    assert "counts as a response (at least 50% below baseline) and as remission" in (
        v.summary_text())
    assert "It first met the definition of response on Mon 16 Mar 2026 (day 14)" in (
        v.summary_text())


# -------------------------------------------------------------------- clinician score
@pytest.fixture
def score_dialog(qtbot: QtBot, journal: Journal) -> ClinicianScoreDialog:
    d = ClinicianScoreDialog(journal, today=lambda: LAST)
    qtbot.addWidget(d)
    d.show()
    return d


def test_madrs_61_is_refused_with_a_clear_message(score_dialog: ClinicianScoreDialog,
                                                  journal: Journal) -> None:
    assert score_dialog.scale.currentText() == "MADRS"
    score_dialog.total.setValue(61)
    score_dialog.accept()
    assert score_dialog.error.text() == "Not saved: MADRS total must be 0-60, not 61."
    assert score_dialog.isVisible() and journal.store.clinician_scores() == []


def test_a_total_must_be_typed_in(score_dialog: ClinicianScoreDialog,
                                  journal: Journal) -> None:
    score_dialog.accept()
    assert "type in the total" in score_dialog.error.text().lower()
    assert journal.store.clinician_scores() == []


def test_an_empty_scale_name_is_refused(score_dialog: ClinicianScoreDialog,
                                        journal: Journal) -> None:
    score_dialog.scale.setCurrentText("  ")
    score_dialog.total.setValue(20)
    score_dialog.accept()
    assert "needs the name of its scale" in score_dialog.error.text()
    assert journal.store.clinician_scores() == []


def test_a_clinician_score_is_saved_and_replacing_asks(
        score_dialog: ClinicianScoreDialog, journal: Journal,
        monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    score_dialog.scale.setCurrentText("madrs")
    score_dialog.total.setValue(24)
    score_dialog.note.setText("before infusion 1")
    score_dialog.accept()
    assert [(s.instrument, s.day, s.total, s.note) for s in journal.store.clinician_scores()
            ] == [("MADRS", LAST, 24, "before infusion 1")]
    asked = Asked(Button.Cancel)
    monkeypatch.setattr(SCORE_QUESTION, asked)
    again = ClinicianScoreDialog(journal, today=lambda: LAST)
    qtbot.addWidget(again)
    again.total.setValue(12)
    again.accept()
    assert "already a MADRS score for Friday 01 May 2026 (total 24)" in asked.texts[0]
    assert [s.total for s in journal.store.clinician_scores()] == [24]
    asked.answer = Button.Yes
    again.accept()
    assert [s.total for s in journal.store.clinician_scores()] == [12]


def test_correcting_a_clinician_score(qtbot: QtBot, journal: Journal,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    stored = journal.store.save_clinician_score(ClinicianScore("MADRS", LAST, 30))
    asked = Asked(Button.Cancel)
    monkeypatch.setattr(SCORE_QUESTION, asked)
    d = ClinicianScoreDialog(journal, stored, today=lambda: LAST)
    qtbot.addWidget(d)
    assert d.total.value() == 30 and d.scale.currentText() == "MADRS"
    d.total.setValue(26)
    d.date_edit.setDate(QDate(2026, 4, 29))
    d.accept()
    assert asked.texts == []
    assert [(s.day, s.total) for s in journal.store.clinician_scores()] == [
        (date(2026, 4, 29), 26)]


def test_no_madrs_item_wording_anywhere(score_dialog: ClinicianScoreDialog) -> None:
    from PySide6.QtWidgets import QLabel

    text = " ".join(w.text() for w in score_dialog.findChildren(QLabel)).lower()
    # The ten MADRS item names; none of them may appear.
    for item in ("apparent sadness", "reported sadness", "inner tension", "reduced sleep",
                 "reduced appetite", "concentration difficulties", "lassitude",
                 "inability to feel", "pessimistic thoughts", "suicidal thoughts"):
        assert item not in text
