"""The ``"safety_plan"`` member of moodlog JSON (format version 2).

Section key -> list: text lines, or for ``people_to_ask`` and ``professionals`` objects
``{"name": ..., "phone": ..., "address": ...}`` (phone and address may be "" but not both).
"""

from __future__ import annotations

from typing import Any

from moodlog.core.safety_plan import CONTACT_SECTIONS, SECTIONS, Contact, Item, SafetyPlan
from moodlog.exchange.errors import FormatError


def dump(plan: SafetyPlan) -> dict[str, list[Any]]:
    return {key: [{"name": c.name, "phone": c.phone, "address": c.address}
                  if isinstance(c, Contact) else c for c in items]
            for key, items in plan.sections()}


def _contact(raw: Any, where: str) -> Contact:
    if not isinstance(raw, dict):
        raise FormatError(f"{where}: expected an object with a name and a phone or address")
    unknown = sorted(set(raw) - {"name", "phone", "address"})
    if unknown:
        raise FormatError(f"{where}.{unknown[0]}: not a contact field")
    values = {k: raw.get(k, "") for k in ("name", "phone", "address")}
    for k, v in values.items():
        if not isinstance(v, str):
            raise FormatError(f"{where}.{k}: expected text")
    try:
        return Contact(**values)
    except ValueError as exc:
        raise FormatError(f"{where}: {exc}") from None


def load(raw: Any, where: str = "safety_plan") -> SafetyPlan:
    """Read the member; FormatError (naming the place) for anything not exactly right."""
    if not isinstance(raw, dict):
        raise FormatError(f"{where}: expected an object of section lists")
    plan = SafetyPlan()
    for key, items in raw.items():
        at = f"{where}.{key}"
        if key not in SECTIONS:
            raise FormatError(f"{at}: unknown section; the sections are {', '.join(SECTIONS)}")
        if not isinstance(items, list):
            raise FormatError(f"{at}: expected a list")
        read: list[Item] = []
        for i, item in enumerate(items):
            if key in CONTACT_SECTIONS:
                read.append(_contact(item, f"{at}[{i}]"))
            elif not isinstance(item, str):
                raise FormatError(f"{at}[{i}]: expected text")
            else:
                read.append(item)
        try:
            plan = plan.with_section(key, read)
        except ValueError as exc:
            raise FormatError(f"{at}: {exc}") from None
    return plan
