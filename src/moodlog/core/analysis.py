"""What the Insights view, the ``insights`` command and the PDF show: one analysis of a journal.

:func:`analyse` computes everything once (series, 7-day mean, daily symptom burden, relief per
treatment, questionnaire totals, side effects per session) and takes courses, baselines,
response and remission from :mod:`moodlog.core.outcomes`, the one place they are defined.
Changing the range shown only filters these results, so it never recomputes them. No Qt, no
SQL: the data comes from any :class:`JournalSource`, such as ``JournalStore``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from moodlog.core.models import QuestionnaireResponse, SymptomDef, Treatment
from moodlog.core.outcomes import (
    PHQ9,
    Baseline,
    CourseOutcome,
    course_outcome,
    courses,
    phq9_measurements,
)
from moodlog.core.relief import Relief, in_days, median_relief, relief_durations
from moodlog.core.series import (
    Average,
    DailySeries,
    DayEntry,
    DayValues,
    burden_series,
    daily_series,
    period_average,
    rolling_mean,
)
from moodlog.core.treatments import KETAMINE_KINDS

#: Length of each period in the default before/after comparison.
COMPARE_DAYS = 28

Period = tuple[date, date]


class JournalSource(Protocol):
    """The reads the analysis needs; ``JournalStore`` provides them."""

    def day_entries(self, start: date | None = None,
                    end: date | None = None) -> list[DayEntry]: ...
    def treatments(self, start: date | None = None,
                   end: date | None = None) -> list[Treatment]: ...
    def questionnaires(self, start: date | None = None, end: date | None = None,
                       instrument: str | None = None) -> list[QuestionnaireResponse]: ...
    def symptoms(self, include_hidden: bool = True) -> tuple[SymptomDef, ...]: ...


@dataclass(frozen=True, slots=True)
class ScorePoint:
    """One questionnaire's total; ``total`` None when an item was left unanswered."""

    day: date
    total: int | None
    band: str | None


def score_points(responses: Iterable[QuestionnaireResponse], instrument: str) -> list[ScorePoint]:
    out = []
    for r in responses:
        if r.instrument == instrument:
            s = r.score
            out.append(ScorePoint(r.day, s.total, s.band_label))
    return sorted(out, key=lambda p: p.day)


@dataclass(frozen=True, slots=True)
class SessionEffects:
    """Side effects of one session; ``total`` (0-21) is None when none were rated."""

    treatment: Treatment
    total: int | None


def side_effect_totals(treatments: Iterable[Treatment]) -> list[SessionEffects]:
    return [SessionEffects(t, sum(t.side_effects.values()) if t.side_effects else None)
            for t in treatments]


@dataclass(frozen=True, slots=True)
class Comparison:
    """One measure averaged over two periods."""

    key: str
    label: str
    before: Average
    after: Average

    @property
    def change(self) -> float | None:
        if self.before.mean is None or self.after.mean is None:
            return None
        return self.after.mean - self.before.mean


@dataclass(frozen=True, slots=True)
class PeriodComparison:
    before: Period
    after: Period
    mood: Comparison
    burden: Comparison
    symptoms: tuple[Comparison, ...]


