from datetime import date

import pytest

from moodlog.core import questionnaires as q
from moodlog.core.dates import parse_date, parse_local_datetime, parse_timestamp
from moodlog.core.safety import crisis_text, region_from_locale, resources
from moodlog.core.symptoms import BUILTIN_KEYS, BUILTIN_SYMPTOMS, key_from_label
from moodlog.core.treatments import SIDE_EFFECTS, TREATMENT_KINDS


def test_the_twelve_symptoms_of_clinical_md() -> None:
    assert BUILTIN_KEYS == (
        "sadness", "irritability", "loss_of_interest", "sleep_problems", "fatigue",
        "appetite_change", "anxiety", "slowed", "worthlessness", "concentration",
        "thoughts_of_death", "physical_pain",
    )
    assert BUILTIN_SYMPTOMS[10].label == "Preoccupation with death or suicide"


def test_treatment_and_side_effect_keys() -> None:
    assert list(TREATMENT_KINDS)[:4] == [
        "ketamine_iv", "esketamine_nasal", "ketamine_im", "ketamine_oral"]
    assert list(SIDE_EFFECTS) == [
        "dissociation", "nausea", "dizziness", "headache", "drowsiness", "anxiety", "confusion"]


@pytest.mark.parametrize(("label", "key"), [
    ("Nightmares", "nightmares"), ("Night sweats!", "night_sweats"),
    ("3am waking", "custom_3am_waking"),
    ("   ", "custom"),
])
def test_key_from_label(label: str, key: str) -> None:
    assert key_from_label(label) == key


@pytest.mark.parametrize(("total", "band"), [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
    (15, "moderately_severe"), (19, "moderately_severe"), (20, "severe"), (27, "severe"),
])
def test_phq9_band_boundaries(total: int, band: str) -> None:
    answers = [3] * (total // 3) + ([total % 3] if total % 3 else [])
    answers += [0] * (9 - len(answers))
    result = q.score("phq9", answers)
    assert (result.total, result.band_key, result.complete) == (total, band, True)


@pytest.mark.parametrize(("total", "band"), [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
    (15, "severe"), (21, "severe"),
])
def test_gad7_band_boundaries(total: int, band: str) -> None:
    answers = [3] * (total // 3) + ([total % 3] if total % 3 else [])
    answers += [0] * (7 - len(answers))
    result = q.score("gad7", answers)
    assert (result.total, result.band_key, result.complete) == (total, band, True)


@pytest.mark.parametrize("key", ["phq2", "gad2"])
@pytest.mark.parametrize(("answers", "band"), [
    ((0, 0), "below_cutoff"), ((1, 1), "below_cutoff"), ((0, 2), "below_cutoff"),
    ((2, 1), "at_or_above_cutoff"), ((3, 3), "at_or_above_cutoff"),
])
def test_two_item_screeners_cut_off_at_3(key: str, answers: tuple[int, int], band: str) -> None:
    result = q.score(key, answers)
    assert (result.total, result.band_key) == (sum(answers), band)
    assert q.score(key, (answers[0], None)).total is None


@pytest.mark.parametrize(("key", "total"), [("phq9", 28), ("gad7", 22), ("phq9", -1)])
def test_band_of_an_impossible_total_is_refused(key: str, total: int) -> None:
    with pytest.raises(ValueError, match="total must be"):
        q.band_for(key, total)


def test_incomplete_response_has_no_total() -> None:
    result = q.score("phq9", [3, 3, 3, 3, 3, 3, 3, 3, None])
    assert (result.total, result.band_key, result.complete, result.answered) == (
        None, None, False, 8)


@pytest.mark.parametrize(("key", "answers", "message"), [
    ("phq10", [0] * 9, "unknown questionnaire"),
    ("gad7", [0] * 9, "7 items"),
    ("phq9", [0] * 8 + [4], "item 9"),
    ("phq9", [0] * 8 + [True], "item 9"),
    ("phq9", "000000000", "list"),
])
def test_scoring_refuses_bad_input(key: str, answers: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        q.score(key, answers)  # type: ignore[arg-type]


def test_wording_follows_clinical_md() -> None:
    assert q.STEM.startswith("Over the last 2 weeks, how often have you been bothered")
    assert q.ANSWERS == ("Not at all", "Several days", "More than half the days",
                         "Nearly every day")
    assert q.PHQ9_ITEMS[8] == (
        "Thoughts that you would be better off dead or of hurting yourself in some way")
    assert q.INSTRUMENTS["phq2"].items == q.PHQ9_ITEMS[:2]
    assert q.INSTRUMENTS["gad2"].items == q.GAD7_ITEMS[:2]
    assert q.ATTRIBUTION == (
        "PHQ-9 and GAD-7 developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke "
        "and colleagues, with an educational grant from Pfizer Inc.")
    assert q.DIFFICULTY_ANSWERS == ("Not difficult at all", "Somewhat difficult",
                                    "Very difficult", "Extremely difficult")


def test_every_item_word_for_word() -> None:
    """CLINICAL.md section 2, copied by hand: changing the wording makes it another measure."""
    assert q.PHQ9_ITEMS == (
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself \u2014 or that you are a failure or have let yourself or "
        "your family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite "
        "\u2014 being so fidgety or restless that you have been moving around a lot more than "
        "usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    )
    assert q.GAD7_ITEMS == (
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid, as if something awful might happen",
    )
    assert q.STEM == ("Over the last 2 weeks, how often have you been bothered by any of the "
                      "following problems?")
    assert q.DIFFICULTY_QUESTION == (
        "If you checked off any problems, how difficult have these problems made it for you to "
        "do your work, take care of things at home, or get along with other people?")
    assert [i.safety_item for i in q.INSTRUMENTS.values()] == [9, None, None, None]


@pytest.mark.parametrize("text", ["2025-02-30", "2025-13-01", "25-01-01", "2025/01/01", "", "x"])
def test_impossible_or_malformed_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="date"):
        parse_date(text)


def test_date_parsing() -> None:
    assert parse_date("2024-02-29") == date(2024, 2, 29)
    assert parse_local_datetime("2024-02-29 23:59").minute == 59
    assert parse_local_datetime("2024-02-29T08:05").hour == 8
    for bad in ("2024-02-29 24:00", "2024-02-29 10:60", "2024-02-29", "2023-02-29 10:00"):
        with pytest.raises(ValueError):
            parse_local_datetime(bad)
    with pytest.raises(ValueError, match="UTC offset"):
        parse_timestamp("2024-01-01T10:00:00")


@pytest.mark.parametrize(("name", "region"), [
    ("en_US.UTF-8", "us"), ("fr_CA", "ca"), ("en_GB.UTF-8", "gb"), ("ga_IE", "ie"),
    ("en_AU", "au"), ("de_DE.UTF-8@euro", "de"), ("ja_JP", "jp"), ("pt_PT", "other"),
    ("C", "other"), ("", "other"),
])
def test_region_from_locale(name: str, region: str) -> None:
    assert region_from_locale(name) == region


def test_crisis_text_says_no_one_monitors_and_always_lists_anywhere() -> None:
    text = crisis_text("us")
    assert "988" in text and "No one monitors this app" in text and "findahelpline.com" in text
    assert resources("nowhere")[-1].startswith("findahelpline.com")
    for forbidden in ("risk", "low score", "you are fine"):
        assert forbidden not in text.lower()
