"""The months read from part of each CLDR locale are exactly babel's own, for every language."""

from __future__ import annotations

from pathlib import Path

from babel import localedata

from moodlog.exchange import cldr_months


def test_every_language_has_exactly_babels_months() -> None:
    folder = localedata._dirname  # type: ignore[attr-defined]
    read_in_part = 0
    for ident in cldr_months.languages():
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
