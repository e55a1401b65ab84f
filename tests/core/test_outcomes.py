"""Courses, baseline, percentage change, response and remission (CLINICAL.md section 2)."""

from datetime import date, datetime, time, timedelta

import pytest

from moodlog.core import outcomes as oc
from moodlog.core.demo import INDUCTION_OFFSETS
from moodlog.core.models import ClinicianScore, JournalData, QuestionnaireResponse, Treatment

D0 = date(2026, 3, 2)  # the day of the first session in most tests


def day(offset: int) -> date:
    return D0 + timedelta(days=offset)


def session(offset: int, phase: str | None = "induction", kind: str = "ketamine_iv",
            hour: int = 10) -> Treatment:
    return Treatment(datetime.combine(day(offset), time(hour)), kind, phase)


def phq9(offset: int, total: int | None, instrument: str = "phq9") -> QuestionnaireResponse:
    """A response with ``total`` (None: one item unanswered, the rest 3s)."""
    n = 9 if instrument == "phq9" else 7
    if total is None:
        return QuestionnaireResponse(instrument, day(offset), (None,) + (3,) * (n - 1))
    answers = [min(3, max(0, total - 3 * i)) for i in range(n)]
    assert sum(answers) == total
    return QuestionnaireResponse(instrument, day(offset), tuple(answers))


def one_course(responses: list[QuestionnaireResponse],
               treatments: list[Treatment] | None = None) -> oc.CourseOutcome:
    (summary,) = oc.summarise(treatments or [session(0)], responses)
    return summary.phq9


# ------------------------------------------------------------------------------ baseline window
@pytest.mark.parametrize(("before", "has_baseline"), [
    (0, True), (1, True), (29, True), (30, True), (31, False), (90, False)])
def test_baseline_window_is_30_days_on_or_before_the_first_session(
        before: int, has_baseline: bool) -> None:
    outcome = one_course([phq9(-before, 20), phq9(14, 8)])
    (later,) = outcome.follow_ups
    if has_baseline:
        assert outcome.baseline == oc.Baseline(day(-before), 20, before)
        assert outcome.no_baseline_reason is None
        assert (later.percent_change, later.response) == (-60.0, True)
    else:
        assert outcome.baseline is None
        assert outcome.no_baseline_reason == oc.TOO_EARLY
        assert outcome.last_before == oc.Measurement(day(-before), 20)
        assert (later.percent_change, later.response) == (None, None)
    # Remission is a property of the total alone.
    assert later.remission is False


def test_a_score_after_the_first_session_is_not_a_baseline() -> None:
    outcome = one_course([phq9(1, 20), phq9(14, 4)])
    assert outcome.baseline is None and outcome.no_baseline_reason == oc.NO_SCORE
    assert [(f.day, f.response, f.remission) for f in outcome.follow_ups] == [
        (day(1), None, False), (day(14), None, True)]


def test_the_last_score_in_the_window_is_the_baseline() -> None:
    outcome = one_course([phq9(-40, 27), phq9(-20, 12), phq9(-3, 16), phq9(7, 8)])
    assert outcome.baseline == oc.Baseline(day(-3), 16, 3)
    assert outcome.follow_ups[0].response is True  # 8 is exactly 50% below 16


def test_incomplete_baseline_is_passed_over_never_read_as_a_lower_score() -> None:
    outcome = one_course([phq9(-10, 18), phq9(0, None), phq9(14, 9)])
    assert outcome.baseline == oc.Baseline(day(-10), 18, 10, passed_over=(day(0),))
    assert outcome.follow_ups[0].percent_change == -50.0


def test_only_incomplete_scores_in_the_window_give_no_baseline() -> None:
    outcome = one_course([phq9(-45, 20), phq9(-2, None), phq9(14, 3)])
    assert outcome.baseline is None
    assert outcome.no_baseline_reason == oc.ONLY_INCOMPLETE
    assert outcome.last_before == oc.Measurement(day(-2), None)
    assert outcome.follow_ups[0].response is None and outcome.follow_ups[0].remission is True


def test_incomplete_follow_up_has_no_total_and_no_outcome() -> None:
    outcome = one_course([phq9(0, 20), phq9(14, None), phq9(28, 2)])
    incomplete, later = outcome.follow_ups
    assert incomplete == oc.FollowUp(day(14), None, 14, None, None, None)
    assert not incomplete.complete
    assert (later.total, later.response, later.remission) == (2, True, True)
    assert outcome.first_response == later and outcome.first_remission == later