@dataclass(frozen=True)
class Analysis:
    """Everything computed once for a journal; the range methods only filter."""

    series: DailySeries
    symptoms: tuple[SymptomDef, ...]
    mood_mean: tuple[float | None, ...]
    burden: tuple[float | None, ...]
    treatments: tuple[Treatment, ...]
    relief: tuple[Relief, ...]
    phq9: tuple[ScorePoint, ...]
    gad7: tuple[ScorePoint, ...]
    #: The PHQ-9 outcome of every treatment course (``core.outcomes``), oldest first.
    outcomes: tuple[CourseOutcome, ...]
    sessions: tuple[SessionEffects, ...]
    first_treatment: date | None
    #: Indexes of the days with a check-in, ascending.
    logged: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.logged and not self.treatments and not self.phq9 and not self.gad7

    def checkins_in(self, start: date, end: date) -> int:
        """How many days from ``start`` to ``end`` have a check-in."""
        s = self.series
        return bisect_right(self.logged, s.index(end)) - bisect_left(self.logged, s.index(start))

    def relief_in(self, start: date, end: date) -> list[Relief]:
        return in_days(self.relief, start, end)

    def median_relief(self, start: date, end: date) -> float | None:
        return median_relief(self.relief_in(start, end))

    def course_under_way(self, day: date) -> CourseOutcome | None:
        """The PHQ-9 outcome of the last course started on or before ``day``, if any."""
        started = [o for o in self.outcomes if o.course.start <= day]
        return started[-1] if started else None

    def outcome_at(self, day: date) -> CourseOutcome | None:
        """The PHQ-9 outcome of the course under way on ``day``, or of the first course if
        none has started yet (its baseline may already be recorded)."""
        return self.course_under_way(day) or (self.outcomes[0] if self.outcomes else None)

    def baseline_at(self, day: date) -> Baseline | None:
        """The baseline of the course under way on ``day`` (see :meth:`outcome_at`)."""
        outcome = self.outcome_at(day)
        return None if outcome is None else outcome.baseline

    def latest_phq9(self, end: date | None = None) -> ScorePoint | None:
        done = [p for p in self.phq9 if p.total is not None and (end is None or p.day <= end)]
        return done[-1] if done else None

    def default_periods(self, end: date) -> tuple[Period, Period] | None:
        """4 weeks before the first treatment, and the 4 weeks ending on ``end``."""
        if self.first_treatment is None:
            return None
        t0 = self.first_treatment
        before = (t0 - timedelta(days=COMPARE_DAYS), t0 - timedelta(days=1))
        return before, (end - timedelta(days=COMPARE_DAYS - 1), end)

    def compare(self, before: Period, after: Period) -> PeriodComparison:
        """Per-symptom, mood and burden averages over two periods (days inclusive)."""
        s = self.series

        def pair(key: str, label: str, values: Sequence[float | None]) -> Comparison:
            return Comparison(
                key, label,
                period_average(values, s.index(before[0]), s.index(before[1])),
                period_average(values, s.index(after[0]), s.index(after[1])))

        return PeriodComparison(
            before, after,
            mood=pair("mood", "Mood (0-10)", s.mood),
            burden=pair("burden", "Daily symptom burden (0-36)", self.burden),
            symptoms=tuple(pair(d.key, d.label, s.ratings[d.key]) for d in self.symptoms),
        )


def _span(days: Iterable[date]) -> Period | None:
    found = list(days)
    return (min(found), max(found)) if found else None


def analyse(
    entries: Iterable[DayValues], treatments: Iterable[Treatment],
    questionnaires: Iterable[QuestionnaireResponse], symptoms: Sequence[SymptomDef],
    kinds: Collection[str] = KETAMINE_KINDS, today: date | None = None,
) -> Analysis:
    """Analyse a journal. The series spans its first to its last entry of any kind."""
    entries = list(entries)
    treatments = sorted(treatments, key=lambda t: t.at)
    responses = list(questionnaires)
    span = _span([e.day for e in entries] + [t.day for t in treatments]
                 + [r.day for r in responses])
    start, end = span or ((today or date.today()),) * 2
    if span is None:
        end = start - timedelta(days=1)  # an empty series
    rated = {k for e in entries for k in e.ratings}
    shown = tuple(d for d in symptoms if not d.hidden or d.key in rated)
    series = daily_series(entries, start, end, [d.key for d in shown])
    phq9 = score_points(responses, "phq9")
    counted = [t for t in treatments if t.kind in kinds]
    first = counted[0].day if counted else None
    totals = phq9_measurements(responses)
    return Analysis(
        series=series,
        symptoms=shown,
        mood_mean=tuple(rolling_mean(series.mood)),
        burden=tuple(burden_series(series)),
        treatments=tuple(treatments),
        relief=tuple(relief_durations(series, counted, kinds)),
        phq9=tuple(phq9),
        gad7=tuple(score_points(responses, "gad7")),
        outcomes=tuple(course_outcome(c, totals, PHQ9) for c in courses(treatments, kinds)),
        sessions=tuple(side_effect_totals(treatments)),
        first_treatment=first,
        logged=tuple(series.logged_days()),
    )


def analyse_journal(source: JournalSource, kinds: Collection[str] = KETAMINE_KINDS) -> Analysis:
    """Read what the analysis needs from ``source`` (fast path) and analyse it."""
    return analyse(source.day_entries(), source.treatments(), source.questionnaires(),
                   source.symptoms(include_hidden=True), kinds)
