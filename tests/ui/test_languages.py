"""The window in German and Spanish (issue 21): the shipped catalogues loaded the way moodlog
starts, the official questionnaire wording, and Preferences > Language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from moodlog.core import questionnaires as q
from moodlog.core.questionnaire_text import questionnaire_text
from moodlog.ui.common.settings import Settings
from moodlog.ui.journal import Journal
from moodlog.ui.questionnaires.questionnaire_dialog import QuestionnaireDialog
from moodlog.ui.questionnaires.questionnaires_view import row_cells
from moodlog.ui.settings.preferences import PreferencesDialog

TODAY = date(2026, 5, 20)


def _texts(dialog: QuestionnaireDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_german_phq9_is_the_official_wording_with_german_words_around_it(
        qtbot: QtBot, journal: Journal, speak) -> None:  # type: ignore[no-untyped-def]
    speak("de")
    d = QuestionnaireDialog(journal, "phq9", today=lambda: TODAY)
    qtbot.addWidget(d)
    texts = _texts(d)
    german = questionnaire_text("phq9", "de")
    assert "Wenig Interesse oder Freude an Ihren Tätigkeiten" in texts
    assert german.stem in texts and german.attribution in texts
    assert german.difficulty_question in texts
    assert d.items[0].labels() == list(german.answers)
    assert d.windowTitle() == "PHQ-9 ausfüllen" and d.in_english is None
    assert d.status.text() == "Noch keine Frage beantwortet."
    for control in d.items:
        control.setFocus()
        qtbot.keyClick(control, Qt.Key.Key_1)
    assert d.status.text() == "Alle 9 Fragen beantwortet: Gesamtwert 9 (Leicht)."
    assert not any(item in texts for item in q.PHQ9_ITEMS)


def test_spanish_shows_the_english_original_and_says_so_in_spanish(
        qtbot: QtBot, journal: Journal, speak) -> None:  # type: ignore[no-untyped-def]
    speak("es")
    d = QuestionnaireDialog(journal, "gad7", today=lambda: TODAY)
    qtbot.addWidget(d)
    texts = _texts(d)
    assert all(item in texts for item in q.GAD7_ITEMS) and q.ATTRIBUTION in texts
    assert d.in_english is not None
    assert d.in_english.text() == (
        "No se ha confirmado ninguna traducción oficial del GAD-7 a este idioma, por eso se "
        "muestra en su inglés original.")
    assert d.windowTitle() == "Rellenar el GAD-7"


def test_english_has_no_in_english_note(qtbot: QtBot, journal: Journal) -> None:
    d = QuestionnaireDialog(journal, "phq9", today=lambda: TODAY)
    qtbot.addWidget(d)
    assert d.in_english is None and d.windowTitle() == "Fill in the PHQ-9"


def test_the_table_uses_local_dates_and_official_answers(
        speak, store) -> None:  # type: ignore[no-untyped-def]
    from moodlog.core.models import QuestionnaireResponse

    speak("de")
    r = store.save_questionnaire(QuestionnaireResponse("phq9", TODAY, (3,) * 9, 2))
    when, name, total, band, item9, difficulty = row_cells(r)
    assert when == "Mi., 20.05.2026" and name == "PHQ-9" and total == "27"
    assert band == "Schwer" and item9 == "3 \u2014 Beinahe jeden Tag"
    assert difficulty == "Relativ stark erschwert"


def test_preferences_offers_the_languages_and_saves_the_choice(
        qtbot: QtBot, journal: Journal, settings: Settings) -> None:
    dialog = PreferencesDialog(journal, settings)
    qtbot.addWidget(dialog)
    combo = dialog.language
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "de", "es"]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "System default", "English", "Deutsch", "Español"]
    assert combo.currentData() == "system" and settings.language == "system"
    combo.setCurrentIndex(combo.findData("de"))
    assert settings.language == "de"
    assert "next time moodlog starts" in dialog.language_note.text()
    again = PreferencesDialog(journal, settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "de"


def test_preferences_in_german(qtbot: QtBot, journal: Journal, settings: Settings,
                               speak) -> None:  # type: ignore[no-untyped-def]
    speak("de")
    dialog = PreferencesDialog(journal, settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    assert dialog.language.itemText(0) == "Systemvorgabe"
    assert dialog.language_note.text() == (
        "Eine neue Sprache gilt ab dem nächsten Start von moodlog.")


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_phq9_still_fits_a_1280_screen(  # type: ignore[no-untyped-def]
        qtbot: QtBot, journal: Journal, speak, language: str) -> None:
    """German answers are long: they wrap onto two lines instead of widening the dialog."""
    speak(language)
    d = QuestionnaireDialog(journal, "phq9", today=lambda: TODAY)
    qtbot.addWidget(d)
    hint = d.sizeHint()
    assert hint.width() <= 1240 and hint.height() <= 720, hint
    # Spanish shows the English answers, which fit on one line.
    assert all(c.wraps() == (language == "de") for c in d.items)


def test_a_segmented_control_wraps_only_when_asked(qtbot: QtBot) -> None:
    from moodlog.ui.common.segmented import SegmentedControl

    options = list(enumerate(["An mehr als der Hälfte der Tage", "Beinahe jeden Tag"]))
    one_line = SegmentedControl(options)
    wrapped = SegmentedControl(options, max_segment_width=120)
    for c in (one_line, wrapped):
        qtbot.addWidget(c)
    assert not one_line.wraps() and wrapped.wraps()
    assert wrapped.sizeHint().width() == 2 * 120 + 2
    assert wrapped.sizeHint().height() > one_line.sizeHint().height()
    assert one_line.sizeHint().width() > wrapped.sizeHint().width()


def test_the_marked_passphrase_warning_is_the_stores() -> None:
    from moodlog.store.encryption import FORGOTTEN
    from moodlog.ui.settings import passphrase

    assert passphrase.FORGOTTEN == FORGOTTEN
    assert passphrase.forgotten_text() == FORGOTTEN  # English: the text itself


def test_spanish_table_shows_the_english_answers_as_english_does(
        speak, store) -> None:  # type: ignore[no-untyped-def]
    from moodlog.core.models import QuestionnaireResponse

    speak("es")
    r = store.save_questionnaire(QuestionnaireResponse("phq9", TODAY, (1,) * 9, 0))
    cells = row_cells(r)
    assert cells[4] == "1 \u2014 several days" and cells[5] == "Not difficult at all"
    assert cells[3] == "Leve"


@pytest.mark.parametrize("language", ["de", "es"])
def test_translated_dialogs_keep_distinct_alt_keys(qtbot: QtBot, journal: Journal,  # type: ignore[no-untyped-def]
                                                   settings: Settings, speak,
                                                   language: str) -> None:
    """The Alt letters of the translations clash no more than the English ones do."""
    from PySide6.QtWidgets import QTabWidget

    from moodlog.ui.questionnaires.clinician_score_dialog import ClinicianScoreDialog
    from moodlog.ui.settings.medications_editor import MedicationDialog
    from moodlog.ui.settings.passphrase import NewPassphraseDialog, UnlockDialog
    from tests.ui.test_mnemonics import clashes

    speak(language)
    dialogs = [QuestionnaireDialog(journal, "phq9", today=lambda: TODAY),
               ClinicianScoreDialog(journal, None, today=lambda: TODAY),
               PreferencesDialog(journal, settings), MedicationDialog(None),
               NewPassphraseDialog(), UnlockDialog("x", lambda _k: None)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        tabs = dialog.findChildren(QTabWidget)
        for tab_widget, index in [(t, i) for t in tabs for i in range(t.count())] or [
                (None, 0)]:
            if tab_widget is not None:
                tab_widget.setCurrentIndex(index)
                qtbot.wait(5)
            assert clashes(dialog) == {}, (type(dialog).__name__, index)


def test_crisis_regions_are_named_in_the_language_and_keep_their_lines(
        qtbot: QtBot, journal: Journal, settings: Settings,
        speak) -> None:  # type: ignore[no-untyped-def]
    from moodlog.ui.safety.crisis import CrisisPanel

    speak("de")
    dialog = PreferencesDialog(journal, settings)
    qtbot.addWidget(dialog)
    names = [dialog.region.itemText(i) for i in range(dialog.region.count())]
    assert "Vereinigtes Königreich" in names and "United Kingdom" not in names
    assert names[-1] == "Ein anderes Land"
    dialog.region.setCurrentIndex(dialog.region.findText("Vereinigtes Königreich"))
    assert settings.crisis_region == "gb"
    panel = CrisisPanel("gb")
    qtbot.addWidget(panel)
    assert panel.region.currentText() == "Vereinigtes Königreich"
    shown = [label.text() for label in panel.findChildren(QLabel)]
    assert "Vereinigtes Königreich" in shown
    assert any("Samaritans" in text for text in shown)  # the region's lines, not the language's


def test_doses_and_medication_spans_use_the_languages_decimal_sign_and_dates(
        qtbot: QtBot, journal: Journal, speak) -> None:  # type: ignore[no-untyped-def]
    from moodlog.core.life import Medication
    from moodlog.ui.common.local_format import dose_text, number_text
    from moodlog.ui.settings.medications_editor import MedicationsEditor

    speak("es")
    assert number_text(0.75) == "0,75" and number_text(40) == "40"
    assert dose_text(12.5, "mg") == "12,5 mg" and dose_text(None, "mg") == "mg"
    journal.store.add_medication(Medication(key="sertralina", name="Sertralina", dose=12.5,
                                            unit="mg", active_from=date(2026, 3, 1)))
    editor = MedicationsEditor(journal)
    qtbot.addWidget(editor)
    assert editor.list.item(0).text() == "Sertralina 12,5 mg \u2014 1 mar 2026 a \u2026"


def test_german_preferences_scroll_only_up_and_down(
        qtbot: QtBot, journal: Journal, settings: Settings,
        speak) -> None:  # type: ignore[no-untyped-def]
    """The General tab's long German check box ran under a sideways scroll bar."""
    from PySide6.QtWidgets import QScrollArea, QTabWidget

    speak("de")
    dialog = PreferencesDialog(journal, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tabs = dialog.findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(5)
        for area in tabs.currentWidget().findChildren(QScrollArea) + (
                [tabs.currentWidget()] if isinstance(tabs.currentWidget(), QScrollArea)
                else []):
            if area.isVisible() and area.widget() is not None and area.frameShape() == 0:
                assert area.horizontalScrollBar().maximum() == 0, tabs.tabText(index)
