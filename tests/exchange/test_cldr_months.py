"""The months read from part of each CLDR locale are exactly babel's own, for every language."""

from __future__ import annotations

import pickle
from pathlib import Path

from babel import localedata

from moodlog.exchange import cldr_months


def test_every_language_has_exactly_babels_months() -> None:
    folder = localedata._dirname  # type: ignore[attr-defined]
    read_in_part = 0
    for ident in cldr_months.languages():
        # babel caches a locale merged or not, whichever was asked for first (country names
        # ask for it merged): read it afresh.
        localedata._cache.pop(ident, None)  # type: ignore[attr-defined]
        expected = localedata.load(ident, merge_inherited=False).get("months", {})
        assert cldr_months.months(ident, folder) == expected, ident
        try:
            assert cldr_months._months_value(
                (Path(folder) / f"{ident}.dat").read_bytes()) == expected, ident
            read_in_part += 1
        except cldr_months._Unsure:
            pass
    # The fast path is the one taken (else the import is slow again, though still right).
    assert read_in_part > 0.9 * len(cldr_months.languages())
    assert "pl" in cldr_months.languages() and "sr_Latn" in cldr_months.languages()


def test_months_are_the_locales_own_after_babel_has_the_locale_merged(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from babel import Locale

    folder = localedata._dirname  # type: ignore[attr-defined]
    for ident in ("de", "es_MX"):
        _ = Locale.parse(ident).territories  # what the window does for the crisis regions
    own = {ident: pickle.loads((Path(folder) / f"{ident}.dat").read_bytes()).get(  # noqa: S301
        "months", {}) for ident in ("de", "es_MX")}
    assert cldr_months.months("de", folder) == own["de"]  # the fast path

    def unsure(_data: bytes) -> None:
        raise cldr_months._Unsure

    monkeypatch.setattr(cldr_months, "_months_value", unsure)
    for ident in ("de", "es_MX"):  # the whole-file path: still the locale's own months
        assert cldr_months.months(ident, folder) == own[ident], ident


def test_unsure_bytes_fall_back_to_the_whole_locale() -> None:
    good = (Path(localedata._dirname) / "pl.dat").read_bytes()  # type: ignore[attr-defined]
    months = cldr_months._months_value(good)
    assert months["format"]["wide"][9] == "września"
    for damaged in (good.replace(cldr_months._KEY, cldr_months._KEY * 2, 1),
                    good.replace(cldr_months._KEY, b"\x8c\x06months", 1),
                    good[:good.find(cldr_months._KEY) + 40]):
        try:
            cldr_months._months_value(damaged)
        except cldr_months._Unsure:
            continue
        raise AssertionError("damaged bytes were read")
    assert cldr_months._months_value(b"\x80\x02}q\x00.") == {}
