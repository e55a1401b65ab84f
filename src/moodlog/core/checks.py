"""The checks of a check-in, in plain Python without dataclasses.

``CheckIn`` (core.models) runs them when it is constructed, and ``moodlog checkin`` runs the very
same ones without importing the records at all (see store/direct.py: importing them costs more
than the rest of the command). Errors are ValueError with a message a user can act on.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from types import MappingProxyType

TYPE_CHECKING = False  # not typing's: the headless commands never import typing
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from moodlog.named_tuple import NamedTuple

MOOD_MIN = 0
MOOD_MAX = 10
NOTE_MAX = 20_000
SEVERITY_MIN = 0
SEVERITY_MAX = 3

_KEY_RE = r"^[a-z][a-z0-9_]{0,39}$"  # compiled by re on first use


def is_valid_key(key: str) -> bool:
    """A stable key: lower-case snake_case, starting with a letter, at most 40 characters."""
    return bool(re.match(_KEY_RE, key))


def check_key(key: object, what: str) -> str:
    if not isinstance(key, str) or not is_valid_key(key):
        raise ValueError(
            f"{what} key {key!r} must be lower-case snake_case (letters, digits, _), "
            "starting with a letter"
        )
    return key


def check_severity(value: object, what: str) -> int:
    """Return a valid 0-3 severity or raise ValueError naming ``what``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} must be a whole number 0-3, not {value!r}")
    if not SEVERITY_MIN <= value <= SEVERITY_MAX:
        raise ValueError(f"{what} must be 0-3 (0 none, 1 mild, 2 moderate, 3 severe), not {value}")
    return value


def check_tag_keys(keys: Iterable[object]) -> tuple[str, ...]:
    """A check-in's tag keys: valid, without repeats, sorted (a set, written stably)."""
    out = {check_key(k, "tag") for k in keys}
    return tuple(sorted(out))


def check_intake(values: Mapping[str, bool]) -> Mapping[str, bool]:
    """Medication key -> taken (True) or not taken (False); unanswered ones are absent."""
    if not isinstance(values, Mapping):
        raise ValueError("medications taken must map medication keys to true or false")
    out: dict[str, bool] = {}
    for key, taken in sorted(values.items()):
        check_key(key, "medication")
        if not isinstance(taken, bool):
            raise ValueError(f"medication {key!r}: taken must be true or false, not {taken!r}")
        out[key] = taken
    return MappingProxyType(out)


def check_text(value: object, what: str, limit: int) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} must be text, not {value!r}")
    if len(value) > limit:
        raise ValueError(f"{what} is {len(value)} characters long; the limit is {limit}")
    if "\x00" in value:
        raise ValueError(f"{what} contains a NUL character")
    return value


def check_int(value: object, what: str, low: int, high: int, hint: str = "") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} must be a whole number {low}-{high}, not {value!r}")
    if not low <= value <= high:
        raise ValueError(f"{what} must be {low}-{high}{hint}, not {value}")
    return value


def check_date(value: object, what: str) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValueError(f"{what} must be a calendar date, not {value!r}")
    return value


def check_stamp(value: object, what: str) -> None:
    if value is not None and (not isinstance(value, datetime) or value.tzinfo is None):
        raise ValueError(f"{what} must be a timezone-aware time, not {value!r}")


def severity_map(values: Mapping[str, int], what: str) -> Mapping[str, int]:
    if not isinstance(values, Mapping):
        raise ValueError(f"{what} must map keys to severities 0-3")
    out: dict[str, int] = {}
    for key, value in values.items():
        if not isinstance(key, str) or not is_valid_key(key):
            raise ValueError(f"{what}: {key!r} is not a valid key")
        out[key] = check_severity(value, f"{what} {key!r}")
    return MappingProxyType(out)


def check_sleep(value: object) -> float:
    """Hours slept: 0-24, kept to one decimal."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"sleep must be a number of hours 0-24, not {value!r}")
    hours = float(value)
    if not math.isfinite(hours) or not 0 <= hours <= 24:
        raise ValueError(f"sleep must be 0-24 hours, not {value}")
    return round(hours, 1)


class CheckInFields(NamedTuple):
    """A checked check-in, field for field as ``CheckIn`` (whose constructor makes one)."""

    day: date
    mood: int
    ratings: Mapping[str, int]
    sleep_hours: float | None
    note: str
    created_at: datetime | None
    updated_at: datetime | None
    tags: tuple[str, ...]
    medications_taken: Mapping[str, bool]


def checkin_fields(day: object, mood: object, ratings: Mapping[str, int],
                   sleep_hours: object = None, note: object = "",
                   created_at: object = None, updated_at: object = None,
                   tags: Iterable[object] = (),
                   medications_taken: Mapping[str, bool] | None = None) -> CheckInFields:
    """Every check of a check-in, in ``CheckIn``'s order (so the first problem is the one
    reported); the values as a CheckIn holds them."""
    checked_day = check_date(day, "check-in date")
    checked_tags = check_tag_keys(tags)
    taken = check_intake({} if medications_taken is None else medications_taken)
    checked_mood = check_int(mood, "mood", MOOD_MIN, MOOD_MAX, " (0 = worst, 10 = best)")
    checked_ratings = severity_map(ratings, "symptom")
    sleep = None if sleep_hours is None else check_sleep(sleep_hours)
    checked_note = check_text(note, "note", NOTE_MAX)
    check_stamp(created_at, "created_at")
    check_stamp(updated_at, "updated_at")
    return CheckInFields(checked_day, checked_mood, checked_ratings, sleep, checked_note,
                         created_at, updated_at, checked_tags, taken)  # type: ignore[arg-type]
