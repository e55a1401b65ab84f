"""The names of the crisis regions in a language, from CLDR's territory names (babel): the
English names in ``core.safety.REGIONS`` are what the command line prints; the window and the
safety-plan page show the country in their own language ("Vereinigtes Königreich", "Reino
Unido"). Crisis resources follow the region, never the language: only the name changes.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from moodlog.core.safety import REGIONS, UNKNOWN


@lru_cache(maxsize=8)
def _territories(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def region_name(key: str, language: str) -> str:
    """The name of the region ``key`` in ``language``; English when CLDR has none (and for
    ``UNKNOWN``, whose name the front end translates itself)."""
    region = REGIONS[key]
    if key == UNKNOWN:
        return region.name
    return _territories(language).get(key.upper(), region.name)


def _sort_key(name: str) -> str:
    """Alphabetical as a reader expects: accents do not move a name ("Österreich" by O)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def regions_in_order(language: str) -> list[tuple[str, str]]:
    """(key, name) of every region, sorted by name in ``language``; ``UNKNOWN`` last."""
    known = [(key, region_name(key, language)) for key in REGIONS if key != UNKNOWN]
    known.sort(key=lambda item: _sort_key(item[1]))
    return [*known, (UNKNOWN, REGIONS[UNKNOWN].name)]
