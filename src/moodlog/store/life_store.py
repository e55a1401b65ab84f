"""The JournalStore methods for tags, moments, medications and search (one transaction each)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import replace as dc_replace
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from moodlog.core.dates import utc_now
from moodlog.core.life import Medication, Moment, SearchHit, Tag, check_label_free, free_key
from moodlog.store import life, search
from moodlog.store.models import MedicationRow, MomentRow, TagRow


class LifeStoreMixin:
    """Mixed into JournalStore, whose ``_read`` and ``_write`` open the transactions."""

    def _read(self) -> AbstractContextManager[Session]:  # pragma: no cover - JournalStore's
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Session]:  # pragma: no cover - JournalStore's
        raise NotImplementedError

    # ---------------------------------------------------------------------------- tags
    def tags(self, include_hidden: bool = True) -> tuple[Tag, ...]:
        """The tag catalogue in display order."""
        with self._read() as s:
            return life.tags(s, include_hidden)

    def add_tag(self, label: str, group: str = "Other") -> Tag:
        """A new tag; a label equal to another's after normalising is refused."""
        with self._write() as s:
            current = life.tags(s)
            clean = check_label_free(label, [t.label for t in current])
            tag = Tag(free_key(clean, [t.key for t in current]), clean, group)
            life.insert_tag(s, tag)
        return tag

    def rename_tag(self, key: str, label: str) -> Tag:
        """A new label for a tag; its key and the days that have it stay."""
        with self._write() as s:
            current = {t.key: t for t in life.tags(s)}
            if key not in current:
                raise ValueError(f"unknown tag {key!r}")
            clean = check_label_free(label, [t.label for k, t in current.items() if k != key])
            s.execute(update(TagRow).where(TagRow.key == key).values(label=clean))
        return dc_replace(current[key], label=clean)

    def set_tag_hidden(self, key: str, hidden: bool) -> None:
        """Hide a tag from the check-in form; the days that have it keep it."""
        self._update_tag(key, hidden=hidden)

    def move_tag(self, key: str, group: str) -> None:
        """Put a tag in another group (a new group is made by naming it)."""
        self._update_tag(key, group_label=Tag(key, "x", group).group)

    def _update_tag(self, key: str, **values: Any) -> None:
        with self._write() as s:
            result = s.execute(update(TagRow).where(TagRow.key == key).values(**values))
            if not getattr(result, "rowcount", 0):
                raise ValueError(f"unknown tag {key!r}")

    # --------------------------------------------------------------------- medications
    def medications(self) -> tuple[Medication, ...]:
        with self._read() as s:
            return life.medications(s)

    def add_medication(self, med: Medication) -> Medication:
        """Add a regular medication; its key is made from its name when it is taken."""
        with self._write() as s:
            current = life.medications(s)
            check_label_free(med.name, [m.name for m in current], "medication")
            if med.key in {m.key for m in current}:
                med = dc_replace(med, key=free_key(med.name, [m.key for m in current]))
            s.execute(insert(MedicationRow).values(
                **life.medication_values(med), position=life.next_position(s, MedicationRow)))
        return med

    def update_medication(self, med: Medication) -> Medication:
        """Change a medication's name, dose, schedule or dates (its key stays)."""
        with self._write() as s:
            others = [m.name for m in life.medications(s) if m.key != med.key]
            check_label_free(med.name, others, "medication")
            values = life.medication_values(med)
            del values["key"]
            result = s.execute(update(MedicationRow).where(MedicationRow.key == med.key)
                               .values(**values))
            if not getattr(result, "rowcount", 0):
                raise ValueError(f"unknown medication {med.key!r}")
        return med

    # ------------------------------------------------------------------------- moments
    def moments(self, start: date | None = None, end: date | None = None) -> list[Moment]:
        """Moments from ``start`` to ``end`` inclusive, oldest first."""
        with self._read() as s:
            return life.moments(s, start, end)

    def add_moment(self, moment: Moment) -> Moment:
        """Record a moment (a day may have many, even at the same minute)."""
        with self._write() as s:
            row = MomentRow(**life.moment_values(moment, utc_now()))
            s.add(row)
            s.flush()
            new_id = row.id
        return dc_replace(moment, id=new_id)

    def update_moment(self, moment: Moment) -> Moment:
        if moment.id is None:
            raise ValueError("this moment has not been saved yet")
        with self._write() as s:
            values = life.moment_values(moment, utc_now())
            del values["created_at"]
            result = s.execute(update(MomentRow).where(MomentRow.id == moment.id)
                               .values(**values))
            if not getattr(result, "rowcount", 0):
                raise ValueError(f"no moment with id {moment.id}")
        return moment

    def delete_moment(self, moment_id: int) -> bool:
        with self._write() as s:
            result = s.execute(delete(MomentRow).where(MomentRow.id == moment_id))
            return bool(getattr(result, "rowcount", 0))

    def moment_days(self) -> Iterator[date]:
        """Days that have a moment (with or without a check-in)."""
        with self._read() as s:
            days = s.scalars(select(MomentRow.day).distinct().order_by(MomentRow.day)).all()
        return iter(days)

    # -------------------------------------------------------------------------- search
    def search(self, query: str, start: date | None = None, end: date | None = None,
               limit: int = 200) -> list[SearchHit]:
        """Notes, moment notes, treatment notes and tag names matching all of ``query``'s words.

        Any text is taken as plain words: FTS syntax characters never raise.
        """
        with self._read() as s:
            return search.search(s, query, start, end, limit)