def test_gad7_and_other_instruments_are_not_outcomes() -> None:
    outcome = one_course([phq9(0, 20, "gad7"), phq9(14, 2, "gad7")])
    assert outcome.baseline is None and outcome.follow_ups == ()


# ----------------------------------------------------------------- response, remission, change
@pytest.mark.parametrize(("baseline", "total", "change", "response", "remission"), [
    (20, 10, -50.0, True, False),     # exactly 50% below: a response
    (20, 11, -45.0, False, False),
    (19, 9, -52.631578947, True, False),
    (19, 10, -47.368421052, False, False),
    (9, 4, -55.555555556, True, True),   # 4 is below 5: remission
    (9, 5, -44.444444444, False, False),  # 5 is not
    (12, 12, 0.0, False, False),
    (10, 15, 50.0, False, False),     # worse than baseline
    (3, 1, -66.666666667, True, True),
])
def test_percentage_change_response_and_remission(
        baseline: int, total: int, change: float, response: bool, remission: bool) -> None:
    (f,) = one_course([phq9(0, baseline), phq9(14, total)]).follow_ups
    assert f.percent_change == pytest.approx(change)
    assert (f.response, f.remission) == (response, remission)
    assert f.days_after_start == 14


def test_response_and_remission_of_bare_totals() -> None:
    assert oc.is_response(20, 10) is True and oc.is_response(20, 11) is False
    assert oc.is_response(0, 0) is None
    assert oc.is_remission(4) and not oc.is_remission(5)
    assert oc.is_remission(10, oc.MADRS) and not oc.is_remission(11, oc.MADRS)


def test_baseline_of_zero_has_no_percentage_and_no_response() -> None:
    (f,) = one_course([phq9(0, 0), phq9(14, 0)]).follow_ups
    assert (f.percent_change, f.response, f.remission) == (None, None, True)


def test_madrs_response_and_remission_use_their_own_thresholds() -> None:
    scores = [ClinicianScore("MADRS", day(-2), 32), ClinicianScore("madrs", day(10), 11),
              ClinicianScore("MADRS", day(20), 10), ClinicianScore("MADRS", day(30), 17),
              ClinicianScore("HAM-D", day(10), 3)]
    (summary,) = oc.summarise([session(0)], [], scores)
    m = summary.madrs
    assert m.scale is oc.MADRS and m.baseline == oc.Baseline(day(-2), 32, 2)
    assert [(f.total, f.response, f.remission) for f in m.follow_ups] == [
        (11, True, False), (10, True, True), (17, False, False)]
    assert m.follow_ups[0].percent_change == pytest.approx(-65.625)
    assert summary.phq9.baseline is None


# ----------------------------------------------------------------------------------- courses
def test_an_induction_series_with_boosters_is_one_course() -> None:
    treatments = [session(o) for o in (0, 2, 5, 8, 12, 16)] + [
        session(40, "booster"), session(75, "booster")]
    (course,) = oc.courses(reversed(treatments))
    assert course.start == day(0) and course.last_day == day(75) and course.next_start is None
    assert course.phase_counts() == {"induction": 6, "booster": 2}


def test_a_new_induction_after_boosters_or_a_long_pause_starts_a_new_course() -> None:
    treatments = [
        session(0), session(3), session(40, "booster"),
        session(100), session(103),          # after a booster: course 2
        session(134),                        # 31 days after the last induction: course 3
        session(160, "maintenance"),
        session(170, None),                  # no phase: stays in course 3
    ]
    found = oc.courses(treatments)
    assert [(c.start, len(c.treatments), c.next_start) for c in found] == [
        (day(0), 3, day(100)), (day(100), 2, day(134)), (day(134), 3, None)]
    assert [c.number for c in found] == [1, 2, 3]
    # Exactly 30 days after the previous induction session is still the same series.
    assert len(oc.courses([session(0), session(30)])) == 1


def test_the_first_session_starts_a_course_whatever_its_phase() -> None:
    (course,) = oc.courses([session(5, "booster"), session(9, None)])
    assert course.start == day(5)


