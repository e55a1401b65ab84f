"""What the clinician PDF holds for a period: plain Python, no Qt, so the window can preview it.

:func:`gather` reads the journal once and keeps what the report shows for the days ``start`` ..
``end``. Figures that look back before the period (relief after a treatment, the PHQ-9
baseline) come from the analysis of the whole journal, so a period never changes them.
Everything here describes the record; nothing diagnoses, assesses risk or advises.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from moodlog.charts.qt_text import QT_TRANSLATE_NOOP, QCoreApplication
from moodlog.core.analysis import Analysis, JournalSource, PeriodComparison, analyse_journal
from moodlog.core.life import Medication, Moment
from moodlog.core.life_stats import Adherence, TagMood, adherence, tag_moods
from moodlog.core.models import CheckIn, QuestionnaireResponse, Treatment
from moodlog.core.outcomes import CourseOutcome
from moodlog.core.relief import Relief, ReliefStatus
from moodlog.core.safety_plan import SafetyPlan
from moodlog.core.series import Average, period_average
from moodlog.core.treatments import KETAMINE_KINDS, TREATMENT_KINDS
from moodlog.report.options import DEFAULT_DAYS, PAGE_SIZES

NAME_MAX = 80
#: The daily item and the PHQ-9 item the safety section lists (CLINICAL.md section 5).
DEATH_KEY = "thoughts_of_death"
PHQ9_ITEM9 = 8
#: Mean mood is compared over the first and the last this many days of the period.
MOOD_WINDOW_DAYS = 28


class ReportSource(JournalSource, Protocol):
    """What the report reads: the analysis's reads, and whole check-ins for their notes."""

    def checkins(self, start: date | None = None, end: date | None = None) -> list[CheckIn]: ...

    def safety_plan(self) -> SafetyPlan: ...


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """The choices of ``moodlog export pdf`` and of the window's dialog."""

    start: date | None = None
    end: date | None = None
    page_size: str = "a4"
    include_notes: bool = False
    name: str = ""
    #: The personal safety plan is private: in the report only when asked for.
    include_safety_plan: bool = False
    include_medications: bool = True
    #: Every reading of every session, as an appendix (the table shows pre -> peak -> last).
    include_readings: bool = False

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, "
                             f"not {self.page_size!r}")
        name = " ".join(self.name.split())
        if len(name) > NAME_MAX:
            raise ValueError(f"the name is {len(name)} characters long; the limit is {NAME_MAX}")
        object.__setattr__(self, "name", name)
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError(f"--from {self.start.isoformat()} is after --to "
                             f"{self.end.isoformat()}")

    def period(self, today: date) -> tuple[date, date]:
        """The days covered: by default the last 90 days up to ``today``."""
        end = self.end or max(today, self.start or today)
        start = self.start or end - timedelta(days=DEFAULT_DAYS - 1)
        return start, end


@dataclass(frozen=True, slots=True)
class SafetyAnswer:
    """A PHQ-9 item 9 answer or a daily "thoughts of death" rating above 0."""

    day: date
    value: int


@dataclass(frozen=True, slots=True)
class Note:
    day: date
    what: str
    text: str


@dataclass(frozen=True, slots=True)
class MoodWindows:
    """Mean mood over the first and the last ``days`` days of the period."""

    days: int
    first: Average
    last: Average


