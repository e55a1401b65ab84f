"""The shared time axis gives pyqtgraph's own ticks and labels, only faster."""

import random

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFont, QFontMetrics

from moodlog.charts.style import DAY, DayAxis, _apart

pytestmark = pytest.mark.usefixtures("qapp")


def test_ticks_and_labels_match_pyqtgraph_over_many_ranges() -> None:
    reference = pg.DateAxisItem(orientation="bottom", utcOffset=0)
    axis = DayAxis()
    reference.fontMetrics = axis.fontMetrics = QFontMetrics(QFont())
    rng = random.Random(7)
    for _ in range(60):
        start = 1.0e9 + rng.uniform(0, 30 * 365 * DAY)
        span = rng.choice([5, 28, 91, 365, 3650, 10950]) * DAY * rng.uniform(0.8, 1.25)
        width = rng.choice([400, 617, 1200])
        DayAxis._memo.clear()
        expected = _apart(reference.tickValues(start, start + span, width), reference.minSpacing)
        got = axis.tickValues(start, start + span, width)
        assert got == [(spacing, list(ticks)) for spacing, ticks in expected]
        for spacing, ticks in got:
            assert axis.tickStrings(ticks, 1, spacing) == reference.tickStrings(ticks, 1, spacing)
    assert axis.zoomLevels is DayAxis().zoomLevels  # one copy for every chart's axis
