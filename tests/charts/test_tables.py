"""The tables behind the charts and the hover text: every empty cell says why it is empty."""

from datetime import date, timedelta

from moodlog.charts.tables import (
    DAY_FORMAT,
    NO_CHECKIN,
    UNANSWERED,
    comparison_table,
    day_summary,
    mood_table,
    questionnaire_table,
    relief_table,
    side_effects_table,
    sleep_table,
    symptom_table,
)
from moodlog.core.analysis import Analysis
from tests.charts.conftest import DAYS, GAPS, START, day


def shown(d: date) -> str:
    """A day as the tables show it (as the other views do), not ISO."""
    return d.strftime(DAY_FORMAT)


def test_mood_table_has_a_row_per_day_and_names_the_gaps(analysis: Analysis) -> None:
    t = mood_table(analysis, START, day(DAYS - 1))
    assert t.headers[:2] == ("Date", "Mood (0-10)") and len(t.rows) == DAYS
    assert t.rows[GAPS[0]][1] == NO_CHECKIN and t.rows[0][1] == "2"
    assert t.rows[0][2] == "\u2013" and t.rows[3][2] == "2.0"  # the mean needs 4 days
    assert t.rows[10][4].startswith("IV ketamine infusion 09:30")
    assert t.rows[0][3] == "36.0"  # twelve symptoms rated 3
    few = mood_table(analysis, day(-5), day(2))  # clipped to the journal
    assert [r[0] for r in few.rows] == [shown(day(i)) for i in range(3)]


def test_symptom_table_tells_unanswered_from_no_check_in(analysis: Analysis) -> None:
    t = symptom_table(analysis, START, day(DAYS - 1))
    fatigue = t.headers.index("Fatigue")
    assert t.rows[3][fatigue] == UNANSWERED and t.rows[4][fatigue] == "3"
    assert t.rows[GAPS[0]][1:] == ("",) * 12


def test_sleep_table(analysis: Analysis) -> None:
    rows = sleep_table(analysis, START, day(8)).rows
    assert rows[0][1] == "6" and rows[GAPS[0]][1] == NO_CHECKIN and rows[7][1] == "not recorded"


def test_questionnaire_table_marks_baseline_response_remission_and_incomplete(
        analysis: Analysis) -> None:
    t = questionnaire_table(analysis, START, day(DAYS - 1))
    rows = {(r[0], r[1]): r for r in t.rows}
    assert rows[(shown(day(9)), "PHQ-9")][2:] == ("18", "Moderately severe", "baseline")
    assert rows[(shown(day(23)), "PHQ-9")][2:] == ("9", "Mild", "response")
    assert rows[(shown(day(37)), "PHQ-9")][2] == "incomplete"
    only_gad = questionnaire_table(analysis, START, day(DAYS - 1), "gad7")
    assert [r[1] for r in only_gad.rows] == ["GAD-7"]


def test_side_effects_table_says_not_rated(analysis: Analysis) -> None:
    rows = side_effects_table(analysis, START, day(DAYS - 1)).rows
    totals = {r[0][:15]: r[-1] for r in rows}
    assert totals[shown(day(10))] == "5" and totals[shown(day(12))] == "not rated"


def test_relief_and_comparison_tables(analysis: Analysis) -> None:
    t = relief_table(list(analysis.relief))
    assert t.headers == ("Treatment", "Date", "Before", "Peak", "Days of relief")
    assert t.rows[0][0] == "IV ketamine" and t.rows[0][1] == f"{day(10):%d %b %Y}"
    assert t.full[0][:2] == ("IV ketamine infusion", shown(day(10)))
    assert t.full[0][2:] == t.rows[0][2:]
    periods = analysis.default_periods(analysis.series.end)
    assert periods is not None
    c = comparison_table(analysis.compare(*periods))
    assert c.rows[0][0] == "Mood (0-10)" and c.rows[2][0] == "Sadness"
    assert c.rows[0][1] == "2.0"


def test_day_summary_lists_values_treatments_and_questionnaires(analysis: Analysis) -> None:
    text = day_summary(analysis, day(10))
    assert text.splitlines()[0] == f"{day(10):%a %d %b %Y}"
    assert "Mood 8/10" in text and "Treatment: IV ketamine infusion 09:30" in text
    assert "Symptom burden 12.0 / 36" in text
    assert "No check-in" in day_summary(analysis, day(GAPS[0]))
    assert "PHQ-9: 18 (moderately severe)" in day_summary(analysis, day(9))
    assert "Moderate or severe: Sadness" in day_summary(analysis, day(0))
    outside = day_summary(analysis, START - timedelta(days=3))
    assert len(outside.splitlines()) == 1


def test_questionnaire_table_measures_each_course_against_its_own_baseline() -> None:
    """Two courses: a total is a response against its own course's baseline (core.outcomes)."""
    from datetime import date, datetime, time

    from moodlog.core.analysis import analyse
    from moodlog.core.models import QuestionnaireResponse, Treatment

    t1, t2 = date(2026, 1, 10), date(2026, 6, 1)
    sessions = [Treatment(datetime.combine(d, time(9)), "ketamine_iv", phase="induction")
                for d in (t1, t2)]
    phq = [QuestionnaireResponse("phq9", d, answers) for d, answers in (
        (t1, (2,) * 9),  # 18: baseline of course 1
        (t1 + timedelta(days=14), (1,) * 9),  # 9: response
        (t2, (1,) * 6 + (0,) * 3),  # 6: baseline of course 2 (not a response to course 1)
        (t2 + timedelta(days=14), (1,) * 4 + (0,) * 5),  # 4: not 50% below 6; remission
    )]
    a = analyse([], sessions, phq, ())
    rows = {r[0]: r[4] for r in questionnaire_table(a, t1, t2 + timedelta(days=30)).rows}
    assert rows == {shown(t1): "baseline", shown(t1 + timedelta(days=14)): "response",
                    shown(t2): "baseline",
                    shown(t2 + timedelta(days=14)): "remission"}
