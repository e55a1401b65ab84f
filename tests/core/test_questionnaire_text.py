"""Questionnaire wording per language: official text only, English unchanged."""

from __future__ import annotations

import pytest

from moodlog.core import questionnaires as en
from moodlog.core.questionnaire_text import LANGUAGES, questionnaire_text

CODES = ("phq9", "gad7", "phq2", "gad2")
ITEM_COUNTS = {"phq9": 9, "gad7": 7, "phq2": 2, "gad2": 2}


def test_german_phq9_item_one_is_the_official_wording() -> None:
    text = questionnaire_text("phq9", "de")
    assert text.items[0] == "Wenig Interesse oder Freude an Ihren Tätigkeiten"
    assert text.official and not text.shown_in_english
    assert text.answers[0] == "Überhaupt nicht"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", CODES)
def test_every_language_has_all_items_and_four_answers(code: str, language: str) -> None:
    text = questionnaire_text(code, language)
    assert len(text.items) == ITEM_COUNTS[code]
    assert len(text.answers) == 4
    assert len(text.difficulty_answers) == 4
    assert all(item.strip() for item in text.items)
    assert text.stem and text.difficulty_question and text.attribution


def test_english_is_identical_to_the_constants() -> None:
    phq9 = questionnaire_text("phq9", "en")
    gad7 = questionnaire_text("gad7", "en")
    assert phq9.items == en.PHQ9_ITEMS
    assert gad7.items == en.GAD7_ITEMS
    for text in (phq9, gad7):
        assert text.stem == en.STEM
        assert text.answers == en.ANSWERS
        assert text.difficulty_question == en.DIFFICULTY_QUESTION
        assert text.difficulty_answers == en.DIFFICULTY_ANSWERS
        assert text.attribution == en.ATTRIBUTION
        assert text.official and not text.shown_in_english


@pytest.mark.parametrize("language", LANGUAGES)
def test_screeners_are_the_first_two_items(language: str) -> None:
    assert (
        questionnaire_text("phq2", language).items
        == (questionnaire_text("phq9", language).items[:2])
    )
    assert (
        questionnaire_text("gad2", language).items
        == (questionnaire_text("gad7", language).items[:2])
    )


def test_german_differs_from_english_for_every_item() -> None:
    for code in ("phq9", "gad7"):
        german = questionnaire_text(code, "de").items
        english = questionnaire_text(code, "en").items
        assert all(de != e for de, e in zip(german, english, strict=True))


def test_spanish_without_confirmed_official_text_shows_english() -> None:
    text = questionnaire_text("phq9", "es")
    assert text.shown_in_english and not text.official
    assert text.items == en.PHQ9_ITEMS


def test_unknown_language_raises_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown questionnaire language 'fr'; known: en, de, es"):
        questionnaire_text("phq9", "fr")


def test_unknown_questionnaire_raises_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown questionnaire 'bdi'"):
        questionnaire_text("bdi", "de")
