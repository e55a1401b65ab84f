"""ui.common.catalogue follows the window's language, and the pseudo-language lengthens it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from moodlog import i18n
from moodlog.ui.common import catalogue


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    yield
    i18n.set_current_language("en")


def test_labels_follow_the_current_language() -> None:
    assert catalogue.kind_label("ketamine_iv") == "IV ketamine infusion"
    i18n.set_current_language("de")
    assert catalogue.kind_label("ketamine_iv") == "Ketamin-Infusion (i.v.)"
    assert catalogue.symptom_label("sadness", "ignored", short=True) == "Traurigkeit"
    i18n.set_current_language("es")
    assert catalogue.side_effect_label("headache") == "Dolor de cabeza"
    assert catalogue.symptom_label("my_own", "Mine") == "Mine"


def test_the_pseudo_language_lengthens_catalogue_text() -> None:
    i18n.set_current_language("qps")
    shown = catalogue.band_label("moderate")
    assert shown != "Moderate" and len(shown) > len("Moderate") * 1.2
