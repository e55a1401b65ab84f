"""Tags, moments and medications validate themselves; label collisions are caught."""

from datetime import date, time

import pytest

from moodlog.core.life import (
    Medication,
    Moment,
    Tag,
    check_label_free,
    free_key,
    free_label,
    group_tags,
    intake_state,
    normalise_label,
    parse_moment_time,
)
from moodlog.core.models import CheckIn

DAY = date(2026, 3, 2)


@pytest.mark.parametrize("text, expected", [("00:00", time(0, 0)), ("23:59", time(23, 59)),
                                            ("7:05", time(7, 5)), (" 14:30 ", time(14, 30))])
def test_moment_times_inside_the_day_parse(text: str, expected: time) -> None:
    assert parse_moment_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "23:60", "-1:00", "12", "12:5", "noon", "", "1:2:3"])
def test_moment_times_outside_the_day_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="00:00 and 23:59"):
        parse_moment_time(text)


@pytest.mark.parametrize("mood", [-1, 11, 5.5, True, None])
def test_moment_moods_outside_0_to_10_are_refused(mood: object) -> None:
    with pytest.raises(ValueError, match="0-10"):
        Moment(DAY, time(9), mood)  # type: ignore[arg-type]


def test_a_moment_keeps_minutes_only() -> None:
    assert Moment(DAY, time(9, 30, 12), 4, "ok").at == time(9, 30)


def test_labels_collide_after_normalising() -> None:
    assert normalise_label("  Good   MEAL ") == normalise_label("good meal")
    assert normalise_label("ﬁsh") == normalise_label("fish")  # NFKC ligature
    with pytest.raises(ValueError, match="'Good meal' already exists"):
        check_label_free("good  meal", ["Walk", "Good meal"])
    assert check_label_free(" Yoga ", ["Walk"]) == "Yoga"


@pytest.mark.parametrize("other", ["w a l k", "walk\u200b", "wa\u00adlk", "\uff37\uff41lk",
                                   "WALK", " Walk\t"])
def test_spaces_invisible_characters_and_compatibility_forms_are_ignored(other: str) -> None:
    assert normalise_label(other) == normalise_label("walk")
    with pytest.raises(ValueError, match="'walk' already exists .*ignoring case, spaces"):
        check_label_free("w a l k", ["Yoga", "walk"])


def test_other_scripts_that_only_look_alike_are_different_labels() -> None:
    assert normalise_label("w\u0430lk") != normalise_label("walk")  # Cyrillic a


def test_importers_get_a_suffixed_label_instead_of_a_merge() -> None:
    assert free_label("walk", ["Walk"]) == "walk (2)"
    assert free_label("walk", ["Walk", "walk (2)"]) == "walk (3)"
    assert free_label("<c_e> tired", ["tired"]) == "<c_e> tired"
    assert free_key("Walk", ["walk", "walk_2"]) == "walk_3"


def test_tags_group_in_first_seen_order() -> None:
    tags = [Tag("walk", "walk", "Activities"), Tag("family", "family", "People"),
            Tag("work", "work", "Activities")]
    groups = group_tags(tags)
    assert [g.label for g in groups] == ["Activities", "People"]
    assert [t.key for t in groups[0].tags] == ["walk", "work"]


@pytest.mark.parametrize("label", ["", "   ", "x" * 81, "a\nb\x07"])
def test_bad_tag_labels_are_refused(label: str) -> None:
    with pytest.raises(ValueError):
        Tag("walk", label)


def test_a_checkin_keeps_its_tags_as_a_sorted_set_and_its_medication_answers() -> None:
    c = CheckIn(DAY, 5, tags=("walk", "family", "walk"), medications_taken={"sertraline": True,
                                                                            "lithium": False})
    assert c.tags == ("family", "walk")
    assert intake_state(c.medications_taken, "sertraline") == "taken"
    assert intake_state(c.medications_taken, "lithium") == "not_taken"
    assert intake_state(c.medications_taken, "other") == "unanswered"
    with pytest.raises(ValueError, match="true or false"):
        CheckIn(DAY, 5, medications_taken={"lithium": 1})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="snake_case"):
        CheckIn(DAY, 5, tags=("Not A Key",))


def test_a_medication_is_active_between_its_dates() -> None:
    med = Medication("sertraline", "Sertraline", 50, "mg", "mornings", date(2026, 1, 1),
                     date(2026, 6, 30))
    assert med.active_on(date(2026, 1, 1)) and med.active_on(date(2026, 6, 30))
    assert not med.active_on(date(2025, 12, 31)) and not med.active_on(date(2026, 7, 1))
    assert med.dose_text == "50 mg"
    with pytest.raises(ValueError, match="stops .* before it starts"):
        Medication("x", "X", active_from=date(2026, 2, 1), active_to=date(2026, 1, 1))
    with pytest.raises(ValueError, match="positive"):
        Medication("x", "X", dose=0)
