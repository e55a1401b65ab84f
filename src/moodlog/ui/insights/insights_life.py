"""The Insights side panel's life part: mood with and without each tag, and adherence.

Attached to an InsightsView from outside (it follows the view's ``range_changed``), so that the
view itself needs no knowledge of tags.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from moodlog.charts.life_tables import (
    adherence_table,
    left_out_note,
    relief_uses_daily_mood,
    tag_table,
    tags_intro,
)
from moodlog.charts.moments import add_moment_marks, medication_markers
from moodlog.charts.style import ChartStyle
from moodlog.core.life_stats import adherence, tag_moods
from moodlog.ui.common.table_model import table_view
from moodlog.ui.insights.insights_summary import fit_rows
from moodlog.ui.journal import Journal

if TYPE_CHECKING:
    from moodlog.ui.insights.insights import InsightsView


def _label(text: str, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class LifePanel(QWidget):
    """Tag table and adherence for the range the charts show."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._range: tuple[date, date] | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        # Placed beside the relief table by attach(); kept here so it has an owner.
        self.relief_note = _label(relief_uses_daily_mood())
        box.addWidget(_label(self.tr("Tags"), bold=True))
        box.addWidget(_label(tags_intro()))
        self.tags_view, self.tags_model = table_view(
            self.tr("Mood on days with and without each tag"))
        box.addWidget(self.tags_view)
        self.left_out = _label("")
        box.addWidget(self.left_out)
        self.meds_title = _label(self.tr("Medications taken"), bold=True)
        box.addWidget(self.meds_title)
        self.meds_view, self.meds_model = table_view(
            self.tr("Medications: days taken of days answered"))
        box.addWidget(self.meds_view)
        journal.changed.connect(lambda _what: self.refresh())

    def show_range(self, start: date, end: date) -> None:
        self._range = (start, end)
        self.refresh()

    def refresh(self) -> None:
        if self._range is None or not self.journal.is_open:
            return
        start, end = self._range
        checkins = self.journal.store.checkins(start, end)
        rows = tag_moods(checkins, self.journal.tags(), start, end)
        self.tags_model.set_table(tag_table(rows))
        fit_rows(self.tags_view)
        note = left_out_note(rows)
        if not rows:
            note = self.tr("No tags on the check-ins of this range.")
        self.left_out.setText(note)
        meds = adherence(checkins, self.journal.medications(), start, end)
        self.meds_model.set_table(adherence_table(meds))
        fit_rows(self.meds_view)
        self.meds_title.setVisible(bool(meds))
        self.meds_view.setVisible(bool(meds))


def attach(view: InsightsView, journal: Journal) -> LifePanel:
    """Add the panel under the Insights side panel and follow the view's range."""
    panel = LifePanel(journal)
    summary = view.summary_panel
    summary.add_section(panel)
    summary.add_section(panel.relief_note, after=summary.definition_label)
    view.range_changed.connect(panel.show_range)

    def marks(plot: pg.PlotItem, style: ChartStyle) -> None:
        if journal.is_open:
            add_moment_marks(plot, journal.moments(), style)
            started = medication_markers(journal.medications(), style)
            if started is not None:
                plot.addItem(started)

    view.mood_extras.append(marks)
    if "mood" in view.plots:
        marks(view.plots["mood"], ChartStyle.from_palette(view.palette()))
    current = view.current_range()
    if current is not None:
        panel.show_range(*current)
    return panel
