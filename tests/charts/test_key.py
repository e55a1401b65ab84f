"""Chart keys sit in the title row and wrap to the chart's width: they never cover data and
are never cut (the mood key covered the 8-10 band and ended in "Moment (how you were")."""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication

from moodlog.charts.key import TitleKey, mark_of
from moodlog.charts.scores import questionnaire_chart
from moodlog.charts.symptoms import symptom_heatmap
from moodlog.charts.timeline import mood_chart
from moodlog.core.analysis import Analysis


def _shown(plot: pg.PlotItem, width: int) -> tuple[list[str], float, float]:
    """Lay ``plot`` out at ``width``: the key's lines as plain text, the title row's height
    and the top of the data area."""
    widget = pg.GraphicsLayoutWidget()
    widget.addItem(plot)
    widget.resize(width, 320)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    key = plot.legend
    assert isinstance(key, TitleKey)
    lines = [re.sub(r"<[^>]+>", "", line).replace("&nbsp;", " ") for line in key.lines]
    title = plot.titleLabel.mapRectToScene(plot.titleLabel.boundingRect())
    data = plot.vb.mapRectToScene(plot.vb.boundingRect())
    widget.close()
    return lines, title.bottom(), data.top()


@pytest.mark.parametrize("width", [360, 520, 1400])
def test_the_mood_key_wraps_names_everything_and_stays_above_the_data(
        qapp: QApplication, analysis: Analysis, width: int) -> None:
    plot = mood_chart(analysis)
    lines, title_bottom, data_top = _shown(plot, width)
    text = " ".join(lines)
    for name in plot.legend.names():
        assert name in text  # nothing cut off
    assert title_bottom <= data_top + 1  # the key is above the data, not over it
    if width == 360:
        assert len(lines) >= 3
    if width == 1400:
        assert len(lines) == 1


def test_phq9_lines_are_named_in_the_key_not_in_boxes_over_the_points(
        qapp: QApplication, analysis: Analysis) -> None:
    plot = questionnaire_chart(analysis, "phq9")
    lines = [i for i in plot.items if isinstance(i, pg.InfiniteLine)]
    assert lines and all(getattr(i, "label", None) is None for i in lines)
    names = plot.legend.names()
    assert any(n.startswith("Baseline 18") for n in names)
    assert {"Remission (below 5)"} <= set(names)
    assert "PHQ-9 total" in plot.legend.lines[0]  # the chart's own line leads, with its mark


def test_the_symptom_key_wraps_too(qapp: QApplication, analysis: Analysis) -> None:
    lines, _, _ = _shown(symptom_heatmap(analysis), 380)
    text = " ".join(lines)
    assert len(lines) >= 2 and "no check-in" in text and "3 severe" in text


def test_marks_follow_what_they_stand_for(qapp: QApplication) -> None:
    dots = pg.PlotDataItem([0], [1], pen=None, symbol="o", symbolBrush="#0072B2")
    line = pg.PlotDataItem([0, 1], [1, 2], pen=pg.mkPen("#D55E00", width=2))
    hollow = pg.PlotDataItem([0], [1], pen=None, symbol="d", symbolBrush=None,
                             symbolPen="#444444")
    assert mark_of(dots) == ("\u25cf", mark_of(dots)[1]) and mark_of(dots)[1].name() == "#0072b2"
    assert mark_of(line)[0] == "\u2501" * 2 and mark_of(line)[1].name() == "#d55e00"
    assert mark_of(hollow)[0] == "\u25c7"
