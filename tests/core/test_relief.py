"""Relief duration (CLINICAL.md section 4) on mood series with answers known by construction."""

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moodlog.core.models import Treatment
from moodlog.core.relief import (
    CensoredBy,
    ReliefStatus,
    median_relief,
    relief_durations,
    window_end,
)
from moodlog.core.series import DailySeries, DayEntry, daily_series

START = date(2026, 1, 1)
T0 = 10  # index of the first treatment in every series below


def _series(moods: list[int | None]) -> DailySeries:
    entries = [DayEntry(START + timedelta(days=i), m) for i, m in enumerate(moods)
               if m is not None]
    return daily_series(entries, START, START + timedelta(days=len(moods) - 1))


def _t(index: int, kind: str = "ketamine_iv", hour: int = 10) -> Treatment:
    return Treatment(datetime.combine(START + timedelta(days=index), time(hour)), kind)


def _pulse(before: int, high: int, days_high: int, after: int = 30,
           pre: int = T0) -> list[int | None]:
    return [before] * pre + [high] * days_high + [before] * after


def test_the_worked_example_of_clinical_md_gives_13_days() -> None:
    # Mood 2 every day before t0, 8 from t0 for 12 days (t0 .. t0+11), then 2 again.
    (r,) = relief_durations(_series(_pulse(2, 8, 12)), [_t(T0)])
    assert r.status is ReliefStatus.ENDED and not r.censored
    assert r.pre == 2 and r.peak == 8 and r.threshold == 5
    assert r.peak_day == START + timedelta(days=T0 + 2)
    assert r.days == 13 and r.describe() == "13"
    assert window_end(r) == START + timedelta(days=T0 + 13)


@given(before=st.integers(0, 6), rise=st.integers(2, 4), days_high=st.integers(2, 40))
def test_relief_lasts_one_day_past_the_high_stretch(before: int, rise: int,
                                                    days_high: int) -> None:
    # With k >= 2 high days the 3-day mean first falls to the threshold on day t0+k+1; for k = 2
    # it lands on the threshold exactly, which only exact arithmetic decides correctly.
    high = min(10, before + rise)
    (r,) = relief_durations(_series(_pulse(before, high, days_high)), [_t(T0)])
    assert r.status is ReliefStatus.ENDED
    assert r.days == days_high + 1


def test_the_next_treatment_censors_the_window() -> None:
    moods = _pulse(2, 8, 20)
    first, second = relief_durations(_series(moods), [_t(T0), _t(T0 + 9)])
    assert first.status is ReliefStatus.CENSORED and first.censored
    assert first.censored_by is CensoredBy.NEXT_TREATMENT
    assert first.days == 9 and first.describe() == "\u2265 9"
    # The second one starts from a week of high mood that does not rise further.
    assert second.day == START + timedelta(days=T0 + 9)
    assert second.status is ReliefStatus.NO_RELIEF and second.pre == 8
    assert median_relief([first]) is None


def test_the_next_treatment_day_itself_is_not_looked_at() -> None:
    # Relief would end on day t0+13, the very day of the next treatment: censored at 13.
    (first, _) = relief_durations(_series(_pulse(2, 8, 12)), [_t(T0), _t(T0 + 13)])
    assert first.status is ReliefStatus.CENSORED and first.days == 13
    (first, _) = relief_durations(_series(_pulse(2, 8, 12)), [_t(T0), _t(T0 + 14)])
    assert first.status is ReliefStatus.ENDED and first.days == 13


def test_the_last_logged_day_censors_the_window() -> None:
    moods = _pulse(2, 8, 20, after=0)[:T0 + 9]  # the journal stops at t0+8, still high
    (r,) = relief_durations(_series(moods + [None] * 5), [_t(T0)])
    assert r.status is ReliefStatus.CENSORED
    assert r.censored_by is CensoredBy.LAST_LOGGED_DAY and r.days == 8
    # A next treatment after the last check-in does not change that.
    (r, _) = relief_durations(_series(moods + [None] * 5), [_t(T0), _t(T0 + 12)])
    assert r.censored_by is CensoredBy.LAST_LOGGED_DAY and r.days == 8


def test_gaps_are_skipped_not_filled() -> None:
    moods = _pulse(2, 8, 12)
    moods[T0 + 12] = moods[T0 + 13] = None  # two missed days right when mood falls
    (r,) = relief_durations(_series(moods), [_t(T0)])
    # rolling(t0+13) and rolling(t0+14) rest on one day each; rolling(t0+15) = 2 is the end.
    assert r.status is ReliefStatus.ENDED and r.days == 15


