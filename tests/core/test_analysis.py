"""The analysis bundle: outcomes per course, side effects, period comparisons, whole journals."""

from datetime import date, datetime, time, timedelta

import pytest

from moodlog.core.analysis import analyse, side_effect_totals
from moodlog.core.models import JournalData, QuestionnaireResponse, SymptomDef, Treatment
from moodlog.core.outcomes import Baseline
from moodlog.core.relief import ReliefStatus
from moodlog.core.series import DayEntry
from moodlog.core.symptoms import BUILTIN_SYMPTOMS

T_DAY = date(2026, 3, 1)
CATALOGUE = tuple(SymptomDef(s.key, s.label, builtin=True) for s in BUILTIN_SYMPTOMS)


def _phq(day: date, answers: tuple[int | None, ...]) -> QuestionnaireResponse:
    return QuestionnaireResponse("phq9", day, answers)


def test_baseline_follows_core_outcomes_per_course() -> None:
    """The analysis takes baselines from ``core.outcomes``: the last complete PHQ-9 on or before
    the start of each course, at most 30 days before it; an incomplete one is passed over."""
    first, second = T_DAY, T_DAY + timedelta(days=120)
    sessions = [Treatment(datetime.combine(d, time(10)), "ketamine_iv", phase="induction")
                for d in (first, second)]
    phq = [_phq(first - timedelta(days=31), (3,) * 9),
           _phq(first - timedelta(days=30), (2,) * 9 + (None,) * 0),
           _phq(first - timedelta(days=3), (1,) * 8 + (None,)),  # incomplete: passed over
           _phq(second - timedelta(days=40), (1,) * 9),  # too early for course 2
           _phq(second, (2,) * 9)]
    a = analyse([], sessions, phq, CATALOGUE)
    assert [o.course.start for o in a.outcomes] == [first, second]
    assert a.outcomes[0].baseline == Baseline(first - timedelta(days=30), 18, 30,
                                              (first - timedelta(days=3),))
    assert a.outcomes[1].baseline == Baseline(second, 18, 0)
    # The course under way on a day; before any course, the first one.
    assert a.outcome_at(first - timedelta(days=90)) is a.outcomes[0]
    assert a.outcome_at(second - timedelta(days=1)) is a.outcomes[0]
    assert a.baseline_at(second + timedelta(days=5)) == a.outcomes[1].baseline
    assert analyse([], [], phq, CATALOGUE).outcome_at(T_DAY) is None


def _session(day: date, effects: dict[str, int], kind: str = "ketamine_iv") -> Treatment:
    return Treatment(datetime.combine(day, time(10)), kind, side_effects=effects)


def test_side_effect_totals_per_session_keep_unrated_apart_from_zero() -> None:
    sessions = side_effect_totals([
        _session(T_DAY, {"nausea": 2, "dissociation": 3}),
        _session(T_DAY + timedelta(days=2), {"nausea": 0}),
        _session(T_DAY + timedelta(days=4), {}),
    ])
    assert [s.total for s in sessions] == [5, 0, None]


def _journal() -> tuple[list[DayEntry], list[Treatment], list[QuestionnaireResponse]]:
    """60 days: sadness 3 and mood 2 until the treatment on day 30, then sadness 1 and mood 7."""
    start = T_DAY - timedelta(days=30)
    entries = []
    for i in range(60):
        day = start + timedelta(days=i)
        if i in (5, 40):
            continue  # missed days
        after = day >= T_DAY
        ratings = dict.fromkeys((s.key for s in BUILTIN_SYMPTOMS), 1 if after else 2)
        ratings["sadness"] = 1 if after else 3
        entries.append(DayEntry(day, 7 if after else 2, 7.0, ratings))
    treatments = [_session(T_DAY, {"nausea": 1}), _session(T_DAY, {}, "psychotherapy")]
    phq = [_phq(T_DAY - timedelta(days=1), (2,) * 9), _phq(T_DAY + timedelta(days=14), (1,) * 9),
           _phq(T_DAY + timedelta(days=28), (0,) * 8 + (None,))]
    return entries, treatments, phq


