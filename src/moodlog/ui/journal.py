"""The window's handle on the open journal: calls the store and announces changes.

Views call these methods instead of the store directly, so that every view that shows the same
data can refresh when it changes, whoever changed it.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from moodlog.core.models import (
    CheckIn,
    ClinicianScore,
    QuestionnaireResponse,
    SymptomDef,
    Treatment,
)
from moodlog.store import JournalError, JournalStore, backup
from moodlog.store.encryption import EncryptionReport, change_encryption


class Journal(QObject):
    """Wraps a JournalStore; ``changed`` carries what kind of data changed."""

    changed = Signal(str)  # "checkins", "treatments", "symptoms", "questionnaires", "all"

    def __init__(self, store: JournalStore, demo: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.demo = demo
        self._seen = store.change_counter()

    def _wrote(self, what: str) -> None:
        self._seen = self.store.change_counter()
        self.changed.emit(what)

    def check_for_outside_changes(self) -> bool:
        """Reload the views if another process (the command line) changed the journal."""
        if self.store.change_counter() == self._seen:
            return False
        self._seen = self.store.change_counter()
        self.changed.emit("all")
        return True

    def change_encryption(self, new_key: str | None) -> EncryptionReport:
        """Encrypt, re-key or decrypt the journal and its backups (the store is reopened)."""
        path, folder, old_key = self.store.path, self.store.backup_dir, self.store.key
        self.store.close()
        key = old_key
        try:
            report = change_encryption(path, folder, old_key, new_key)
            key = new_key
        finally:
            self.store = JournalStore.open(path, folder, key=key)
            self._seen = self.store.change_counter()
        return report

    def restore(self, source: Path) -> Path | None:
        """Replace the journal with the backup ``source``; the current one is kept aside."""
        path, folder = self.store.path, self.store.backup_dir
        self.store.close()
        try:
            aside = backup.restore(path, source, folder, self.store.key)
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(f"could not restore {source.name}: {exc}") from None
        finally:
            self.store = JournalStore.open(path, folder, key=self.store.key)
            self._wrote("all")
        return aside

    @property
    def title(self) -> str:
        if self.demo:
            return "Demo journal"
        return f"{self.store.path.name} ({self.store.path.parent})"

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

    def reload(self) -> None:
        """Tell every view to re-read (after an import, or a change from outside)."""
        self._wrote("all")
