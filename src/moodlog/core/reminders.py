"""When the daily check-in reminder is due. Plain Python: the clock is passed in.

The reminder fires once a day, at or after the chosen time, and only if that day has no
check-in yet. Times are local wall-clock times, like the check-ins' calendar dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

DEFAULT_TIME = time(20, 0)
_HHMM = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


@dataclass(frozen=True, slots=True)
class Decision:
    """Whether to remind now, and when to look again."""

    fire: bool
    next_check: datetime


def decide(now: datetime, at: time, last_fired: date | None,
           checked_in_today: bool) -> Decision:
    """The reminder decision at ``now`` for a reminder at ``at`` each day.

    ``last_fired`` is the day it last fired (so it fires once a day, also across restarts);
    ``checked_in_today`` says whether ``now``'s day already has a check-in.
    """
    today = now.date()
    due = datetime.combine(today, at, tzinfo=now.tzinfo)
    if now < due:
        return Decision(False, due)
    tomorrow = datetime.combine(today + timedelta(days=1), at, tzinfo=now.tzinfo)
    return Decision(last_fired != today and not checked_in_today, tomorrow)


def parse_time(text: str) -> time:
    """``"HH:MM"`` (24-hour) as a time; ValueError for anything else."""
    match = _HHMM.fullmatch(text.strip())
    if not match:
        raise ValueError(f"a reminder time must look like 20:30, not {text!r}")
    return time(int(match[1]), int(match[2]))


def format_time(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"
