"""Moment marks and medication start/stop markers: what is plotted, read back from the items."""

from datetime import date, datetime, time

from moodlog.charts.moments import medication_markers, moment_marks
from moodlog.charts.style import ChartStyle, day_x, time_x
from moodlog.core.life import Medication, Moment


def test_moment_marks_sit_at_their_time_and_mood(qapp: object) -> None:
    moments = [Moment(date(2026, 3, 2), time(14, 0), 6), Moment(date(2026, 3, 3), time(8, 5), 4)]
    item = moment_marks(moments, ChartStyle.light())
    assert item is not None
    x, y = item.getData()
    assert list(x) == [time_x(datetime(2026, 3, 2, 14, 0)), time_x(datetime(2026, 3, 3, 8, 5))]
    assert list(y) == [6.0, 4.0]
    assert moment_marks([], ChartStyle.light()) is None


def test_medication_markers_at_start_and_stop_days_within_the_range(qapp: object) -> None:
    meds = [Medication("a", "A", active_from=date(2026, 1, 10), active_to=date(2026, 3, 1)),
            Medication("b", "B", active_from=date(2025, 6, 1))]
    item = medication_markers(meds, ChartStyle.light(), start=date(2026, 1, 1))
    assert item is not None
    x, y = item.getData()
    assert list(x) == [day_x(date(2026, 1, 10))] * 2 + [day_x(date(2026, 3, 1))] * 2
    assert list(y) == [-0.5, 10.5, -0.5, 10.5]
    assert medication_markers([Medication("c", "C")], ChartStyle.light()) is None
