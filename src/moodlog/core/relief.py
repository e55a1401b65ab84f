"""How long relief lasted after each treatment, exactly as CLINICAL.md section 4 defines it.

Descriptive only: it says what the mood record shows, never when to have a treatment.

For a treatment T on day t0, with its window ending at the next counted treatment:

- pre = mean mood of days t0-7 .. t0-1, needing at least 3 check-ins;
- rolling(d) = mean mood of the logged days among d-2, d-1 and d, needing at least 2 of them;
- peak = the highest rolling(d) for d in t0 .. t0+6; the peak day is the first day reaching it;
- no relief if peak <= pre;
- relief ends on the first day after the peak day with rolling(d) <= pre + (peak - pre) / 2, and
  lasts (that day - t0) days; if the next treatment or the last logged day comes first, it is
  censored: at least (next treatment day - t0), or (last logged day - t0).

Choices the definition leaves open, made here:

- Which treatments count: ketamine and esketamine sessions (``KETAMINE_KINDS``) by default. A
  medication change or a psychotherapy session is context, not a new dose, so it neither gets a
  relief figure nor ends another treatment's window. Callers may pass other ``kinds``.
- The next treatment is the next counted one on a *later day*; sessions on the same day share
  one window and one result, and the median counts that day once.
- Days from the next treatment day on belong to the next treatment: neither the peak nor the end
  of relief is looked for on or after it (its check-in may already reflect the new dose). Days
  after the last logged day are not looked at either: nothing is known about them.
- All means are exact fractions, so "rolling(d) <= threshold" is never decided by rounding.
"""

from __future__ import annotations

import statistics
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction

from moodlog.core.models import Treatment
from moodlog.core.series import DailySeries, exact_mean
from moodlog.core.treatments import KETAMINE_KINDS

PRE_DAYS = 7
PRE_MIN = 3
ROLLING_DAYS = 3
ROLLING_MIN = 2
PEAK_DAYS = 7  # t0 .. t0+6

#: The definition in plain words, for the window and the PDF.
DEFINITION = (
    "Relief is measured from your daily mood. Before: your average mood over the 7 days before "
    "the treatment (at least 3 check-ins). After: a 3-day average (at least 2 check-ins). Peak: "
    "the best 3-day average in the first week, counting the treatment day. Relief lasts until "
    "the 3-day average falls back to halfway between before and peak. \u201c\u2265 N\u201d means "
    "the next treatment or your last check-in came first, so relief lasted at least N days. "
    "This describes your record; it is not advice on when to have a treatment."
)


class ReliefStatus(StrEnum):
    ENDED = "ended"
    CENSORED = "censored"
    NO_RELIEF = "no_relief"
    TOO_FEW_BEFORE = "too_few_before"
    TOO_FEW_AFTER = "too_few_after"


class CensoredBy(StrEnum):
    NEXT_TREATMENT = "next_treatment"
    LAST_LOGGED_DAY = "last_logged_day"


@dataclass(frozen=True, slots=True)
class Relief:
    """The relief after one treatment. ``days`` is the duration, or its lower bound if censored."""

    treatment: Treatment
    status: ReliefStatus
    pre: float | None = None
    peak: float | None = None
    peak_day: date | None = None
    threshold: float | None = None
    days: int | None = None
    censored_by: CensoredBy | None = None

    @property
    def censored(self) -> bool:
        return self.status is ReliefStatus.CENSORED

    @property
    def day(self) -> date:
        return self.treatment.day

    def describe(self) -> str:
        """The days of relief as a table shows them: "13", "\u2265 4", "no relief", ..."""
        if self.status is ReliefStatus.ENDED:
            return str(self.days)
        if self.status is ReliefStatus.CENSORED:
            if self.days == 0 and self.censored_by is CensoredBy.LAST_LOGGED_DAY:
                # The session day is the last check-in: "\u2265 0" would say nothing.
                return "too early to tell"
            return f"\u2265 {self.days}"
        if self.status is ReliefStatus.NO_RELIEF:
            return "no relief"
        return "too few check-ins"


