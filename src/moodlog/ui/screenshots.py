"""``moodlog --screenshots DIR``: every view and dialog rendered offscreen, light and dark.

It is how anyone checks the look in one command. Nothing is written to the journal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from moodlog.store import JournalStore
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import PAGES, MainWindow
from moodlog.ui.theme import dark_palette

if TYPE_CHECKING:
    from moodlog.app import App

SIZE = (1280, 800)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path, written: list[Path]) -> None:
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    written.append(path)


def _dialog(window: MainWindow, name: str, open_it: Callable[[], QWidget | None], out: Path,
            written: list[Path]) -> None:
    dialog = open_it()
    if dialog is None:
        return
    dialog.adjustSize()
    _save(dialog, out / name, written)
    dialog.close()


def _questionnaire_dialogs(window: MainWindow, scheme: str, out: Path,
                           written: list[Path]) -> None:
    """The PHQ-9 dialog (the latest one opened for correction, so answers show, else a blank
    one) and the clinician score dialog."""
    window.show_page(3)
    view = window.questionnaires
    latest = next((i for i, r in enumerate(view._rows)
                   if getattr(r, "instrument", None) == "phq9"), None)

    def phq9() -> QWidget | None:
        if latest is None:
            return view.fill_in("phq9")
        view.table.selectRow(latest)
        return view.edit_selected()

    _dialog(window, f"dialog-phq9-{scheme}.png", phq9, out, written)
    _dialog(window, f"dialog-clinician-score-{scheme}.png", view.add_score, out, written)


def _preferences_general(window: MainWindow, scheme: str, out: Path,
                         written: list[Path]) -> None:
    """The General tab, where the daily reminder is set."""
    def general() -> QWidget:
        dialog = window.show_preferences()
        tabs = dialog.findChild(QTabWidget)
        assert tabs is not None
        tabs.setCurrentIndex(1)
        return dialog

    _dialog(window, f"dialog-preferences-general-{scheme}.png", general, out, written)


def render_all(app: App, store: JournalStore, out: Path) -> list[Path]:
    """Write one PNG per view and dialog per scheme into ``out``; return their paths."""
    qapp = app.qapp
    qapp.setStyle("Fusion")
    written: list[Path] = []
    for scheme in ("light", "dark"):
        qapp.setPalette(dark_palette() if scheme == "dark" else qapp.style().standardPalette())
        window = MainWindow(Journal(store), app.settings)
        window.resize(*SIZE)
        window.show()
        for index, name in enumerate(PAGES):
            window.show_page(index)
            _save(window, out / f"{index + 1}-{name.lower()}-{scheme}.png", written)
        window.show_page(0)
        window.today.setCurrentWidget(window.welcome)
        _save(window, out / f"0-welcome-{scheme}.png", written)
        window.today.setCurrentWidget(window.form)
        window.show_page(2)
        _dialog(window, f"dialog-treatment-{scheme}.png", window.treatments.edit_selected
                if window.treatments._rows else window.treatments.add, out, written)
        _questionnaire_dialogs(window, scheme, out, written)
        _dialog(window, f"dialog-crisis-{scheme}.png", window.show_crisis, out, written)
        _dialog(window, f"dialog-preferences-{scheme}.png", window.show_preferences, out,
                written)
        _preferences_general(window, scheme, out, written)
        _dialog(window, f"dialog-about-{scheme}.png", window.show_about, out, written)
        window.close()
        window.deleteLater()
        _settle()
    return written
