"""Daily series, rolling mean, symptom burden and period averages, known by construction."""

from datetime import date, timedelta

import pytest

from moodlog.core.models import CheckIn
from moodlog.core.series import (
    DayEntry,
    burden_series,
    daily_series,
    period_average,
    rolling_mean,
    symptom_burden,
)
from moodlog.core.symptoms import BUILTIN_KEYS

START = date(2026, 1, 1)


def _day(i: int) -> date:
    return START + timedelta(days=i)


def test_days_without_a_check_in_stay_gaps_and_unanswered_stays_apart_from_none() -> None:
    entries = [
        DayEntry(_day(0), 3, 6.5, {"sadness": 0, "fatigue": 2}),
        CheckIn(_day(3), 7, {"sadness": 1}, None),
        DayEntry(_day(9), 5),  # outside the series: dropped
    ]
    s = daily_series(entries, START, _day(4))
    assert len(s) == 5 and s.end == _day(4)
    assert s.mood == (3, None, None, 7, None)
    assert s.sleep == (6.5, None, None, None, None)
    assert s.ratings["sadness"] == (0, None, None, 1, None)
    assert s.ratings["fatigue"] == (2, None, None, None, None)
    assert s.logged(3) and not s.logged(2) and not s.logged(-1) and not s.logged(5)
    assert s.logged_days() == [0, 3]
    assert s.day_ratings(3) == {"sadness": 1}  # fatigue unanswered that day, not 0
    assert s.index(_day(3)) == 3 and s.day(3) == _day(3)


def test_series_keeps_only_the_requested_symptoms_in_their_order() -> None:
    entries = [DayEntry(_day(0), 5, None, {"sadness": 1, "nightmares": 2, "gone": 3})]
    s = daily_series(entries, START, START, ["nightmares", "sadness"])
    assert list(s.ratings) == ["nightmares", "sadness"]
    assert s.ratings["nightmares"] == (2,)


def test_an_end_before_the_start_gives_an_empty_series() -> None:
    s = daily_series([DayEntry(START, 5)], START, START - timedelta(days=1))
    assert len(s) == 0 and s.logged_days() == []


def test_rolling_mean_follows_a_step_change() -> None:
    values: list[float | None] = [2.0] * 10 + [8.0] * 10
    mean = rolling_mean(values)
    assert mean[:3] == [None, None, None]  # fewer than 4 days so far
    assert mean[3] == 2.0 and mean[9] == 2.0
    for k in range(7):  # the window slides over the step
        assert mean[10 + k] == pytest.approx((2 * (6 - k) + 8 * (k + 1)) / 7)
    assert mean[16] == 8.0 and mean[19] == 8.0


def test_rolling_mean_needs_four_logged_days_and_never_fills_gaps_in_the_values() -> None:
    values: list[float | None] = [4, None, 6, None, 8, None, None, None, None, None, 5]
    mean = rolling_mean(values)
    assert mean[4] is None  # 3 logged days in days 0..4
    assert mean[6] is None
    assert mean[10] is None  # days 4..10 hold only two values
    assert rolling_mean([4, None, 6, None, 8, 2])[5] == pytest.approx(5.0)
    assert rolling_mean([1.0, 2.0, 3.0, 4.0], days=3, min_count=2) == [None, 1.5, 2.0, 3.0]


def _all(value: int) -> dict[str, int]:
    return dict.fromkeys(BUILTIN_KEYS, value)


def test_burden_sums_all_twelve_and_pro_rates_from_nine() -> None:
    assert symptom_burden(_all(3)) == 36
    assert symptom_burden(_all(0)) == 0
    nine = dict(list(_all(2).items())[:9])
    assert symptom_burden(nine) == pytest.approx(18 * 12 / 9)  # = 24
    eleven = {**dict(list(_all(1).items())[:11])}
    assert symptom_burden(eleven) == pytest.approx(11 * 12 / 11)
    eight = dict(list(_all(3).items())[:8])
    assert symptom_burden(eight) is None
    assert symptom_burden({**eight, "nightmares": 3}) is None  # own symptoms do not count
    assert symptom_burden({**_all(1), "nightmares": 3}) == 12


def test_burden_series_matches_the_daily_rule_and_leaves_gaps() -> None:
    entries = [DayEntry(_day(0), 5, None, _all(1)),
               DayEntry(_day(2), 5, None, dict(list(_all(3).items())[:8])),
               DayEntry(_day(3), 5, None, dict(list(_all(3).items())[:10]))]
    s = daily_series(entries, START, _day(3))
    assert burden_series(s) == [12, None, None, pytest.approx(36)]


def test_period_average_counts_only_days_with_a_value() -> None:
    values: list[float | None] = [1, None, 3, None, 5]
    avg = period_average(values, 0, 4)
    assert avg.mean == 3 and avg.days == 3
    assert period_average(values, -10, 1).mean == 1  # clipped to the series
    empty = period_average(values, 7, 9)
    assert empty.mean is None and empty.days == 0
