"""The day's tags on the check-in form: chips by group, toggled by mouse or from the keyboard.

Keyboard: the filter field takes the focus (one tab stop for all tags); typing narrows the chips
to those whose label contains the text, Down/Up move the highlight among them, Space or Enter
toggles the highlighted one, Escape clears the filter. With no tag set nothing needs a key.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from moodlog.core.life import Tag, group_tags, normalise_label
from moodlog.ui.checkin.flow_layout import FlowLayout
from moodlog.ui.common.theme import set_muted, show_selected


class TagsPicker(QWidget):
    """Checkable chips for the visible tags; ``changed`` after each toggle."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chips: dict[str, QPushButton] = {}
        self._labels: dict[str, str] = {}
        self._order: list[str] = []
        self._current: str | None = None
        self._extra: set[str] = set()  # hidden tags the day has: kept, not shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to find a tag, Space to set it"))
        self.filter.setAccessibleName(self.tr("Find a tag: type to filter, Space toggles the "
                                              "highlighted tag, Down and Up move the "
                                              "highlight"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        layout.addWidget(self.filter)
        self._groups = QVBoxLayout()
        self._groups.setSpacing(4)
        layout.addLayout(self._groups)
        self._group_widgets: list[QWidget] = []
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        set_muted(self.status)
        layout.addWidget(self.status)

    # ------------------------------------------------------------------ content
    def set_tags(self, tags: Iterable[Tag]) -> None:
        """Show the visible ones of ``tags`` (hidden tags are never offered)."""
        selected = self.selected()
        for w in self._group_widgets:
            w.hide()  # gone now, not only when the event loop deletes it
            w.setParent(None)
            w.deleteLater()
        self._group_widgets.clear()
        self._chips.clear()
        self._labels.clear()
        self._order.clear()
        for group in group_tags(t for t in tags if not t.hidden):
            title = QLabel(group.label)
            title.setTextFormat(Qt.TextFormat.PlainText)
            set_muted(title)
            box = QWidget()
            flow = FlowLayout(box)
            for tag in group.tags:
                chip = QPushButton(tag.label.replace("&", "&&"))  # "&" is not a mnemonic
                self._labels[tag.key] = tag.label
                chip.setCheckable(True)
                chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the filter field is the tab stop
                chip.setAccessibleName(self.tr("Tag {tag}, {group}").format(tag=tag.label,
                                                                           group=group.label))
                chip.toggled.connect(self._toggled)
                flow.addWidget(chip)
                self._chips[tag.key] = chip
                self._order.append(tag.key)
            self._groups.addWidget(title)
            self._groups.addWidget(box)
            self._group_widgets += [title, box]
        self.set_selected(selected)
        self._apply_filter(self.filter.text())

    def selected(self) -> tuple[str, ...]:
        on = {k for k, chip in self._chips.items() if chip.isChecked()}
        return tuple(sorted(on | self._extra))

    def set_selected(self, keys: Sequence[str]) -> None:
        wanted = set(keys)
        self._extra = wanted - self._chips.keys()
        for key, chip in self._chips.items():
            chip.blockSignals(True)
            chip.setChecked(key in wanted)
            chip.blockSignals(False)
        self._show_status()

    # ----------------------------------------------------------------- keyboard
    def _visible(self) -> list[str]:
        return [k for k in self._order if not self._chips[k].isHidden()]

    def _apply_filter(self, text: str) -> None:
        wanted = normalise_label(text)
        for key, chip in self._chips.items():
            chip.setHidden(bool(wanted) and wanted not in normalise_label(self._labels[key]))
        for i in range(0, len(self._group_widgets), 2):
            box = self._group_widgets[i + 1]
            any_shown = any(not c.isHidden() for c in box.findChildren(QPushButton))
            self._group_widgets[i].setHidden(not any_shown)
            box.setHidden(not any_shown)
        visible = self._visible()
        self._highlight(visible[0] if wanted and visible else None)

    def _highlight(self, key: str | None) -> None:
        if self._current in self._chips:
            font = self._chips[self._current].font()
            font.setUnderline(False)
            self._chips[self._current].setFont(font)
        self._current = key
        if key is not None:
            font = self._chips[key].font()
            font.setUnderline(True)
            self._chips[key].setFont(font)
        self._show_status()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        visible = self._visible()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and visible:
            step = 1 if key == Qt.Key.Key_Down else -1
            at = visible.index(self._current) if self._current in visible else -step
            self._highlight(visible[(at + step) % len(visible)])
            return True
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self._current is not None:
            self._chips[self._current].toggle()
            return True
        if key == Qt.Key.Key_Space and not self.filter.text():
            return True  # nothing highlighted: a space would only start an empty filter
        if key == Qt.Key.Key_Escape and self.filter.text():
            self.filter.clear()
            return True
        return False

    # -------------------------------------------------------------------- state
    def _toggled(self, _on: bool) -> None:
        self._show_status()
        self.changed.emit()

    def _show_status(self) -> None:
        for chip in self._chips.values():  # a set tag is filled: Fusion's shade read as unset
            show_selected(chip, chip.isChecked())
        labels = [self._labels[k] for k in self._order if self._chips[k].isChecked()]
        text = self.tr("Set: {tags}").format(tags=", ".join(labels)) if labels else self.tr(
            "No tag set")
        if self._current is not None:
            text += self.tr(" \u2014 Space toggles \u201c{tag}\u201d").format(
                tag=self._labels[self._current])
        self.status.setText(text)
