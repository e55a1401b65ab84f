"""Frozen, validated records that every layer passes around.

Constructing one validates it: a record that exists is a record that may be stored. Errors are
ValueError with a message a user can act on.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from moodlog.core import questionnaires as q

# The check-in's checks live in core.checks (no dataclasses: `moodlog checkin` runs them
# without importing this module); these names stay importable from here.
from moodlog.core.checks import MOOD_MAX as MOOD_MAX
from moodlog.core.checks import MOOD_MIN as MOOD_MIN
from moodlog.core.checks import NOTE_MAX, checkin_fields
from moodlog.core.checks import check_date as _check_date
from moodlog.core.checks import check_int as _check_int
from moodlog.core.checks import check_sleep as check_sleep
from moodlog.core.checks import check_text as _check_text
from moodlog.core.checks import severity_map as _severity_map
from moodlog.core.life import Medication, Moment, Tag
from moodlog.core.plain_text import first_refused, is_refused, refusal
from moodlog.core.safety_plan import SafetyPlan
from moodlog.core.session import Reading, SessionDetails, check_readings
from moodlog.core.symptoms import is_valid_key
from moodlog.core.treatments import check_kind, check_phase, check_side_effect, check_unit

MOOD_ENDS = ("worst I can imagine", "best I can imagine")
TEXT_MAX = 200


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


def is_one_line(text: str) -> bool:
    """No line breaks, tabs, control, invisible format or separator characters."""
    return first_refused(text) is None


def check_one_line(text: str, what: str) -> str:
    bad = first_refused(text)
    if bad is not None:
        raise ValueError(f"{what} must be one line of plain text: it {refusal(bad)}")
    return text


@dataclass(frozen=True, slots=True)
class SymptomDef:
    """A symptom in the catalogue: one of the twelve built-ins or one the user added."""

    key: str
    label: str
    builtin: bool = False
    hidden: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.key, str) or not is_valid_key(self.key):
            raise ValueError(
                f"symptom key {self.key!r} must be lower-case snake_case "
                "(letters, digits, _), starting with a letter"
            )
        label = _check_text(self.label, f"label of symptom {self.key!r}", 80).strip()
        if not label:
            raise ValueError(f"symptom {self.key!r} needs a label")
        if not is_one_line(label):
            # Journals from before this rule may hold one: shown on one line, never refused.
            label = " ".join("".join(" " if is_refused(ch) else ch for ch in label).split())
        _set(self, "label", label)


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One local calendar day's check-in. Unanswered symptoms are absent from ``ratings``."""

    day: date
    mood: int
    ratings: Mapping[str, int] = field(default_factory=dict)
    sleep_hours: float | None = None
    note: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    #: Keys of the day's tags, sorted; and medication key -> taken (unanswered ones absent).
    tags: tuple[str, ...] = ()
    medications_taken: Mapping[str, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        checked = checkin_fields(self.day, self.mood, self.ratings, self.sleep_hours, self.note,
                                 self.created_at, self.updated_at, self.tags,
                                 self.medications_taken)
        _set(self, "tags", checked.tags)
        _set(self, "medications_taken", checked.medications_taken)
        _set(self, "ratings", checked.ratings)
        _set(self, "sleep_hours", checked.sleep_hours)
        _set(self, "note", checked.note)


@dataclass(frozen=True, slots=True)
class BloodPressure:
    """A blood-pressure reading in mmHg."""

    systolic: int
    diastolic: int

    def __post_init__(self) -> None:
        _check_int(self.systolic, "systolic pressure", 50, 300, " mmHg")
        _check_int(self.diastolic, "diastolic pressure", 20, 200, " mmHg")
        if self.systolic <= self.diastolic:
            raise ValueError(
                f"blood pressure {self.systolic}/{self.diastolic}: systolic (first) must be "
                "higher than diastolic (second)"
            )

    @classmethod
    def parse(cls, text: str, what: str = "blood pressure") -> BloodPressure:
        match = re.fullmatch(r"\s*(\d{1,3})\s*/\s*(\d{1,3})\s*", text or "")
        if not match:
            raise ValueError(f"{what} must look like SYS/DIA (e.g. 128/82), not {text!r}")
        try:
            return cls(int(match.group(1)), int(match.group(2)))
        except ValueError as exc:
            raise ValueError(f"{what}: {exc}") from None

    def __str__(self) -> str:
        return f"{self.systolic}/{self.diastolic}"


@dataclass(frozen=True, slots=True)
class Treatment:
    """One treatment session at a local wall-clock time (minute precision)."""

    at: datetime
    kind: str
    phase: str | None = None
    dose: float | None = None
    dose_unit: str | None = None
    clinic: str = ""
    note: str = ""
    readings: tuple[Reading, ...] = ()
    session: SessionDetails = field(default_factory=SessionDetails)
    side_effects: Mapping[str, int] = field(default_factory=dict)
    side_effects_note: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.at, datetime) or self.at.tzinfo is not None:
            raise ValueError(f"treatment time must be a local date and time, not {self.at!r}")
        _set(self, "at", self.at.replace(second=0, microsecond=0))
        check_kind(self.kind)
        if self.phase is not None:
            check_phase(self.phase)
        self._check_dose()
        _set(self, "clinic", _check_text(self.clinic, "clinic", TEXT_MAX).strip())
        _set(self, "note", _check_text(self.note, "treatment note", NOTE_MAX))
        _set(self, "readings", check_readings(self.readings))
        if not isinstance(self.session, SessionDetails):
            raise ValueError(f"session details must be SessionDetails, not {self.session!r}")
        if self.session.devices is not None and self.kind != "esketamine_nasal":
            raise ValueError("esketamine devices are only for an esketamine nasal session")
        effects = _severity_map(self.side_effects, "side effect")
        for key in effects:
            check_side_effect(key)
        _set(self, "side_effects", effects)
        _set(self, "side_effects_note",
             _check_text(self.side_effects_note, "side-effects note", NOTE_MAX))

    def _check_dose(self) -> None:
        if self.dose is None and self.dose_unit is None:
            return
        if self.dose is None:
            raise ValueError("a dose unit was given without a dose")
        if self.dose_unit is None:
            raise ValueError("a dose was given without its unit (mg or mg/kg)")
        check_unit(self.dose_unit)
        if isinstance(self.dose, bool) or not isinstance(self.dose, int | float):
            raise ValueError(f"dose must be a number, not {self.dose!r}")
        dose = float(self.dose)
        if not math.isfinite(dose) or dose <= 0:
            raise ValueError(f"dose must be a positive number, not {self.dose}")
        if dose > 10_000:
            raise ValueError(f"dose {self.dose} {self.dose_unit} is not a plausible dose")
        _set(self, "dose", dose)

    @property
    def day(self) -> date:
        return self.at.date()

    # The first and last readings, for views that show one "before" and one "after".
    @property
    def bp_before(self) -> BloodPressure | None:
        first = self.readings[0] if self.readings else None
        return _bp(first) if first is not None and first.minutes == 0 else None

    @property
    def bp_after(self) -> BloodPressure | None:
        last = self._after()
        return _bp(last) if last is not None else None

    @property
    def hr_before(self) -> int | None:
        first = self.readings[0] if self.readings else None
        return first.heart_rate if first is not None and first.minutes == 0 else None

    @property
    def hr_after(self) -> int | None:
        last = self._after()
        return last.heart_rate if last is not None else None

    def _after(self) -> Reading | None:
        later = [r for r in self.readings if r.minutes != 0]
        return later[-1] if later else None


