"""The window's handle on the open journal: calls the store and announces changes.

Views call these methods instead of the store directly, so that every view that shows the same
data can refresh when it changes, whoever changed it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from moodlog.core.models import (
    CheckIn,
    ClinicianScore,
    QuestionnaireResponse,
    SymptomDef,
    Treatment,
)
from moodlog.store import JournalStore


class Journal(QObject):
    """Wraps a JournalStore; ``changed`` carries what kind of data changed."""

    changed = Signal(str)  # "checkins", "treatments", "symptoms", "questionnaires", "all"

    def __init__(self, store: JournalStore, demo: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.demo = demo

    @property
    def title(self) -> str:
        if self.demo:
            return "Demo journal"
        return f"{self.store.path.name} ({self.store.path.parent})"

    # check-ins
    def save_checkin(self, checkin: CheckIn) -> CheckIn:
        saved = self.store.save_checkin(checkin)
        self.changed.emit("checkins")
        return saved

    def delete_checkin(self, day: date) -> bool:
        done = self.store.delete_checkin(day)
        self.changed.emit("checkins")
        return done

    # treatments
    def add_treatment(self, treatment: Treatment) -> Treatment:
        saved = self.store.add_treatment(treatment)
        self.changed.emit("treatments")
        return saved

    def update_treatment(self, treatment: Treatment) -> Treatment:
        saved = self.store.update_treatment(treatment)
        self.changed.emit("treatments")
        return saved

    def delete_treatment(self, treatment_id: int) -> bool:
        done = self.store.delete_treatment(treatment_id)
        self.changed.emit("treatments")
        return done

    # questionnaires and clinician-reported scores
    def save_questionnaire(self, response: QuestionnaireResponse,
                           replace: bool = False) -> QuestionnaireResponse:
        saved = self.store.save_questionnaire(response, replace=replace)
        self.changed.emit("questionnaires")
        return saved

    def delete_questionnaire(self, response_id: int) -> bool:
        done = self.store.delete_questionnaire(response_id)
        self.changed.emit("questionnaires")
        return done

    def save_clinician_score(self, score: ClinicianScore,
                             replace: bool = False) -> ClinicianScore:
        saved = self.store.save_clinician_score(score, replace=replace)
        self.changed.emit("questionnaires")
        return saved

    def delete_clinician_score(self, score_id: int) -> bool:
        done = self.store.delete_clinician_score(score_id)
        self.changed.emit("questionnaires")
        return done

    # symptoms
    def add_symptom(self, label: str) -> SymptomDef:
        added = self.store.add_symptom(label)
        self.changed.emit("symptoms")
        return added

    def rename_symptom(self, key: str, label: str) -> SymptomDef:
        renamed = self.store.rename_symptom(key, label)
        self.changed.emit("symptoms")
        return renamed

    def set_symptom_hidden(self, key: str, hidden: bool) -> None:
        self.store.set_symptom_hidden(key, hidden)
        self.changed.emit("symptoms")

    def reload(self) -> None:
        """Tell every view to re-read (after an import, or a change from outside)."""
        self.changed.emit("all")
