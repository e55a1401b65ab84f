"""The mood table of the import dialog (Daylio and other apps): word, entries, a 0-10 spin box."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from moodlog.core.models import MOOD_MAX, MOOD_MIN
from moodlog.exchange.daylio import LabelUse
from moodlog.ui.common.theme import WARNING, tint

NO_VALUE = MOOD_MIN - 1  # a spin box here shows "Choose": the label has no mood yet
VISIBLE_ROWS = 8


class MoodMapTable(QTableWidget):
    """One row per Daylio label; ``edited`` fires whenever a value changes.

    A label moodlog does not know starts at "Choose" with a warning icon and an amber row (so
    it shows without colour too) until it gets a value; a known label cannot be left empty.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.spins: dict[str, QSpinBox] = {}
        self.app = "Daylio"
        self.unused_rows = 0  # rows of map words that match no mood of the file
        self._set_headers()
        self.setAccessibleName(self.tr("{app} moods and their moodlog values").format(
            app=self.app))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from spin box to spin box
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("{app} mood").format(app=self.app), self.tr("Entries"),
             self.tr("Mood {low}\u2013{high}").format(low=MOOD_MIN, high=MOOD_MAX)])

    def set_labels(self, labels: Sequence[LabelUse], app: str = "Daylio",
                   unused: Sequence[str] = ()) -> None:
        """One row per mood of the file; then, marked, each word of the map in use (``unused``)
        that matches no mood of this file."""
        self.app = app
        self._set_headers()
        self.spins = {}
        self.setRowCount(len(labels))
        for row, use in enumerate(labels):
            count = QTableWidgetItem(QLocale().toString(use.entries))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            spin = QSpinBox()
            spin.setRange(MOOD_MIN if use.mood is not None else NO_VALUE, MOOD_MAX)
            if use.mood is None:  # shown at the minimum: a known label's minimum is mood 0
                spin.setSpecialValueText(self.tr("Choose"))
            spin.setValue(use.mood if use.mood is not None else NO_VALUE)
            spin.setAccessibleName(self.tr("moodlog mood for the {app} mood {mood}").format(
                app=app, mood=use.label))
            spin.valueChanged.connect(partial(self._changed, row))
            self.setItem(row, 0, QTableWidgetItem(use.label))
            self.setItem(row, 1, count)
            self.setCellWidget(row, 2, spin)
            self.spins[use.label] = spin
            self._highlight(row, use.mood is None)
        self.unused_rows = len(unused)
        info = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        for word in unused:
            row = self.rowCount()
            self.insertRow(row)
            name = QTableWidgetItem(info, word)
            name.setToolTip(self.tr("This word of your mood map matches no mood in this file"))
            self.setItem(row, 0, name)
            self.setItem(row, 1, QTableWidgetItem("0"))
            self.setItem(row, 2, QTableWidgetItem(self.tr("not in this file")))
            for col in range(3):
                item = self.item(row, col)
                if item is not None:
                    item.setForeground(self.palette().placeholderText())
        self.resizeRowsToContents()
        # As tall as its rows (a scroll bar beyond VISIBLE_ROWS), no empty grid below them.
        shown = min(self.rowCount(), VISIBLE_ROWS)
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
                            + sum(self.rowHeight(r) for r in range(shown)))

    def mapping(self) -> dict[str, int]:
        """Every label that has a value, with it."""
        return {label: s.value() for label, s in self.spins.items() if s.value() != NO_VALUE}

    def _changed(self, row: int, value: int) -> None:
        self._highlight(row, value == NO_VALUE)
        self.edited.emit()

    def _highlight(self, row: int, unknown: bool) -> None:
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for col in (0, 1):
            item = self.item(row, col)
            if item is None:
                continue
            item.setBackground(QBrush(tint(WARNING, self.palette())) if unknown else QBrush())
            if col == 0:
                item.setIcon(icon if unknown else QIcon())
                item.setToolTip(self.tr("moodlog does not know this mood: choose its value")
                                if unknown else "")
