"""Crisis resources (CLINICAL.md section 5). moodlog never computes risk and never reassures.

Whenever PHQ-9 item 9 or the daily ``thoughts_of_death`` rating is above 0, every front end shows
these resources at once.
"""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Region:
    key: str
    name: str
    resources: tuple[str, ...]


REGIONS: dict[str, Region] = {r.key: r for r in (
    Region("us", "United States",
           ("Call or text 988 (988 Suicide & Crisis Lifeline), chat at 988lifeline.org",)),
    Region("ca", "Canada", ("Call or text 988",)),
    Region("uk_ie", "United Kingdom, Ireland", ("Samaritans, 116 123 (free, 24/7)",)),
    Region("au", "Australia", ("Lifeline 13 11 14, text 0477 13 11 14",)),
    Region("eu", "European Union", ("Emergency 112",)),
    Region("other", "Anywhere", ()),
)}

ANYWHERE = (
    "findahelpline.com lists vetted helplines by country; or call your local emergency number"
)

NOT_MONITORED = (
    "No one monitors this app. What you write here is not seen by a clinician or anyone else."
)

HEADLINE = "If you are thinking about death or suicide, you deserve support right now."

_EU = {"at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "it", "lv",
       "lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se"}


def region_for_country(country: str) -> str:
    """Map an ISO 3166 country code (``GB``) to a region key (``uk_ie``)."""
    code = country.strip().lower()
    if code in ("us", "ca", "au"):
        return code
    if code in ("gb", "uk", "ie"):
        return "uk_ie"
    if code in _EU:
        return "eu"
    return "other"


def region_from_locale(name: str | None = None) -> str:
    """The region for a locale name such as ``en_GB.UTF-8`` (default: the system's)."""
    if name is None:
        name = (os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES")
                or os.environ.get("LANG") or locale.getlocale()[0] or "")
    base = name.split(".")[0].split("@")[0]
    parts = base.replace("-", "_").split("_")
    return region_for_country(parts[1]) if len(parts) > 1 else "other"


def resources(region: str) -> tuple[str, ...]:
    """The lines to show for ``region``, always ending with the anywhere line.

    Without a known region, every listed region's resources are shown (named), so that someone
    whose locale says nothing still sees a number to call.
    """
    found = REGIONS.get(region)
    if found is None or not found.resources:
        lines = [f"{r.name}: {line}" for r in REGIONS.values() for line in r.resources]
        return (*lines, ANYWHERE)
    return (*found.resources, ANYWHERE)


def crisis_text(region: str) -> str:
    """The plain-text crisis panel, for the terminal."""
    lines = [HEADLINE, NOT_MONITORED, ""]
    lines += [f"  - {line}" for line in resources(region)]
    return "\n".join(lines)
