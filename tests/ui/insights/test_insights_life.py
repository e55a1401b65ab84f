"""Insights shows the tag table, adherence and the daily-mood note beside the relief table."""

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from moodlog.charts.life_tables import RELIEF_USES_DAILY_MOOD
from moodlog.core.models import JournalData
from moodlog.ui.insights.insights_life import LifePanel
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow
from tests.conftest import DEMO_END

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")


def test_the_tag_table_follows_the_range(qtbot: QtBot, window: MainWindow, journal: Journal,
                                         demo_data: JournalData) -> None:
    journal.store.import_data(demo_data)
    journal.reload()
    window.show_page(4)
    view = window.insights
    panel = view.findChild(LifePanel)
    assert panel is not None
    view.set_range(DEMO_END - timedelta(days=89), DEMO_END)
    view.settle()
    table = panel.tags_model.table
    assert table.headers == ("Tag", "Days with", "Mood with", "Days without", "Mood without")
    labels = [row[0] for row in table.rows]
    assert "walk" in labels and "family" in labels
    checkins = journal.store.checkins(DEMO_END - timedelta(days=89), DEMO_END)
    walk = next(row for row in table.rows if row[0] == "walk")
    with_walk = [c.mood for c in checkins if "walk" in c.tags]
    assert walk[1] == str(len(with_walk)) and walk[2] == f"{sum(with_walk) / len(with_walk):.1f}"
    assert int(walk[1]) + int(walk[3]) == len(checkins)
    assert panel.meds_model.table.rows[0][0] == "Sertraline"
    assert panel.relief_note.text() == RELIEF_USES_DAILY_MOOD
    # a short range: every tag has fewer than 5 days one way or the other, and we say why
    view.set_range(DEMO_END - timedelta(days=3), DEMO_END)
    view.settle()
    assert panel.tags_model.table.rows == ()
    assert "fewer than 5 days" in panel.left_out.text()


def test_moments_are_small_marks_at_their_time_on_the_mood_chart(
        qtbot: QtBot, window: MainWindow, journal: Journal, demo_data: JournalData) -> None:
    from datetime import datetime

    import pyqtgraph as pg

    from moodlog.charts.moments import MOMENTS_NAME
    from moodlog.charts.style import time_x

    journal.store.import_data(demo_data)
    journal.reload()
    window.show_page(4)
    plot = window.insights.plots["mood"]
    (marks,) = [i for i in plot.listDataItems()
                if isinstance(i, pg.PlotDataItem) and i.name() == MOMENTS_NAME]
    x, y = marks.getData()
    moments = journal.store.moments()
    assert moments and len(x) == len(moments)
    assert list(x) == [time_x(datetime.combine(m.day, m.at)) for m in moments]
    assert list(y) == [m.mood for m in moments]
