from datetime import date, timedelta
from statistics import mean

import pytest

from moodlog.core.demo import generate
from moodlog.core.models import JournalData
from tests.conftest import DEMO_END


def test_same_seed_same_history(demo_data: JournalData) -> None:
    assert generate(400, end=DEMO_END) == demo_data
    assert generate(400, seed=7, end=DEMO_END) != demo_data


def test_history_spans_the_days_with_a_few_missed(demo_data: JournalData) -> None:
    days = [c.day for c in demo_data.checkins]
    assert days[-1] == DEMO_END and days[0] == DEMO_END - timedelta(days=399)
    assert days == sorted(set(days))
    assert 360 <= len(days) < 400  # a few missed days, not many


def test_induction_series_then_boosters(demo_data: JournalData) -> None:
    iv = [t for t in demo_data.treatments if t.kind == "ketamine_iv"]
    induction = [t for t in iv if t.phase == "induction"]
    boosters = [t for t in iv if t.phase == "booster"]
    assert len(induction) == 6
    assert 14 <= (induction[-1].day - induction[0].day).days <= 21  # about 2.5 weeks
    gaps = [(b.day - a.day).days for a, b in zip([induction[-1], *boosters], boosters,
                                                 strict=False)]
    assert boosters and all(21 <= g <= 42 for g in gaps)
    assert all(t.bp_before and t.bp_after and t.side_effects for t in demo_data.treatments)
    assert all([r.minutes for r in t.readings] == [0, 40, 90] and t.session.weight_kg
               for t in iv)


def test_an_esketamine_course_ends_the_history(demo_data: JournalData) -> None:
    course = [t for t in demo_data.treatments if t.kind == "esketamine_nasal"]
    assert len(course) == 8 and course[-1].day <= DEMO_END
    gaps = [(b.day - a.day).days for a, b in zip(course, course[1:], strict=False)]
    assert set(gaps) == {3, 4}  # twice weekly for four weeks
    assert [t.dose for t in course] == [56.0] + [84.0] * 7
    assert [t.session.devices for t in course] == [2] + [3] * 7
    assert all([r.minutes for r in t.readings] == [0, 40, 120] for t in course)
    cadss = [t.session.cadss for t in course if t.session.cadss is not None]
    assert 3 <= len(cadss) <= 5 and cadss == sorted(cadss, reverse=True)
    last_iv = max(t.at for t in demo_data.treatments if t.kind == "ketamine_iv")
    assert last_iv < course[0].at


def test_mood_improves_within_a_day_and_fades(demo_data: JournalData) -> None:
    mood = {c.day: c.mood for c in demo_data.checkins}
    first = demo_data.treatments[0].day
    before = mean(m for d, m in mood.items() if first - timedelta(days=30) <= d < first)
    after = mean(m for d, m in mood.items() if first + timedelta(days=14) <= d
                 < first + timedelta(days=24))
    assert before <= 4 and after >= before + 3
    assert mood[first + timedelta(days=1)] > before + 1


def test_questionnaires_every_14_days_with_a_baseline(demo_data: JournalData) -> None:
    phq = [r for r in demo_data.questionnaires if r.instrument == "phq9"]
    gad = [r for r in demo_data.questionnaires if r.instrument == "gad7"]
    assert len(phq) == len(gad) >= 25
    assert all((b.day - a.day).days == 14 for a, b in zip(phq, phq[1:], strict=False))
    first = demo_data.treatments[0].day
    baseline = [r for r in phq if first - timedelta(days=30) <= r.day <= first][-1]
    assert baseline.score.total is not None and baseline.score.total >= 15
    later = [r for r in phq if r.day > demo_data.treatments[5].day][0]
    assert later.score.total is not None and later.score.total <= baseline.score.total / 2


def test_one_period_with_thoughts_of_death(demo_data: JournalData) -> None:
    days = [c.day for c in demo_data.checkins if c.ratings.get("thoughts_of_death", 0) > 0]
    assert 5 <= len(days) <= 14
    assert (days[-1] - days[0]).days < 14
    assert days[-1] < demo_data.treatments[0].day
    assert any(r.answers[8] for r in demo_data.questionnaires if r.instrument == "phq9")


def test_notes_sleep_and_unanswered(demo_data: JournalData) -> None:
    assert 5 <= sum(bool(c.note) for c in demo_data.checkins) <= 60
    sleep = [c.sleep_hours for c in demo_data.checkins if c.sleep_hours is not None]
    assert len(sleep) > 300 and min(sleep) >= 3 and max(sleep) <= 11
    assert any(len(c.ratings) < 13 for c in demo_data.checkins)


@pytest.mark.parametrize("days", [1, 30, 59, 60, 3650])
def test_any_length_makes_valid_data(days: int) -> None:
    data = generate(days, seed=3, end=date(2030, 1, 1))
    assert data.checkins and data.checkins[-1].day <= date(2030, 1, 1)
    assert all(t.day <= date(2030, 1, 1) for t in data.treatments)


@pytest.mark.parametrize("days", [0, -5, 36_601])
def test_bad_lengths_are_refused(days: int) -> None:
    with pytest.raises(ValueError, match="demo days"):
        generate(days)
