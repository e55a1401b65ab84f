"""PHQ-9, GAD-7, PHQ-2 and GAD-2: exact wording, answers and scoring (CLINICAL.md section 2).

Scoring never guesses: a response with an unanswered item has no total and no band.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

ATTRIBUTION = (
    "PHQ-9 and GAD-7 developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke "
    "and colleagues, with an educational grant from Pfizer Inc."
)

STEM = (
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
)

ANSWERS: tuple[str, ...] = (
    "Not at all",
    "Several days",
    "More than half the days",
    "Nearly every day",
)

DIFFICULTY_QUESTION = (
    "If you checked off any problems, how difficult have these problems made it for you to do "
    "your work, take care of things at home, or get along with other people?"
)

DIFFICULTY_ANSWERS: tuple[str, ...] = (
    "Not difficult at all",
    "Somewhat difficult",
    "Very difficult",
    "Extremely difficult",
)

PHQ9_ITEMS: tuple[str, ...] = (
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself \u2014 or that you are a failure or have let yourself or your "
    "family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite \u2014 "
    "being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
)

GAD7_ITEMS: tuple[str, ...] = (
    "Feeling nervous, anxious, or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid, as if something awful might happen",
)


@dataclass(frozen=True, slots=True)
class Band:
    """A severity band: totals ``low``..``high`` inclusive."""

    key: str
    label: str
    low: int
    high: int


@dataclass(frozen=True, slots=True)
class Instrument:
    """A validated self-report questionnaire."""

    key: str
    name: str
    items: tuple[str, ...]
    bands: tuple[Band, ...]
    has_difficulty: bool
    #: 1-based number of the item that brings up crisis resources when above 0, if any.
    safety_item: int | None

    @property
    def max_total(self) -> int:
        return 3 * len(self.items)


def _bands(*spec: tuple[str, str, int, int]) -> tuple[Band, ...]:
    return tuple(Band(*s) for s in spec)


_PHQ9_BANDS = _bands(
    ("minimal", "Minimal", 0, 4),
    ("mild", "Mild", 5, 9),
    ("moderate", "Moderate", 10, 14),
    ("moderately_severe", "Moderately severe", 15, 19),
    ("severe", "Severe", 20, 27),
)
_GAD7_BANDS = _bands(
    ("minimal", "Minimal", 0, 4),
    ("mild", "Mild", 5, 9),
    ("moderate", "Moderate", 10, 14),
    ("severe", "Severe", 15, 21),
)
# PHQ-2 and GAD-2 are screeners: a total of 3 or more is the published cut-off.
_SCREEN_BANDS = _bands(
    ("below_cutoff", "Below screening cut-off", 0, 2),
    ("at_or_above_cutoff", "At or above screening cut-off (3)", 3, 6),
)

INSTRUMENTS: dict[str, Instrument] = {
    "phq9": Instrument("phq9", "PHQ-9", PHQ9_ITEMS, _PHQ9_BANDS, True, 9),
    "gad7": Instrument("gad7", "GAD-7", GAD7_ITEMS, _GAD7_BANDS, True, None),
    "phq2": Instrument("phq2", "PHQ-2", PHQ9_ITEMS[:2], _SCREEN_BANDS, False, None),
    "gad2": Instrument("gad2", "GAD-2", GAD7_ITEMS[:2], _SCREEN_BANDS, False, None),
}


@dataclass(frozen=True, slots=True)
class Score:
    """The result of scoring one response."""

    instrument: str
    total: int | None
    band_key: str | None
    band_label: str | None
    complete: bool
    answered: int


def instrument(key: str) -> Instrument:
    """Return the instrument for ``key`` or raise ValueError listing the known keys."""
    try:
        return INSTRUMENTS[key]
    except (KeyError, TypeError):
        raise ValueError(
            f"unknown questionnaire {key!r}; known: {', '.join(INSTRUMENTS)}"
        ) from None


def check_answers(key: str, answers: Sequence[int | None]) -> tuple[int | None, ...]:
    """Validate a response's answers: right count, each 0-3 or None (unanswered)."""
    inst = instrument(key)
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise ValueError(f"{inst.name} answers must be a list of {len(inst.items)} values")
    if len(answers) != len(inst.items):
        raise ValueError(
            f"{inst.name} has {len(inst.items)} items; got {len(answers)} answers"
        )
    out: list[int | None] = []
    for number, value in enumerate(answers, start=1):
        if value is None:
            out.append(None)
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3:
            raise ValueError(
                f"{inst.name} item {number}: answer must be 0-3 "
                f"(0 not at all .. 3 nearly every day), not {value!r}"
            )
        out.append(value)
    return tuple(out)


def band_for(key: str, total: int) -> Band:
    """The severity band of a complete total."""
    inst = instrument(key)
    for band in inst.bands:
        if band.low <= total <= band.high:
            return band
    raise ValueError(f"{inst.name} total must be 0-{inst.max_total}, not {total}")


def score(key: str, answers: Sequence[int | None]) -> Score:
    """Score a response. Any unanswered item leaves the total and band as None (incomplete)."""
    values = check_answers(key, answers)
    answered = sum(v is not None for v in values)
    if answered < len(values):
        return Score(key, None, None, None, False, answered)
    total = sum(v for v in values if v is not None)
    band = band_for(key, total)
    return Score(key, total, band.key, band.label, True, answered)
