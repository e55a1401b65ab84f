"""Treatments: the table of sessions, with add, edit and delete."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.models import Treatment
from moodlog.core.session import summary
from moodlog.ui.common.catalogue import kind_label, phase_label, severity_label, side_effect_label
from moodlog.ui.common.local_format import number_text, when_text
from moodlog.ui.common.theme import heading_font, set_muted
from moodlog.ui.common.widgets import JournalView, ask, record_table
from moodlog.ui.journal import Journal
from moodlog.ui.translate_noop import QT_TRANSLATE_NOOP
from moodlog.ui.treatments.treatment_dialog import TreatmentDialog

COLUMNS = (QT_TRANSLATE_NOOP("TreatmentsView", "When"),
           QT_TRANSLATE_NOOP("TreatmentsView", "Kind"),
           QT_TRANSLATE_NOOP("TreatmentsView", "Phase"),
           QT_TRANSLATE_NOOP("TreatmentsView", "Dose"),
           QT_TRANSLATE_NOOP("TreatmentsView", "Clinic"),
           QT_TRANSLATE_NOOP("TreatmentsView", "Blood pressure"),
           QT_TRANSLATE_NOOP("TreatmentsView", "Side effects"))


def effects_summary(t: Treatment) -> str:
    """Rated side effects in words, as the dialog offers them: "dissociation: moderate"."""
    rated = [f"{side_effect_label(k)}: {severity_label(v).lower()}"
             for k, v in t.side_effects.items() if v]
    none = QCoreApplication.translate("TreatmentsView", "none")
    text = ", ".join(rated) if rated else (none if t.side_effects else "\u2014")
    return f"{text}; {t.side_effects_note}" if t.side_effects_note else text


DASH = "\u2014"


def _bp(t: Treatment) -> str:
    """Pre -> peak -> last, as in the PDF."""
    return summary(t.readings).replace(" -> ", " \u2192 ") or DASH


class TreatmentsView(JournalView):
    KINDS = frozenset({"treatments"})

    def __init__(self, journal: Journal, parent: QWidget | None = None,
                 now: type[datetime] = datetime) -> None:
        super().__init__(journal, parent)
        self._now = now
        self._rows: list[Treatment] = []
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Treatments"))
        heading_font(title, 1.5)
        layout.addWidget(title)
        hint = QLabel(self.tr("Every session, with what the clinic measured and how you felt "
                              "during it. Sessions show as markers on your charts."))
        hint.setWordWrap(True)
        set_muted(hint)
        layout.addWidget(hint)
        self.table = record_table([self.tr(c) for c in COLUMNS], self.tr("Treatment sessions"))
        self.table.cellActivated.connect(lambda *_: self.edit_selected())
        self.table.cellDoubleClicked.connect(lambda *_: self.edit_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr(
            "No treatments yet. Add your first session with \u201cAdd treatment\u201d."))
        set_muted(self.empty)
        layout.addWidget(self.empty)
        # Without the table, the page's space goes below the words, not between them.
        self._page, self._filler = layout, layout.count()
        layout.addStretch(0)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.add_button = QPushButton(self.tr("&Add treatment\u2026"))
        self.edit_button = QPushButton(self.tr("Ed&it\u2026"))
        self.delete_button = QPushButton(self.tr("&Delete\u2026"))
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.New, self, self.add)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)

    def populate(self) -> None:
        self._rows = list(reversed(self.journal.store.treatments()))
        self.table.setRowCount(len(self._rows))
        for row, t in enumerate(self._rows):
            cells = (
                when_text(t.at, self.tr("ddd dd MMM yyyy HH:mm")), kind_label(t.kind),
                phase_label(t.phase) if t.phase else "\u2014",
                f"{number_text(t.dose)} {t.dose_unit}" if t.dose is not None else "\u2014",
                t.clinic or "\u2014", _bp(t), effects_summary(t),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a cell cut short by its column is read in full
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, t.id)
                self.table.setItem(row, col, item)
        has = bool(self._rows)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        self._page.setStretch(self._filler, 0 if has else 1)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if has:
            self._fit_columns()
        if has and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.table.horizontalScrollBar().setValue(0)  # the row's start, not its side effects

    def _fit_columns(self) -> None:
        """Columns sized to their content, the long ones at most a share of the table (kind
        and clinic a sixth, blood pressure a quarter), so that the side effects keep room;
        what is cut short ends in "…" and its tooltip has it whole."""
        header = self.table.horizontalHeader()
        room = max(400, self.table.viewport().width())
        for col, share in ((1, 6), (4, 6), (5, 4)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), room // share))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._rows:
            self._fit_columns()

    def _selected(self) -> Treatment | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _clinics(self) -> list[str]:
        return [t.clinic for t in self._rows if t.clinic]

    def add(self) -> TreatmentDialog:
        dialog = TreatmentDialog(self.journal.add_treatment, None, self._clinics(), self,
                                 now=self._now.now)
        dialog.open()
        return dialog

    def edit_selected(self) -> TreatmentDialog | None:
        t = self._selected()
        if t is None:
            return None
        dialog = TreatmentDialog(self.journal.update_treatment, t, self._clinics(), self,
                                 now=self._now.now)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        t = self._selected()
        if t is None or t.id is None:
            return
        if ask(
            self, self.tr("Delete this treatment?"),
            self.tr("Delete the {kind} session of {day}? This cannot be undone.").format(
                kind=kind_label(t.kind),
                day=when_text(t.at, self.tr("dddd dd MMMM yyyy")))):
            self.journal.delete_treatment(t.id)
