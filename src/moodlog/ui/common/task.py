"""Running slow, widget-free work (reading a file, a big import) off the GUI thread.

The function runs in a QThread and must not touch widgets; its result or exception comes back
through queued signals, so the slots that show it run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class Task(QThread):
    """Runs ``work()`` once; emits ``succeeded(result)`` or ``failed(exception)``."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