def _bp(reading: Reading) -> BloodPressure | None:
    if reading.systolic is None or reading.diastolic is None:
        return None
    return BloodPressure(reading.systolic, reading.diastolic)


@dataclass(frozen=True, slots=True)
class QuestionnaireResponse:
    """A self-report questionnaire filled in on a day; None answers are unanswered items."""

    instrument: str
    day: date
    answers: tuple[int | None, ...]
    difficulty: int | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        inst = q.instrument(self.instrument)
        _check_date(self.day, f"{inst.name} date")
        _set(self, "answers", q.check_answers(self.instrument, self.answers))
        if self.difficulty is not None:
            if not inst.has_difficulty:
                raise ValueError(f"{inst.name} has no functional-difficulty question")
            _check_int(self.difficulty, "functional difficulty", 0, 3,
                       " (0 not difficult at all .. 3 extremely difficult)")

    @property
    def score(self) -> q.Score:
        return q.score(self.instrument, self.answers)


#: Clinician-rated scales with a known range; others just need a non-negative total.
CLINICIAN_SCALES: dict[str, tuple[str, int]] = {"madrs": ("MADRS", 60)}


@dataclass(frozen=True, slots=True)
class ClinicianScore:
    """A total reported by a clinician (e.g. MADRS); the items themselves are never shown."""

    instrument: str
    day: date
    total: int
    note: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        name = _check_text(self.instrument, "clinician scale name", 40).strip()
        if not name:
            raise ValueError("clinician score needs the name of its scale (e.g. MADRS)")
        known = CLINICIAN_SCALES.get(name.lower())
        if known:
            name = known[0]
        _set(self, "instrument", name)
        _check_date(self.day, f"{name} date")
        _check_int(self.total, f"{name} total", 0, known[1] if known else 999)
        _set(self, "note", _check_text(self.note, "note", NOTE_MAX))


