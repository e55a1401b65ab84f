"""The symptom catalogue of the daily check-in (CLINICAL.md section 1).

Keys are stable and appear in the database and in every export; labels are display text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The checks of keys and severities live in core.checks (see there); importable from here too.
from moodlog.core.checks import SEVERITY_MAX as SEVERITY_MAX
from moodlog.core.checks import SEVERITY_MIN as SEVERITY_MIN
from moodlog.core.checks import check_severity as check_severity
from moodlog.core.checks import is_valid_key as is_valid_key

SEVERITY_LABELS: dict[int, str] = {0: "none", 1: "mild", 2: "moderate", 3: "severe"}



@dataclass(frozen=True, slots=True)
class SymptomInfo:
    """One of the twelve built-in symptoms, with its clinical cross-references."""

    key: str
    label: str
    dsm5: str
    phq9_item: int | None


BUILTIN_SYMPTOMS: tuple[SymptomInfo, ...] = (
    SymptomInfo("sadness", "Sadness, tearfulness, hopelessness", "A1 depressed mood", 2),
    SymptomInfo(
        "irritability", "Angry outbursts, irritability or frustration", "(A1 in youth only)", None
    ),
    SymptomInfo("loss_of_interest", "Loss of interest in hobbies or sexual intimacy", "A2", 1),
    SymptomInfo("sleep_problems", "Problems sleeping, too much or too little", "A4", 3),
    SymptomInfo("fatigue", "Fatigue and low energy", "A6", 4),
    SymptomInfo("appetite_change", "Eating problems, sudden weight gain or loss", "A3", 5),
    SymptomInfo("anxiety", "Anxiety, tension or restlessness", "not a criterion", None),
    SymptomInfo("slowed", "Slowed speech, thinking or body movements", "A5", 8),
    SymptomInfo("worthlessness", "Feelings of worthlessness or guilt, self-blame", "A7", 6),
    SymptomInfo(
        "concentration", "Trouble thinking, concentrating, deciding or remembering", "A8", 7
    ),
    SymptomInfo("thoughts_of_death", "Preoccupation with death or suicide", "A9", 9),
    SymptomInfo(
        "physical_pain",
        "Unexplained physical problems, like back pain or headaches",
        "not a criterion",
        None,
    ),
)

#: Short names for tables and chart rows, where the full label does not fit.
SHORT_LABELS: dict[str, str] = {
    "sadness": "Sadness", "irritability": "Irritability", "loss_of_interest": "Loss of interest",
    "sleep_problems": "Sleep problems", "fatigue": "Fatigue", "appetite_change": "Appetite",
    "anxiety": "Anxiety", "slowed": "Slowed", "worthlessness": "Worthlessness",
    "concentration": "Concentration", "thoughts_of_death": "Thoughts of death",
    "physical_pain": "Physical pain",
}

BUILTIN_KEYS: tuple[str, ...] = tuple(s.key for s in BUILTIN_SYMPTOMS)
BUILTIN_BY_KEY: dict[str, SymptomInfo] = {s.key: s for s in BUILTIN_SYMPTOMS}

#: The item that, above 0, must bring up the crisis resources at once (CLINICAL.md section 5).
SAFETY_SYMPTOM = "thoughts_of_death"


def key_from_label(label: str) -> str:
    """Derive a snake_case key from a user's label ("Night sweats!" -> "night_sweats")."""
    key = re.sub(r"[^a-z0-9]+", "_", label.strip().lower()).strip("_")
    if not key or not key[0].isalpha():
        key = "custom_" + key if key else "custom"
    return key[:40].rstrip("_")
