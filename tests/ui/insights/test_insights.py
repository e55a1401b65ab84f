"""The Insights view: presets, linked zoom, hover, tables, summaries, accessibility."""

import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDateEdit, QTableView
from pytestqt.qtbot import QtBot

from moodlog.charts.style import DAY, day_x
from moodlog.core.analysis import analyse
from moodlog.core.models import JournalData
from moodlog.core.treatments import TREATMENT_KINDS
from moodlog.store import JournalStore
from moodlog.ui.insights.insights import CUSTOM, PRESETS, InsightsView
from tests.conftest import DEMO_END

# The offscreen platform says it cannot raise windows or propagate size hints; not our concern.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")


@pytest.fixture
def view(qtbot: QtBot, store: JournalStore, demo_data: JournalData) -> InsightsView:
    store.import_data(demo_data)
    v = InsightsView(store)
    qtbot.addWidget(v)
    v.resize(1300, 900)
    v.show()
    qtbot.waitExposed(v)
    return v


def _days_back(n: int) -> date:
    return DEMO_END - timedelta(days=n)


def test_opens_on_three_months_ending_on_the_last_day(view: InsightsView) -> None:
    assert view.current_range() == (_days_back(90), DEMO_END)
    assert view.visible_range() == (_days_back(90), DEMO_END)
    assert view.preset_buttons["3m"].isChecked()
    assert view.to_edit.date().toPython() == DEMO_END
    assert "check-ins in 91 days" in view.range_label.text()


@pytest.mark.parametrize(("key", "first"), [("4w", _days_back(27)), ("1y", _days_back(364)),
                                             ("all", DEMO_END - timedelta(days=399))])
def test_presets_set_the_range_of_every_chart(view: InsightsView, key: str,
                                              first: date) -> None:
    seen = []
    view.range_changed.connect(lambda s, e: seen.append((s, e)))
    view.preset_buttons[key].click()
    assert view.current_range() == (first, DEMO_END) and seen == [(first, DEMO_END)]
    for plot in view.plots.values():
        # A chart scrolled out of sight takes the range when it is next painted.
        plot.getViewWidget().grab()
        x0, x1 = plot.vb.viewRange()[0]
        assert x0 == pytest.approx(day_x(first) - DAY / 2, abs=1)
        assert x1 == pytest.approx(day_x(DEMO_END) + DAY / 2, abs=1)
    assert PRESETS[key][0] == view.preset_buttons[key].text()


def _spin(condition: Callable[[], bool]) -> None:
    """Run the event loop until ``condition`` holds (5 s at most). By hand, because after the
    window smoke test in the same session QEventLoop.exec() (so qtbot.wait) returns at once."""
    deadline = time.monotonic() + 5
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    assert condition()


def test_the_summary_follows_the_charts_on_its_own(view: InsightsView) -> None:
    view.preset_buttons["4w"].click()
    assert view.current_range() == (_days_back(27), DEMO_END)  # the charts at once
    _spin(lambda: "in 28 days" in view.range_label.text())  # the summary a moment later
    assert view.from_edit.date().toPython() == _days_back(27)


def test_custom_dates_set_the_range(view: InsightsView) -> None:
    view.from_edit.setDate(date(2026, 3, 1))
    view.to_edit.setDate(date(2026, 3, 31))
    assert view.current_range() == (date(2026, 3, 1), date(2026, 3, 31))
    assert view.preset_buttons[CUSTOM].isChecked()
    assert view.visible_range() == (date(2026, 3, 1), date(2026, 3, 31))


