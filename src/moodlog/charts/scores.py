"""PHQ-9 and GAD-7 totals over time on their severity bands, with the PHQ-9 outcome lines."""

from __future__ import annotations

from datetime import date

import numpy as np
import pyqtgraph as pg

from moodlog.charts.fast_items import Bands, device_lines
from moodlog.charts.key import TitleKey
from moodlog.charts.palette import response_y
from moodlog.charts.qt_text import QCoreApplication
from moodlog.charts.style import ChartStyle, day_x, new_plot
from moodlog.charts.tables import band_tick, baseline_name
from moodlog.core.analysis import Analysis, ScorePoint
from moodlog.core.outcomes import PHQ9
from moodlog.core.questionnaires import instrument as get_instrument

TOTAL_NAME = "Total"
BASELINE_NAME = "Baseline"
RESPONSE_NAME = "Response (50% below baseline)"
REMISSION_NAME = "Remission (below 5)"

_COLOURS = {"phq9": "orange", "gad7": "green"}


REMISSION_Y = PHQ9.remission_max + 0.5


def _hline(plot: pg.PlotItem, y: float, pen: pg.QtGui.QPen, name: str) -> pg.InfiniteLine:
    """A horizontal line named in the chart's key (a label on the line covered points)."""
    line = pg.InfiniteLine(pos=y, angle=0, pen=pen, movable=False)
    line.setObjectName(name)
    plot.addItem(line)
    if isinstance(plot.legend, TitleKey):
        plot.legend.add_entries([(line, name)])
    return line


def questionnaire_chart(analysis: Analysis, instrument: str = "phq9",
                        style: ChartStyle | None = None, at: date | None = None) -> pg.PlotItem:
    """Totals of ``instrument`` ("phq9" or "gad7"); incomplete questionnaires leave a gap.

    The PHQ-9 baseline and response lines are those of the course under way on ``at`` (by
    default the journal's last day); there are none if no course had started by then."""
    style = style or ChartStyle.light()
    inst = get_instrument(instrument)
    title = QCoreApplication.translate("Charts", "{name} total").format(name=inst.name)
    plot = new_plot(style, title, f"0\u2013{inst.max_total}")
    TitleKey(plot, style, title)
    bands = Bands([(max(-0.5, band.low - 0.5), band.high + 0.5, style.muted(0.04 + 0.045 * i))
                   for i, band in enumerate(inst.bands)])
    bands.setObjectName("bands")
    bands.setZValue(-20)
    plot.addItem(bands)
    right = plot.getAxis("right")
    right.setStyle(showValues=True)
    right.setTicks([[((b.low + b.high) / 2, band_tick(b.label)) for b in inst.bands], []])
    right.setTextPen(style.muted(0.75))

    points: tuple[ScorePoint, ...] = analysis.phq9 if instrument == "phq9" else analysis.gad7
    x = np.array([day_x(p.day) for p in points], dtype=float)
    y = np.array([np.nan if p.total is None else p.total for p in points], dtype=float)
    colour = style.colour(_COLOURS.get(instrument, "blue"))
    totals = device_lines(pg.PlotDataItem(x, y, name=title, connect="finite",
                                          pen=pg.mkPen(colour, width=2), symbol="o",
                                          symbolSize=7, symbolBrush=colour,
                                          symbolPen=style.background))
    totals.setObjectName("total")
    plot.addItem(totals)
    if instrument == "phq9":
        course = analysis.course_under_way(at or analysis.series.end)
        base = None if course is None else course.baseline
        if base is not None:
            _hline(plot, base.total, pg.mkPen(style.foreground, width=1.2),
                   baseline_name(base.total, base.day))
            dashed = pg.mkPen(style.colour("blue"), width=1.6)
            dashed.setStyle(pg.QtCore.Qt.PenStyle.DashLine)
            _hline(plot, response_y(base.total), dashed, QCoreApplication.translate(
                "Charts", "Response (50% below baseline)"))
        dotted = pg.mkPen(style.colour("green"), width=1.8)
        dotted.setStyle(pg.QtCore.Qt.PenStyle.DotLine)
        _hline(plot, REMISSION_Y, dotted, QCoreApplication.translate(
            "Charts", "Remission (below 5)"))
    plot.setYRange(-0.5, inst.max_total + 0.5, padding=0)
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, inst.max_total + 1, 5)], []])
    return plot
