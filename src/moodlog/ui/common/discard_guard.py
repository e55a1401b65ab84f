"""Dialogs that never throw away what was typed without asking.

``DiscardGuard`` goes before QDialog in a dialog's bases. It remembers the state of the
dialog's inputs when ``mark_clean()`` is called (after the dialog is filled in), and Esc,
Cancel and the window's close button (all of which end in ``reject()``) ask first whenever
that state has changed. Saving goes through ``accept()`` and is never asked about.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from moodlog.ui.common.segmented import SegmentedControl


def input_state(root: QWidget) -> tuple[Any, ...]:
    """What the user can have entered in ``root``: every text, number, choice and tick."""
    state: list[Any] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, SegmentedControl):
            state.append(w.value() if w.has_choice() else "<none>")
        elif isinstance(w, QLineEdit | QAbstractSpinBox):
            state.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            state.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            state.append(w.currentText())
        elif isinstance(w, QAbstractButton) and w.isCheckable() and w.parent() is not None \
                and not isinstance(w.parent(), SegmentedControl):
            state.append(w.isChecked())
    return tuple(state)


def confirm_discard(parent: QWidget, what: str | None = None) -> bool:
    """Ask whether to throw away ``what`` ("what you entered" when None); keeping it is the
    default answer."""
    if what is None:
        what = QCoreApplication.translate("DiscardGuard", "what you entered")
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("DiscardGuard", "Discard your entries?"),
                      QCoreApplication.translate("DiscardGuard", "Close without saving {what}?")
                      .format(what=what),
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                      parent)
    keep = box.button(QMessageBox.StandardButton.Cancel)
    keep.setText(QCoreApplication.translate("DiscardGuard", "&Keep editing"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(keep)
    return box.exec() == QMessageBox.StandardButton.Discard


class DiscardGuard:
    """Mixin for a QDialog (list it first): asks before Esc or close discards entries."""

    discard_what: str | None = None  # "what you entered", in the window's language
    _clean_state: tuple[Any, ...] | None = None

    def entered_state(self) -> tuple[Any, ...]:
        assert isinstance(self, QWidget)
        return input_state(self)

    def mark_clean(self) -> None:
        """The dialog as filled in by the program: nothing the user typed yet."""
        self._clean_state = self.entered_state()

    def has_entries(self) -> bool:
        return self._clean_state is not None and self.entered_state() != self._clean_state

    def reject(self) -> None:
        assert isinstance(self, QDialog)
        if self.has_entries() and not confirm_discard(self, self.discard_what):
            return
        super().reject()  # type: ignore[misc]


def unsaved_changes_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    """The Save / Discard / Cancel question, each answer with its own Alt key (Save is the default).

    Qt's standard buttons carry no mnemonic on every platform, so Alt+D did nothing."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      buttons.Save | buttons.Discard | buttons.Cancel, parent)
    for which, label in (
            (buttons.Save, QCoreApplication.translate("DiscardGuard", "&Save")),
            (buttons.Discard, QCoreApplication.translate("DiscardGuard", "&Discard")),
            (buttons.Cancel, QCoreApplication.translate("DiscardGuard", "&Cancel"))):
        box.button(which).setText(label)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    return box


def ask_unsaved_changes(parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
    """Ask :func:`unsaved_changes_box` and return the answer (Cancel when the box is closed)."""
    box = unsaved_changes_box(parent, title, text)
    box.exec()
    clicked = box.clickedButton()  # the escape button when the box is closed
    return box.standardButton(clicked) if clicked else QMessageBox.StandardButton.Cancel
