"""Preferences > Tags: add, rename, hide or show, and move tags between groups.

Tags are never deleted: hiding one takes it off the check-in form and keeps every day that has
it (a day's tags are never dropped silently).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.life import Tag
from moodlog.ui.common.theme import set_muted
from moodlog.ui.journal import Journal

KEY_ROLE = Qt.ItemDataRole.UserRole


class TagsEditor(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tags are what you did or had on a day (people, activities, "
                               "health). Hiding one takes it off the check-in form; the days "
                               "that have it keep it. Tags are never deleted."))
        intro.setWordWrap(True)
        set_muted(intro)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Tags by group"))
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add\u2026"))
        self.rename_button = QPushButton(self.tr("Re&name\u2026"))
        self.hide_button = QPushButton(self.tr("H&ide"))
        self.move_button = QPushButton(self.tr("&Move to group\u2026"))
        for b in (self.add_button, self.rename_button, self.hide_button, self.move_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._add)
        self.rename_button.clicked.connect(self._rename)
        self.hide_button.clicked.connect(self._toggle_hidden)
        self.move_button.clicked.connect(self._move)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for tag in self.journal.tags():
            parent = groups.get(tag.group)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [tag.group])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[tag.group] = parent
            shown = self.tr("{name}  (hidden)").format(name=tag.label) if tag.hidden else (
                tag.label)
            item = QTreeWidgetItem(parent, [shown])
            item.setData(0, KEY_ROLE, tag)
            if tag.key == select:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self._update_buttons()

    def current(self) -> Tag | None:
        item = self.tree.currentItem()
        tag = item.data(0, KEY_ROLE) if item is not None else None
        return tag if isinstance(tag, Tag) else None

    def _update_buttons(self) -> None:
        tag = self.current()
        for b in (self.rename_button, self.hide_button, self.move_button):
            b.setEnabled(tag is not None)
        self.hide_button.setText(self.tr("Sh&ow") if tag and tag.hidden else self.tr("H&ide"))

    def _groups(self) -> list[str]:
        return list(dict.fromkeys(t.group for t in self.journal.tags()))

    def _do(self, title: str, action: str, *args: object) -> bool:
        """Run ``action``; ``title`` heads the message when the journal refuses it."""
        try:
            self.journal.edit_tags(action, *args)
        except ValueError as exc:
            QMessageBox.warning(self, title, str(exc).capitalize() + ".")
            return False
        return True

    def _add(self) -> None:
        label, ok = QInputDialog.getText(self, self.tr("Add a tag"), self.tr("Name of the tag:"))
        if not ok or not label.strip():
            return
        current = self.current()
        group, ok = QInputDialog.getItem(self, self.tr("Add a tag"),
                                         self.tr("Group (or type a new one):"),
                                         self._groups(), self._groups().index(current.group)
                                         if current else 0, True)
        if ok and self._do(self.tr("Tag not added"), "add_tag", label,
                           group.strip() or self.tr("Other")):
            added = [t for t in self.journal.tags() if t.label == " ".join(label.split())]
            self.refresh(added[0].key if added else None)

    def _rename(self) -> None:
        tag = self.current()
        if tag is None:
            return
        label, ok = QInputDialog.getText(self, self.tr("Rename a tag"),
                                         self.tr("Name of the tag:"), text=tag.label)
        if ok and label.strip() and self._do(self.tr("Tag not renamed"), "rename_tag", tag.key,
                                             label):
            self.refresh(tag.key)

    def _toggle_hidden(self) -> None:
        tag = self.current()
        if tag is not None and self._do(self.tr("Tag not changed"), "set_tag_hidden", tag.key,
                                        not tag.hidden):
            self.refresh(tag.key)

    def _move(self) -> None:
        tag = self.current()
        if tag is None:
            return
        groups = self._groups()
        group, ok = QInputDialog.getItem(
            self, self.tr("Move a tag"),
            self.tr("Group for \u201c{tag}\u201d (or type a new one):").format(tag=tag.label),
            groups, groups.index(tag.group), True)
        if ok and group.strip() and self._do(self.tr("Tag not moved"), "move_tag", tag.key,
                                             group):
            self.refresh(tag.key)