@dataclass(frozen=True)
class ReportContent:
    """Everything the report shows for one period; sections with nothing are left out."""

    start: date
    end: date
    generated: date
    options: ReportOptions
    analysis: Analysis
    days_logged: int
    treatments: tuple[Treatment, ...]
    reliefs: tuple[Relief, ...]
    median_relief: float | None
    questionnaires: tuple[QuestionnaireResponse, ...]
    item9: tuple[SafetyAnswer, ...]
    daily_death: tuple[SafetyAnswer, ...]
    course: CourseOutcome | None
    comparison: PeriodComparison | None
    mood: MoodWindows | None
    notes: tuple[Note, ...]
    safety_plan: SafetyPlan | None = None
    # Life around the treatment (empty when the source has none): see report/life_tables.py.
    tag_moods: tuple[TagMood, ...] = ()
    adherence: tuple[Adherence, ...] = ()
    treatment_moments: tuple[Moment, ...] = ()  # moments on the period's treatment days
    medications: tuple[Medication, ...] = ()  # their start and stop days mark the mood chart

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def empty(self) -> bool:
        return not self.days_logged and not self.treatments and not self.questionnaires

    def nothing_to_report(self) -> str:
        return (f"nothing to report from {self.start.isoformat()} to {self.end.isoformat()}: "
                "no check-ins, treatments or questionnaires in that period (choose another "
                "with --from/--to)")

    @property
    def safety(self) -> bool:
        """Whether the safety section applies (and comes first on page 1)."""
        return bool(self.item9 or self.daily_death)

    def phq9(self) -> tuple[QuestionnaireResponse, ...]:
        return tuple(r for r in self.questionnaires if r.instrument == "phq9")

    def sections(self) -> list[tuple[str, str]]:
        """(section, what it holds) for every section the report will have, in order, in the
        active language."""
        out = []
        if self.safety:
            out.append((_t("Thoughts of death or self-harm reported"), _t(
                "{answers}, {days} in the daily check-in").format(
                answers=_n(len(self.item9), _t("{n} PHQ-9 item 9 answer"),
                           _t("{n} PHQ-9 item 9 answers")),
                days=_n(len(self.daily_death), _t("{n} day"), _t("{n} days")))))
        out.append((_t("Key figures"), _t("{logged} of {days} days logged").format(
            logged=self.days_logged, days=self.days)))
        if self.days_logged or self.treatments:
            out.append((_t("Mood chart"), _t("{checkins}, {treatments} marked").format(
                checkins=_n(self.days_logged, _t("{n} check-in"), _t("{n} check-ins")),
                treatments=_n(len(self.treatments), _t("{n} treatment"),
                              _t("{n} treatments")))))
        if any(r.score.total is not None for r in self.phq9()):
            out.append((_t("PHQ-9 chart"), _n(len(self.phq9()), _t("{n} PHQ-9"),
                                              _t("{n} PHQ-9s"))))
        if self.days_logged and self.analysis.symptoms:
            out.append((_t("Symptom heatmap"), _n(len(self.analysis.symptoms), _t("{n} symptom"),
                                                  _t("{n} symptoms"))))
        if self.treatments:
            out.append((_t("Treatments"), _n(len(self.treatments), _t("{n} session"),
                                             _t("{n} sessions"))))
        if self.reliefs:
            out.append((_t("Relief after each treatment"),
                        _n(len(self.reliefs), _t("{n} treatment"), _t("{n} treatments"))))
        if self.questionnaires:
            out.append((_t("Questionnaires"), _n(len(self.questionnaires),
                                                 _t("{n} questionnaire"),
                                                 _t("{n} questionnaires"))))
        if self.comparison is not None:
            out.append((_t("Symptoms before and after the course started"),
                        _n(len(self.comparison.symptoms), _t("{n} symptom"),
                           _t("{n} symptoms"))))
        shown_tags = [t for t in self.tag_moods if t.shown]
        if shown_tags:
            out.append((_t("Mood with and without each tag"),
                        _n(len(shown_tags), _t("{n} tag"), _t("{n} tags"))))
        if self.adherence:
            out.append((_t("Medications taken"), _n(len(self.adherence), _t("{n} medication"),
                                                    _t("{n} medications"))))
        if self.notes:
            out.append((_t("Notes"), _n(len(self.notes), _t("{n} note"), _t("{n} notes"))))
        if self.safety_plan is not None:
            filled = sum(bool(items) for _key, items in self.safety_plan.sections())
            out.append((_t("Safety plan"), _t("{filled} of 7 sections written").format(
                filled=filled)))
        readings = sum(len(t.readings) for t in self.treatments)
        if self.options.include_readings and readings:
            out.append((_t("Appendix: every reading"), _n(readings, _t("{n} reading"),
                                                          _t("{n} readings"))))
        return out


#: The texts of :meth:`ReportContent.sections`, marked for lupdate (looked up by ``_t``).
SECTION_TEXTS = (
    QT_TRANSLATE_NOOP("ReportSections", "Thoughts of death or self-harm reported"),
    QT_TRANSLATE_NOOP("ReportSections", "{answers}, {days} in the daily check-in"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} PHQ-9 item 9 answer"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} PHQ-9 item 9 answers"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} day"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} days"),
    QT_TRANSLATE_NOOP("ReportSections", "Key figures"),
    QT_TRANSLATE_NOOP("ReportSections", "{logged} of {days} days logged"),
    QT_TRANSLATE_NOOP("ReportSections", "Mood chart"),
    QT_TRANSLATE_NOOP("ReportSections", "{checkins}, {treatments} marked"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} check-in"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} check-ins"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} treatment"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} treatments"),
    QT_TRANSLATE_NOOP("ReportSections", "PHQ-9 chart"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} PHQ-9"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} PHQ-9s"),
    QT_TRANSLATE_NOOP("ReportSections", "Symptom heatmap"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} symptom"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} symptoms"),
    QT_TRANSLATE_NOOP("ReportSections", "Treatments"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} session"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} sessions"),
    QT_TRANSLATE_NOOP("ReportSections", "Relief after each treatment"),
    QT_TRANSLATE_NOOP("ReportSections", "Questionnaires"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} questionnaire"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} questionnaires"),
    QT_TRANSLATE_NOOP("ReportSections", "Symptoms before and after the course started"),
    QT_TRANSLATE_NOOP("ReportSections", "Mood with and without each tag"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} tag"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} tags"),
    QT_TRANSLATE_NOOP("ReportSections", "Medications taken"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} medication"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} medications"),
    QT_TRANSLATE_NOOP("ReportSections", "Notes"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} note"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} notes"),
    QT_TRANSLATE_NOOP("ReportSections", "Safety plan"),
    QT_TRANSLATE_NOOP("ReportSections", "{filled} of 7 sections written"),
    QT_TRANSLATE_NOOP("ReportSections", "Appendix: every reading"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} reading"),
    QT_TRANSLATE_NOOP("ReportSections", "{n} readings"),
)


