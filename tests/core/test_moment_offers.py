"""The +4 h and next-morning moment offers: once each, in their window, never made up later."""

from datetime import datetime, timedelta

from moodlog.core.models import Treatment
from moodlog.core.moment_offers import decide, offers

SESSION = Treatment(datetime(2026, 3, 2, 10, 0), "esketamine_nasal")


def test_two_offers_per_ketamine_session_none_for_other_kinds() -> None:
    got = offers([SESSION, Treatment(datetime(2026, 3, 3, 9, 0), "psychotherapy")])
    assert [(o.key.rsplit("/", 1)[1], o.at, o.until) for o in got] == [
        ("4h", datetime(2026, 3, 2, 14, 0), datetime(2026, 3, 2, 18, 0)),
        ("morning", datetime(2026, 3, 3, 8, 0), datetime(2026, 3, 3, 12, 0))]


def test_each_offer_is_made_once_within_its_window() -> None:
    all_offers = offers([SESSION])
    assert decide(datetime(2026, 3, 2, 13, 0), all_offers, set()) == (
        None, datetime(2026, 3, 2, 14, 0))
    due, ahead = decide(datetime(2026, 3, 2, 14, 30), all_offers, set())
    assert due is all_offers[0] and ahead == datetime(2026, 3, 3, 8, 0)
    done = {all_offers[0].key}
    assert decide(datetime(2026, 3, 2, 15, 0), all_offers, done) == (
        None, datetime(2026, 3, 3, 8, 0))
    # the computer was off all morning: the morning offer is skipped, never made up
    assert decide(datetime(2026, 3, 3, 13, 0), all_offers, done) == (None, None)


def test_a_late_session_has_no_morning_offer_before_its_4h_window_closes() -> None:
    late = Treatment(datetime(2026, 3, 2, 23, 30), "ketamine_iv")
    (four_h,) = [o for o in offers([late]) if o.key.endswith("4h")]
    assert four_h.at == datetime(2026, 3, 3, 3, 30)
    morning = [o for o in offers([late]) if o.key.endswith("morning")]
    assert morning and morning[0].at == datetime(2026, 3, 3, 8, 0)
    assert decide(four_h.at + timedelta(minutes=1), offers([late]), set())[0] == four_h
