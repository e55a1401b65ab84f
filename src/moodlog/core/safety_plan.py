"""The personal safety plan (CLINICAL.md section 6): seven short lists in the person's own words.

The sections follow the Stanley-Brown Safety Planning Intervention (Stanley & Brown 2012) in its
order, plus reasons for living. moodlog stores, shows and prints the plan; it never fills it in,
scores it or judges it. Two sections hold people: a name and a phone number or an address.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from moodlog.core.plain_text import first_refused, refusal

LINE_MAX = 500
#: Enough for a plan that still prints on one page in large type.
ITEMS_MAX = 10

SECTIONS = ("warning_signs", "internal_coping", "social_distraction", "people_to_ask",
            "professionals", "safe_environment", "reasons_for_living")
CONTACT_SECTIONS = frozenset({"people_to_ask", "professionals"})

#: Display titles, in the order of the plan.
TITLES = {
    "warning_signs": "Warning signs",
    "internal_coping": "Things I can do on my own",
    "social_distraction": "People and places that take my mind off things",
    "people_to_ask": "People I can ask for help",
    "professionals": "Professionals and services I can contact",
    "safe_environment": "Making my surroundings safer",
    "reasons_for_living": "What matters most to me",
}

#: One plain sentence per section saying what it is for; no advice (CLINICAL.md section 5).
PURPOSES = {
    "warning_signs": "Thoughts, images, moods, situations or behaviour that tell you a crisis "
                     "may be starting.",
    "internal_coping": "Things you can do by yourself to take your mind off your problems.",
    "social_distraction": "People and social settings that help you think of something else.",
    "people_to_ask": "People you could reach out to and ask for help.",
    "professionals": "Clinicians, clinics or services you could contact during a crisis.",
    "safe_environment": "Steps you and your clinician agree on to make your surroundings "
                        "safer.",
    "reasons_for_living": "The things that are most important to you and worth living for.",
}

INVITATION = ("A safety plan is yours, in your own words. Many people write it together with "
              "their clinician. moodlog keeps it on this computer; no one else sees it.")
NOT_WRITTEN = "not written yet"

_PHONE_CHARS = set("0123456789 +-().")


def check_text(text: str, what: str) -> str:
    """``text`` if it is a valid line; else ValueError naming ``what``."""
    if not isinstance(text, str):
        raise ValueError(f"{what} must be text")
    bad = first_refused(text)
    if bad is not None:
        hint = ("; write each item on its own line" if unicodedata.category(bad) != "Cf"
                else "; remove it")
        raise ValueError(f"{what} {refusal(bad)}{hint}")
    if len(text) > LINE_MAX:
        raise ValueError(f"{what} is {len(text)} characters long; the limit is {LINE_MAX}")
    if not text.strip():
        raise ValueError(f"{what} is empty")
    return text


def looks_like_phone(text: str) -> bool:
    """Digits with spaces, +, -, ( ) or dots, and at least three digits."""
    return (bool(text) and set(text) <= _PHONE_CHARS
            and sum(c.isdigit() for c in text) >= 3)


@dataclass(frozen=True, slots=True)
class Contact:
    """A person or service: a name and a phone number or an address (or both)."""

    name: str
    phone: str = ""
    address: str = ""

    def __post_init__(self) -> None:
        check_text(self.name, "a contact's name")
        if not self.phone and not self.address:
            raise ValueError(f"{self.name!r} needs a phone number or an address")
        if self.phone:
            check_text(self.phone, f"the phone number of {self.name!r}")
            if not looks_like_phone(self.phone):
                raise ValueError(f"the phone number of {self.name!r} may hold only digits, "
                                 "spaces and + - ( ) .")
        if self.address:
            check_text(self.address, f"the address of {self.name!r}")

    def text(self) -> str:
        return ", ".join(part for part in (self.name, self.phone, self.address) if part)


Item = str | Contact


@dataclass(frozen=True, slots=True)
class SafetyPlan:
    """The whole plan; every section may be empty. ``updated_at`` is when it last changed."""

    warning_signs: tuple[str, ...] = ()
    internal_coping: tuple[str, ...] = ()
    social_distraction: tuple[str, ...] = ()
    people_to_ask: tuple[Contact, ...] = ()
    professionals: tuple[Contact, ...] = ()
    safe_environment: tuple[str, ...] = ()
    reasons_for_living: tuple[str, ...] = ()
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        for key in SECTIONS:
            items = tuple(getattr(self, key))
            object.__setattr__(self, key, items)
            check_section(key, items)

    def section(self, key: str) -> tuple[Item, ...]:
        check_key(key)
        return tuple(getattr(self, key))

    def with_section(self, key: str, items: tuple[Item, ...] | list[Item]) -> SafetyPlan:
        """A copy with section ``key`` replaced (validated; ValueError when not valid)."""
        check_key(key)
        values: dict[str, Any] = {key: tuple(items)}
        return replace(self, **values)

    def is_empty(self) -> bool:
        return not any(getattr(self, key) for key in SECTIONS)

    def sections(self) -> list[tuple[str, tuple[Item, ...]]]:
        return [(key, self.section(key)) for key in SECTIONS]

    def same_content(self, other: SafetyPlan) -> bool:
        return all(getattr(self, key) == getattr(other, key) for key in SECTIONS)


def check_key(key: str) -> str:
    if key not in SECTIONS:
        raise ValueError(f"unknown section {key!r}; the sections are {', '.join(SECTIONS)}")
    return key


def check_section(key: str, items: tuple[Any, ...]) -> None:
    """ValueError unless ``items`` fit section ``key`` (kind, count, each line)."""
    check_key(key)
    title = TITLES[key]
    if len(items) > ITEMS_MAX:
        raise ValueError(f"{title} has {len(items)} lines; the limit is {ITEMS_MAX}")
    for i, item in enumerate(items, 1):
        if key in CONTACT_SECTIONS:
            if not isinstance(item, Contact):
                raise ValueError(f"{title}, line {i} must be a name with a phone number or "
                                 "an address")
        else:
            if not isinstance(item, str):
                raise ValueError(f"{title}, line {i} must be text")
            check_text(item, f"{title}, line {i}")


def parse_contact(text: str) -> Contact:
    """``"Sam: 07700 900123"`` or ``"Clinic: 1 High St"`` -> a Contact (the CLI's form).

    What follows the first ``": "`` is a phone number when it looks like one, else an address.
    """
    check_text(text, "the contact")
    name, sep, rest = text.partition(": ")
    if not sep or not name.strip() or not rest.strip():
        raise ValueError(f"write a contact as 'NAME: PHONE OR ADDRESS', not {text!r}")
    rest = rest.strip()
    if looks_like_phone(rest):
        return Contact(name.strip(), phone=rest)
    return Contact(name.strip(), address=rest)


