"""Questionnaires: fill in PHQ-9 and GAD-7, type in clinician scores, see every one and the
outcomes of the current treatment course in plain words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moodlog.core import outcomes as oc
from moodlog.core.models import ClinicianScore, QuestionnaireResponse
from moodlog.core.questionnaires import ANSWERS, ATTRIBUTION, DIFFICULTY_ANSWERS, INSTRUMENTS
from moodlog.ui.common.settings import Settings
from moodlog.ui.common.theme import heading_font, set_muted
from moodlog.ui.common.widgets import JournalView, ask, record_table
from moodlog.ui.journal import Journal
from moodlog.ui.questionnaires import outcomes_text
from moodlog.ui.questionnaires.clinician_score_dialog import ClinicianScoreDialog
from moodlog.ui.questionnaires.questionnaire_dialog import QuestionnaireDialog

COLUMNS = ("Date", "Questionnaire", "Total", "Severity", "Item 9", "Difficulty")
Row = QuestionnaireResponse | ClinicianScore
QDialogLike = QuestionnaireDialog | ClinicianScoreDialog


def row_cells(r: Row) -> tuple[str, ...]:
    """The table's text for one response or clinician score."""
    when = f"{r.day:%a %d %b %Y}"
    if isinstance(r, ClinicianScore):
        return (when, f"{r.instrument} (clinician)", str(r.total), "", "", r.note)
    s = r.score
    total = str(s.total) if s.complete else (
        f"incomplete ({s.answered} of {len(r.answers)} answered)")
    item9 = ""
    safety = INSTRUMENTS[r.instrument].safety_item
    if safety is not None:
        a = r.answers[safety - 1]
        item9 = "not answered" if a is None else f"{a} \u2014 {ANSWERS[a].lower()}"
    difficulty = DIFFICULTY_ANSWERS[r.difficulty] if r.difficulty is not None else ""
    return (when, INSTRUMENTS[r.instrument].name, total,
            s.band_label if s.complete and s.band_label else "\u2014", item9, difficulty)


