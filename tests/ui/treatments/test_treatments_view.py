"""The Treatments table says side effects in words, as the dialog offers them."""

from __future__ import annotations

from datetime import datetime

from moodlog.core.models import Treatment
from moodlog.ui.treatments.treatments_view import effects_summary

AT = datetime(2026, 12, 1, 9, 30)


def test_rated_side_effects_read_as_words() -> None:
    t = Treatment(
        at=AT, kind="esketamine_nasal", side_effects={"dissociation": 2, "nausea": 1, "headache": 0}
    )
    assert effects_summary(t) == "Dissociation: moderate, Nausea: mild"


def test_all_none_unrated_and_a_note() -> None:
    assert (
        effects_summary(Treatment(at=AT, kind="esketamine_nasal", side_effects={"nausea": 0}))
        == "none"
    )
    assert effects_summary(Treatment(at=AT, kind="esketamine_nasal")) == "\u2014"
    noted = Treatment(
        at=AT,
        kind="esketamine_nasal",
        side_effects={"dizziness": 3},
        side_effects_note="lay down for an hour",
    )
    assert effects_summary(noted) == "Dizziness: severe; lay down for an hour"
