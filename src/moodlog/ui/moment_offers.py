"""The Qt side of core.moment_offers: looks at most once a minute, emits ``due`` once per offer.

Only while the daily reminder is turned on (Preferences): it is part of the same reminders.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from moodlog.core import moment_offers
from moodlog.core.models import Treatment

MAX_WAIT_MS = 60_000
DONE_KEY = "reminders/moment_offers_done"
KEEP = 40  # offers remembered (a few weeks of sessions)


def done_offers(qsettings: QSettings) -> list[str]:
    raw = qsettings.value(DONE_KEY, [])
    if isinstance(raw, str):
        raw = [raw]
    return [x for x in raw if isinstance(x, str)] if isinstance(raw, list) else []


class MomentOfferScheduler(QObject):
    due = Signal(object)  # moment_offers.Offer

    def __init__(self, qsettings: QSettings, enabled: Callable[[], bool],
                 treatments: Callable[[datetime], Sequence[Treatment]],
                 now: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._s = qsettings
        self._enabled = enabled
        self._treatments = treatments
        self._now = now
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> moment_offers.Offer | None:
        offer = None
        wait = MAX_WAIT_MS
        if self._enabled():
            now = self._now()
            done = done_offers(self._s)
            offer, ahead = moment_offers.decide(
                now, moment_offers.offers(self._treatments(now - timedelta(days=2))), done)
            if offer is not None:
                self._s.setValue(DONE_KEY, (done + [offer.key])[-KEEP:])
                self.due.emit(offer)
            if ahead is not None:
                until = (ahead - now).total_seconds() * 1000
                wait = int(max(1000, min(MAX_WAIT_MS, until)))
        self.timer.start(wait)
        return offer
