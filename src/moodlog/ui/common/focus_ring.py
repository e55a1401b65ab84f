"""A focus ring a keyboard user can see on every control, light or dark (issue 15, point 2).

Styles draw focus faintly or not at all (Fusion's blue outline on a dark field is under 3:1, and
a push button's is a hairline). ``FocusRings`` follows the application's focus and, after the
focused control has painted itself, draws a 2-pixel ring inside its edge in
``focus_ring_color`` (3:1 against the button, field and window colours). It paints on the
control itself rather than adding a widget, so a screen reader's view is unchanged. Controls
that draw their own ring (the segmented rating controls) say so with ``draws_own_focus``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
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


def ring_surface(target: QWidget) -> QWidget:
    """Where the ring is painted: a scroll area's viewport covers the area's own edge."""
    if isinstance(target, QAbstractScrollArea) and target.viewport() is not None:
        return target.viewport()
    return target


class FocusRings(QObject):
    """Installed once on the application; draws the ring on whichever control has focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._target: QWidget | None = None
        self._surface: QWidget | None = None
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
        if previous is not None and self._surface is not None:
            self._surface.removeEventFilter(self)
            self._surface.destroyed.disconnect(self._forget)
            self._surface.update()
        self._surface = None
        if self._target is not None:
            self._surface = ring_surface(self._target)
            self._surface.installEventFilter(self)
            self._surface.destroyed.connect(self._forget)
            self._surface.update()

    def _forget(self) -> None:
        self._target = self._surface = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() != QEvent.Type.Paint or watched is not self._surface
                or self._painting or not isinstance(watched, QWidget)):
            return False
        self._painting = True
        try:
            watched.event(event)  # the control paints itself first
            paint_ring(watched)
        finally:
            self._painting = False
        return True


def paint_ring(widget: QWidget) -> None:
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(focus_ring_color(widget.palette()), RING_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING_WIDTH / 2
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(half, half, -half, -half), 3, 3)
    painter.end()


def install_focus_rings(app: QApplication) -> FocusRings:
    existing = app.findChild(FocusRings)
    return existing if existing is not None else FocusRings(app)
