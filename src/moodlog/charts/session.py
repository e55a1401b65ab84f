"""Per session: the pre-dose and the highest blood pressure after dosing, and dissociation as
the patient rated it (0-3) with the clinic's CADSS total written above when there is one.

Plain numbers shown, nothing judged: the same data as ``charts.session_tables``, which the
window shows under "Show as tables".
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from moodlog.charts.key import TitleKey
from moodlog.charts.qt_text import QCoreApplication
from moodlog.charts.session_tables import sessions_with_bp
from moodlog.charts.style import DAY, ChartStyle, day_x, new_plot, set_title
from moodlog.core.analysis import Analysis
from moodlog.core.session import CADSS_FORMS, pre_and_peak

PRE_NAME = "before dosing"
PEAK_NAME = "highest after dosing"
BAR_WIDTH = 0.8 * DAY


def session_bp_chart(analysis: Analysis, style: ChartStyle | None = None) -> pg.PlotItem:
    """Systolic and diastolic before dosing (open) and at their highest after (filled)."""
    style = style or ChartStyle.light()
    plot = new_plot(style, "", "mmHg")
    TitleKey(plot, style, QCoreApplication.translate(
        "Charts", "Blood pressure per session: before dosing and highest after "
        "(\u25b2 systolic, \u25bc diastolic)"))
    names = (QCoreApplication.translate("Charts", "before dosing"),
             QCoreApplication.translate("Charts", "highest after dosing"))
    sessions = sessions_with_bp(analysis)
    x = np.array([day_x(t.day) for t in sessions], dtype=float)
    pairs = [pre_and_peak(t.readings) for t in sessions]
    for index, filled in enumerate((False, True)):
        colour = style.colour("vermillion" if filled else "blue")
        for part, symbol in (("systolic", "t1"), ("diastolic", "t")):
            y = np.array([np.nan if p[index] is None else getattr(p[index], part)
                          for p in pairs], dtype=float)
            item = pg.PlotDataItem(x, y, pen=None, symbol=symbol, symbolSize=8,
                                   symbolPen=pg.mkPen(colour, width=1.4),
                                   symbolBrush=colour if filled else style.background,
                                   name=names[index] if part == "systolic" else None)
            item.setObjectName(f"{part}_{'peak' if filled else 'pre'}")
            plot.addItem(item)
    plot.setYRange(40, 205, padding=0)  # the key is in the title row (charts/key.py)
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(60, 201, 40)], []])
    return plot


def dissociation_chart(analysis: Analysis, style: ChartStyle | None = None) -> pg.PlotItem:
    """Patient-rated dissociation (0-3) per session as bars; "CADSS n" above a bar when the
    clinic reported a total (its own scale, so written, not drawn to a shared axis)."""
    style = style or ChartStyle.light()
    plot = new_plot(style, "", QCoreApplication.translate("Charts", "0 none \u2013 3 severe"))
    set_title(plot, QCoreApplication.translate(
        "Charts", "Dissociation per session: bars yours (0-3); numbers the CADSS total as "
        "reported by the clinic"), style)
    rated = [t for t in analysis.treatments if "dissociation" in t.side_effects]
    x = np.array([day_x(t.day) for t in rated], dtype=float)
    height = np.array([t.side_effects["dissociation"] for t in rated], dtype=float)
    bars = pg.BarGraphItem(x=x, y0=np.zeros(len(rated)), height=height, width=BAR_WIDTH,
                           brush=style.colour("purple"), pen=pg.mkPen(None))
    bars.setObjectName("dissociation")
    plot.addItem(bars)
    for t in analysis.treatments:
        if t.session.cadss is None:
            continue
        high = CADSS_FORMS[t.session.cadss_form][1]
        label = pg.TextItem(f"{t.session.cadss}/{high}", color=style.foreground,
                            anchor=(0.5, 1.0))
        label.setObjectName("cadss")
        label.setPos(day_x(t.day), t.side_effects.get("dissociation", 0) + 0.1)
        plot.addItem(label)
    plot.setYRange(0, 4.6, padding=0)
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 4)], []])
    return plot