def _t(text: str) -> str:
    """``text`` in the active language: every text given here is marked for lupdate in
    ``SECTION_TEXTS`` (context "ReportSections")."""
    return QCoreApplication.translate("ReportSections", text)


def _n(count: int, one: str, many: str) -> str:
    return (one if count == 1 else many).format(n=count)


def _notes(source: ReportSource, start: date, end: date,
           treatments: tuple[Treatment, ...]) -> tuple[Note, ...]:
    found = [Note(c.day, "Check-in", c.note.strip()) for c in source.checkins(start, end)
             if c.note.strip()]
    for t in treatments:
        what = f"{TREATMENT_KINDS[t.kind]}, {t.at:%H:%M}"
        if t.note.strip():
            found.append(Note(t.day, what, t.note.strip()))
        if t.side_effects_note.strip():
            found.append(Note(t.day, f"{what}: side effects", t.side_effects_note.strip()))
    return tuple(sorted(found, key=lambda n: n.day))


def _comparison(a: Analysis, course: CourseOutcome | None, start: date,
                end: date) -> PeriodComparison | None:
    """4 weeks before the course under way started, against the last 4 weeks of the period."""
    if course is None or course.course.start > end:
        return None
    t0 = course.course.start
    before = (t0 - timedelta(days=MOOD_WINDOW_DAYS), t0 - timedelta(days=1))
    after = (max(start, end - timedelta(days=MOOD_WINDOW_DAYS - 1)), end)
    cmp = a.compare(before, after)
    if not cmp.mood.before.days or not cmp.mood.after.days:
        return None  # nothing logged on one side: no comparison to show
    return cmp


def _mood_windows(a: Analysis, start: date, end: date) -> MoodWindows | None:
    days = min(MOOD_WINDOW_DAYS, ((end - start).days + 1) // 2)
    if days < 7:
        return None
    s = a.series
    first = period_average(s.mood, s.index(start), s.index(start) + days - 1)
    last = period_average(s.mood, s.index(end) - days + 1, s.index(end))
    return MoodWindows(days, first, last)


def gather(source: ReportSource, options: ReportOptions, today: date,
           analysis: Analysis | None = None,
           kinds: Collection[str] = KETAMINE_KINDS) -> ReportContent:
    """What the report shows. Pass ``analysis`` when the caller already has the journal's."""
    start, end = options.period(today)
    a = analysis if analysis is not None else analyse_journal(source, kinds)
    s = a.series
    treatments = tuple(t for t in a.treatments if start <= t.day <= end)
    reliefs = tuple(a.relief_in(start, end))
    responses = tuple(sorted(source.questionnaires(start, end),
                             key=lambda r: (r.day, r.instrument != "phq9")))
    item9 = tuple(SafetyAnswer(r.day, r.answers[PHQ9_ITEM9] or 0) for r in responses
                  if r.instrument == "phq9" and (r.answers[PHQ9_ITEM9] or 0) > 0)
    death = s.ratings.get(DEATH_KEY, ())
    daily = tuple(SafetyAnswer(s.day(i), v) for i, v in enumerate(death)
                  if v and start <= s.day(i) <= end)
    course = a.course_under_way(end)
    return ReportContent(
        start=start, end=end, generated=today, options=options, analysis=a,
        days_logged=a.checkins_in(start, end) if len(s) else 0,
        treatments=treatments,
        reliefs=reliefs,
        median_relief=a.median_relief(start, end),
        questionnaires=responses,
        item9=item9,
        daily_death=daily,
        course=course,
        comparison=_comparison(a, course, start, end),
        mood=_mood_windows(a, start, end),
        notes=_notes(source, start, end, treatments) if options.include_notes else (),
        safety_plan=source.safety_plan() if options.include_safety_plan else None,
        **_life(source, options, start, end, treatments),
    )


def _life(source: ReportSource, options: ReportOptions, start: date, end: date,
          treatments: tuple[Treatment, ...]) -> dict[str, Any]:
    """Tag table, adherence and treatment-day moments, from a source that keeps them."""
    if not all(hasattr(source, n) for n in ("tags", "medications", "moments")):
        return {}
    life_source: Any = source
    checkins = source.checkins(start, end)
    days = {t.day for t in treatments}
    return {
        "tag_moods": tuple(tag_moods(checkins, life_source.tags(), start, end)),
        "adherence": tuple(adherence(checkins, life_source.medications(), start, end))
        if options.include_medications else (),
        "treatment_moments": tuple(m for m in life_source.moments(start, end) if m.day in days),
        "medications": tuple(life_source.medications()) if options.include_medications else (),
    }


def ended_reliefs(reliefs: tuple[Relief, ...]) -> int:
    """How many treatments' relief ended (the ones the median counts)."""
    return len({r.day for r in reliefs if r.status is ReliefStatus.ENDED})