def test_too_few_check_ins_before_gives_no_figure() -> None:
    moods = _pulse(2, 8, 12)
    for i in range(T0 - 7, T0 - 2):
        moods[i] = None  # only t0-2 and t0-1 remain of the 7 days before
    (r,) = relief_durations(_series(moods), [_t(T0)])
    assert r.status is ReliefStatus.TOO_FEW_BEFORE and r.days is None and r.pre is None
    assert r.describe() == "too few check-ins"
    moods[T0 - 5] = 2  # a third check-in is enough
    (r,) = relief_durations(_series(moods), [_t(T0)])
    assert r.status is ReliefStatus.ENDED


def test_too_few_check_ins_after_gives_no_figure() -> None:
    moods: list[int | None] = [2] * T0 + [None] * 30
    moods[T0 - 2] = moods[T0 - 1] = None
    moods[T0] = 8
    for i in range(T0 + 7, T0 + 30):
        moods[i] = 2
    (r,) = relief_durations(_series(moods), [_t(T0)])
    assert r.status is ReliefStatus.TOO_FEW_AFTER and r.days is None and r.pre == 2
    # A treatment after the last check-in has nothing after it either.
    (r,) = relief_durations(_series(_pulse(2, 2, 0, after=0)), [_t(T0 + 3)])
    assert r.status is ReliefStatus.TOO_FEW_AFTER


def test_no_relief_when_mood_does_not_rise_above_before() -> None:
    (r,) = relief_durations(_series([5] * 40), [_t(T0)])
    assert r.status is ReliefStatus.NO_RELIEF and r.days is None
    assert r.pre == 5 and r.peak == 5 and r.describe() == "no relief"
    (r,) = relief_durations(_series(_pulse(6, 3, 10)), [_t(T0)])
    assert r.status is ReliefStatus.NO_RELIEF


def test_peak_is_looked_for_in_the_first_week_only() -> None:
    moods = [2] * (T0 + 7) + [9] * 10 + [2] * 10  # the rise comes on day t0+7
    (r,) = relief_durations(_series(moods), [_t(T0)])
    assert r.status is ReliefStatus.NO_RELIEF


def test_only_ketamine_kinds_count_and_only_they_end_a_window() -> None:
    moods = _pulse(2, 8, 12)
    reliefs = relief_durations(_series(moods), [_t(T0), _t(T0 + 4, "medication_change"),
                                                _t(T0 + 6, "psychotherapy")])
    assert [r.treatment.kind for r in reliefs] == ["ketamine_iv"]
    assert reliefs[0].days == 13
    nasal = relief_durations(_series(moods), [_t(T0, "esketamine_nasal")])
    assert nasal[0].days == 13
    therapy = relief_durations(_series(moods), [_t(T0, "tms")], kinds={"tms"})
    assert therapy[0].days == 13


def test_sessions_on_the_same_day_share_a_window_and_count_once_in_the_median() -> None:
    moods = _pulse(2, 8, 12) + _pulse(2, 8, 4, pre=10)
    second_t0 = len(_pulse(2, 8, 12)) + 10
    reliefs = relief_durations(_series(moods), [_t(T0, hour=9), _t(T0, "ketamine_im", 15),
                                                _t(second_t0)])
    assert [r.days for r in reliefs] == [13, 13, 5]
    assert median_relief(reliefs) == 9  # median of 13 and 5, not of 13, 13 and 5


def test_median_leaves_censored_and_missing_figures_out() -> None:
    assert median_relief([]) is None
    moods = _pulse(2, 8, 12) + _pulse(2, 8, 6, pre=10) + _pulse(2, 8, 20, pre=10)
    starts = [T0, T0 + 42 + 10, T0 + 42 + 46 + 10]
    reliefs = relief_durations(_series(moods), [_t(i) for i in starts]
                               + [_t(len(moods) + 1)])
    assert [r.status for r in reliefs] == [ReliefStatus.ENDED] * 3 + [
        ReliefStatus.TOO_FEW_AFTER]
    assert [r.days for r in reliefs[:3]] == [13, 7, 21]
    assert median_relief(reliefs) == 13
    assert median_relief(reliefs[:2]) == pytest.approx(10.0)


def test_a_session_on_the_last_check_in_day_is_too_early_to_tell() -> None:
    # A session entered today, today's check-in the last: "\u2265 0" days says nothing.
    (r,) = relief_durations(_series(_pulse(2, 8, 1, after=0)), [_t(T0)])
    assert r.status is ReliefStatus.CENSORED and r.days == 0
    assert r.censored_by is CensoredBy.LAST_LOGGED_DAY
    assert r.describe() == "too early to tell"
    # One day later the lower bound means something again.
    (r,) = relief_durations(_series(_pulse(2, 8, 2, after=0)), [_t(T0)])
    assert r.describe() == "\u2265 1"
