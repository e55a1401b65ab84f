"""The charts of the Insights view: which there are, in what order, their accessible names
(translated where shown, context "InsightsView"), heights and tables, and how each is built.
pyqtgraph is imported when a chart is first built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from moodlog.charts import session_tables, tables
from moodlog.charts.tables import Table
from moodlog.core.analysis import Analysis
from moodlog.ui.translate_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import pyqtgraph as pg

    from moodlog.charts.style import ChartStyle


def build_chart(key: str, a: Analysis, style: ChartStyle) -> pg.PlotItem:
    from moodlog.charts import effects, scores, session, symptoms, timeline

    if key == "mood":
        return timeline.mood_chart(a, style)
    if key == "symptoms":
        return symptoms.symptom_heatmap(a, style)
    if key in ("phq9", "gad7"):
        return scores.questionnaire_chart(a, key, style)
    if key == "sleep":
        return timeline.sleep_chart(a, style)
    if key == "session_bp":
        return session.session_bp_chart(a, style)
    if key == "dissociation":
        return session.dissociation_chart(a, style)
    return effects.side_effects_chart(a, style)


@dataclass(frozen=True)
class _Chart:
    key: str
    #: The accessible names of the chart and of its table (translated where shown).
    name: str
    table_name: str
    height: int
    table: Callable[[Analysis, date, date], Table]


CHARTS: tuple[_Chart, ...] = (
    _Chart("mood", QT_TRANSLATE_NOOP("InsightsView", "Mood chart"),
           QT_TRANSLATE_NOOP("InsightsView", "Mood table"), 240, tables.mood_table),
    _Chart("symptoms", QT_TRANSLATE_NOOP("InsightsView", "Symptom heatmap"),
           QT_TRANSLATE_NOOP("InsightsView", "Symptom table"), 250, tables.symptom_table),
    _Chart("phq9", QT_TRANSLATE_NOOP("InsightsView", "PHQ-9 chart"),
           QT_TRANSLATE_NOOP("InsightsView", "PHQ-9 table"), 200,
           partial(tables.questionnaire_table, instrument="phq9")),
    _Chart("gad7", QT_TRANSLATE_NOOP("InsightsView", "GAD-7 chart"),
           QT_TRANSLATE_NOOP("InsightsView", "GAD-7 table"), 170,
           partial(tables.questionnaire_table, instrument="gad7")),
    _Chart("sleep", QT_TRANSLATE_NOOP("InsightsView", "Sleep chart"),
           QT_TRANSLATE_NOOP("InsightsView", "Sleep table"), 150, tables.sleep_table),
    _Chart("side_effects", QT_TRANSLATE_NOOP("InsightsView", "Side effects chart"),
           QT_TRANSLATE_NOOP("InsightsView", "Side effects table"), 170,
           tables.side_effects_table),
    _Chart("session_bp", QT_TRANSLATE_NOOP("InsightsView", "Blood pressure per session chart"),
           QT_TRANSLATE_NOOP("InsightsView", "Blood pressure per session table"), 170,
           session_tables.session_bp_table),
    _Chart("dissociation", QT_TRANSLATE_NOOP("InsightsView", "Dissociation per session chart"),
           QT_TRANSLATE_NOOP("InsightsView", "Dissociation per session table"), 150,
           session_tables.dissociation_table),
)
