"""Return or Enter presses the focused button in the window too, not only Space (issue 15).

In a dialog Qt already presses the focused button on Return (auto-default); in the main
window a focused "Add treatment…" did nothing but on Space. ``ReturnClicks`` follows the
application's focus and watches only the focused push button outside dialogs.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _in_dialog(widget: QWidget) -> bool:
    return isinstance(widget.window(), QDialog)


class ReturnClicks(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._button: QPushButton | None = None
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if self._button is not None and shiboken6.isValid(self._button):
            self._button.removeEventFilter(self)
        self._button = None
        # Buttons that answer Return themselves (auto-default, as in dialogs) are left alone.
        if isinstance(now, QPushButton) and not _in_dialog(now) and not now.autoDefault():
            self._button = now
            now.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self._button and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _KEYS
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)
                and self._button.isEnabled()):
            self._button.animateClick()
            return True
        return False


def install_return_clicks(app: QApplication) -> ReturnClicks:
    existing = app.findChild(ReturnClicks)
    return existing if existing is not None else ReturnClicks(app)
