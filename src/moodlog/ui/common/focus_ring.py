"""A focus ring a keyboard user can see on every control, light or dark (issue 15, point 2).

Styles draw focus faintly or not at all (Fusion's blue outline on a dark field is under 3:1, and
a push button's is a hairline). ``FocusRings`` follows the application's focus and, after the
focused control has painted itself, draws a 2-pixel ring inside its edge in
``focus_ring_color`` (3:1 against the button, field and window colours). It paints on the
control itself rather than adding a widget, so a screen reader's view is unchanged; only a
scroll area (whose viewport's painting is the area's own) gets a see-through overlay. Controls
that draw their own ring (the segmented rating controls) say so with ``draws_own_focus``.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMenu,
    QMenuBar,
    QWidget,
)

from moodlog.ui.common.contrast import focus_ring_color

RING_WIDTH = 2


def ring_target(widget: QWidget | None) -> QWidget | None:
    """The control whose edge gets the ring: the spin box or combo box around its line edit,
    the scroll area around its viewport; none for menus, popups and controls that draw
    their own."""
    if widget is None:
        return None
    parent = widget.parentWidget()
    wrapped = isinstance(parent, (QAbstractSpinBox, QComboBox)) or (
        isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget)
    if wrapped:
        assert parent is not None
        widget = parent
    if isinstance(widget, (QMenu, QMenuBar)) or getattr(widget, "draws_own_focus", False):
        return None
    if widget.window().windowType() == Qt.WindowType.Popup:
        return None
    return widget


class RingOverlay(QWidget):
    """The ring over a scroll area (a table, a text box, the calendar): its viewport covers
    the area's edge, and the viewport's painting belongs to the area, so nothing may be
    painted in its place. A see-through child on top draws only the ring; it takes no mouse
    clicks, no focus, and follows the area's size."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.area = area
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(area.rect())
        self.raise_()
        self.show()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        paint_ring(self, self.area.palette())


class FocusRings(QObject):
    """Installed once on the application; draws the ring on whichever control has focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._target: QWidget | None = None
        self._overlay: RingOverlay | None = None
        self._painting = False
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())

    @property
    def target(self) -> QWidget | None:
        return self._target

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        previous, self._target = self._target, ring_target(now)
        if previous is self._target:
            return
        if previous is not None and shiboken6.isValid(previous):
            previous.removeEventFilter(self)
            previous.destroyed.disconnect(self._forget)
            previous.update()
        if self._overlay is not None and shiboken6.isValid(self._overlay):
            self._overlay.hide()
            self._overlay.deleteLater()
        self._overlay = None
        if self._target is not None:
            self._target.installEventFilter(self)
            self._target.destroyed.connect(self._forget)
            if isinstance(self._target, QAbstractScrollArea):
                self._overlay = RingOverlay(self._target)
            self._target.update()

    def _forget(self) -> None:
        self._target = None
        self._overlay = None  # a child of the target: gone with it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is not self._target or not isinstance(watched, QWidget):
            return False
        if self._overlay is not None:
            if event.type() == QEvent.Type.Resize:
                self._overlay.setGeometry(watched.rect())
            elif event.type() == QEvent.Type.ChildAdded:
                self._overlay.raise_()
            return False
        if event.type() != QEvent.Type.Paint or self._painting:
            return False
        self._painting = True
        try:
            watched.event(event)  # the control paints itself first
            paint_ring(watched)
        finally:
            self._painting = False
        return True


def paint_ring(widget: QWidget, palette: QPalette | None = None) -> None:
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(focus_ring_color(palette or widget.palette()), RING_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING_WIDTH / 2
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(half, half, -half, -half), 3, 3)
    painter.end()


def install_focus_rings(app: QApplication) -> FocusRings:
    existing = app.findChild(FocusRings)
    return existing if existing is not None else FocusRings(app)
