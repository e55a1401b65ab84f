"""Crisis regions named in the reader's language from CLDR (issue 21, point 6: the resources
follow the region, only the name follows the language)."""

from __future__ import annotations

import pytest
from babel import Locale

from moodlog.core.region_names import region_name, regions_in_order
from moodlog.core.safety import REGIONS, UNKNOWN


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_region_has_a_name_of_its_own_language(language: str) -> None:
    for key in REGIONS:
        if key == UNKNOWN:
            continue
        name = region_name(key, language)
        assert name and name.strip() == name
        assert name == Locale.parse(language).territories[key.upper()], (key, language)


def test_names_in_each_language() -> None:
    assert region_name("gb", "de") == "Vereinigtes Königreich"
    assert region_name("gb", "es") == "Reino Unido"
    assert region_name("de", "es") == "Alemania"
    assert region_name("gb", "en") == REGIONS["gb"].name == "United Kingdom"
    assert region_name("us", "xx") == "United States"  # no CLDR locale: English


def test_the_list_is_alphabetical_in_the_language_with_another_country_last() -> None:
    for language in ("en", "de", "es"):
        order = regions_in_order(language)
        assert order[-1] == (UNKNOWN, "Another country")
        assert sorted(key for key, _ in order) == sorted(REGIONS)
    german = [name for _, name in regions_in_order("de")]
    # "Österreich" is filed under O, between "Norwegen" and "Polen", as a German reader expects.
    assert german.index("Norwegen") < german.index("Österreich") < german.index("Polen")
    spanish = [name for _, name in regions_in_order("es")]
    assert spanish[0] == "Alemania"
    assert spanish.index("España") < spanish.index("Estados Unidos")