def test_zooming_one_chart_zooms_all_and_becomes_the_range(qtbot: QtBot,
                                                           view: InsightsView) -> None:
    first, last = date(2026, 5, 1), date(2026, 5, 20)
    view.plots["sleep"].setXRange(day_x(first) - DAY / 2, day_x(last) + DAY / 2, padding=0)
    for plot in view.plots.values():
        plot.getViewWidget().grab()  # out of sight: follows when painted
        assert plot.vb.viewRange()[0] == pytest.approx(view.plots["sleep"].vb.viewRange()[0])
    _spin(lambda: view.current_range() == (first, last))
    assert view.preset_buttons[CUSTOM].isChecked()
    assert view.from_edit.date().toPython() == first and view.to_edit.date().toPython() == last


def test_hover_shows_that_days_values_and_treatments(view: InsightsView) -> None:
    a = view.analysis
    assert a is not None
    treatment = a.treatments[-1]
    view.set_range(treatment.day - timedelta(days=10), treatment.day + timedelta(days=10))
    plot = view.plots["mood"]
    scene_pos = plot.vb.mapViewToScene(QPointF(day_x(treatment.day), 5))
    plot.scene().sigMouseMoved.emit(scene_pos)
    text = view.hover_text
    assert text.startswith(f"{treatment.day:%a %d %b %Y}")
    assert f"Treatment: {TREATMENT_KINDS[treatment.kind]}" in text
    mood = a.series.mood[a.series.index(treatment.day)]
    assert f"Mood {mood}/10" in text


def test_the_session_charts_show_the_demo_esketamine_course(view: InsightsView) -> None:
    course = [t for t in demo_course(view)]
    assert len(course) == 8
    bp = view.plots["session_bp"]
    (pre,) = [i for i in bp.items if i.objectName() == "systolic_pre"]
    x, y = pre.getData()
    assert [t.readings[0].systolic for t in course] == [int(v) for v in y[-8:]]
    dissociation = view.plots["dissociation"]
    labels = [i.toPlainText() for i in dissociation.items if hasattr(i, "toPlainText")]
    assert labels == [f"{t.session.cadss}/92" for t in course if t.session.cadss is not None]
    view.tables_toggle.setChecked(True)
    table = view.chart_tables["dissociation"].table
    assert "CADSS (as reported by the clinic)" in table.headers


def demo_course(view: InsightsView) -> list:
    a = view.analysis
    assert a is not None
    return [t for t in a.treatments if t.kind == "esketamine_nasal"]


def test_tables_show_the_numbers_of_the_range(view: InsightsView) -> None:
    view.preset_buttons["4w"].click()
    view.tables_toggle.setChecked(True)
    for panel in view.panels.values():
        assert isinstance(panel.currentWidget(), QTableView)
    mood = view.chart_tables["mood"].table
    assert len(mood.rows) == 28 and mood.rows[-1][0] == f"{DEMO_END:%a %d %b %Y}"
    view.preset_buttons["3m"].click()  # tables follow the range while shown
    view.settle()
    assert len(view.chart_tables["mood"].table.rows) == 91
    view.tables_toggle.setChecked(False)
    assert isinstance(view.panels["mood"].currentWidget(), pg.PlotWidget)


def test_relief_table_and_before_after_follow_the_range(view: InsightsView) -> None:
    view.preset_buttons["all"].click()
    view.settle()
    a = view.analysis
    assert a is not None
    panel = view.summary_panel
    assert panel.relief_model.rowCount() == len(a.relief)
    median = a.median_relief(a.series.start, a.series.end)
    assert median is not None and f"Median days of relief: {median:g}" in panel.median_label.text()
    assert panel.compare_model.table.rows[0][0] == "Mood (0-10)"
    assert "PHQ-9 baseline" in panel.outcome_label.text()
    view.set_range(date(2025, 7, 1), date(2025, 7, 20))  # before any treatment
    view.settle()
    assert view.summary_panel.relief_model.rowCount() == 0
    assert "No ketamine or esketamine treatments" in view.summary_panel.median_label.text()


def test_controls_without_text_have_accessible_names(view: InsightsView) -> None:
    for cls in (QDateEdit, QTableView, pg.PlotWidget):
        widgets = view.findChildren(cls)
        assert widgets
        for w in widgets:
            assert w.accessibleName(), w


