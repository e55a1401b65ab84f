"""The session charts and their tables: pre-dose and highest BP, dissociation with CADSS."""

from datetime import date, datetime, time

import numpy as np
import pyqtgraph as pg
import pytest

from moodlog.charts.session import dissociation_chart, session_bp_chart
from moodlog.charts.session_tables import dissociation_table, session_bp_table
from moodlog.charts.style import day_x
from moodlog.core.analysis import Analysis, analyse
from moodlog.core.models import Treatment
from moodlog.core.series import DayEntry
from moodlog.core.session import Reading, SessionDetails

pytestmark = pytest.mark.usefixtures("qapp")
D1, D2, D3 = date(2026, 3, 2), date(2026, 3, 5), date(2026, 3, 9)


@pytest.fixture
def sessions() -> Analysis:
    treatments = [
        Treatment(datetime.combine(D1, time(10)), "esketamine_nasal",
                  readings=(Reading(0, 128, 82), Reading(40, 152, 94), Reading(120, 130, 85)),
                  session=SessionDetails(devices=2, cadss=22), side_effects={"dissociation": 3}),
        Treatment(datetime.combine(D2, time(10)), "esketamine_nasal",
                  readings=(Reading(0, 145, 92), Reading(40, 150, 99), Reading(120, 160, 90)),
                  side_effects={"dissociation": 2}),
        Treatment(datetime.combine(D3, time(10)), "esketamine_nasal",
                  readings=(Reading(0, heart_rate=70),),
                  session=SessionDetails(cadss=4, cadss_form="cadss6")),
    ]
    entries = [DayEntry(d, 5, None, {}) for d in (D1, D2, D3)]
    return analyse(entries, treatments, [], ())


def _data(plot: pg.PlotItem, name: str) -> tuple[np.ndarray, np.ndarray]:
    (item,) = [i for i in plot.items if i.objectName() == name]
    x, y = item.getData()
    return x, y


def test_bp_chart_plots_pre_dose_and_the_highest_after(sessions: Analysis) -> None:
    plot = session_bp_chart(sessions)
    x, pre = _data(plot, "systolic_pre")
    assert list(x) == [day_x(D1), day_x(D2)]  # the third session has no blood pressure
    assert list(pre) == [128, 145]
    assert list(_data(plot, "systolic_peak")[1]) == [152, 160]
    assert list(_data(plot, "diastolic_peak")[1]) == [94, 90]  # the highest systolic's pair


def test_dissociation_chart_has_the_patients_bars_and_the_clinics_totals(
        sessions: Analysis) -> None:
    plot = dissociation_chart(sessions)
    (bars,) = [i for i in plot.items if isinstance(i, pg.BarGraphItem)]
    assert list(bars.opts["height"]) == [3, 2]
    labels = sorted(i.toPlainText() for i in plot.items if isinstance(i, pg.TextItem))
    assert labels == ["22/92", "4/24"]


def test_tables_hold_the_same_numbers(sessions: Analysis) -> None:
    bp = session_bp_table(sessions, D1, D3)
    assert [r[2:] for r in bp.rows] == [("128/82", "152/94 (+40 min)", "3"),
                                        ("145/92", "160/90 (+120 min)", "3")]
    dis = dissociation_table(sessions, D1, D3)
    assert [r[2:4] for r in dis.rows] == [("3", "CADSS 22/92"), ("2", "\u2013"),
                                          ("\u2013", "CADSS-6 4/24")]
    assert "as reported by the clinic" in dis.headers[3]
    assert session_bp_table(sessions, D3, D3).rows == ()
