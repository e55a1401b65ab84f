"""Treatment courses and their outcomes: baseline, percentage change, response and remission.

Definitions follow CLINICAL.md section 2 (NCQA/HEDIS for PHQ-9; ketamine trials use MADRS the
same way):

- **baseline**: the last score on or before the day of the first treatment of a course, no more
  than 30 days before it. A questionnaire filled in on the day of the first treatment counts as
  taken before it (the journal knows its day, not its hour). Only a complete PHQ-9 has a total,
  so an incomplete one is passed over, never read as a lower score; the passed-over days are
  kept on the baseline so that a view can say so.
- **response**: a later total at least 50% below the baseline (``2 * total <= baseline``, exact
  integer arithmetic, so exactly 50% is a response). Needs a baseline above 0.
- **remission**: PHQ-9 total below 5; MADRS total 10 or less. Remission is a property of the
  total alone, so it is given even when the course has no baseline.

Courses (our reading of "a course starts with an induction-phase treatment, or the first
treatment"): only ketamine and esketamine sessions (``KETAMINE_KINDS``) count by default, because
those are what the outcomes are measured against; a medication change or weekly psychotherapy on
the side would otherwise start or split courses. Sessions are taken in time order. The first
starts course 1. A later session starts a new course when it is in the induction phase and either
the session before it was not (a new induction series after boosters, maintenance or single
sessions) or more than ``NEW_SERIES_GAP_DAYS`` days passed since the session before it (a new
series after a long pause). The sessions of one induction series therefore stay one course, and
boosters and maintenance sessions belong to the course they follow. Sessions with no phase never
start a course. A course's follow-up scores are those after the day of its first session, up to
and including the day the next course starts (a score that day is taken before that session).

Everything here describes; nothing here advises.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from moodlog.core.models import ClinicianScore, QuestionnaireResponse, Treatment
from moodlog.core.questionnaires import instrument
from moodlog.core.treatments import KETAMINE_KINDS

BASELINE_WINDOW_DAYS = 30
#: An induction-phase session this long after the one before it starts a new course.
NEW_SERIES_GAP_DAYS = 30
DEFAULT_DUE_INTERVAL = 14


@dataclass(frozen=True, slots=True)
class Scale:
    """A scale whose totals outcomes are computed on."""

    key: str
    name: str
    max_total: int
    #: The highest total that counts as remission.
    remission_max: int


PHQ9 = Scale("phq9", "PHQ-9", 27, 4)  # remission: below 5
MADRS = Scale("madrs", "MADRS", 60, 10)  # remission: 10 or less


@dataclass(frozen=True, slots=True)
class Measurement:
    """One total on a day; ``total`` is None for an incomplete questionnaire."""

    day: date
    total: int | None


@dataclass(frozen=True, slots=True)
class Course:
    """A treatment course: its sessions, oldest first."""

    number: int
    treatments: tuple[Treatment, ...]
    #: The day the next course starts, or None for the last course.
    next_start: date | None = None

    @property
    def start(self) -> date:
        return self.treatments[0].day

    @property
    def first(self) -> Treatment:
        return self.treatments[0]

    @property
    def last_day(self) -> date:
        return self.treatments[-1].day

    def phase_counts(self) -> dict[str, int]:
        """How many sessions of each phase (None for sessions with no phase)."""
        out: dict[str, int] = {}
        for t in self.treatments:
            key = t.phase or "none"
            out[key] = out.get(key, 0) + 1
        return out


@dataclass(frozen=True, slots=True)
class Baseline:
    """The baseline of a course and the incomplete questionnaires passed over to find it."""

    day: date
    total: int
    days_before: int
    passed_over: tuple[date, ...] = ()


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A score after the start of a course. Incomplete ones carry no total and no outcome."""

    day: date
    total: int | None
    days_after_start: int
    #: (total - baseline) / baseline * 100; negative is lower than baseline.
    percent_change: float | None
    response: bool | None
    remission: bool | None

    @property
    def complete(self) -> bool:
        return self.total is not None


