"""Catalogue labels per language (issue 21): keyed data, complete for every language."""

from __future__ import annotations

import pytest

from moodlog.core import catalogue_text as ct
from moodlog.core import questionnaire_text, questionnaires, symptoms, treatments
from moodlog.i18n import LANGUAGES


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_key_has_text_in_every_language(language: str) -> None:
    english = ct.TEXT["en"]
    assert set(ct.TEXT[language]) == set(english)
    assert all(text.strip() == text and text for text in ct.TEXT[language].values())
    same = [k for k in english if ct.TEXT[language][k] == english[k]]
    # Only names that are the same in every language (TMS, Minimal, Dissoziation...) may match.
    assert set(same) <= {"kind.tms", "band.minimal"}, same


def test_english_is_the_catalogues_own_text() -> None:
    assert ct.label("symptom.sadness", "en") == symptoms.BUILTIN_BY_KEY["sadness"].label
    assert ct.kind_label("esketamine_nasal", "en") == treatments.TREATMENT_KINDS[
        "esketamine_nasal"]
    assert ct.severity_label(2, "en") == "moderate"
    assert ct.band_label("moderately_severe", "en") == "Moderately severe"
    assert ct.mood_end(0, "en") == "worst I can imagine"
    keys = {k.split(".", 1)[0] for k in ct.TEXT["en"]}
    assert keys == {"symptom", "symptom_short", "severity", "kind", "kind_short", "phase",
                    "side_effect", "mood_end", "band"}
    assert len([k for k in ct.TEXT["en"] if k.startswith("symptom.")]) == 12
    assert len([k for k in ct.TEXT["en"] if k.startswith("side_effect.")]) == 7


def test_german_and_spanish_labels() -> None:
    assert ct.kind_label("esketamine_nasal", "de") == "Esketamin-Nasenspray (Spravato)"
    assert ct.side_effect_label("nausea", "es") == "Náuseas"
    assert ct.severity_label(3, "de") == "schwer"
    assert ct.phase_label("maintenance", "es") == "Mantenimiento"
    assert ct.short_kind_label("ketamine_iv", "es") == "Ketamina i.v."
    assert ct.short_kind_label("esketamine_nasal", "en") == "Esketamine"
    assert ct.short_kind_label("tms", "de") == ct.kind_label("tms", "de")
    assert ct.symptom_label("fatigue", "de", "x", short=True) == "Müdigkeit"


def test_a_users_own_symptom_keeps_its_label() -> None:
    assert ct.symptom_label("night_sweats", "de", "Night sweats") == "Night sweats"


def test_unknown_keys_and_languages_are_errors_not_fallbacks() -> None:
    with pytest.raises(KeyError):
        ct.label("symptom.nonsense", "de")
    with pytest.raises(ValueError, match="unknown language"):
        ct.label("symptom.sadness", "fr")


def test_no_questionnaire_wording_is_in_the_catalogue() -> None:
    """Items and answers of validated instruments come only from questionnaire_text."""
    official = set()
    for language in LANGUAGES:
        for code in questionnaires.INSTRUMENTS:
            q = questionnaire_text.questionnaire_text(code, language)
            official |= {*q.items, *q.answers, *q.difficulty_answers, q.stem}
    for language in LANGUAGES:
        assert not official & set(ct.TEXT[language].values())
