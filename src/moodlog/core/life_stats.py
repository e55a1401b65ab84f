"""What goes with what, described: mood on days with and without each tag; adherence.

Descriptive only. The wording moodlog uses is "on days with X your mood averaged ..."; it never
says that a tag changes mood.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from moodlog.core.life import Medication, Tag
from moodlog.core.models import CheckIn

#: A tag is described only when at least this many days have it and as many do not.
MIN_DAYS = 5
HIDDEN_REASON = (f"Tags on fewer than {MIN_DAYS} days, or missing on fewer than {MIN_DAYS} "
                 "days, are left out: so few days say nothing.")


@dataclass(frozen=True, slots=True)
class TagMood:
    """Days with and without a tag in a range and the mean mood on each (None: no days)."""

    key: str
    label: str
    days_with: int
    mood_with: float | None
    days_without: int
    mood_without: float | None

    @property
    def shown(self) -> bool:
        return self.days_with >= MIN_DAYS and self.days_without >= MIN_DAYS

    def sentence(self) -> str:
        def mean(x: float | None) -> str:
            return "-" if x is None else f"{x:.1f}"
        return (f"On days with {self.label} your mood averaged {mean(self.mood_with)} "
                f"({self.days_with} days); on days without, {mean(self.mood_without)} "
                f"({self.days_without} days).")


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _in(checkins: Iterable[CheckIn], start: date | None, end: date | None) -> list[CheckIn]:
    return [c for c in checkins if (start is None or c.day >= start)
            and (end is None or c.day <= end)]


def tag_moods(checkins: Iterable[CheckIn], tags: Sequence[Tag], start: date | None = None,
              end: date | None = None) -> list[TagMood]:
    """One row per tag used in the range, in catalogue order (hidden tags included)."""
    days = _in(checkins, start, end)
    used = {k for c in days for k in c.tags}
    out = []
    for tag in tags:
        if tag.key not in used:
            continue
        with_ = [c.mood for c in days if tag.key in c.tags]
        without = [c.mood for c in days if tag.key not in c.tags]
        out.append(TagMood(tag.key, tag.label, len(with_), _mean(with_), len(without),
                           _mean(without)))
    return out


@dataclass(frozen=True, slots=True)
class Adherence:
    """Days a medication was answered as taken, out of the days it was answered."""

    key: str
    name: str
    taken: int
    answered: int

    @property
    def share(self) -> float | None:
        return self.taken / self.answered if self.answered else None


def adherence(checkins: Iterable[CheckIn], medications: Sequence[Medication],
              start: date | None = None, end: date | None = None) -> list[Adherence]:
    """Per medication with at least one answer in the range: days taken / days answered."""
    days = _in(checkins, start, end)
    out = []
    for med in medications:
        answers = [c.medications_taken[med.key] for c in days if med.key in c.medications_taken]
        if answers:
            out.append(Adherence(med.key, med.name, sum(answers), len(answers)))
    return out
