"""Ctrl+F: search the whole journal; results show the date, where, and the snippet with the
matched words in bold; Enter (or a double click) opens that day.

Snippets are user text: they are laid out as plain text with bold ranges (QTextLayout formats),
never interpreted as rich text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.life import SearchHit
from moodlog.ui.common.local_format import day_text
from moodlog.ui.common.theme import set_muted
from moodlog.ui.journal import Journal
from moodlog.ui.translate_noop import QT_TRANSLATE_NOOP

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
#: core.life.SEARCH_PLACES, for lupdate (a test keeps them equal to core's).
PLACES = {
    "checkin_note": QT_TRANSLATE_NOOP("SearchPanel", "check-in note"),
    "checkin_tags": QT_TRANSLATE_NOOP("SearchPanel", "tags"),
    "moment": QT_TRANSLATE_NOOP("SearchPanel", "moment"),
    "treatment_note": QT_TRANSLATE_NOOP("SearchPanel", "treatment note"),
    "side_effects_note": QT_TRANSLATE_NOOP("SearchPanel", "side-effects note"),
}


def place_text(hit: SearchHit) -> str:
    """Where the hit is, in the window's language ("moment 14:30", "tags")."""
    label = (QCoreApplication.translate("SearchPanel", PLACES[hit.where])
             if hit.where in PLACES else hit.where)
    return f"{label} {hit.at}" if hit.at else label


class _SnippetDelegate(QStyledItemDelegate):
    """Two lines per hit: 'date · where' and the snippet with its marks in bold."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        hit: SearchHit = index.data(HIT_ROLE)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pen = option.palette.highlightedText() if selected else option.palette.text()
        painter.save()
        painter.setPen(pen.color())
        rect = option.rect.adjusted(8, 4, -8, -4)
        head = QFont(option.font)
        head.setBold(True)
        painter.setFont(head)
        line = painter.fontMetrics().height()
        day = day_text(hit.day, self.tr("ddd dd MMM yyyy"))
        painter.drawText(QRectF(rect.x(), rect.y(), rect.width(), line),
                         Qt.TextFlag.TextSingleLine, f"{day}  \u00b7  {place_text(hit)}")
        layout = QTextLayout(" ".join(hit.snippet.split("\n")), option.font)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setFontUnderline(True)
        ranges = []
        for start, end in hit.marks:
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = start, end - start, bold
            ranges.append(r)
        layout.setFormats(ranges)
        layout.beginLayout()
        text_line = layout.createLine()
        if text_line.isValid():
            text_line.setLineWidth(rect.width())
        layout.endLayout()
        layout.draw(painter, QPointF(rect.x(), rect.y() + line + 2))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(400, 2 * line + 14)


class SearchPanel(QDialog):
    """A search field and its results; ``open_day`` is called with the chosen day."""

    def __init__(self, journal: Journal, open_day: Callable[[date], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search the journal"))
        self.journal = journal
        self._open_day = open_day
        layout = QVBoxLayout(self)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Words in notes, moments, treatment notes or tags"))
        self.field.setAccessibleName(self.tr("Search the journal"))
        self.field.setClearButtonEnabled(True)
        layout.addWidget(self.field)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results: Enter opens the day"))
        self.results.setItemDelegate(_SnippetDelegate(self.results))
        self.results.setUniformItemSizes(True)
        layout.addWidget(self.results, 1)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        set_muted(self.status)
        layout.addWidget(self.status)
        # Search as the person types, a moment after the last key.
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._enter_in_field)
        self.results.itemActivated.connect(self._activate)
        self.resize(640, 480)

    def run_search(self) -> None:
        text = self.field.text()
        self.results.clear()
        try:
            hits = self.journal.search(text) if text.strip() else []
        except ValueError as exc:  # the store refused to read: say so, keep the window
            self.status.setText(self.tr("Search failed: {problem}").format(problem=exc))
            return
        pattern = self.tr("dd MMMM yyyy")
        for hit in hits:
            item = QListWidgetItem()
            item.setData(HIT_ROLE, hit)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{day_text(hit.day, pattern)}, {place_text(hit)}: {hit.snippet}")
            self.results.addItem(item)
        if not text.strip():
            self.status.setText("")
        elif not hits:
            self.status.setText(self.tr("Nothing in the journal mentions \u201c{words}\u201d.")
                                .format(words=text.strip()))
        else:
            found = (self.tr("%n found (the newest 200). Enter opens the day.", "", len(hits))
                     if len(hits) >= 200
                     else self.tr("%n found. Enter opens the day.", "", len(hits)))
            self.status.setText(found)
        if hits:
            self.results.setCurrentRow(0)

    def _enter_in_field(self) -> None:
        self._timer.stop()
        self.run_search()
        item = self.results.currentItem()
        if item is not None:
            self._activate(item)

    def _activate(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(HIT_ROLE)
        self._open_day(hit.day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Down from the field goes to the results, so the keyboard alone can pick one.
        if event.key() == Qt.Key.Key_Down and self.field.hasFocus() and self.results.count():
            self.results.setFocus()
            return
        super().keyPressEvent(event)

    def open_search(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()
