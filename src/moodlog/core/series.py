"""Daily series for charts and analysis: one slot per calendar day, gaps kept as gaps.

A day without a check-in is ``None`` in every series, never filled in from its neighbours. A
symptom left unanswered on a logged day is ``None`` too; :meth:`DailySeries.logged` tells the
two apart. Plain Python on purpose: ten years are 3,650 slots, which lists handle in
milliseconds, and the core stays free of numpy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from typing import Protocol

from moodlog.core.symptoms import BUILTIN_KEYS

#: Days in the rolling mean's window, and how many of them must be logged for it to count.
ROLLING_DAYS = 7
ROLLING_MIN = 4
#: Daily symptom burden (CLINICAL.md section 1): built-ins answered before it is pro-rated.
BURDEN_MIN_ANSWERED = 9
BURDEN_MAX = 3 * len(BUILTIN_KEYS)


class DayValues(Protocol):
    """What a day contributes to a series; both ``CheckIn`` and ``DayEntry`` provide it."""

    @property
    def day(self) -> date: ...
    @property
    def mood(self) -> int: ...
    @property
    def sleep_hours(self) -> float | None: ...
    @property
    def ratings(self) -> Mapping[str, int]: ...


@dataclass(frozen=True, slots=True)
class DayEntry:
    """The numbers of one check-in (no note, no timestamps), as the fast read path returns them.

    Not validated: the store only hands out rows its CHECK constraints already accepted.
    """

    day: date
    mood: int
    sleep_hours: float | None = None
    ratings: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DailySeries:
    """Values for every day from ``start`` for ``len(mood)`` days; ``None`` = not recorded."""

    start: date
    mood: tuple[int | None, ...]
    sleep: tuple[float | None, ...]
    #: Severity per symptom key (catalogue order), one slot per day.
    ratings: Mapping[str, tuple[int | None, ...]]

    def __len__(self) -> int:
        return len(self.mood)

    @property
    def end(self) -> date:
        """The last day of the series (the day before ``start`` when it is empty)."""
        return self.start + timedelta(days=len(self.mood) - 1)

    def day(self, index: int) -> date:
        return self.start + timedelta(days=index)

    def index(self, day: date) -> int:
        """Position of ``day``; may be negative or past the end for days outside the series."""
        return (day - self.start).days

    def logged(self, index: int) -> bool:
        """Whether a check-in exists for the day at ``index``."""
        return 0 <= index < len(self.mood) and self.mood[index] is not None

    def logged_days(self) -> list[int]:
        return [i for i, m in enumerate(self.mood) if m is not None]

    def day_ratings(self, index: int) -> dict[str, int]:
        """The answered symptoms of one day."""
        out: dict[str, int] = {}
        for key, values in self.ratings.items():
            value = values[index]
            if value is not None:
                out[key] = value
        return out


def daily_series(
    entries: Iterable[DayValues], start: date, end: date, keys: Sequence[str] = BUILTIN_KEYS
) -> DailySeries:
    """Spread ``entries`` over every day from ``start`` to ``end``; entries outside are dropped.

    ``keys`` are the symptoms to keep (in display order); ratings of other keys are ignored.
    """
    n = max(0, (end - start).days + 1)
    mood: list[int | None] = [None] * n
    sleep: list[float | None] = [None] * n
    ratings: dict[str, list[int | None]] = {k: [None] * n for k in keys}
    for entry in entries:
        i = (entry.day - start).days
        if not 0 <= i < n:
            continue
        mood[i] = entry.mood
        sleep[i] = entry.sleep_hours
        for key, value in entry.ratings.items():
            column = ratings.get(key)
            if column is not None:
                column[i] = value
    return DailySeries(start, tuple(mood), tuple(sleep), {k: tuple(v) for k, v in ratings.items()})


def rolling_mean(
    values: Sequence[float | None], days: int = ROLLING_DAYS, min_count: int = ROLLING_MIN
) -> list[float | None]:
    """Trailing mean over days ``d-days+1 .. d`` of the values that exist.

    ``None`` where fewer than ``min_count`` of those days have a value. Trailing, not centred:
    a day's mean never uses days after it.
    """
    out: list[float | None] = []
    total = 0.0
    count = 0
    for i, value in enumerate(values):
        if value is not None:
            total += value
            count += 1
        if i >= days:
            old = values[i - days]
            if old is not None:
                total -= old
                count -= 1
        out.append(total / count if count >= min_count else None)
    return out


def exact_mean(values: Iterable[int | None], min_count: int) -> Fraction | None:
    """Mean of the values present, as an exact fraction; None with fewer than ``min_count``."""
    present = [v for v in values if v is not None]
    if len(present) < max(1, min_count):
        return None
    return Fraction(sum(present), len(present))


def symptom_burden(ratings: Mapping[str, int]) -> float | None:
    """Daily symptom burden, 0-36 (CLINICAL.md section 1). Not a PHQ-9 score.

    The sum of the answered severities of the twelve built-in symptoms; with 9-11 answered it is
    pro-rated to twelve (sum x 12 / answered); with fewer than 9 answered there is none. Symptoms
    the user added are left out so that the scale stays 0-36.
    """
    return _burden([ratings[k] for k in BUILTIN_KEYS if k in ratings])


def _burden(answered: Sequence[int]) -> float | None:
    if len(answered) < BURDEN_MIN_ANSWERED:
        return None
    return sum(answered) * len(BUILTIN_KEYS) / len(answered)


def burden_series(series: DailySeries) -> list[float | None]:
    """:func:`symptom_burden` for every day of ``series`` (None on days without a check-in)."""
    columns = [series.ratings[k] for k in BUILTIN_KEYS if k in series.ratings]
    if len(columns) < BURDEN_MIN_ANSWERED:
        return [None] * len(series)
    out: list[float | None] = []
    for i, logged in enumerate(series.mood):
        answered = [v for c in columns if (v := c[i]) is not None] if logged is not None else []
        out.append(_burden(answered))
    return out


@dataclass(frozen=True, slots=True)
class Average:
    """A mean over a period and how many days it rests on (``mean`` None when there are none)."""

    mean: float | None
    days: int


def period_average(values: Sequence[float | None], first: int, last: int) -> Average:
    """Mean of the values present at indexes ``first..last`` (clipped to the sequence)."""
    lo, hi = max(0, first), min(len(values) - 1, last)
    present = [v for v in values[lo:hi + 1] if v is not None] if lo <= hi else []
    return Average(sum(present) / len(present) if present else None, len(present))
