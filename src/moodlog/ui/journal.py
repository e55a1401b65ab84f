"""The window's handle on the open journal: calls the store and announces changes.

Views call these methods instead of the store directly, so that every view that shows the same
data can refresh when it changes, whoever changed it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from moodlog.core.life import Medication, Moment, SearchHit, Tag
from moodlog.core.models import (
    CheckIn,
    ClinicianScore,
    QuestionnaireResponse,
    SymptomDef,
    Treatment,
)
from moodlog.core.safety_plan import SafetyPlan
from moodlog.store import restore
from moodlog.store.encryption import EncryptionReport, change_encryption
from moodlog.store.errors import JournalError

if TYPE_CHECKING:
    from moodlog.store.direct import DirectJournal
    from moodlog.store.journal import JournalStore
    from moodlog.store.peek import FormPeek


class Journal(QObject):
    """Wraps a JournalStore; ``changed`` carries what kind of data changed.

    The store may be opened late: the window can start from a ``peek`` (the Today page's
    data, read with the standard library, store/peek.py) and an ``opener`` that opens the
    store (importing SQLAlchemy) on first use, which the app triggers after the first paint.
    ``direct`` is the journal already open without SQLAlchemy that the peek was read from
    (store/direct_window.py): locked and quick-checked, backed up by :meth:`finish_opening`
    right after the first paint; it is closed once the store is open.
    Until then the peek answers what the Today page asks; everything else (every write
    first of all) opens the store there and then, and works on it as always.
    """

    # "checkins", "treatments", "symptoms", "questionnaires", "tags", "moments", "safety_plan",
    # "all"
    changed = Signal(str)
    opened = Signal()

    def __init__(self, store: JournalStore | None = None, demo: bool = False,
                 parent: QObject | None = None, *,
                 opener: Callable[[], JournalStore] | None = None,
                 peek: FormPeek | None = None, path: Path | None = None,
                 direct: DirectJournal | None = None) -> None:
        super().__init__(parent)
        if store is None and opener is None:
            raise ValueError("a Journal needs a store or a way to open one")
        self._store = store
        self._opener = opener
        self._direct = direct
        self.peek = peek
        self.path = store.path if store is not None else path
        self.demo = demo
        self._seen = store.change_counter() if store is not None else 0

    @property
    def is_open(self) -> bool:
        """The store is open (SQLAlchemy loaded)."""
        return self._store is not None

    @property
    def is_ready(self) -> bool:
        """Open for the window: the store, or the direct journal the Today page was read
        from (locked, quick-checked; :meth:`finish_opening` makes the daily backup)."""
        return self._store is not None or self._direct is not None

    def finish_opening(self) -> None:
        """The daily backup of a journal opened directly (the store makes its own): right
        after the first paint. Raises JournalError as JournalStore.open would."""
        if self._store is None and self._direct is not None:
            from moodlog.store.direct_window import daily_backup

            daily_backup(self._direct)

    def close(self) -> None:
        """Close the store (or the direct journal, if the store was never opened)."""
        self._close_direct()
        if self._store is not None:
            self._store.close()

    def _close_direct(self) -> None:
        if self._direct is not None:
            self._direct.close()
            self._direct = None

    def _peek_for(self, day: date | None = None) -> FormPeek | None:
        """The peek, while the store is not open (and it is of ``day``, if given)."""
        peek = self.peek if self._store is None else None
        return peek if peek is not None and (day is None or peek.day == day) else None

    @property
    def store(self) -> JournalStore:
        """The open store (opened now if the app has not done it yet)."""
        if self._store is None:
            assert self._opener is not None
            self._store = self._opener()
            self._close_direct()  # the store holds the lock (re-entrant) and takes over
            self.path = self._store.path
            self.peek = None
            self._seen = self._store.change_counter()
            self.opened.emit()
        return self._store

    @store.setter
    def store(self, value: JournalStore) -> None:
        self._store = value

    def form_data(self, day: date) -> tuple[tuple[SymptomDef, ...], CheckIn | None]:
        """What the check-in form shows for ``day``: from the peek until the store is open."""
        peek = self._peek_for(day)
        if peek is not None:
            return peek.symptoms, peek.checkin
        return self.store.symptoms(include_hidden=False), self.store.checkin(day)

    def has_checkin(self, day: date) -> bool:
        peek = self._peek_for(day)
        if peek is not None:
            return peek.checkin is not None
        return self.store.checkin(day) is not None

    def is_empty(self) -> bool:
        peek = self._peek_for()
        if peek is not None:
            return peek.empty
        return self.store.is_empty()

    def _wrote(self, what: str) -> None:
        self._seen = self.store.change_counter()
        self.changed.emit(what)

    def check_for_outside_changes(self) -> bool:
        """Reload the views if another process (the command line) changed the journal."""
        if self._store is None or self._store.change_counter() == self._seen:
            return False
        self._seen = self._store.change_counter()
        self.changed.emit("all")
        return True

    def _reopen(self, key: str | None) -> None:
        from moodlog.store.journal import JournalStore

        path, folder = self.store.path, self.store.backup_dir
        self._store = JournalStore.open(path, folder, key=key)
        self._seen = self._store.change_counter()

    def change_encryption(self, new_key: str | None) -> EncryptionReport:
        """Encrypt, re-key or decrypt the journal and its backups (the store is reopened)."""
        path, folder, old_key = self.store.path, self.store.backup_dir, self.store.key
        self.store.close()
        key = old_key
        try:
            report = change_encryption(path, folder, old_key, new_key)
            key = new_key
        finally:
            self._reopen(key)
        return report

    def restore(self, source: Path) -> Path | None:
        """Replace the journal with the backup ``source``; the current one is kept aside."""
        path, folder, key = self.store.path, self.store.backup_dir, self.store.key
        self.store.close()
        try:
            aside = restore.restore(path, source, folder, key)
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(self.tr("could not restore {name}: {problem}").format(
                name=source.name, problem=exc)) from None
        finally:
            self._reopen(key)
            self._wrote("all")
        return aside

    @property
    def title(self) -> str:
        if self.demo:
            return self.tr("Demo journal")
        assert self.path is not None
        return f"{self.path.name} ({self.path.parent})"

    # safety plan
    def safety_plan(self) -> SafetyPlan:
        return self.store.safety_plan()

    def save_safety_plan(self, plan: SafetyPlan) -> SafetyPlan:
        saved = self.store.save_safety_plan(plan)
        self._wrote("safety_plan")
        return saved

    # check-ins
    def save_checkin(self, checkin: CheckIn) -> CheckIn:
        saved = self.store.save_checkin(checkin)
        self._wrote("checkins")
        return saved

    def delete_checkin(self, day: date) -> bool:
        done = self.store.delete_checkin(day)
        self._wrote("checkins")
        return done

    # treatments
    def add_treatment(self, treatment: Treatment) -> Treatment:
        saved = self.store.add_treatment(treatment)
        self._wrote("treatments")
        return saved

    def update_treatment(self, treatment: Treatment) -> Treatment:
        saved = self.store.update_treatment(treatment)
        self._wrote("treatments")
        return saved

    def delete_treatment(self, treatment_id: int) -> bool:
        done = self.store.delete_treatment(treatment_id)
        self._wrote("treatments")
        return done

    # questionnaires and clinician-reported scores
    def save_questionnaire(self, response: QuestionnaireResponse,
                           replace: bool = False) -> QuestionnaireResponse:
        saved = self.store.save_questionnaire(response, replace=replace)
        self._wrote("questionnaires")
        return saved

    def delete_questionnaire(self, response_id: int) -> bool:
        done = self.store.delete_questionnaire(response_id)
        self._wrote("questionnaires")
        return done

    def save_clinician_score(self, score: ClinicianScore,
                             replace: bool = False) -> ClinicianScore:
        saved = self.store.save_clinician_score(score, replace=replace)
        self._wrote("questionnaires")
        return saved

    def delete_clinician_score(self, score_id: int) -> bool:
        done = self.store.delete_clinician_score(score_id)
        self._wrote("questionnaires")
        return done

    # symptoms
    def add_symptom(self, label: str) -> SymptomDef:
        added = self.store.add_symptom(label)
        self._wrote("symptoms")
        return added

    def rename_symptom(self, key: str, label: str) -> SymptomDef:
        renamed = self.store.rename_symptom(key, label)
        self._wrote("symptoms")
        return renamed

    def set_symptom_hidden(self, key: str, hidden: bool) -> None:
        self.store.set_symptom_hidden(key, hidden)
        self._wrote("symptoms")

    # ------------------------------------------------- tags, moments, medications, search
    def tags(self, include_hidden: bool = True) -> tuple[Tag, ...]:
        peek = self._peek_for()
        if peek is not None:
            return peek.tags if include_hidden else tuple(t for t in peek.tags if not t.hidden)
        return self.store.tags(include_hidden)

    def medications(self) -> tuple[Medication, ...]:
        peek = self._peek_for()
        if peek is not None:
            return peek.medications
        return self.store.medications()

    def moments(self, start: date | None = None, end: date | None = None) -> list[Moment]:
        peek = self._peek_for(start)
        if peek is not None and start is not None and end == start:
            return list(peek.moments)
        return self.store.moments(start, end)

    def add_moment(self, moment: Moment) -> Moment:
        saved = self.store.add_moment(moment)
        self._wrote("moments")
        return saved

    def delete_moment(self, moment_id: int) -> bool:
        done = self.store.delete_moment(moment_id)
        self._wrote("moments")
        return done

    def edit_tags(self, action: str, *args: Any) -> Any:
        """``add_tag``, ``rename_tag``, ``set_tag_hidden`` or ``move_tag`` on the store."""
        if action not in ("add_tag", "rename_tag", "set_tag_hidden", "move_tag"):
            raise ValueError(f"unknown tag action {action!r}")
        result = getattr(self.store, action)(*args)
        self._wrote("tags")
        return result

    def edit_medications(self, action: str, med: Medication) -> Medication:
        """``add_medication`` or ``update_medication`` on the store."""
        if action not in ("add_medication", "update_medication"):
            raise ValueError(f"unknown medication action {action!r}")
        result: Medication = getattr(self.store, action)(med)
        self._wrote("medications")
        return result

    def search(self, text: str) -> list[SearchHit]:
        return self.store.search(text)

    def reload(self) -> None:
        """Tell every view to re-read (after an import, or a change from outside)."""
        self._wrote("all")