def test_only_ketamine_kinds_make_courses_unless_asked() -> None:
    treatments = [session(-20, None, "medication_change"), session(-5, None, "psychotherapy"),
                  session(0, "induction", "esketamine_nasal"), session(3, "induction", "tms")]
    (course,) = oc.courses(treatments)
    assert course.start == day(0) and len(course.treatments) == 1
    assert oc.courses(treatments, kinds={"tms"})[0].start == day(3)
    assert oc.courses([session(0, None, "tms")]) == ()


def test_each_course_has_its_own_baseline_and_follow_ups() -> None:
    treatments = [session(0), session(2), session(30, "booster"), session(120), session(122)]
    responses = [phq9(-1, 20), phq9(14, 8), phq9(60, 16), phq9(118, 18),
                 phq9(120, 22), phq9(134, 11), phq9(148, 4)]
    first, second = oc.summarise(treatments, responses)
    assert first.phq9.baseline == oc.Baseline(day(-1), 20, 1)
    # A score on the day the next course starts is taken before its first session: it is the
    # last follow-up of course 1 and the baseline of course 2.
    assert [(f.total, f.response) for f in first.phq9.follow_ups] == [
        (8, True), (16, False), (18, False), (22, False)]
    assert second.phq9.baseline == oc.Baseline(day(120), 22, 0)
    assert [(f.total, f.days_after_start, f.response, f.remission)
            for f in second.phq9.follow_ups] == [(11, 14, True, False), (4, 28, True, True)]
    assert second.phq9.follow_ups[0].percent_change == pytest.approx(-50.0)


def test_no_sessions_no_courses() -> None:
    assert oc.summarise([], [phq9(0, 12)]) == ()


# ------------------------------------------------------------------------------ latest and due
def test_latest_questionnaire() -> None:
    responses = [phq9(0, 12), phq9(14, None), phq9(7, 5, "gad7")]
    assert oc.latest(responses, "phq9") == responses[1]
    assert oc.latest(responses, "phq9", complete_only=True) == responses[0]
    assert oc.latest(responses, "gad7") == responses[2]
    assert oc.latest([], "gad7") is None
    with pytest.raises(ValueError, match="unknown questionnaire"):
        oc.latest(responses, "bdi")


@pytest.mark.parametrize(("today", "interval", "is_due", "since"), [
    (13, 14, False, 13), (14, 14, True, 14), (20, 14, True, 20), (6, 7, False, 6),
    (7, 7, True, 7)])
def test_due_after_the_interval(today: int, interval: int, is_due: bool, since: int) -> None:
    result = oc.due([phq9(-30, 20), phq9(0, None), phq9(10, 3, "gad7")], day(today),
                    interval=interval)
    assert (result.due, result.last, result.days_since) == (is_due, day(0), since)
    assert result.due_on == day(interval)


def test_due_with_none_yet_and_bad_interval() -> None:
    assert oc.due([], D0) == oc.Due("phq9", True, 14, None, None)
    assert oc.due([phq9(2, 5)], day(1)).last is None  # not yet filled in on that day
    assert oc.due([phq9(0, 5, "gad7")], day(3), "gad7").due is False
    for bad in (0, 366, 2.5, True):
        with pytest.raises(ValueError, match="1-365"):
            oc.due([], D0, interval=bad)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------- demo
def test_demo_has_a_baseline_and_a_response_after_induction(demo_data: JournalData) -> None:
    # The IV course, then the esketamine course that took the last boosters' place.
    summary, esketamine = oc.summarise(demo_data.treatments, demo_data.questionnaires,
                                       demo_data.clinician_scores)
    assert {t.kind for t in esketamine.course.treatments} == {"esketamine_nasal"}
    course = summary.course
    assert course.phase_counts()["induction"] == len(INDUCTION_OFFSETS)
    by_day = {r.day: r for r in demo_data.questionnaires if r.instrument == "phq9"}
    first = by_day[course.start]
    base = summary.phq9.baseline
    assert base is not None and base.day == course.start
    assert base.total == sum(a or 0 for a in first.answers) and base.total >= 10
    after_induction = course.treatments[len(INDUCTION_OFFSETS) - 1].day
    follow = next(f for f in summary.phq9.follow_ups if f.day > after_induction)
    total = sum(a or 0 for a in by_day[follow.day].answers)
    assert follow.total == total
    assert follow.percent_change == pytest.approx((total - base.total) * 100 / base.total)
    assert follow.response is True
    assert summary.madrs.baseline is not None and summary.madrs.first_response is not None
