"""Life around the treatment: tags, moments within a day, and regular medications.

Plain records like those in :mod:`moodlog.core.models`: constructing one validates it, errors are
ValueError with a message a user can act on.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from moodlog.core.checks import check_intake as check_intake
from moodlog.core.checks import check_key as _check_key
from moodlog.core.checks import check_tag_keys as check_tag_keys
from moodlog.core.plain_text import first_refused, refusal
from moodlog.core.symptoms import key_from_label

MOMENT_NOTE_MAX = 2_000
LABEL_MAX = 80

#: Tag groups a patient recognises, offered in a new journal (editable in Preferences).
DEFAULT_TAGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("People", ("family", "friends", "partner", "colleagues", "alone")),
    ("Activities", ("work", "walk", "exercise", "outdoors", "hobby", "chores", "screen time")),
    ("Health", ("therapy", "meditation", "alcohol", "caffeine", "good meal", "skipped meal")),
    ("Sleep", ("nap", "late night", "woke up at night")),
)

#: What a medication answer on a check-in can be; "unanswered" is never stored.
TAKEN, NOT_TAKEN, UNANSWERED = "taken", "not_taken", "unanswered"


def normalise_label(label: str) -> str:
    """The form two labels are compared in: NFKC, case-folded, no whitespace, no format chars.

    So "Walk", "w a l k", "walk\u200b" and full-width "ｗａｌｋ" are one label. Letters of
    other scripts that merely look alike (Cyrillic "а" for Latin "a") are not matched.
    """
    folded = unicodedata.normalize("NFKC", label).casefold()
    return "".join(ch for ch in folded
                   if not ch.isspace() and unicodedata.category(ch) != "Cf")


def _clean_label(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} must be text, not {value!r}")
    label = " ".join(value.split())
    if not label:
        raise ValueError(f"{what} is empty")
    if len(label) > LABEL_MAX:
        raise ValueError(f"{what} is {len(label)} characters long; the limit is {LABEL_MAX}")
    bad = first_refused(label)
    if bad is not None:
        raise ValueError(f"{what} {refusal(bad)}")
    return label


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


@dataclass(frozen=True, slots=True)
class Tag:
    """Something a person did or had on a day ("walk", "family"), in a group ("People")."""

    key: str
    label: str
    group: str = "Other"
    hidden: bool = False

    def __post_init__(self) -> None:
        _check_key(self.key, "tag")
        _set(self, "label", _clean_label(self.label, f"label of tag {self.key!r}"))
        _set(self, "group", _clean_label(self.group, f"group of tag {self.key!r}"))


@dataclass(frozen=True, slots=True)
class TagGroup:
    """The tags of one group, in display order."""

    label: str
    tags: tuple[Tag, ...]


def group_tags(tags: Iterable[Tag]) -> tuple[TagGroup, ...]:
    """Tags gathered by group, groups in the order they first appear."""
    groups: dict[str, list[Tag]] = {}
    for tag in tags:
        groups.setdefault(tag.group, []).append(tag)
    return tuple(TagGroup(label, tuple(members)) for label, members in groups.items())


def check_label_free(label: str, taken: Iterable[str], what: str = "tag") -> str:
    """``label`` cleaned, or ValueError when it equals one of ``taken`` after normalising."""
    clean = _clean_label(label, f"{what} label")
    wanted = normalise_label(clean)
    for other in taken:
        if normalise_label(other) == wanted:
            raise ValueError(f"a {what} called {other!r} already exists (labels are compared "
                             "ignoring case, spaces and invisible characters)")
    return clean


def free_label(label: str, taken: Iterable[str]) -> str:
    """``label``, or ``label (2)``, ``(3)`` ... : the first that collides with none of ``taken``.

    Importers use this so that two distinct names (``Walk`` and ``walk``) never merge.
    """
    clean = _clean_label(label, "tag label")
    used = {normalise_label(t) for t in taken}
    candidate, n = clean, 1
    while normalise_label(candidate) in used:
        n += 1
        candidate = f"{clean[:LABEL_MAX - 6]} ({n})"
    return candidate


def free_key(label: str, taken: Iterable[str]) -> str:
    """A new snake_case key derived from ``label`` that is not in ``taken``."""
    used = set(taken)
    base = key_from_label(label)[:36].rstrip("_") or "tag"
    key, n = base, 1
    while key in used:
        n += 1
        key = f"{base}_{n}"
    return key


def intake_state(taken: Mapping[str, bool], key: str) -> str:
    """TAKEN, NOT_TAKEN or UNANSWERED for medication ``key``."""
    if key not in taken:
        return UNANSWERED
    return TAKEN if taken[key] else NOT_TAKEN


_TIME_RE = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def parse_moment_time(text: str) -> time:
    """'HH:MM' (00:00-23:59) -> time; anything else is refused."""
    match = _TIME_RE.fullmatch(text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValueError(f"a moment's time must be HH:MM between 00:00 and 23:59, not {text!r}")
    return time(int(match.group(1)), int(match.group(2)))


@dataclass(frozen=True, slots=True)
class Moment:
    """'How are you now': a mood 0-10 at a time of a day, with a short note."""

    day: date
    at: time
    mood: int
    note: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.day, date) or isinstance(self.day, datetime):
            raise ValueError(f"moment date must be a calendar date, not {self.day!r}")
        if not isinstance(self.at, time) or self.at.tzinfo is not None:
            raise ValueError(f"a moment's time must be HH:MM between 00:00 and 23:59, "
                             f"not {self.at!r}")
        _set(self, "at", self.at.replace(second=0, microsecond=0))
        if isinstance(self.mood, bool) or not isinstance(self.mood, int) \
                or not 0 <= self.mood <= 10:
            raise ValueError(f"a moment's mood must be a whole number 0-10 (0 = worst, "
                             f"10 = best), not {self.mood!r}")
        if not isinstance(self.note, str):
            raise ValueError(f"a moment's note must be text, not {self.note!r}")
        if len(self.note) > MOMENT_NOTE_MAX:
            raise ValueError(f"a moment's note is {len(self.note)} characters long; the limit "
                             f"is {MOMENT_NOTE_MAX}")
        if "\x00" in self.note:
            raise ValueError("a moment's note contains a NUL character")

    @property
    def when(self) -> datetime:
        return datetime.combine(self.day, self.at)


@dataclass(frozen=True, slots=True)
class Medication:
    """A regular medication the person takes, active from/to (either open)."""

    key: str
    name: str
    dose: float | None = None
    unit: str = ""
    schedule: str = ""
    active_from: date | None = None
    active_to: date | None = None

    def __post_init__(self) -> None:
        _check_key(self.key, "medication")
        _set(self, "name", _clean_label(self.name, f"name of medication {self.key!r}"))
        if self.dose is not None:
            if isinstance(self.dose, bool) or not isinstance(self.dose, int | float) \
                    or not math.isfinite(self.dose) or not 0 < self.dose <= 100_000:
                raise ValueError(f"dose of {self.name!r} must be a positive number, "
                                 f"not {self.dose!r}")
            _set(self, "dose", float(self.dose))
        for name, limit in (("unit", 20), ("schedule", 200)):
            value = getattr(self, name)
            if not isinstance(value, str) or len(value) > limit or "\x00" in value:
                raise ValueError(f"{name} of {self.name!r} must be text of at most {limit} "
                                 "characters")
            _set(self, name, " ".join(value.split()))
        for name in ("active_from", "active_to"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
                raise ValueError(f"{name} of {self.name!r} must be a calendar date")
        if self.active_from and self.active_to and self.active_to < self.active_from:
            raise ValueError(f"{self.name!r} stops ({self.active_to}) before it starts "
                             f"({self.active_from})")

    def active_on(self, day: date) -> bool:
        return ((self.active_from is None or self.active_from <= day)
                and (self.active_to is None or day <= self.active_to))

    @property
    def dose_text(self) -> str:
        if self.dose is None:
            return self.unit
        number = f"{self.dose:g}"
        return f"{number} {self.unit}".strip()


#: Where a search hit was found -> how to say it.
SEARCH_PLACES = {
    "checkin_note": "check-in note",
    "checkin_tags": "tags",
    "moment": "moment",
    "treatment_note": "treatment note",
    "side_effects_note": "side-effects note",
}


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One place a search found its words: a plain-text snippet and the spans that matched."""

    day: date
    where: str
    at: str
    snippet: str
    marks: tuple[tuple[int, int], ...] = ()

    @property
    def place(self) -> str:
        label = SEARCH_PLACES.get(self.where, self.where)
        return f"{label} {self.at}" if self.at else label