def test_a_palette_change_redraws_in_the_new_colours(qtbot: QtBot, view: InsightsView) -> None:
    view.preset_buttons["1y"].click()
    before = view.plots["mood"]
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    view.setPalette(dark)
    assert view.plots["mood"] is not before
    assert view.current_range() == (_days_back(364), DEMO_END)
    assert view.preset_buttons["1y"].isChecked()


def test_an_empty_journal_says_so(qtbot: QtBot, store: JournalStore) -> None:
    v = InsightsView(store)
    qtbot.addWidget(v)
    assert v.analysis is not None and v.analysis.empty
    assert v._pages.currentWidget() is v.empty_label
    v.preset_buttons["all"].click()  # nothing to do, nothing breaks
    assert v.current_range() is None
    v.show()
    qtbot.waitExposed(v)
    # No range to choose and no "2000-01-01" dates: only the calm empty message shows.
    assert not v.range_bar.isVisible() and not v.range_label.isVisible()
    assert v.empty_label.isVisible()


def test_the_range_reads_as_days_do_elsewhere(view: InsightsView) -> None:
    start = _days_back(90)
    assert view.from_edit.text() == f"{start:%a} {start.day} {start:%b %Y}"
    assert view.range_label.text().startswith(f"{start:%a %d %b %Y} \u2013 {DEMO_END:%a %d %b %Y}")


def test_accepts_a_callable_that_returns_the_analysis(qtbot: QtBot,
                                                      demo_data: JournalData) -> None:
    a = analyse(demo_data.checkins, demo_data.treatments, demo_data.questionnaires,
                demo_data.symptoms)
    v = InsightsView(lambda: a)
    qtbot.addWidget(v)
    assert v.analysis is a and v.current_range() == (_days_back(90), DEMO_END)


def test_importing_the_view_does_not_import_pyqtgraph() -> None:
    code = ("import sys, moodlog.ui.insights.insights, moodlog.charts.tables;"
            "print('pyqtgraph' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


def test_every_chart_draws_time_at_the_same_place(qtbot: QtBot, view: InsightsView) -> None:
    view.preset_buttons["all"].click()
    boxes = {k: p.vb.sceneBoundingRect() for k, p in view.plots.items()}
    lefts = {round(b.left()) for b in boxes.values()}
    widths = {round(b.width()) for b in boxes.values()}
    assert len(lefts) == 1 and len(widths) == 1, boxes


def test_charts_out_of_sight_follow_the_range_when_they_are_painted(
        view: InsightsView) -> None:
    in_sight = [k for k, p in view.plots.items()
                if not p.getViewWidget().viewport().visibleRegion().isEmpty()]
    out_of_sight = [k for k in view.plots if k not in in_sight]
    assert "mood" in in_sight and out_of_sight  # the view is 900 px high: some are below
    view.preset_buttons["1y"].click()
    wanted = view.plots["mood"].vb.viewRange()[0]
    for key in in_sight:
        assert view.plots[key].vb.viewRange()[0] == pytest.approx(wanted)
    for key in out_of_sight:
        plot = view.plots[key]
        plot.getViewWidget().grab()
        assert plot.vb.viewRange()[0] == pytest.approx(wanted)
    # Scrolled into sight, the last chart zooms every chart again.
    last = view.plots[out_of_sight[-1]]
    view.chart_scroll.ensureWidgetVisible(last.getViewWidget())
    QApplication.processEvents()
    first, end = date(2026, 4, 1), date(2026, 4, 30)
    last.setXRange(day_x(first) - DAY / 2, day_x(end) + DAY / 2, padding=0)
    view.plots["mood"].getViewWidget().grab()
    assert view.plots["mood"].vb.viewRange()[0] == pytest.approx(last.vb.viewRange()[0])
    assert view.visible_range() == (first, end)
