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
