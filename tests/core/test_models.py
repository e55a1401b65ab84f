from datetime import UTC, date, datetime

import pytest

from moodlog.core.models import (
    BloodPressure,
    CheckIn,
    ClinicianScore,
    QuestionnaireResponse,
    SymptomDef,
    Treatment,
    check_sleep,
)
from moodlog.core.session import Reading, SessionDetails

DAY = date(2026, 1, 5)


@pytest.mark.parametrize("mood", [0, 5, 10])
def test_mood_in_range_is_accepted(mood: int) -> None:
    assert CheckIn(DAY, mood).mood == mood


@pytest.mark.parametrize("mood", [-1, 11, 3.5, "4", None, True])
def test_mood_out_of_range_or_not_whole_is_refused(mood: object) -> None:
    with pytest.raises(ValueError, match="mood"):
        CheckIn(DAY, mood)  # type: ignore[arg-type]


@pytest.mark.parametrize("severity", [-1, 4, 1.0, "2", None])
def test_symptom_severity_must_be_0_to_3(severity: object) -> None:
    with pytest.raises(ValueError, match="sadness"):
        CheckIn(DAY, 5, {"sadness": severity})  # type: ignore[dict-item]


def test_unanswered_is_absent_not_zero() -> None:
    c = CheckIn(DAY, 5, {"sadness": 0})
    assert c.ratings == {"sadness": 0}
    assert "fatigue" not in c.ratings


def test_ratings_cannot_be_changed_after_creation() -> None:
    c = CheckIn(DAY, 5, {"sadness": 1})
    with pytest.raises(TypeError):
        c.ratings["sadness"] = 3  # type: ignore[index]


@pytest.mark.parametrize("key", ["Sadness", "1abc", "with space", ""])
def test_bad_symptom_keys_are_refused(key: str) -> None:
    with pytest.raises(ValueError):
        CheckIn(DAY, 5, {key: 1})


def test_sleep_is_kept_to_one_decimal_and_bounded() -> None:
    assert check_sleep(7.25) == 7.2
    assert check_sleep(8) == 8.0
    for bad in (-0.5, 24.1, float("nan"), float("inf"), "7"):
        with pytest.raises(ValueError, match="sleep"):
            check_sleep(bad)


def test_timestamps_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError, match="created_at"):
        CheckIn(DAY, 5, created_at=datetime(2026, 1, 5, 20, 0))
    assert CheckIn(DAY, 5, created_at=datetime(2026, 1, 5, 20, 0, tzinfo=UTC)).created_at


def test_note_limits() -> None:
    with pytest.raises(ValueError, match="note"):
        CheckIn(DAY, 5, note="x" * 20_001)
    with pytest.raises(ValueError, match="NUL"):
        CheckIn(DAY, 5, note="a\x00b")


def test_blood_pressure_parsing_and_checks() -> None:
    assert BloodPressure.parse(" 128 / 82 ") == BloodPressure(128, 82)
    assert str(BloodPressure(128, 82)) == "128/82"
    with pytest.raises(ValueError, match="higher than diastolic"):
        BloodPressure.parse("80/120")
    with pytest.raises(ValueError, match="SYS/DIA"):
        BloodPressure.parse("128-82")
    with pytest.raises(ValueError, match="systolic"):
        BloodPressure(400, 80)


def _t(**kw: object) -> Treatment:
    base: dict[str, object] = {"at": datetime(2026, 1, 5, 10, 0), "kind": "ketamine_iv"}
    if kw.pop("devices_session", False):
        kw["session"] = SessionDetails(devices=2)
    base.update(kw)
    return Treatment(**base)  # type: ignore[arg-type]


def test_treatment_validation_messages() -> None:
    assert _t(dose=0.5, dose_unit="mg/kg").dose == 0.5
    cases = [
        ({"kind": "laughing_gas"}, "unknown treatment kind"),
        ({"phase": "warmup"}, "unknown phase"),
        ({"dose": 0.5}, "without its unit"),
        ({"dose_unit": "mg"}, "without a dose"),
        ({"dose": -1, "dose_unit": "mg"}, "positive"),
        ({"dose": 1, "dose_unit": "ml"}, "unknown dose unit"),
        ({"readings": ("120/80",)}, "must be a Reading"),
        ({"readings": (Reading(None, 120, 80), Reading(None, 130, 80))}, "only one reading"),
        ({"devices_session": True}, "only for an esketamine"),
        ({"side_effects": {"sneezing": 1}}, "unknown side effect"),
        ({"side_effects": {"nausea": 5}}, "0-3"),
        ({"at": datetime(2026, 1, 5, 10, 0, tzinfo=UTC)}, "local date and time"),
    ]
    for kw, message in cases:
        with pytest.raises(ValueError, match=message):
            _t(**kw)


def test_treatment_time_is_kept_to_the_minute() -> None:
    assert _t(at=datetime(2026, 1, 5, 10, 7, 33, 12)).at == datetime(2026, 1, 5, 10, 7)


def test_questionnaire_response_checks() -> None:
    r = QuestionnaireResponse("phq9", DAY, (1,) * 9, 2)
    assert r.score.total == 9
    with pytest.raises(ValueError, match="9 items"):
        QuestionnaireResponse("phq9", DAY, (1,) * 8)
    with pytest.raises(ValueError, match="unknown questionnaire"):
        QuestionnaireResponse("bdi2", DAY, (1,) * 21)
    with pytest.raises(ValueError, match="functional difficulty"):
        QuestionnaireResponse("phq9", DAY, (1,) * 9, 4)
    with pytest.raises(ValueError, match="no functional-difficulty"):
        QuestionnaireResponse("phq2", DAY, (1, 1), 1)


def test_clinician_scores_know_the_madrs_range() -> None:
    assert ClinicianScore("madrs", DAY, 60).instrument == "MADRS"
    with pytest.raises(ValueError, match="0-60"):
        ClinicianScore("MADRS", DAY, 61)
    assert ClinicianScore("QIDS-C", DAY, 14).total == 14
    with pytest.raises(ValueError, match="name of its scale"):
        ClinicianScore("  ", DAY, 3)


def test_symptom_def_needs_key_and_label() -> None:
    assert SymptomDef("nightmares", "  Nightmares ").label == "Nightmares"
    with pytest.raises(ValueError, match="needs a label"):
        SymptomDef("nightmares", " ")
    with pytest.raises(ValueError, match="snake_case"):
        SymptomDef("Night Mares", "Nightmares")
