"""Small building blocks the views and dialogs share."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QWidget,
)

from moodlog.ui.common.theme import set_error_colour, set_muted
from moodlog.ui.journal import Journal


def hint(text: str = "") -> QLabel:
    """Secondary, wrapping text in the palette's muted colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    set_muted(label)
    return label


def error_label() -> QLabel:
    """An (initially empty) line for validation messages, readable in light and dark."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names and entries
    label.setWordWrap(True)
    set_error_colour(label)
    return label


def ask(parent: QWidget, title: str, text: str,
        yes: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes) -> bool:
    """A yes-or-cancel question whose safe answer (Cancel) is the default."""
    answer = QMessageBox.question(parent, title, text, yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == yes


def save_cancel(dialog: QDialog) -> QDialogButtonBox:
    """Save and Cancel buttons wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def record_table(columns: Sequence[str], name: str, stretch_last: bool = True) -> QTableWidget:
    """A read-only table of records: whole rows selected one at a time, no row numbers."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    if stretch_last:
        for col in range(len(columns) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class JournalView(QWidget):
    """A page that shows journal data: it reads the journal when first shown, and again when
    the kinds of data it shows (``KINDS``; empty means all) change, at once if visible."""

    KINDS: frozenset[str] = frozenset()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._stale = True
        journal.changed.connect(self._journal_changed)

    def _journal_changed(self, what: str) -> None:
        if not self.KINDS or what == "all" or what in self.KINDS:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self.populate()

    def populate(self) -> None:
        """Read the journal and fill the view."""
        raise NotImplementedError
