"""Crisis resources (CLINICAL.md section 5). moodlog never computes risk and never reassures.

Whenever PHQ-9 item 9 or the daily ``thoughts_of_death`` rating is above 0, every front end shows
these resources at once. The lines themselves, with their sources, are in ``crisis_lines``.
"""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass

from moodlog.core.crisis_lines import ANYWHERE, COUNTRIES, Resource

UNKNOWN = "other"


@dataclass(frozen=True, slots=True)
class Region:
    key: str
    name: str
    resources: tuple[Resource, ...]


REGIONS: dict[str, Region] = {
    **{key: Region(key, name, found) for key, (name, found)
       in sorted(COUNTRIES.items(), key=lambda kv: kv[1][0])},
    UNKNOWN: Region(UNKNOWN, "Another country", ()),
}

#: Region keys of moodlog 0.x settings files.
LEGACY = {"uk_ie": "gb"}

NOT_MONITORED = (
    "No one monitors this app. What you write here is not seen by a clinician or anyone else."
)

HEADLINE = "If you are thinking about death or suicide, you deserve support right now."

EMERGENCY_ANYWHERE = "If you are in immediate danger, call your local emergency number now."

CHOOSE_REGION = ("moodlog does not know your country. Choose it in the list below (or in "
                 "Preferences) to see its crisis lines; until then, findahelpline.com lists "
                 "helplines by country.")

CHOOSE_REGION_CLI = ("Your country is not known from the system locale (for example "
                     "LANG=en_GB.UTF-8); findahelpline.com lists helplines by country.")


def region_for_country(country: str) -> str:
    """Map an ISO 3166 country code (``GB``) to a region key (``gb``)."""
    code = country.strip().lower()
    code = {"uk": "gb"}.get(code, LEGACY.get(code, code))
    return code if code in REGIONS else UNKNOWN


def region_from_locale(name: str | None = None) -> str:
    """The region for a locale name such as ``en_GB.UTF-8`` (default: the system's)."""
    if name is None:
        name = (os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES")
                or os.environ.get("LANG") or locale.getlocale()[0] or "")
    base = name.split(".")[0].split("@")[0]
    parts = base.replace("-", "_").split("_")
    return region_for_country(parts[1]) if len(parts) > 1 else UNKNOWN


def region_resources(region: str) -> tuple[Resource, ...]:
    """The services of ``region`` (crisis lines first, then emergency), then findahelpline."""
    found = REGIONS.get(LEGACY.get(region, region))
    return (*(found.resources if found else ()), ANYWHERE)


def known(region: str) -> bool:
    return LEGACY.get(region, region) in REGIONS and region != UNKNOWN


def resources(region: str) -> tuple[str, ...]:
    """The lines to show for ``region`` as text, always ending with findahelpline.com."""
    return tuple(r.text() for r in region_resources(region))


def has_emergency(region: str) -> bool:
    return any(r.emergency for r in region_resources(region))


def crisis_text(region: str) -> str:
    """The plain-text crisis panel, for the terminal."""
    lines = [HEADLINE, NOT_MONITORED, ""]
    if not known(region):
        lines += [CHOOSE_REGION_CLI, ""]
    lines += [f"  - {line}" for line in resources(region)]
    if not has_emergency(region):
        lines += ["", EMERGENCY_ANYWHERE]
    return "\n".join(lines)
