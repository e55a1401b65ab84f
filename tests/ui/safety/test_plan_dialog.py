"""My safety plan: seven sections, saved whole or not at all; unsaved text is never dropped."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from moodlog.core.safety_plan import INVITATION, PURPOSES, SECTIONS, Contact, SafetyPlan
from moodlog.ui.main_window import SAFETY_PLAN_SHORTCUT, MainWindow
from moodlog.ui.safety.plan_dialog import SafetyPlanDialog
from moodlog.ui.safety.sections import ContactSection, TextSection
from tests.report.conftest import page_texts


@pytest.fixture(autouse=True)
def _discard_when_the_test_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes the windows before fixtures end: never a real question box then."""
    monkeypatch.setattr("moodlog.ui.safety.plan_dialog.ask_unsaved_changes",
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def dialog(window: MainWindow) -> Iterator[SafetyPlanDialog]:
    d = window.show_safety_plan()
    yield d
    d.load()  # drop what a test left unsaved, so closing the window does not ask


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def fake(_parent: object, title: str, *_a: object, **_k: object) -> object:
        asked.append(title)
        return button

    monkeypatch.setattr("moodlog.ui.safety.plan_dialog.ask_unsaved_changes", fake)
    return asked


def test_help_menu_and_shortcut_open_it(window: MainWindow) -> None:
    help_menu = window.menuBar().actions()[-1].menu()
    action = next(a for a in help_menu.actions() if a.text() == "My &safety plan")
    assert action.shortcut().toString() == SAFETY_PLAN_SHORTCUT
    assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    action.trigger()
    assert window.safety_plan_dialog is not None and window.safety_plan_dialog.isVisible()


def test_seven_sections_each_with_its_purpose(dialog: SafetyPlanDialog) -> None:
    assert list(dialog.sections) == list(SECTIONS)
    assert isinstance(dialog.sections["people_to_ask"], ContactSection)
    assert isinstance(dialog.sections["warning_signs"], TextSection)
    labels = [w.text() for w in dialog.findChildren(type(dialog.status))]
    assert INVITATION in labels and all(PURPOSES[k] in labels for k in SECTIONS)
    assert "clinician" in INVITATION
    for purpose in PURPOSES.values():  # a sentence each, no advice
        assert purpose.count(".") == 1 and "should" not in purpose and "must" not in purpose
    assert dialog.focusWidget() is dialog.sections["warning_signs"].edit


def test_write_and_save(dialog: SafetyPlanDialog, window: MainWindow) -> None:
    dialog.sections["warning_signs"].edit.setPlainText("Not sleeping\n\n  Cancelling plans  ")
    people = dialog.sections["people_to_ask"]
    assert isinstance(people, ContactSection)
    people.add_row(("Sam", "+44 7700 900123", ""))
    people.add_row(("Aunt Jo", "", "12 Hill Road"))
    assert dialog.is_dirty() and dialog.status.text() == "Not saved yet."
    assert dialog.save()
    plan = window.journal.store.safety_plan()
    assert plan.warning_signs == ("Not sleeping", "Cancelling plans")
    assert plan.people_to_ask == (Contact("Sam", "+44 7700 900123"),
                                  Contact("Aunt Jo", address="12 Hill Road"))
    assert not dialog.is_dirty() and dialog.status.text() == "Saved."


@pytest.mark.parametrize(("key", "text", "message"), [
    ("internal_coping", "x" * 501, "limit is 500"),
    ("reasons_for_living", "a\tb", "control character"),
    ("warning_signs", "\n".join(f"line {i}" for i in range(11)), "limit is 10"),
])
def test_bad_text_is_one_error_and_nothing_written(dialog: SafetyPlanDialog, window: MainWindow,
                                                   key: str, text: str, message: str) -> None:
    window.journal.save_safety_plan(SafetyPlan(warning_signs=("kept",)))
    dialog.load()
    dialog.sections[key].edit.setPlainText(text)  # type: ignore[attr-defined]
    assert not dialog.save()
    assert message in dialog.error.text() and dialog.error.text().startswith("Not saved.")
    assert message in dialog.sections[key].error.text()
    assert window.journal.store.safety_plan().warning_signs == ("kept",)


def test_a_person_without_a_number_or_address_is_refused(dialog: SafetyPlanDialog,
                                                         window: MainWindow) -> None:
    pros = dialog.sections["professionals"]
    assert isinstance(pros, ContactSection)
    pros.add_row(("Dr Lee", "", ""))
    assert not dialog.save() and "needs a phone number or an address" in pros.error.text()
    pros.add_row(("Clinic", "call me", ""))
    pros.table.removeRow(0)
    assert not dialog.save() and "only digits" in pros.error.text()
    assert window.journal.store.safety_plan().is_empty()


def test_errors_name_the_section_title_and_the_line(dialog: SafetyPlanDialog) -> None:
    dialog.sections["warning_signs"].edit.setPlainText(  # type: ignore[attr-defined]
        "one\ntwo\n" + "x" * 510)
    assert not dialog.save()
    assert dialog.error.text() == ("Not saved. Warning signs, line 3 is 510 characters long; "
                                   "the limit is 500")
    assert "warning_signs" not in dialog.sections["warning_signs"].error.text()
    dialog.sections["warning_signs"].edit.setPlainText("fine")  # type: ignore[attr-defined]
    pros = dialog.sections["professionals"]
    assert isinstance(pros, ContactSection)
    pros.add_row(("Dr Lee", "020 7946 0000", ""))
    pros.add_row(("Sam\u202e", "0700 900", ""))
    assert not dialog.save()
    assert dialog.error.text().startswith(
        "Not saved. Professionals and services I can contact: row 2: a contact's name "
        "contains an invisible formatting character (U+202E RIGHT-TO-LEFT OVERRIDE)")


def test_escape_with_unsaved_text_asks_and_cancel_keeps_it(
        dialog: SafetyPlanDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.sections["warning_signs"].edit.setPlainText("Half a thought")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Unsaved safety plan"] and dialog.isVisible()
    assert dialog.sections["warning_signs"].raw() == ["Half a thought"]
    dialog.close()
    assert dialog.isVisible()  # closing the window asks too


def test_discard_reverts_and_save_keeps(dialog: SafetyPlanDialog, window: MainWindow,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.sections["warning_signs"].edit.setPlainText("Gone")
    dialog.reject()
    assert not dialog.isVisible() and window.journal.store.safety_plan().is_empty()
    assert dialog.sections["warning_signs"].raw() == []
    window.show_safety_plan()
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    dialog.sections["warning_signs"].edit.setPlainText("Kept")
    dialog.reject()
    assert window.journal.store.safety_plan().warning_signs == ("Kept",)


def test_closing_the_main_window_asks_about_the_plan(dialog: SafetyPlanDialog,
                                                     window: MainWindow,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.sections["reasons_for_living"].edit.setPlainText("My daughter")
    window.close()
    assert asked == ["Unsaved safety plan"] and window.isVisible()


def test_print_writes_one_page(dialog: SafetyPlanDialog, tmp_path: Path,
                               window: MainWindow) -> None:
    window.settings.page_size = "letter"
    window.settings.crisis_region = "nz"
    dialog.sections["warning_signs"].edit.setPlainText("Not sleeping")
    out = dialog.print_pdf(str(tmp_path / "plan.pdf"))
    assert out is not None and out.exists()
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and round(float(reader.pages[0].mediabox.width)) == 612
    text = page_texts(out)[0]
    assert "Not sleeping" in text and "1737" in text and "New Zealand" in text


def test_an_outside_change_reloads_when_nothing_is_typed(dialog: SafetyPlanDialog,
                                                         window: MainWindow) -> None:
    window.journal.store.save_safety_plan(SafetyPlan(warning_signs=("From the CLI",)))
    window.journal.check_for_outside_changes()
    assert dialog.sections["warning_signs"].raw() == ["From the CLI"]
