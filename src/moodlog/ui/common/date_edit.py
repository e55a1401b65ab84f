"""A QDateEdit that takes a whole date typed over its text ("1 Jan 2024").

QDateTimeEdit edits section by section. Typing over the whole (selected) text drops the day
digits, so "1 Jan 2024" over "2 Dec 2026" gave 2 Jan 2024; and a day typed in full (two
digits) moves on to the month by itself, so the space typed next skipped the month too.
Here typing over a selection starts at the day, and a space right after such a move is eaten.
"""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit


class TypedDateEdit(QDateEdit):
    _moved_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text.isprintable() and self.lineEdit().selectedText() == self.text():
            self.setSelectedSection(QDateEdit.Section.DaySection)
        if text == " " and self._moved_on:
            self._moved_on = False
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = text.isalnum() and self.currentSection() != before
