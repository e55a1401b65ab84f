"""No two controls that can be reached at the same time share an Alt key (issue 15, point 8).

Every page of the main window (with its menu bar) and every dialog is walked; the mnemonics
of the widgets a person can see together are collected, and each letter must name one control.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moodlog.store import JournalStore
from moodlog.ui.common.settings import Settings
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic_of(text: str) -> str | None:
    """The Alt letter in a Qt text ("&&" is a literal ampersand), lower-cased."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _reachable(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.isEnabled()


def visible_mnemonics(top: QWidget) -> dict[str, list[str]]:
    """Letter -> the texts of the visible controls of ``top`` that answer to Alt+letter."""
    found: dict[str, list[str]] = defaultdict(list)

    def note(text: str) -> None:
        letter = mnemonic_of(text)
        if letter:
            found[letter].append(text)

    for button in top.findChildren(QAbstractButton):
        if _reachable(button, top):
            note(button.text())
    for label in top.findChildren(QLabel):
        if label.buddy() is not None and _reachable(label, top):
            note(label.text())
    for box in top.findChildren(QGroupBox):
        if box.isCheckable() and _reachable(box, top):
            note(box.title())
    for tabs in top.findChildren(QTabWidget):
        if _reachable(tabs, top):
            for i in range(tabs.count()):
                note(tabs.tabText(i))
    for bar in top.findChildren(QMenuBar):
        if bar.isVisibleTo(top) or bar.isNativeMenuBar():
            for action in bar.actions():
                note(action.text())
    return found


def clashes(top: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in visible_mnemonics(top).items() if len(v) > 1}


@pytest.fixture
def full_journal(store: JournalStore, demo_data: object) -> Journal:
    store.import_data(demo_data)  # type: ignore[arg-type]
    return Journal(store)


@pytest.fixture
def main(qtbot: QtBot, full_journal: Journal, settings: Settings) -> MainWindow:
    w = MainWindow(full_journal, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize("page", [0, 1, 2, 3, 4])
def test_every_page_of_the_window_has_distinct_alt_keys(main: MainWindow, qtbot: QtBot,
                                                         page: int) -> None:
    main.show_page(page)
    qtbot.wait(10)
    assert clashes(main) == {}


def test_mnemonics_are_found_where_they_are() -> None:
    """The walker itself: a clash it should see, and "&&" that is no mnemonic."""
    assert mnemonic_of("Hours &slept") == "s"
    assert mnemonic_of("Salt && pepper") is None
    assert mnemonic_of("R&&D &notes") == "n"


def test_the_walker_sees_a_clash(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    label = QLabel("Hours &slept")
    edit = QLineEdit()
    label.setBuddy(edit)
    for w in (label, edit, QPushButton("&Save check-in")):
        layout.addWidget(w)
    top.show()
    assert clashes(top) == {"s": ["&Save check-in", "Hours &slept"]} or \
        clashes(top) == {"s": ["Hours &slept", "&Save check-in"]}


def _dialogs() -> list[tuple[str, Callable[[MainWindow], QDialog]]]:
    from moodlog.ui.about import AboutDialog
    from moodlog.ui.exchange.backups_dialog import BackupsDialog
    from moodlog.ui.exchange.fhir_export import ExportFhirDialog
    from moodlog.ui.exchange.import_dialog import ImportDialog
    from moodlog.ui.exchange.pdf_dialog import ExportPdfDialog
    from moodlog.ui.questionnaires.clinician_score_dialog import ClinicianScoreDialog
    from moodlog.ui.questionnaires.questionnaire_dialog import QuestionnaireDialog
    from moodlog.ui.safety.plan_dialog import SafetyPlanDialog
    from moodlog.ui.settings.medications_editor import MedicationDialog
    from moodlog.ui.settings.passphrase import NewPassphraseDialog, UnlockDialog
    from moodlog.ui.settings.preferences import PreferencesDialog
    from moodlog.ui.treatments.treatment_dialog import TreatmentDialog

    return [
        ("PHQ-9", lambda w: QuestionnaireDialog(w.journal, "phq9", None, w)),
        ("GAD-7", lambda w: QuestionnaireDialog(w.journal, "gad7", None, w)),
        ("PHQ-2", lambda w: QuestionnaireDialog(w.journal, "phq2", None, w)),
        ("GAD-2", lambda w: QuestionnaireDialog(w.journal, "gad2", None, w)),
        ("clinician score", lambda w: ClinicianScoreDialog(w.journal, None, w)),
        ("treatment", lambda w: TreatmentDialog(lambda t: t, None, [], w)),
        ("preferences", lambda w: PreferencesDialog(w.journal, w.settings, w)),
        ("import", lambda w: ImportDialog(w.journal, w)),
        ("PDF", lambda w: ExportPdfDialog(w.journal, w.settings, w)),
        ("FHIR", lambda w: ExportFhirDialog(w.journal, w)),
        ("backups", lambda w: BackupsDialog(w.journal, w)),
        ("safety plan", lambda w: SafetyPlanDialog(w.journal, w.settings, w)),
        ("medication", lambda w: MedicationDialog(None, w)),
        ("unlock", lambda w: UnlockDialog("your journal", lambda _k: None, w)),
        ("new passphrase", lambda w: NewPassphraseDialog(w)),
        ("about", lambda w: AboutDialog(w.journal.path.parent, parent=w)),
    ]


@pytest.mark.parametrize("name,make", _dialogs(), ids=[n for n, _ in _dialogs()])
def test_every_dialog_has_distinct_alt_keys(main: MainWindow, qtbot: QtBot, name: str,
                                            make: Callable[[MainWindow], QDialog]) -> None:
    dialog = make(main)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tabs = dialog.findChildren(QTabWidget)
    pages = [(t, i) for t in tabs for i in range(t.count())] or [(None, 0)]
    for tab_widget, index in pages:
        if tab_widget is not None:
            tab_widget.setCurrentIndex(index)
            qtbot.wait(5)
        assert clashes(dialog) == {}, f"{name}, page {index}"


@pytest.mark.parametrize("opener", ["show_crisis", "show_search"])
def test_the_panels_the_window_opens_have_distinct_alt_keys(main: MainWindow, qtbot: QtBot,
                                                            opener: str) -> None:
    panel = getattr(main, opener)()
    qtbot.waitExposed(panel)
    assert clashes(panel) == {}
