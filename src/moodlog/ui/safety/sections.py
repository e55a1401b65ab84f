"""The editors of the safety plan's sections: lines of text, or people with their numbers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.safety_plan import ITEMS_MAX, Contact, Item
from moodlog.ui.common.theme import heading_font, set_muted
from moodlog.ui.common.widgets import error_label
from moodlog.ui.safety.core_text import purpose, title
from moodlog.ui.translate_noop import QT_TRANSLATE_NOOP

Raw = list[str] | list[tuple[str, str, str]]


class Section(QWidget):
    """Title, one sentence on what the section is for, the editor and a line for errors."""

    edited = Signal()

    def __init__(self, key: str, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 6, 0, 6)
        self.title = QLabel(f"{number}. {title(key)}")
        heading_font(self.title, 1.1)
        self._box.addWidget(self.title)
        what_for = QLabel(purpose(key))
        what_for.setWordWrap(True)
        set_muted(what_for)
        self._box.addWidget(what_for)
        self.error = error_label()

    def raw(self) -> Raw:
        raise NotImplementedError

    def set_items(self, items: tuple[Item, ...]) -> None:
        raise NotImplementedError

    def items(self) -> list[Item]:
        raise NotImplementedError

    def focus_editor(self) -> None:
        raise NotImplementedError


class TextSection(Section):
    """One item per line of plain text."""

    def __init__(self, key: str, number: int, parent: QWidget | None = None) -> None:
        super().__init__(key, number, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(self.tr("One item per line"))
        self.edit.setAccessibleName(title(key))
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 16)
        self.edit.textChanged.connect(self.edited)
        self.title.setBuddy(self.edit)
        self._box.addWidget(self.edit)
        self._box.addWidget(self.error)

    def raw(self) -> list[str]:
        return [line.strip() for line in self.edit.toPlainText().split("\n") if line.strip()]

    def set_items(self, items: tuple[Item, ...]) -> None:
        self.edit.setPlainText("\n".join(str(i) for i in items))

    def items(self) -> list[Item]:
        return list(self.raw())

    def focus_editor(self) -> None:
        self.edit.setFocus()


class ContactSection(Section):
    """People or services: a name and a phone number or an address on each row."""

    COLUMNS = (QT_TRANSLATE_NOOP("ContactSection", "Name"),
               QT_TRANSLATE_NOOP("ContactSection", "Phone"),
               QT_TRANSLATE_NOOP("ContactSection", "Address"))

    def __init__(self, key: str, number: int, parent: QWidget | None = None) -> None:
        super().__init__(key, number, parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setAccessibleName(title(key))
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(self.table.fontMetrics().lineSpacing() * 6 + 24)
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        self._box.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a p&erson") if key == "people_to_ask"
                                      else self.tr("Add a ser&vice"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove the selected row of {section}").format(section=title(key)))
        for b in (self.add_button, self.remove_button):
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        self._box.addLayout(row)
        self._box.addWidget(self.error)
        self.add_button.clicked.connect(lambda _c=False: self.add_row())
        self.remove_button.clicked.connect(lambda _c=False: self.remove_row())
        self.title.setBuddy(self.table)

    def add_row(self, values: tuple[str, str, str] = ("", "", "")) -> None:
        if self.table.rowCount() >= ITEMS_MAX:
            self.error.setText(self.tr("At most {most} here.").format(most=ITEMS_MAX))
            return
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for col, value in enumerate(values):
            self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.blockSignals(False)
        if not any(values):
            self.table.setCurrentCell(row, 0)
            self.table.setFocus()
        self.edited.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def raw(self) -> list[tuple[str, str, str]]:
        rows = [(self._cell(r, 0), self._cell(r, 1), self._cell(r, 2))
                for r in range(self.table.rowCount())]
        return [r for r in rows if any(r)]

    def set_items(self, items: tuple[Item, ...]) -> None:
        self.table.setRowCount(0)
        for item in items:
            if isinstance(item, Contact):
                self.add_row((item.name, item.phone, item.address))

    def items(self) -> list[Item]:
        contacts: list[Item] = []
        for row, (name, phone, address) in enumerate(self.raw(), 1):
            try:
                contacts.append(Contact(name, phone, address))
            except ValueError as exc:
                raise ValueError(self.tr("row {number}: {problem}").format(
                    number=row, problem=exc)) from None
        return contacts

    def focus_editor(self) -> None:
        self.table.setFocus()
