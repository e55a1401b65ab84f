"""Questionnaires: every PHQ-9 and GAD-7 response and clinician-reported score."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.questionnaires import ATTRIBUTION, DIFFICULTY_ANSWERS, INSTRUMENTS
from moodlog.ui.journal import Journal
from moodlog.ui.theme import heading_font, set_muted

COLUMNS = ("Date", "Questionnaire", "Total", "Severity", "Item 9", "Difficulty")


class QuestionnairesView(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._stale = True
        layout = QVBoxLayout(self)
        title = QLabel("Questionnaires")
        heading_font(title, 1.5)
        layout.addWidget(title)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setAccessibleName("Questionnaire responses")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        note = QLabel(ATTRIBUTION)
        note.setWordWrap(True)
        set_muted(note)
        layout.addWidget(note)
        journal.changed.connect(self._mark_stale)

    def _mark_stale(self, what: str) -> None:
        if what in ("questionnaires", "all"):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: object) -> None:  # noqa: N802
        if self._stale:
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        self._stale = False
        store = self.journal.store
        rows: list[tuple[date, tuple[str, ...]]] = []
        for r in store.questionnaires():
            s = r.score
            item9 = ""
            if r.instrument == "phq9":
                item9 = "not answered" if r.answers[8] is None else str(r.answers[8])
            difficulty = DIFFICULTY_ANSWERS[r.difficulty] if r.difficulty is not None else ""
            rows.append((r.day, (f"{r.day:%a %d %b %Y}", INSTRUMENTS[r.instrument].name,
                                 str(s.total) if s.complete else "incomplete",
                                 s.band_label or "", item9, difficulty)))
        for c in store.clinician_scores():
            rows.append((c.day, (f"{c.day:%a %d %b %Y}", f"{c.instrument} (clinician)",
                                 str(c.total), "", "", "")))
        rows.sort(key=lambda row: row[0], reverse=True)
        self.table.setRowCount(len(rows))
        for i, (_day, cells) in enumerate(rows):
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
