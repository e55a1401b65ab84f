"""After a ketamine or esketamine session: offer a moment at about +4 h and the next morning.

Each offer is made once, within its window, and never again: a missed window (the computer was
off) is skipped, not made up later. Plain Python: the clock is passed in.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from moodlog.core.models import Treatment
from moodlog.core.treatments import KETAMINE_KINDS

TITLE = "How are you since your session?"
TEXT = "A moment takes a few seconds: a mood 0-10 and a few words if you like."
AFTER = timedelta(hours=4)
LATER_WINDOW = timedelta(hours=4)  # the +4 h offer stays open this long
MORNING, MORNING_END = time(8, 0), time(12, 0)


@dataclass(frozen=True, slots=True)
class Offer:
    key: str  # stable, to remember that it was made
    at: datetime
    until: datetime


def offers(treatments: Iterable[Treatment]) -> list[Offer]:
    """The two offers of every ketamine/esketamine session, in time order."""
    out = []
    for t in treatments:
        if t.kind not in KETAMINE_KINDS:
            continue
        base = f"{t.at:%Y-%m-%dT%H:%M}/{t.kind}"
        later = t.at + AFTER
        out.append(Offer(f"{base}/4h", later, later + LATER_WINDOW))
        next_day = t.day + timedelta(days=1)
        morning = max(datetime.combine(next_day, MORNING), later + LATER_WINDOW)
        end = datetime.combine(next_day, MORNING_END)
        if morning < end:
            out.append(Offer(f"{base}/morning", morning, end))
    return sorted(out, key=lambda o: o.at)


def decide(now: datetime, all_offers: Iterable[Offer],
           done: Collection[str]) -> tuple[Offer | None, datetime | None]:
    """(the offer to make now, or None; when to look again, or None when nothing is ahead)."""
    due, ahead = None, None
    for offer in all_offers:
        if offer.key in done or offer.until <= now:
            continue
        if offer.at <= now and due is None:
            due = offer
        elif offer.at > now and (ahead is None or offer.at < ahead):
            ahead = offer.at
    return due, ahead
