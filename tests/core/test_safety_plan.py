"""The safety plan record: seven sections, each line checked."""

import pytest

from moodlog.core.safety_plan import (
    LINE_MAX,
    SECTIONS,
    Contact,
    SafetyPlan,
    parse_contact,
)


def test_the_seven_sections_in_order() -> None:
    assert SECTIONS == ("warning_signs", "internal_coping", "social_distraction",
                        "people_to_ask", "professionals", "safe_environment",
                        "reasons_for_living")
    assert SafetyPlan().is_empty()


def test_with_section_replaces_one_section() -> None:
    plan = SafetyPlan().with_section("warning_signs", ["Not sleeping", "Staying in bed"])
    plan = plan.with_section("people_to_ask", [Contact("Sam", phone="07700 900123")])
    assert plan.warning_signs == ("Not sleeping", "Staying in bed")
    assert plan.section("people_to_ask")[0].phone == "07700 900123"
    assert not plan.is_empty()


@pytest.mark.parametrize(("key", "items", "message"), [
    ("nope", ["x"], "unknown section"),
    ("warning_signs", ["x" * (LINE_MAX + 1)], "limit is 500"),
    ("warning_signs", ["a\x07b"], "control character"),
    ("warning_signs", ["two\nlines"], "control character"),
    ("warning_signs", ["   "], "empty"),
    ("warning_signs", ["x"] * 11, "limit is 10"),
    ("people_to_ask", ["Sam"], "phone number or an address"),
    ("internal_coping", [Contact("Sam", "123")], "must be text"),
])
def test_bad_sections_are_refused(key: str, items: list[object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SafetyPlan().with_section(key, items)  # type: ignore[arg-type]


def test_exactly_500_characters_is_allowed() -> None:
    assert SafetyPlan(warning_signs=("x" * LINE_MAX,)).warning_signs[0] == "x" * LINE_MAX


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"name": "Sam"}, "needs a phone number or an address"),
    ({"name": "", "phone": "123"}, "empty"),
    ({"name": "Sam", "phone": "call me"}, "only digits"),
    ({"name": "Sam", "address": "x\ty"}, "control character"),
])
def test_bad_contacts(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Contact(**kwargs)


def test_parse_contact() -> None:
    assert parse_contact("Sam: 07700 900123") == Contact("Sam", phone="07700 900123")
    assert parse_contact("Dr Lee: https://clinic.example") == Contact(
        "Dr Lee", address="https://clinic.example")
    with pytest.raises(ValueError, match="NAME: PHONE OR ADDRESS"):
        parse_contact("Sam")
