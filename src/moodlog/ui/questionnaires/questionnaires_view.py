"""Questionnaires: fill in PHQ-9 and GAD-7, type in clinician scores, see every one and the
outcomes of the current treatment course in plain words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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
from moodlog.core.questionnaire_text import questionnaire_text
from moodlog.core.questionnaires import INSTRUMENTS
from moodlog.i18n import current_language
from moodlog.ui.common.catalogue import band_label
from moodlog.ui.common.local_format import day_text
from moodlog.ui.common.settings import Settings
from moodlog.ui.common.theme import heading_font, set_muted
from moodlog.ui.common.widgets import JournalView, ask, record_table
from moodlog.ui.journal import Journal
from moodlog.ui.questionnaires import outcomes_text
from moodlog.ui.questionnaires.clinician_score_dialog import ClinicianScoreDialog
from moodlog.ui.questionnaires.questionnaire_dialog import QuestionnaireDialog

COLUMNS = (QT_TRANSLATE_NOOP("QuestionnairesView", "Date"),
           QT_TRANSLATE_NOOP("QuestionnairesView", "Questionnaire"),
           QT_TRANSLATE_NOOP("QuestionnairesView", "Total"),
           QT_TRANSLATE_NOOP("QuestionnairesView", "Severity"),
           QT_TRANSLATE_NOOP("QuestionnairesView", "Item 9"),
           QT_TRANSLATE_NOOP("QuestionnairesView", "Difficulty"))
Row = QuestionnaireResponse | ClinicianScore
QDialogLike = QuestionnaireDialog | ClinicianScoreDialog



def short_day(day: date) -> str:
    return day_text(day, QCoreApplication.translate("QuestionnairesView", "ddd dd MMM yyyy"))


def long_day(day: date) -> str:
    return day_text(day, QCoreApplication.translate("QuestionnairesView", "dddd dd MMMM yyyy"))


def _in_a_cell(answer: str, english: bool) -> str:
    """English answers read as running text ("1 \u2014 several days"); German nouns keep
    their capital, so other languages keep the official wording as it is."""
    return answer.lower() if english else answer


def row_cells(r: Row) -> tuple[str, ...]:
    """The table's text for one response or clinician score (answers in the official wording
    of the window's language, from questionnaire_text)."""
    when = short_day(r.day)
    if isinstance(r, ClinicianScore):
        scale = QCoreApplication.translate("QuestionnairesView", "{instrument} (clinician)")
        return (when, scale.format(instrument=r.instrument), str(r.total), "", "", r.note)
    s = r.score
    text = questionnaire_text(r.instrument, current_language())
    incomplete = QCoreApplication.translate("QuestionnairesView",
                                            "incomplete ({answered} of {items} answered)")
    total = str(s.total) if s.complete else incomplete.format(answered=s.answered,
                                                              items=len(r.answers))
    english = text.language == "en" or text.shown_in_english
    item9 = ""
    safety = INSTRUMENTS[r.instrument].safety_item
    if safety is not None:
        a = r.answers[safety - 1]
        item9 = (QCoreApplication.translate("QuestionnairesView", "not answered") if a is None
                 else f"{a} \u2014 {_in_a_cell(text.answers[a], english)}")
    difficulty = text.difficulty_answers[r.difficulty] if r.difficulty is not None else ""
    band = band_label(s.band_key) if s.complete and s.band_key else "\u2014"
    return (when, INSTRUMENTS[r.instrument].name, total, band, item9, difficulty)


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
        title = QLabel(self.tr("Questionnaires"))
        heading_font(title, 1.5)
        layout.addWidget(title)
        layout.addWidget(self._build_due())
        self.summary = QWidget()
        self.summary.setAccessibleName(self.tr("Outcomes summary"))
        self._summary_grid = QGridLayout(self.summary)
        self._summary_grid.setContentsMargins(0, 4, 0, 0)
        self._summary_grid.setHorizontalSpacing(16)
        self._summary_grid.setVerticalSpacing(4)
        self._summary_grid.setColumnStretch(1, 1)
        layout.addWidget(self.summary)
        definitions = QLabel(outcomes_text.definitions())
        definitions.setWordWrap(True)
        set_muted(definitions)
        layout.addWidget(definitions)
        layout.addLayout(self._build_buttons())
        self.table = record_table([self.tr(str(c)) for c in COLUMNS],
                                  self.tr("Questionnaire responses and clinician scores"))
        self.table.cellActivated.connect(lambda *_: self.edit_selected())
        self.table.cellDoubleClicked.connect(lambda *_: self.edit_selected())
        layout.addWidget(self.table, 1)
        note = QLabel(questionnaire_text("phq9", current_language()).attribution)
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
        self.due_button = QPushButton(self.tr("Fill in the PHQ-9 now\u2026"))
        self.due_button.clicked.connect(lambda: self.fill_in("phq9"))
        row.addWidget(self.due_button)
        self.due_box.hide()
        return self.due_box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.phq9_button = QPushButton(self.tr("Fill in &PHQ-9\u2026"))
        self.gad7_button = QPushButton(self.tr("Fill in &GAD-7\u2026"))
        self.score_button = QPushButton(self.tr("Add a &clinician score\u2026"))
        self.edit_button = QPushButton(self.tr("Ed&it\u2026"))
        self.delete_button = QPushButton(self.tr("&Delete\u2026"))
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
            text = self.tr("You have not filled in a PHQ-9 in this journal yet.")
        else:
            day = day_text(due.last, self.tr("dddd dd MMMM"))
            text = self.tr("It has been %n day(s) since your last PHQ-9, on {day}.", "",
                           due.days_since or 0).format(day=day)
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
            what = self.tr("the clinician-reported {instrument} score ({total})").format(
                instrument=r.instrument, total=r.total)
        else:
            s = r.score
            total = (self.tr("total {total}").format(total=s.total) if s.complete
                     else self.tr("incomplete"))
            what = self.tr("the {name} ({total})").format(name=INSTRUMENTS[r.instrument].name,
                                                          total=total)
        if not ask(
            self, self.tr("Delete this entry?"),
            self.tr("Delete {what} of {day}? This cannot be undone.").format(
                what=what, day=long_day(r.day))):
            return
        if isinstance(r, ClinicianScore):
            self.journal.delete_clinician_score(r.id)
        else:
            self.journal.delete_questionnaire(r.id)
