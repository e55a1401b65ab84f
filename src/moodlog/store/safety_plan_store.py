"""The JournalStore methods for the safety plan (one short transaction each)."""

from __future__ import annotations

from contextlib import AbstractContextManager

from sqlalchemy.orm import Session

from moodlog.core.dates import utc_now
from moodlog.core.safety_plan import Item, SafetyPlan
from moodlog.store import safety_plans


class SafetyPlanStoreMixin:
    """Mixed into JournalStore, whose ``_read`` and ``_write`` open the transactions."""

    def _read(self) -> AbstractContextManager[Session]:  # pragma: no cover - JournalStore's
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Session]:  # pragma: no cover - JournalStore's
        raise NotImplementedError

    def safety_plan(self) -> SafetyPlan:
        """The person's safety plan (empty sections when none was written)."""
        with self._read() as s:
            return safety_plans.load(s)

    def save_safety_plan(self, plan: SafetyPlan) -> SafetyPlan:
        """Replace the whole plan; returns it as stored."""
        with self._write() as s:
            safety_plans.replace(s, plan, utc_now())
            s.flush()
            return safety_plans.load(s)

    def set_safety_plan_section(self, key: str, items: list[Item]) -> SafetyPlan:
        """Replace one section; a bad section or line is refused and nothing is written."""
        with self._write() as s:
            plan = safety_plans.load(s).with_section(key, items)
            safety_plans.replace(s, plan, utc_now())
            s.flush()
            return safety_plans.load(s)