def test_analyse_a_journal_known_by_construction() -> None:
    entries, treatments, phq = _journal()
    a = analyse(entries, treatments, phq, CATALOGUE)
    assert a.series.start == T_DAY - timedelta(days=30) and len(a.series) == 60
    assert a.series.mood[5] is None and a.mood_mean[5] == 2.0
    assert a.burden[0] == pytest.approx(2 * 11 + 3) and a.burden[5] is None
    assert a.first_treatment == T_DAY
    assert a.baseline_at(a.series.end) == Baseline(T_DAY - timedelta(days=1), 18, 1)
    assert [p.total for p in a.phq9] == [18, 9, None]
    assert a.latest_phq9() == a.phq9[1]
    assert a.latest_phq9(T_DAY) == a.phq9[0]
    (relief,) = a.relief  # the psychotherapy session is context only
    assert relief.status is ReliefStatus.CENSORED and relief.days == 29  # mood stays at 7
    assert [s.total for s in a.sessions] == [1, None]

    periods = a.default_periods(a.series.end)
    assert periods == ((T_DAY - timedelta(days=28), T_DAY - timedelta(days=1)),
                       (a.series.end - timedelta(days=27), a.series.end))
    cmp = a.compare(*periods)
    assert cmp.mood.before.mean == 2 and cmp.mood.after.mean == 7 and cmp.mood.change == 5
    assert cmp.mood.before.days == 27 and cmp.mood.after.days == 27  # day 5 and day 40 missed
    sad = next(c for c in cmp.symptoms if c.key == "sadness")
    assert (sad.before.mean, sad.after.mean, sad.change) == (3, 1, -2)
    assert cmp.burden.before.mean == pytest.approx(25) and cmp.burden.after.mean == 12


def test_period_with_no_check_ins_has_no_average() -> None:
    entries, treatments, phq = _journal()
    a = analyse(entries, treatments, phq, CATALOGUE)
    far = (date(2020, 1, 1), date(2020, 1, 28))
    cmp = a.compare(far, far)
    assert cmp.mood.before.mean is None and cmp.mood.change is None


def test_hidden_symptoms_are_shown_only_when_they_were_rated() -> None:
    entries, treatments, phq = _journal()
    catalogue = (*CATALOGUE, SymptomDef("nightmares", "Nightmares", hidden=True),
                 SymptomDef("tinnitus", "Tinnitus", hidden=True))
    entries[0] = DayEntry(entries[0].day, 2, None, {"nightmares": 2})
    a = analyse(entries, treatments, phq, catalogue)
    assert [d.key for d in a.symptoms][-1] == "nightmares"
    assert a.series.ratings["nightmares"][0] == 2 and "tinnitus" not in a.series.ratings


def test_an_empty_journal_gives_an_empty_analysis() -> None:
    a = analyse([], [], [], CATALOGUE, today=T_DAY)
    assert a.empty and len(a.series) == 0 and a.relief == () and a.outcomes == ()
    assert a.default_periods(T_DAY) is None


def test_the_demo_story_shows_relief_after_the_induction(demo_data: JournalData) -> None:
    a = analyse(demo_data.checkins, demo_data.treatments, demo_data.questionnaires,
                demo_data.symptoms + CATALOGUE)
    assert len(a.relief) == len(demo_data.treatments)
    first = a.relief[0]
    assert first.status in (ReliefStatus.ENDED, ReliefStatus.CENSORED)
    assert first.peak is not None and first.pre is not None and first.peak > first.pre
    last_iv = [t for t in demo_data.treatments if t.kind == "ketamine_iv"][-1]
    base = a.baseline_at(last_iv.day)
    assert base is not None and base.total >= 10
    latest = a.latest_phq9()
    assert latest is not None and latest.total is not None


def test_checkins_in_counts_logged_days_of_any_range() -> None:
    entries, treatments, phq = _journal()
    a = analyse(entries, treatments, phq, CATALOGUE)
    start = a.series.start
    assert a.checkins_in(start, a.series.end) == 58  # 60 days, 2 missed
    assert a.checkins_in(start, start + timedelta(days=5)) == 5  # day 5 missed
    assert a.checkins_in(start - timedelta(days=100), start - timedelta(days=1)) == 0
    assert a.checkins_in(start - timedelta(days=100), start + timedelta(days=999)) == 58
