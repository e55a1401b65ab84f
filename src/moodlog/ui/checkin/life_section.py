"""The parts of the check-in form around the numbers: tags, medications, and moments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from moodlog.core.models import CheckIn
from moodlog.ui.checkin.medications_rows import MedicationRows
from moodlog.ui.checkin.moments_entry import MomentsEntry
from moodlog.ui.checkin.tags_picker import TagsPicker
from moodlog.ui.common.theme import set_muted
from moodlog.ui.journal import Journal


class LifeSection(QWidget):
    """Tags and medication answers belong to the check-in (saved with it); moments save alone."""

    changed = Signal()

    def __init__(self, journal: Journal, heading: Callable[[str], QLabel],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.day = date.today()
        self._checkin: CheckIn | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Tags")))
        self.tags = TagsPicker()
        layout.addWidget(self.tags)
        self.meds_heading = heading(self.tr("Medications"))
        layout.addWidget(self.meds_heading)
        self.meds = MedicationRows()
        layout.addWidget(self.meds)
        layout.addWidget(heading(self.tr("How are you now?")))
        hint = QLabel(self.tr("A moment: how you feel at a time of day, as often as you like (say, "
                              "a few hours after a session). Saved at once, apart from the "
                              "check-in."))
        hint.setWordWrap(True)
        set_muted(hint)
        layout.addWidget(hint)
        self.moments = MomentsEntry(journal)
        layout.addWidget(self.moments)
        self.tags.changed.connect(self.changed)
        self.meds.changed.connect(self.changed)
        journal.changed.connect(self._journal_changed)

    def tab_widgets(self) -> list[QWidget]:
        return [self.tags.filter, *self.meds.controls(), *self.moments.controls()]

    def load_day(self, day: date, checkin: CheckIn | None) -> None:
        """Show ``day``: the tags, the medications active that day, the check-in's choices
        and the day's moments (before the store is open, from the journal's peek: the same)."""
        self.day, self._checkin = day, checkin
        self.tags.set_tags(self.journal.tags())
        active = [m for m in self.journal.medications() if m.active_on(day)]
        self.tags.set_selected(checkin.tags if checkin else ())
        self.meds.set_medications(active, checkin.medications_taken if checkin else {})
        self.meds_heading.setVisible(bool(active))
        self.moments.load_day(day)

    def values(self) -> tuple[tuple[str, ...], dict[str, bool]]:
        return self.tags.selected(), self.meds.answers()

    def _journal_changed(self, what: str) -> None:
        if what == "tags":
            kept = self.tags.selected()
            self.tags.set_tags(self.journal.tags())
            self.tags.set_selected(kept)
