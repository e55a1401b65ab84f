"""The crisis lines table: every entry sourced and dated, no number for two services."""

from datetime import date

import pytest

from moodlog.core import safety
from moodlog.core.crisis_lines import ANYWHERE, CHECKED, COUNTRIES, Line

#: The countries issue 18 asks for (the Nordic countries: DK, FI, IS, NO, SE).
REQUIRED = {"us", "ca", "gb", "ie", "au", "nz", "de", "at", "ch", "fr", "es", "it", "nl", "be",
            "dk", "fi", "is", "no", "se", "pl", "br", "mx", "in", "jp"}


def test_every_required_country_is_listed() -> None:
    assert set(COUNTRIES) >= REQUIRED


def test_every_entry_has_an_official_https_source_and_a_checked_date() -> None:
    for resource in [ANYWHERE] + [r for _name, found in COUNTRIES.values() for r in found]:
        assert resource.sources, resource.service
        assert all(s.startswith("https://") and " " not in s for s in resource.sources)
        assert isinstance(resource.checked, date) and resource.checked <= date.today()
        assert resource.lines, resource.service


def test_no_number_is_listed_for_two_different_services() -> None:
    # A number is dialled within a country: 988 is a different service in the US and in
    # Canada, 113 is a crisis line in the Netherlands and an emergency number elsewhere.
    seen: dict[tuple[str, str], str] = {}
    for country, (_name, found) in COUNTRIES.items():
        for resource in found:
            for line in resource.lines:
                if line.how == "web":
                    continue
                key = (country, line.uri().split(":", 1)[1])
                assert seen.setdefault(key, resource.service) == resource.service, key


def test_the_same_service_keeps_the_same_number_in_every_country() -> None:
    numbers: dict[str, set[str]] = {}
    for _name, found in COUNTRIES.values():
        for r in found:
            if r.emergency:
                continue  # each country has its own emergency number
            numbers.setdefault(r.service, set()).add(
                ",".join(line.uri() for line in r.lines))
    assert all(len(v) == 1 for v in numbers.values()), numbers


@pytest.mark.parametrize(("line", "uri"), [
    (Line("call", "0800 111 0 111"), "tel:08001110111"),
    (Line("text", "0477 13 11 14"), "sms:0477131114"),
    (Line("call", "+1 (555) 010"), "tel:+1555010"),
    (Line("web", "https://988lifeline.org"), "https://988lifeline.org"),
])
def test_links_open_the_right_thing(line: Line, uri: str) -> None:
    assert line.uri() == uri


def test_checked_date_is_recorded() -> None:
    assert date(2026, 12, 2) == CHECKED


def test_unknown_region_lists_only_findahelpline_and_says_how_to_choose() -> None:
    assert safety.resources("other") == (ANYWHERE.text(),)
    text = safety.crisis_text("other")
    assert "not known" in text and "findahelpline.com" in text and "emergency number" in text


def test_a_country_without_a_confirmed_line_shows_emergency_and_findahelpline() -> None:
    assert [r.service for r in safety.region_resources("it")] == [
        "Emergency services", "findahelpline.com"]
    assert "112" in safety.crisis_text("it")


def test_legacy_region_keys_still_work() -> None:
    assert "Samaritans" in safety.resources("uk_ie")[0]
    assert safety.region_for_country("UK") == "gb"
