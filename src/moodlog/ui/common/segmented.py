"""A segmented choice control: one row of options, keyboard first.

Left/Right (or Up/Down) move the choice, Home/End jump, a digit picks the option with that
value, and Delete/Backspace/minus return to "not answered" when the control has that state
(or, when it is ``clearable``, to nothing chosen: a questionnaire item left blank).
It paints itself from the palette, so it follows light and dark mode.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

_PAD_X = 12
_PAD_Y = 7


class SegmentedControl(QWidget):
    """Choose one of ``options`` (value, label); a value of None means "not answered"."""

    valueChanged = Signal(object)  # noqa: N815 (Qt naming)

    def __init__(self, options: Sequence[tuple[Any, str]], parent: QWidget | None = None,
                 min_segment_width: int = 0, clearable: bool = False) -> None:
        super().__init__(parent)
        self._options = list(options)
        self._clearable = clearable
        self._index = -1
        self._hover = -1
        self._min_segment = min_segment_width
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        for i, (value, _label) in enumerate(self._options):
            if value is None:
                self._index = i

    # ------------------------------------------------------------------ value
    def value(self) -> Any:
        return self._options[self._index][0] if self._index >= 0 else None

    def has_choice(self) -> bool:
        """False while nothing (not even "not answered") is chosen."""
        return self._index >= 0

    def setValue(self, value: Any) -> None:  # noqa: N802 (Qt naming)
        for i, (v, _label) in enumerate(self._options):
            if v == value and (v is None) == (value is None):
                self._set_index(i, emit=False)
                return
        self._set_index(-1, emit=False)

    def _set_index(self, index: int, emit: bool = True) -> None:
        if index == self._index:
            return
        self._index = index
        label = self._options[index][1] if index >= 0 else "nothing chosen"
        self.setAccessibleDescription(f"Selected: {label}")
        self.update()
        if emit:
            self.valueChanged.emit(self.value())

    def labels(self) -> list[str]:
        return [label for _v, label in self._options]

    # --------------------------------------------------------------- geometry
    def _segment_width(self) -> int:
        fm = QFontMetrics(self.font())
        widest = max(fm.horizontalAdvance(label) for _v, label in self._options)
        return max(self._min_segment, widest + 2 * _PAD_X)

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.font())
        return QSize(self._segment_width() * len(self._options) + 2,
                     fm.height() + 2 * _PAD_Y + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def _rect(self, index: int) -> QRectF:
        inner = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        width = inner.width() / len(self._options)
        return QRectF(inner.left() + index * width, inner.top(), width, inner.height())

    def _index_at(self, x: float) -> int:
        for i in range(len(self._options)):
            r = self._rect(i)
            if r.left() <= x < r.right():
                return i
        return -1

    # ---------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        enabled = self.isEnabled()
        outer = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.setBrush(pal.color(QPalette.ColorRole.Button))
        p.drawRoundedRect(outer, 6, 6)
        for i, (value, label) in enumerate(self._options):
            r = self._rect(i)
            chosen = i == self._index
            text_role = QPalette.ColorRole.ButtonText
            if chosen and value is None:
                # "Not answered" is a state, not an answer: show it quietly, never as filled.
                p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
                p.setBrush(QBrush(pal.color(QPalette.ColorRole.Mid), Qt.BrushStyle.BDiagPattern))
                p.drawRoundedRect(r.adjusted(2, 2, -2, -2), 4, 4)
            elif chosen:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(pal.color(QPalette.ColorRole.Highlight))
                p.drawRoundedRect(r.adjusted(2, 2, -2, -2), 4, 4)
                text_role = QPalette.ColorRole.HighlightedText
            elif i == self._hover and enabled:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(pal.color(QPalette.ColorRole.Midlight))
                p.drawRoundedRect(r.adjusted(2, 2, -2, -2), 4, 4)
            if i > 0 and not chosen and i - 1 != self._index:
                p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
                p.drawLine(QPointF(r.left(), r.top() + 6), QPointF(r.left(), r.bottom() - 6))
            font = self.font()
            font.setItalic(value is None)
            font.setBold(chosen and value is not None)
            p.setFont(font)
            group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
            p.setPen(pal.color(group, text_role))
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, label)
        if self.hasFocus():
            opt = QStyleOptionFocusRect()
            opt.initFrom(self)
            focus = self._rect(self._index) if self._index >= 0 else QRectF(self.rect())
            opt.rect = focus.adjusted(3, 3, -3, -3).toRect() if self._index >= 0 else QRect(
                self.rect().adjusted(2, 2, -2, -2))
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, opt, p, self)
        p.end()

    # ------------------------------------------------------------------ input
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            index = self._index_at(event.position().x())
            if index >= 0:
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self._set_index(index)
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self._index_at(event.position().x())
        if index != self._hover:
            self._hover = index
            self.update()

    def leaveEvent(self, event: Any) -> None:  # noqa: N802
        self._hover = -1
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        last = len(self._options) - 1
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._set_index(min(last, self._index + 1) if self._index >= 0 else 0)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._set_index(max(0, self._index - 1) if self._index >= 0 else 0)
        elif key == Qt.Key.Key_Home:
            self._set_index(0)
        elif key == Qt.Key.Key_End:
            self._set_index(last)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Minus):
            unset = [i for i, (v, _label) in enumerate(self._options) if v is None]
            if unset:
                self._set_index(unset[0])
            elif self._clearable:
                self._set_index(-1)
        elif event.text().isdigit():
            digit = int(event.text())
            for i, (v, _label) in enumerate(self._options):
                if v == digit and not isinstance(v, bool):
                    self._set_index(i)
                    break
        else:
            super().keyPressEvent(event)
            return
        event.accept()
