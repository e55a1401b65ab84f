from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moodlog.core.reminders import decide, format_time, parse_time

AT = time(20, 30)
DAY = date(2026, 3, 14)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_before_the_time_waits_for_it() -> None:
    d = decide(at(9), AT, None, checked_in_today=False)
    assert not d.fire and d.next_check == at(20, 30)


def test_at_the_time_without_a_checkin_fires_and_looks_again_tomorrow() -> None:
    d = decide(at(20, 30), AT, None, checked_in_today=False)
    assert d.fire and d.next_check == at(20, 30, DAY + timedelta(days=1))


def test_a_day_with_a_checkin_gets_no_reminder() -> None:
    d = decide(at(21), AT, None, checked_in_today=True)
    assert not d.fire and d.next_check == at(20, 30, DAY + timedelta(days=1))


def test_once_a_day() -> None:
    assert not decide(at(22), AT, DAY, checked_in_today=False).fire
    assert decide(at(22), AT, DAY - timedelta(days=1), checked_in_today=False).fire


def test_late_in_the_day_still_fires_when_the_computer_was_asleep() -> None:
    assert decide(at(23, 59), AT, DAY - timedelta(days=3), checked_in_today=False).fire


def test_just_after_midnight_is_a_new_day_that_waits() -> None:
    d = decide(at(0, 5, DAY + timedelta(days=1)), AT, DAY, checked_in_today=False)
    assert not d.fire and d.next_check == at(20, 30, DAY + timedelta(days=1))


@given(now=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
       when=st.times(), last=st.none() | st.dates(), checked=st.booleans())
def test_decision_rules(now: datetime, when: time, last: date | None, checked: bool) -> None:
    d = decide(now, when, last, checked)
    due = datetime.combine(now.date(), when)
    assert d.fire == (now >= due and not checked and last != now.date())
    assert d.next_check > now and d.next_check.time() == when
    assert d.next_check - now <= timedelta(days=1)


@pytest.mark.parametrize("text, expected", [("20:30", time(20, 30)), ("7:05", time(7, 5)),
                                            (" 00:00 ", time(0, 0)), ("23:59", time(23, 59))])
def test_parse_time(text: str, expected: time) -> None:
    assert parse_time(text) == expected
    assert parse_time(format_time(expected)) == expected


@pytest.mark.parametrize("text", ["", "24:00", "12:60", "noon", "12", "12:5", "1:2:3", "-1:00"])
def test_parse_time_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="must look like 20:30"):
        parse_time(text)
