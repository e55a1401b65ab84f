"""What the tray and the File actions need of a journal's window, without importing it.

``main_window.MainWindow`` is the one real ``JournalWindow``; the tray takes this base so
that nothing below ``main_window`` imports it back (no import circle).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from moodlog.ui.journal import Journal


class JournalWindow(QMainWindow):
    """A main window showing one journal; ``closed`` is emitted when it has closed."""

    closed = Signal()
    journal: Journal

    def open_day(self, day: date) -> None:
        """Show the check-in form for ``day``."""
        raise NotImplementedError


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()