class QuestionnairesView(JournalView):
    """``safety_concern`` is emitted when a saved PHQ-9 has item 9 above 0."""

    safety_concern = Signal()
    KINDS = frozenset({"questionnaires", "treatments"})

    def __init__(self, journal: Journal, settings: Settings, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(journal, parent)
        self.settings = settings
        self._today = today
        self._rows: list[Row] = []
        self._responses: list[QuestionnaireResponse] = []
        self._summary_rows: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        title = QLabel("Questionnaires")
        heading_font(title, 1.5)
        layout.addWidget(title)
        layout.addWidget(self._build_due())
        self.summary = QWidget()
        self.summary.setAccessibleName("Outcomes summary")
        self._summary_grid = QGridLayout(self.summary)
        self._summary_grid.setContentsMargins(0, 4, 0, 0)
        self._summary_grid.setHorizontalSpacing(16)
        self._summary_grid.setVerticalSpacing(4)
        self._summary_grid.setColumnStretch(1, 1)
        layout.addWidget(self.summary)
        definitions = QLabel(outcomes_text.DEFINITIONS)
        definitions.setWordWrap(True)
        set_muted(definitions)
        layout.addWidget(definitions)
        layout.addLayout(self._build_buttons())
        self.table = record_table(COLUMNS, "Questionnaire responses and clinician scores")
        self.table.cellActivated.connect(lambda *_: self.edit_selected())
        self.table.cellDoubleClicked.connect(lambda *_: self.edit_selected())
        layout.addWidget(self.table, 1)
        note = QLabel(ATTRIBUTION)
        note.setWordWrap(True)
        set_muted(note)
        layout.addWidget(note)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)

    def _build_due(self) -> QFrame:
        # A quiet band in the palette's alternate colour: a reminder, not an alarm.
        self.due_box = QFrame()
        self.due_box.setAutoFillBackground(True)
        self.due_box.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.due_box.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.due_box)
        row.setContentsMargins(12, 8, 12, 8)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        row.addWidget(self.due_label, 1)
        self.due_button = QPushButton("Fill in the PHQ-9 now\u2026")
        self.due_button.clicked.connect(lambda: self.fill_in("phq9"))
        row.addWidget(self.due_button)
        self.due_box.hide()
        return self.due_box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.phq9_button = QPushButton("Fill in &PHQ-9\u2026")
        self.gad7_button = QPushButton("Fill in &GAD-7\u2026")
        self.score_button = QPushButton("Add a &clinician score\u2026")
        self.edit_button = QPushButton("Ed&it\u2026")
        self.delete_button = QPushButton("&Delete\u2026")
        self.phq9_button.clicked.connect(lambda: self.fill_in("phq9"))
        self.gad7_button.clicked.connect(lambda: self.fill_in("gad7"))
        self.score_button.clicked.connect(self.add_score)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.phq9_button, self.gad7_button, self.score_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        return row

    # ----------------------------------------------------------------- refresh
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self._stale:
            self.update_due()  # the day or the interval may have changed since
        super().showEvent(event)

    def populate(self) -> None:
        store = self.journal.store
        self._responses = store.questionnaires()
        scores = store.clinician_scores()
        selected = self._selected()
        rows: list[Row] = [*self._responses, *scores]
        # Newest first; on one day, the questionnaires before the clinician scores.
        rows.sort(key=lambda r: (r.day, isinstance(r, QuestionnaireResponse)), reverse=True)
        self._rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for col, text in enumerate(row_cells(r)):
                item = QTableWidgetItem(text)
                if col == 4 and isinstance(r, QuestionnaireResponse) and (
                        r.instrument == "phq9" and (r.answers[8] or 0) > 0):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(i, col, item)
        if selected is not None:
            for i, r in enumerate(rows):
                if type(r) is type(selected) and r.id == selected.id:
                    self.table.selectRow(i)
        has = bool(rows)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if has and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._show_summary(outcomes_text.summary(store.treatments(), self._responses, scores))
        self.update_due()

    def _show_summary(self, rows: list[tuple[str, str]]) -> None:
        grid = self._summary_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for i, (label, text) in enumerate(rows):
            head = QLabel(label)
            heading_font(head, 1.0)
            body = QLabel(text)
            body.setWordWrap(True)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            body.setAccessibleName(label)
            grid.addWidget(head, i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(body, i, 1)
        self._summary_rows = rows

    def summary_text(self) -> str:
        """The summary as plain text, one row a line."""
        return "\n".join(f"{label}: {text}" for label, text in self._summary_rows)

    def update_due(self) -> None:
        """Show the gentle reminder when the PHQ-9 interval has passed (Preferences)."""
        due = oc.due(self._responses, self._today(), "phq9", self.settings.questionnaire_interval)
        if not due.due:
            self.due_box.hide()
            return
        if due.last is None:
            text = "You have not filled in a PHQ-9 in this journal yet."
        else:
            text = (f"It has been {due.days_since} days since your last PHQ-9, on "
                    f"{due.last:%A %d %B}.")
        self.due_label.setText(text)
        self.due_box.show()

    # ---------------------------------------------------------------- actions
    def _selected(self) -> Row | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def fill_in(self, key: str) -> QuestionnaireDialog:
        return self._open(QuestionnaireDialog(self.journal, key, None, self, self._today))

    def add_score(self) -> ClinicianScoreDialog:
        dialog = ClinicianScoreDialog(self.journal, None, self, self._today)
        dialog.open()
        return dialog

    def _open(self, dialog: QuestionnaireDialog) -> QuestionnaireDialog:
        dialog.safety_concern.connect(self.safety_concern)
        dialog.open()
        return dialog

    def edit_selected(self) -> QDialogLike | None:
        r = self._selected()
        if r is None:
            return None
        if isinstance(r, ClinicianScore):
            dialog = ClinicianScoreDialog(self.journal, r, self, self._today)
            dialog.open()
            return dialog
        return self._open(QuestionnaireDialog(self.journal, r.instrument, r, self, self._today))

    def delete_selected(self) -> None:
        r = self._selected()
        if r is None or r.id is None:
            return
        if isinstance(r, ClinicianScore):
            what = f"the clinician-reported {r.instrument} score ({r.total})"
        else:
            s = r.score
            total = f"total {s.total}" if s.complete else "incomplete"
            what = f"the {INSTRUMENTS[r.instrument].name} ({total})"
        if not ask(
            self, "Delete this entry?",
            f"Delete {what} of {r.day:%A %d %B %Y}? This cannot be undone."):
            return
        if isinstance(r, ClinicianScore):
            self.journal.delete_clinician_score(r.id)
        else:
            self.journal.delete_questionnaire(r.id)