def _rolling(mood: Sequence[int | None], d: int) -> Fraction | None:
    lo = max(0, d - ROLLING_DAYS + 1)
    if d < 0 or d >= len(mood):
        return None
    return exact_mean(mood[lo:d + 1], ROLLING_MIN)


def _last_logged(mood: Sequence[int | None]) -> int | None:
    for i in range(len(mood) - 1, -1, -1):
        if mood[i] is not None:
            return i
    return None


def relief_at(
    series: DailySeries, t0: int, next_t: int | None, treatment: Treatment,
    last: int | None = None,
) -> Relief:
    """The relief after ``treatment`` on day index ``t0``; ``next_t`` is the next one's index."""
    mood = series.mood
    pre = exact_mean(mood[max(0, t0 - PRE_DAYS):max(0, t0)], PRE_MIN)
    if pre is None:
        return Relief(treatment, ReliefStatus.TOO_FEW_BEFORE)
    last = _last_logged(mood) if last is None else last
    limit = -1 if last is None else last  # the last day that may be looked at
    if next_t is not None:
        limit = min(limit, next_t - 1)
    peak: Fraction | None = None
    peak_d = -1
    for d in range(t0, min(t0 + PEAK_DAYS - 1, limit) + 1):
        value = _rolling(mood, d)
        if value is not None and (peak is None or value > peak):
            peak, peak_d = value, d
    if peak is None:
        return Relief(treatment, ReliefStatus.TOO_FEW_AFTER, pre=float(pre))
    base = Relief(treatment, ReliefStatus.NO_RELIEF, pre=float(pre), peak=float(peak),
                  peak_day=series.day(peak_d))
    if peak <= pre:
        return base
    threshold = pre + (peak - pre) / 2
    for d in range(peak_d + 1, limit + 1):
        value = _rolling(mood, d)
        if value is not None and value <= threshold:
            return replace(base, status=ReliefStatus.ENDED, threshold=float(threshold),
                           days=d - t0)
    if next_t is not None and last is not None and next_t <= last:
        by, end = CensoredBy.NEXT_TREATMENT, next_t
    else:
        by, end = CensoredBy.LAST_LOGGED_DAY, limit
    return replace(base, status=ReliefStatus.CENSORED, threshold=float(threshold),
                   days=end - t0, censored_by=by)


def relief_durations(
    series: DailySeries, treatments: Iterable[Treatment],
    kinds: Collection[str] = KETAMINE_KINDS,
) -> list[Relief]:
    """The relief after every treatment of ``kinds``, oldest first (see the module docstring)."""
    counted = sorted((t for t in treatments if t.kind in kinds), key=lambda t: t.at)
    days = sorted({t.day for t in counted})
    next_day = {d: (days[i + 1] if i + 1 < len(days) else None) for i, d in enumerate(days)}
    last = _last_logged(series.mood)
    out = []
    for t in counted:
        nxt = next_day[t.day]
        out.append(relief_at(series, series.index(t.day),
                             None if nxt is None else series.index(nxt), t, last))
    return out


def median_relief(reliefs: Iterable[Relief]) -> float | None:
    """Median days of relief over the treatments whose relief ended (censored ones left out).

    Sessions on the same day count once.
    """
    by_day = {r.day: r.days for r in reliefs
              if r.status is ReliefStatus.ENDED and r.days is not None}
    return float(statistics.median(by_day.values())) if by_day else None


def in_days(reliefs: Iterable[Relief], start: date, end: date) -> list[Relief]:
    """The reliefs of treatments given from ``start`` to ``end`` inclusive."""
    return [r for r in reliefs if start <= r.day <= end]


def window_end(relief: Relief) -> date | None:
    """The day relief ended, or the day the censored window stopped; None without a figure."""
    return None if relief.days is None else relief.day + timedelta(days=relief.days)