@dataclass(frozen=True, slots=True)
class JournalData:
    """Everything in a journal (or in a part of it), as exported or imported."""

    symptoms: tuple[SymptomDef, ...] = ()
    checkins: tuple[CheckIn, ...] = ()
    treatments: tuple[Treatment, ...] = ()
    questionnaires: tuple[QuestionnaireResponse, ...] = ()
    clinician_scores: tuple[ClinicianScore, ...] = ()
    tags: tuple[Tag, ...] = ()
    medications: tuple[Medication, ...] = ()
    moments: tuple[Moment, ...] = ()
    #: None when the data says nothing about a plan (a JSON file of format version 1).
    safety_plan: SafetyPlan | None = None


@dataclass(frozen=True, slots=True)
class JournalCounts:
    """How many of each kind of entry a journal holds."""

    checkins: int = 0
    treatments: int = 0
    questionnaires: int = 0
    clinician_scores: int = 0
    first_day: date | None = None
    last_day: date | None = None
    moments: int = 0
    safety_plan_items: int = 0
    medications: int = 0
    #: Tags added, renamed, moved or hidden (the seeded defaults alone are not content).
    own_tags: int = 0
    #: Symptoms of the person's own, and built-ins they hid.
    own_symptoms: int = 0

    @property
    def total(self) -> int:
        """Dated entries: check-ins, treatments, questionnaires, clinician scores, moments."""
        return (self.checkins + self.treatments + self.questionnaires + self.clinician_scores
                + self.moments)

    @property
    def has_content(self) -> bool:
        """Whether anything the person wrote is in the journal: what "not empty" means for
        backups before an import, daily backups, adopting a file's catalogues and the demo."""
        return bool(self.total or self.safety_plan_items or self.medications or self.own_tags
                    or self.own_symptoms)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did, or with a dry run, would do."""

    written: JournalCounts
    replaced_days: tuple[date, ...] = ()
    skipped_days: tuple[date, ...] = ()
    #: Treatments, questionnaires and clinician scores replaced, or kept (moments apart).
    replaced_other: int = 0
    skipped_other: int = 0
    #: Moments equal to one already in the journal, not added twice.
    skipped_moments: int = 0
    new_symptoms: tuple[str, ...] = ()
    dry_run: bool = False
    #: "written", "replaced" or "kept" (the journal's own plan stayed); None: nothing to do.
    safety_plan: str | None = None
