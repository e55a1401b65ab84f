"""The window's copies of core's safety texts (marked for lupdate) must equal core's texts:
a change in core would otherwise leave the window showing a stale translation."""

from __future__ import annotations

from moodlog.core import safety
from moodlog.core import safety_plan as sp
from moodlog.ui.safety import core_text


def test_crisis_markers_equal_core() -> None:
    assert (
        safety.HEADLINE, safety.NOT_MONITORED, safety.EMERGENCY_ANYWHERE, safety.CHOOSE_REGION,
        safety.REGIONS[safety.UNKNOWN].name) == core_text.CRISIS_MARKERS


def test_plan_markers_equal_core() -> None:
    assert (
        *(sp.TITLES[k] for k in sp.SECTIONS), *(sp.PURPOSES[k] for k in sp.SECTIONS),
        sp.INVITATION) == core_text.PLAN_MARKERS


def test_untranslated_lookups_give_core_text(qapp: object) -> None:
    assert core_text.title("warning_signs") == sp.TITLES["warning_signs"]
    assert core_text.invitation() == sp.INVITATION
    assert core_text.crisis_text(safety.HEADLINE) == safety.HEADLINE


def test_every_note_and_label_of_the_crisis_lines_is_marked_for_translation() -> None:
    from moodlog.core.crisis_lines import ANYWHERE, COUNTRIES
    from moodlog.report.crisis_text import MARKERS

    resources = [ANYWHERE, *(r for _, found in COUNTRIES.values() for r in found)]
    words = {r.note for r in resources if r.note} | {
        line.label for r in resources for line in r.lines if line.label}
    assert words | {"Emergency services"} == set(MARKERS)


def test_crisis_lines_in_german_keep_names_numbers_and_addresses(speak) -> None:  # type: ignore[no-untyped-def]
    from moodlog.core.crisis_lines import ANYWHERE, COUNTRIES
    from moodlog.report.crisis_text import resource_text

    english = {key: [r.text() for r in found] for key, (_, found) in COUNTRIES.items()}
    speak("de")
    samaritans, emergency = COUNTRIES["gb"][1][0], COUNTRIES["de"][1][-1]
    assert resource_text(samaritans) == "Samaritans (kostenlos, rund um die Uhr): 116 123 anrufen"
    assert resource_text(emergency).startswith("Notruf: 112 anrufen")
    assert resource_text(ANYWHERE) == "findahelpline.com (geprüfte Hilfetelefone nach Land)"
    for key, (_, found) in COUNTRIES.items():
        for resource, before in zip(found, english[key], strict=True):
            german = resource_text(resource)
            assert resource.service in german or resource.emergency
            for line in resource.lines:  # every number and address, unchanged
                assert line.value.removeprefix("https://").removesuffix("/") in german
            assert german != before or not resource.note