# Why a course has no baseline.
NO_SCORE = "no_score"  # nothing on or before the start
ONLY_INCOMPLETE = "only_incomplete"  # something in the window, but none complete
TOO_EARLY = "too_early"  # the last one before the start is more than 30 days before it


@dataclass(frozen=True, slots=True)
class CourseOutcome:
    """One scale's outcome for one course."""

    course: Course
    scale: Scale
    baseline: Baseline | None
    follow_ups: tuple[FollowUp, ...]
    #: When there is no baseline: NO_SCORE, ONLY_INCOMPLETE or TOO_EARLY.
    no_baseline_reason: str | None = None
    #: When there is no baseline: the last score on or before the start, if any.
    last_before: Measurement | None = None

    @property
    def first_response(self) -> FollowUp | None:
        return next((f for f in self.follow_ups if f.response), None)

    @property
    def first_remission(self) -> FollowUp | None:
        return next((f for f in self.follow_ups if f.remission), None)


@dataclass(frozen=True, slots=True)
class CourseSummary:
    """Everything known about one course: PHQ-9 and MADRS outcomes."""

    course: Course
    phq9: CourseOutcome
    madrs: CourseOutcome


def courses(
    treatments: Iterable[Treatment], kinds: Iterable[str] = KETAMINE_KINDS
) -> tuple[Course, ...]:
    """Split the sessions of ``kinds`` into courses (see the module docstring for the rule)."""
    wanted = frozenset(kinds)
    sessions = sorted((t for t in treatments if t.kind in wanted), key=lambda t: (t.at, t.kind))
    groups: list[list[Treatment]] = []
    for t in sessions:
        if groups and not _starts_course(groups[-1][-1], t):
            groups[-1].append(t)
        else:
            groups.append([t])
    out = []
    for n, group in enumerate(groups):
        following = groups[n + 1][0].day if n + 1 < len(groups) else None
        out.append(Course(n + 1, tuple(group), following))
    return tuple(out)


def _starts_course(previous: Treatment, t: Treatment) -> bool:
    if t.phase != "induction":
        return False
    gap = (t.day - previous.day).days
    return previous.phase != "induction" or gap > NEW_SERIES_GAP_DAYS


def phq9_measurements(responses: Iterable[QuestionnaireResponse]) -> tuple[Measurement, ...]:
    """PHQ-9 totals by day (None for incomplete ones), oldest first."""
    return tuple(sorted(
        (Measurement(r.day, r.score.total) for r in responses if r.instrument == PHQ9.key),
        key=lambda m: m.day))


def clinician_measurements(
    scores: Iterable[ClinicianScore], scale: Scale = MADRS
) -> tuple[Measurement, ...]:
    """Clinician-reported totals of ``scale`` by day, oldest first."""
    return tuple(sorted(
        (Measurement(s.day, s.total) for s in scores
         if s.instrument.strip().lower() == scale.key),
        key=lambda m: m.day))


def find_baseline(
    start: date, measurements: Sequence[Measurement]
) -> tuple[Baseline | None, str | None, Measurement | None]:
    """The baseline for a course starting on ``start``, or why there is none.

    Returns (baseline, None, None) or (None, reason, last score on or before ``start``).
    """
    before = [m for m in measurements if m.day <= start]
    earliest = start - timedelta(days=BASELINE_WINDOW_DAYS)
    passed: list[date] = []
    for m in reversed(before):
        if m.day < earliest:
            break
        if m.total is None:
            passed.append(m.day)
            continue
        return Baseline(m.day, m.total, (start - m.day).days, tuple(passed)), None, None
    if not before:
        return None, NO_SCORE, None
    return None, (ONLY_INCOMPLETE if passed else TOO_EARLY), before[-1]


