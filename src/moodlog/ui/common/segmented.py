"""A segmented choice control: one row of options, keyboard first.

Left/Right (or Up/Down) move the choice, Home/End jump, a digit picks the option with that
value ("1" then "0" within a short pause picks 10), and Delete/Backspace/minus return to
"not answered" when the control has that state (or, when it is ``clearable``, to nothing
chosen: a questionnaire item left blank). With ``auto_advance`` on, focus moves to the next
control once a digit has settled the answer; Shift+Tab goes back.

It paints itself from the palette, so it follows light and dark mode, and draws a focus ring
of at least 3:1 contrast. For screen readers it is a grouping named by the question whose
children are real (invisible, click-through) radio buttons, one per option, the chosen one
checked, so the answer ("Not answered" included) and its changes are announced.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
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
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from moodlog.ui.common.accessible import install_accessible_factory
from moodlog.ui.common.contrast import focus_ring_color, readable_fill

_PAD_X = 12
_PAD_Y = 7
_WRAP_PAD = 4  # each side of a label that may wrap
_WRAP = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
DIGIT_PAUSE_MS = 900  # how long "1" waits for a "0" that would make it 10


class _OptionButton(QRadioButton):
    """One option as screen readers see it: a radio button over its segment that paints
    nothing and lets the mouse through (the control paints and handles input)."""

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(label, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        pass


class SegmentedControl(QWidget):
    """Choose one of ``options`` (value, label); a value of None means "not answered"."""

    #: It paints its own focus ring around the segments (ui/common/focus_ring.py skips it).
    draws_own_focus = True
    #: Screen readers see a group of radio buttons (ui/common/accessible.py).
    accessible_group = True

    valueChanged = Signal(object)  # noqa: N815 (Qt naming)
    auto_advance = True  # a preference, set for all controls at once

    def __init__(self, options: Sequence[tuple[Any, str]], parent: QWidget | None = None,
                 min_segment_width: int = 0, clearable: bool = False,
                 max_segment_width: int = 0) -> None:
        super().__init__(parent)
        install_accessible_factory()
        self._options = list(options)
        self._clearable = clearable
        self._index = -1
        self._hover = -1
        self._min_segment = min_segment_width
        # Above this width a label wraps onto more lines instead (long translations).
        self._max_segment = max_segment_width
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self._buttons = [_OptionButton(label, self) for _v, label in self._options]
        # An exclusive group makes them radio buttons to screen readers (loose ones are
        # check boxes); it is opened briefly to clear them all for "nothing chosen".
        self._group = QButtonGroup(self)
        for button in self._buttons:
            self._group.addButton(button)
        self._pending: int | None = None  # a first digit waiting for a second
        self._pause = QTimer(self, singleShot=True, interval=DIGIT_PAUSE_MS)
        self._pause.timeout.connect(self._digit_settled)
        start = next((i for i, (v, _l) in enumerate(self._options) if v is None), -1)
        self._index = -2  # so that _set_index below always updates
        self._set_index(start, emit=False)

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
        label = self._options[index][1] if index >= 0 else self.tr("No answer chosen")
        self.setAccessibleDescription(label)
        if index >= 0:
            self._buttons[index].setChecked(True)
        elif (checked := self._group.checkedButton()) is not None:
            self._group.setExclusive(False)
            checked.setChecked(False)
            self._group.setExclusive(True)
        self.update()
        if emit:
            self.valueChanged.emit(self.value())

    def labels(self) -> list[str]:
        return [label for _v, label in self._options]

    def selected_label(self) -> str:
        """The chosen option's text, "" while nothing is chosen."""
        return self._options[self._index][1] if self._index >= 0 else ""

    # --------------------------------------------------------------- geometry
    def _segment_width(self) -> int:
        fm = QFontMetrics(self.font())
        widest = max(fm.horizontalAdvance(label) for _v, label in self._options)
        width = max(self._min_segment, widest + 2 * _PAD_X)
        return min(width, self._max_segment) if self._max_segment else width

    def _text_height(self) -> int:
        """One line, or the most lines a label wraps to (measured in bold, as when chosen)."""
        if not self._max_segment:
            return QFontMetrics(self.font()).height()
        font = self.font()
        font.setBold(True)
        fm = QFontMetrics(font)
        room = QRect(0, 0, self._segment_width() - 2 * _WRAP_PAD, 10_000)
        return max(fm.boundingRect(room, _WRAP, label).height() for _v, label in self._options)

    def wraps(self) -> bool:
        """Whether a label needs more than one line (see ``max_segment_width``)."""
        return self._text_height() > QFontMetrics(self.font()).height()

    def sizeHint(self) -> QSize:  # noqa: N802
        text = self._text_height()
        # Wrapped labels already make the row taller: less padding keeps it compact.
        pad = _PAD_Y if text <= QFontMetrics(self.font()).height() else 3
        return QSize(self._segment_width() * len(self._options) + 2, text + 2 * pad + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def _rect(self, index: int) -> QRectF:
        inner = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        width = inner.width() / len(self._options)
        return QRectF(inner.left() + index * width, inner.top(), width, inner.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        for i, button in enumerate(self._buttons):
            button.setGeometry(self._rect(i).toRect())
        super().resizeEvent(event)

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
                p.setBrush(readable_fill(pal.color(QPalette.ColorRole.Highlight),
                                         pal.color(QPalette.ColorRole.HighlightedText)))
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
            if self._max_segment:
                p.drawText(r.adjusted(_WRAP_PAD, 0, -_WRAP_PAD, 0), _WRAP, label)
            else:
                p.drawText(r, Qt.AlignmentFlag.AlignCenter, label)
        if self.hasFocus():
            # A 2-pixel ring round the whole row, 3:1 against the button and the window.
            p.setPen(QPen(focus_ring_color(pal), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
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
        self._pause.stop()
        self._pending = None
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
        elif len(event.text()) == 1 and event.text().isdigit() and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                     | Qt.KeyboardModifier.AltModifier)):
            self._type_digit(int(event.text()), event)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # ------------------------------------------------------------------ digits
    def _index_of(self, value: int) -> int:
        for i, (v, _label) in enumerate(self._options):
            if v == value and not isinstance(v, bool):
                return i
        return -1

    def _type_digit(self, digit: int, event: QKeyEvent) -> None:
        if self._pending is not None:
            first, self._pending = self._pending, None
            self._pause.stop()
            both = self._index_of(first * 10 + digit)
            if both >= 0:
                self._set_index(both)
                self._advance()
                return
            if self.auto_advance:
                # The first digit stands; this one answers the next question.
                self._advance()
                target = QApplication.focusWidget()
                if target is not None and target is not self:
                    QApplication.sendEvent(target, QKeyEvent(
                        event.type(), event.key(), event.modifiers(), event.text()))
                return
        index = self._index_of(digit)
        if index < 0:
            return
        self._set_index(index)
        if any(self._index_of(digit * 10 + d) >= 0 for d in range(10)) and digit > 0:
            self._pending = digit
            self._pause.start()
        else:
            self._advance()

    def _digit_settled(self) -> None:
        self._pending = None
        self._advance()

    def settle_digits(self) -> None:
        """End the pause after a first digit now (as if the pause had passed)."""
        if self._pending is not None:
            self._pause.stop()
            self._digit_settled()

    def _advance(self) -> None:
        if self.auto_advance and self.hasFocus():
            self.focusNextChild()
