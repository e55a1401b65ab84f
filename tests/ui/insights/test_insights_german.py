"""The Insights view and the charts' texts in German (issue 21): the real catalogue, plurals,
QLocale's day names and decimal comma; the relief definition is core's sentence."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot

from moodlog.charts import tables
from moodlog.core.models import JournalData
from moodlog.core.relief import DEFINITION
from moodlog.i18n import set_current_language
from moodlog.store import JournalStore
from moodlog.ui.common.i18n import translations_dir
from moodlog.ui.insights.insights import InsightsView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")


@pytest.fixture
def german(qapp: QCoreApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load("moodlog_de", translations_dir())
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("de"))
    set_current_language("de")
    yield
    set_current_language("en")
    QLocale.setDefault(QLocale("en_US"))
    qapp.removeTranslator(translator)


def _view(qtbot: QtBot, store: JournalStore, demo_data: JournalData) -> InsightsView:
    store.import_data(demo_data)
    v = InsightsView(store)
    qtbot.addWidget(v)
    v.settle()
    return v


def test_the_english_definition_is_cores(qtbot: QtBot, store: JournalStore,
                                         demo_data: JournalData) -> None:
    v = _view(qtbot, store, demo_data)
    assert v.summary_panel.definition_label.text() == DEFINITION


def test_insights_in_german(german: None, qtbot: QtBot, store: JournalStore,
                            demo_data: JournalData) -> None:
    v = _view(qtbot, store, demo_data)
    label = v.range_label.text()
    assert "Tageseinträge in 91 Tagen" in label, label
    assert v.preset_buttons["3m"].text() == "3 Monate"
    assert v.tables_toggle.text() == "Als Tabellen zeigen"
    assert "Median der Tage mit Besserung" in v.summary_panel.median_label.text() or (
        "Keine Ketamin" in v.summary_panel.median_label.text())
    a = v.analysis
    assert a is not None
    start, end = v.current_range() or (a.series.start, a.series.end)
    mood = tables.mood_table(a, start, end)
    assert mood.headers[:2] == ("Datum", "Stimmung (0-10)")
    weekday = QLocale("de").dayName(end.isoweekday(), QLocale.FormatType.ShortFormat)
    assert mood.rows[-1][0].startswith(weekday), mood.rows[-1][0]
    means = [row[2] for row in mood.rows if row[2] != tables.NONE_MARK]
    assert means and all("," in m and "." not in m for m in means)
    hover = tables.day_summary(a, end)
    assert "Stimmung" in hover and "7-Tage-Mittel" in hover, hover
    assert tables.relief_table(list(a.relief)).headers[-1] == "Besserung (Tage)"
