"""The safety plan's rows: read and replace it inside a JournalStore transaction.

Kept beside ``queries``/``bulk`` rather than in ``journal.py``; JournalStore's
``safety_plan()`` and ``save_safety_plan()`` call these within one short transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from moodlog.core.safety_plan import CONTACT_SECTIONS, SECTIONS, Contact, Item, SafetyPlan
from moodlog.store.models import SafetyPlanItemRow


def load(s: Session) -> SafetyPlan:
    """The stored plan (empty when none was written)."""
    rows = s.scalars(select(SafetyPlanItemRow).order_by(SafetyPlanItemRow.section,
                                                        SafetyPlanItemRow.position)).all()
    found: dict[str, list[Item]] = {key: [] for key in SECTIONS}
    for row in rows:
        item: Item = (Contact(row.text, row.phone, row.address)
                      if row.section in CONTACT_SECTIONS else row.text)
        found[row.section].append(item)
    values: dict[str, Any] = {key: tuple(items) for key, items in found.items()}
    return SafetyPlan(**values, updated_at=max((r.updated_at for r in rows), default=None))


def _row(key: str, position: int, item: Item, now: datetime) -> SafetyPlanItemRow:
    if isinstance(item, Contact):
        return SafetyPlanItemRow(section=key, position=position, text=item.name,
                                 phone=item.phone, address=item.address, updated_at=now)
    return SafetyPlanItemRow(section=key, position=position, text=item, phone="", address="",
                             updated_at=now)


def replace(s: Session, plan: SafetyPlan, now: datetime) -> None:
    """Make the stored plan exactly ``plan`` (already validated by SafetyPlan itself)."""
    s.execute(delete(SafetyPlanItemRow))
    s.add_all([_row(key, i, item, now) for key, items in plan.sections()
               for i, item in enumerate(items)])


def import_plan(s: Session, plan: SafetyPlan | None, replace_existing: bool,
                now: datetime) -> str | None:
    """Bring an imported plan in: "written", "replaced", "kept" (the journal's own stays,
    without ``replace_existing``) or None when the file has no plan (or the same one)."""
    if plan is None or plan.is_empty():
        return None
    current = load(s)
    if current.same_content(plan):
        return None
    if not current.is_empty() and not replace_existing:
        return "kept"
    replace(s, plan, now)
    return "written" if current.is_empty() else "replaced"
