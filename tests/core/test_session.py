"""Readings, session details and their plain-text summaries."""

import pytest

from moodlog.core.session import (
    Reading,
    SessionDetails,
    check_readings,
    devices_text,
    entry_reading,
    parse_reading,
    summary,
)

START = 9 * 60 + 30  # a session starting at 09:30


def test_parse_reading_by_clock_or_minutes() -> None:
    assert parse_reading("10:10 150/95 80 97", START) == Reading(40, 150, 95, 80, 97)
    assert parse_reading("+120 130/84", START) == Reading(120, 130, 84)
    assert parse_reading(" 09:30 128/82 70 ", START) == Reading(0, 128, 82, 70)
    with pytest.raises(ValueError, match="before the session start"):
        parse_reading("09:29 128/82", START)
    with pytest.raises(ValueError, match="more than 12 h"):
        parse_reading("+721 128/82", START)


@pytest.mark.parametrize(("kw", "message"), [
    ({"systolic": 261, "diastolic": 80}, "50-260"),
    ({"systolic": 120, "diastolic": 161}, "30-160"),
    ({"systolic": 120}, "both systolic and diastolic"),
    ({"heart_rate": 221}, "30-220"),
    ({"spo2": 101}, "50-100"),
    ({"heart_rate": True}, "heart rate must be a whole number"),
    ({}, "needs a blood pressure, a heart rate or an SpO2"),
])
def test_reading_ranges(kw: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        entry_reading(0, **kw)


def test_a_stored_reading_may_hold_what_moodlog_1_accepted_but_no_more() -> None:
    old = Reading(None, 290, 190, 245)  # fine for moodlog 1's before/after: kept as it was
    assert old.heart_rate == 245
    with pytest.raises(ValueError, match="50-260"):
        entry_reading(None, 290, 190, 245)  # typed in today, it is refused
    for kw, message in (({"systolic": 301, "diastolic": 80}, "50-300"),
                        ({"heart_rate": 19}, "20-250"), ({"spo2": 49}, "50-100")):
        with pytest.raises(ValueError, match=message):
            Reading(0, **kw)


def test_readings_are_kept_in_time_order_with_the_untimed_one_last() -> None:
    r = check_readings((Reading(None, 140, 90), Reading(40, 150, 95), Reading(0, 128, 82)))
    assert [x.minutes for x in r] == [0, 40, None]
    assert summary(r) == "128/82 -> 150/95 (+40 min) -> 140/90 (after)"
    assert summary((Reading(0, 128, 82),)) == "128/82"
    assert summary((Reading(40, 150, 95),)) == "- -> 150/95 (+40 min)"
    assert summary((Reading(0, heart_rate=70),)) == ""


def test_pre_dose_highlight_is_above_140_over_90_only_before_dosing() -> None:
    assert Reading(0, 141, 80).high_pre_dose() and Reading(0, 120, 91).high_pre_dose()
    assert not Reading(0, 140, 90).high_pre_dose() and not Reading(40, 170, 100).high_pre_dose()


def test_session_details_ranges_and_text() -> None:
    assert SessionDetails().is_empty() and not SessionDetails(moaas=0).is_empty()
    assert SessionDetails(devices=3).device_mg == 84 and devices_text(2) == "2 devices (56 mg)"
    assert SessionDetails(cadss=7, cadss_form="cadss6").cadss_text() == "CADSS-6 7/24"
    for kw, message in (({"cadss": 25, "cadss_form": "cadss6"}, "0-24"),
                        ({"cadss": 93}, "0-92"), ({"cadss_form": "cadss23"}, "CADSS form"),
                        ({"moaas": 6}, "0-5"), ({"weight_kg": float("nan")}, "20-350 kg"),
                        ({"observed_minutes": 721}, "0-720")):
        with pytest.raises(ValueError, match=message):
            SessionDetails(**kw)
