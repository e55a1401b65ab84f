"""Insights made ready before they are asked for.

The first click on Insights used to import pyqtgraph (about half a second) and then read,
analyse and chart the whole journal (another half second on ten years). Once the journal is
open, :class:`InsightsWarmUp` imports the chart modules on a thread (a pure import: no Qt
object is made there), and after a moment without input runs the window's ``prepare`` steps
on the GUI thread, one short step per pause, so that the click only shows the page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

#: How long the person must leave the window alone before a step runs (ms).
IDLE_MS = 1200
#: The pause between two steps while the person is still away (ms).
NEXT_STEP_MS = 60
#: The start waits this long after the journal opened: a smoke test has quit by then, and
#: the first moments belong to the check-in form (ms).
START_DELAY_MS = 500

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
          QEvent.Type.MouseMove, QEvent.Type.TouchBegin}


def import_charts() -> None:
    """Import what the Insights page needs (pyqtgraph with it)."""
    from moodlog.charts import effects, scores, session, symptoms, timeline  # noqa: F401
    from moodlog.ui.insights import insights, insights_life, insights_plot  # noqa: F401


class InsightsWarmUp(QObject):
    """Imports on a thread, then calls ``prepare`` when the window is idle.

    ``prepare`` does one step and returns True while more steps remain; :meth:`want` asks for
    another round (after the journal changed, say).
    """

    def __init__(self, parent: QObject, prepare: Callable[[], bool]) -> None:
        super().__init__(parent)
        self._prepare = prepare
        self._thread: threading.Thread | None = None
        self._poll = QTimer(self, interval=20)
        self._poll.timeout.connect(self._imported)
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._idle.timeout.connect(self._step)
        self._watching = False

    @property
    def imported(self) -> bool:
        return self._thread is not None and not self._thread.is_alive()

    def start_later(self) -> None:
        QTimer.singleShot(START_DELAY_MS, self, self.start)

    def start(self) -> None:
        """Begin the import on a thread; the steps follow once the person pauses."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=import_charts, name="moodlog-charts-warm-up",
                                        daemon=True)
        self._thread.start()
        self._poll.start()

    def want(self) -> None:
        """Run the steps again at the next pause (nothing before the import is done)."""
        if self.imported:
            self._arm(IDLE_MS)

    def _imported(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._poll.stop()
        self._arm(IDLE_MS)

    def _arm(self, interval: int) -> None:
        self._idle.start(interval)
        app = QApplication.instance()
        if not self._watching and app is not None:
            app.installEventFilter(self)  # only while a step waits: not on every event ever
            self._watching = True

    def _disarm(self) -> None:
        app = QApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _INPUT and self._idle.isActive():
            self._idle.start(IDLE_MS)  # the person is busy: wait for the next pause
        return False

    def _step(self) -> None:
        if self._prepare():
            self._arm(NEXT_STEP_MS)
        else:
            self._disarm()
