"""Today, the File dialogs and the shared questions in German and Spanish (issue 21): the shipped
catalogues loaded the way moodlog starts, catalogue labels from core.catalogue_text, dates in
the language's own pattern, and Alt keys that stay distinct once translated."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from moodlog.core.catalogue_text import mood_end, severity_label, symptom_label
from moodlog.core.models import ImportReport, JournalCounts
from moodlog.core.symptoms import BUILTIN_SYMPTOMS
from moodlog.store import JournalStore
from moodlog.ui.checkin.checkin_form import CheckInForm
from moodlog.ui.common.discard_guard import unsaved_changes_box
from moodlog.ui.common.settings import Settings
from moodlog.ui.exchange import import_text
from moodlog.ui.exchange.backups_dialog import BackupsDialog, reason_label
from moodlog.ui.exchange.fhir_export import ExportFhirDialog
from moodlog.ui.exchange.import_dialog import ImportDialog
from moodlog.ui.exchange.pdf_dialog import ExportPdfDialog
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow
from tests.ui.test_mnemonics import clashes, mnemonic_of

TODAY = date(2026, 5, 20)


def _texts(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]  # type: ignore[attr-defined]


def test_german_today_speaks_german_with_the_catalogues_labels(
        qtbot: QtBot, journal: Journal, speak) -> None:  # type: ignore[no-untyped-def]
    speak("de")
    form = CheckInForm(journal)
    qtbot.addWidget(form)
    texts = _texts(form)
    assert form.title.text() == "Wie geht es Ihnen heute?"
    assert "Beschwerden heute" in texts and "&Geschlafene Stunden:" in texts
    assert f"0 \u2014 {mood_end(0, 'de')}" in texts
    assert form.save_button.text() == "Tageseintrag &speichern"
    severities = next(iter(form._symptom_rows.values())).labels()
    assert severities == ["Keine Angabe"] + [severity_label(v, "de").capitalize()
                                             for v in range(4)]
    first = BUILTIN_SYMPTOMS[0]
    assert symptom_label(first.key, "de", first.label) in texts  # the catalogue's, not English
    assert first.label not in texts
    form.load_day(TODAY)  # a Wednesday
    assert form.title.text() == "Tageseintrag für Mittwoch"
    assert form.state_label.text() == "Noch kein Tageseintrag für diesen Tag"


def test_spanish_import_texts_agree_in_number(speak) -> None:  # type: ignore[no-untyped-def]
    speak("es")
    one, two = (ImportReport(JournalCounts(), replaced_days=(TODAY,)),
                ImportReport(JournalCounts(), replaced_days=(TODAY, date(2026, 5, 21))))
    assert "1 día que ya estaba en su diario se ha reemplazado" in import_text.summary(one, None)
    assert "2 días que ya estaban en su diario se han reemplazado" in (
        import_text.summary(two, None))
    assert import_text.describe_conflicts((TODAY,), 0) == (
        "1 día de este archivo ya tiene un registro en su diario: 20 may 2026.")
    assert reason_label("before-import") == "Antes de una importación"
    assert reason_label("something-new") == "Something new"  # unknown: as it is named


def test_english_import_texts_read_as_before() -> None:
    one = ImportReport(JournalCounts(checkins=1, moments=2), replaced_days=(TODAY,),
                       skipped_days=(TODAY, TODAY))
    assert import_text.summary(one, None) == (
        "Imported 1 check-in, 2 moments.\n\n1 day already in your journal was replaced with "
        "the file's.\n\n2 days already in your journal were kept as they were.")
    days = tuple(date(2026, 5, d) for d in range(1, 8))
    assert import_text.describe_conflicts(days, 1234) == (
        "7 days of this file already have a check-in in your journal: 1 May 2026, 2 May 2026, "
        "3 May 2026, 4 May 2026 and 3 more. 1,234 treatments, questionnaires or clinician "
        "scores in the file are already recorded.")


@pytest.fixture
def full_journal(store: JournalStore, demo_data: object) -> Journal:
    store.import_data(demo_data)  # type: ignore[arg-type]
    return Journal(store)


@pytest.mark.parametrize("language", ["de", "es"])
def test_translated_window_and_file_dialogs_keep_distinct_alt_keys(
        qtbot: QtBot, full_journal: Journal, settings: Settings, speak,  # type: ignore[no-untyped-def]
        language: str) -> None:
    speak(language)
    main = MainWindow(full_journal, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    for page in range(5):
        main.show_page(page)
        qtbot.wait(5)
        assert clashes(main) == {}, (language, page)
    for dialog in (ExportPdfDialog(full_journal, settings, main),
                   ExportFhirDialog(full_journal, main), BackupsDialog(full_journal, main)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert clashes(dialog) == {}, (language, type(dialog).__name__)
    # The import dialog: every button, those of the preview too (hidden until a file is read).
    dialog = ImportDialog(full_journal, main)
    qtbot.addWidget(dialog)
    letters = [mnemonic_of(b.text()) for b in dialog.findChildren(QAbstractButton)]
    letters = [x for x in letters if x]
    assert len(letters) == len(set(letters)) == 4, letters
    box = unsaved_changes_box(main, "t", "x")
    letters = [mnemonic_of(b.text()) for b in box.buttons()]
    assert None not in letters and len(set(letters)) == 3, letters


def test_german_screenshots_reach_every_dialog(run, tmp_path, speak) -> None:  # type: ignore[no-untyped-def]
    """--screenshots in German found no "General" tab in Preferences and stopped there."""
    assert run("demo", "--days", "30").code == 0
    out = tmp_path / "shots"
    result = run("--language", "de", "--screenshots", str(out), "--screenshot-size",
                 "1280x720")
    assert result.code == 0, result.err
    names = {p.name for p in out.iterdir()}
    assert {"dialog-preferences-general-light.png", "dialog-import-dark.png"} <= names
