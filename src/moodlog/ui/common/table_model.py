"""A read-only Qt model over a :class:`moodlog.charts.tables.Table`, and a view for it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from moodlog.charts.tables import Table

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_TIP = Qt.ItemDataRole.ToolTipRole  # the whole text of a cell too narrow to show it
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC = frozenset("0123456789+-\u2013\u2265")


class TableModel(QAbstractTableModel):
    """Rows of text; cells are produced on demand, so ten years of days cost nothing to show."""

    def __init__(self, table: Table | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = table or Table((), ())

    @property
    def table(self) -> Table:
        return self._table

    def set_table(self, table: Table) -> None:
        if table == self._table:
            return  # resetting would make the view measure and repaint for nothing
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._table.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each paint: keep it cheap.
        if role == _DISPLAY:
            return self._table.rows[index.row()][index.column()]
        if role in (_ACCESSIBLE, _TIP):
            rows = self._table.full or self._table.rows
            return rows[index.row()][index.column()]
        if role == _ALIGN and index.column() > 0:
            text = self._table.rows[index.row()][index.column()]
            if text[:1] in _NUMERIC:
                return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The tooltip gives a heading cut short by a narrow column in full.
        if role not in (Qt.ItemDataRole.DisplayRole, _TIP):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._table.headers[section]
        return None


def table_view(name: str, parent: QWidget | None = None,
               fit: bool = True) -> tuple[QTableView, TableModel]:
    """A compact, read-only, keyboard-navigable table with an accessible name.

    ``fit`` sizes columns to their contents, which measures every row: only for short tables.
    """
    view = QTableView(parent)
    model = TableModel(parent=view)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    if fit:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        view.horizontalHeader().setDefaultSectionSize(110)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view, model