def percent_change(baseline: int, total: int) -> float | None:
    """(total - baseline) / baseline * 100, or None when the baseline is 0."""
    if baseline == 0:
        return None
    return (total - baseline) * 100 / baseline


def is_response(baseline: int, total: int) -> bool | None:
    """At least 50% below ``baseline``; None (not applicable) when the baseline is 0."""
    if baseline == 0:
        return None
    return 2 * total <= baseline


def is_remission(total: int, scale: Scale = PHQ9) -> bool:
    """Remission on ``scale``: PHQ-9 below 5, MADRS 10 or less (a property of the total alone)."""
    return total <= scale.remission_max


def follow_up(
    scale: Scale, start: date, m: Measurement, baseline: Baseline | None
) -> FollowUp:
    """The outcome of one later measurement."""
    days = (m.day - start).days
    if m.total is None:
        return FollowUp(m.day, None, days, None, None, None)
    change = response = None
    if baseline is not None:
        change = percent_change(baseline.total, m.total)
        response = is_response(baseline.total, m.total)
    return FollowUp(m.day, m.total, days, change, response, is_remission(m.total, scale))


def course_outcome(
    course: Course, measurements: Sequence[Measurement], scale: Scale = PHQ9
) -> CourseOutcome:
    """Baseline and follow-ups of ``scale`` for one course."""
    baseline, reason, last = find_baseline(course.start, measurements)
    later = [m for m in measurements if m.day > course.start
             and (course.next_start is None or m.day <= course.next_start)]
    return CourseOutcome(
        course, scale, baseline,
        tuple(follow_up(scale, course.start, m, baseline) for m in later),
        reason, last,
    )


def summarise(
    treatments: Iterable[Treatment],
    responses: Iterable[QuestionnaireResponse],
    scores: Iterable[ClinicianScore] = (),
    kinds: Iterable[str] = KETAMINE_KINDS,
) -> tuple[CourseSummary, ...]:
    """PHQ-9 and MADRS outcomes for every course, oldest first."""
    phq9 = phq9_measurements(responses)
    madrs = clinician_measurements(scores, MADRS)
    return tuple(
        CourseSummary(c, course_outcome(c, phq9, PHQ9), course_outcome(c, madrs, MADRS))
        for c in courses(treatments, kinds)
    )


# --------------------------------------------------------------- latest and "due" for the window
def latest(
    responses: Iterable[QuestionnaireResponse], key: str, complete_only: bool = False
) -> QuestionnaireResponse | None:
    """The most recent response of instrument ``key`` (only complete ones if asked)."""
    instrument(key)
    found = [r for r in responses if r.instrument == key
             and (not complete_only or r.score.complete)]
    return max(found, key=lambda r: r.day, default=None)


@dataclass(frozen=True, slots=True)
class Due:
    """Whether a questionnaire is due: ``interval`` days or more since the last one.

    With none recorded yet, it is due and ``last`` is None.
    """

    instrument: str
    due: bool
    interval: int
    last: date | None
    days_since: int | None

    @property
    def due_on(self) -> date | None:
        return None if self.last is None else self.last + timedelta(days=self.interval)


def due(
    responses: Iterable[QuestionnaireResponse], today: date, key: str = PHQ9.key,
    interval: int = DEFAULT_DUE_INTERVAL,
) -> Due:
    """Whether ``key`` is due on ``today``.

    Any response counts as the last one, complete or not: someone who left an item blank
    has still filled the questionnaire in, and is not asked again sooner.
    """
    if isinstance(interval, bool) or not isinstance(interval, int) or not 1 <= interval <= 365:
        raise ValueError(f"the questionnaire interval must be 1-365 days, not {interval!r}")
    last = latest([r for r in responses if r.day <= today], key)
    if last is None:
        return Due(key, True, interval, None, None)
    days = (today - last.day).days
    return Due(key, days >= interval, interval, last.day, days)
