"""Side effects per treatment session, as bars stacked by side effect (each rated 0-3)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from moodlog.charts.key import TitleKey
from moodlog.charts.qt_text import QCoreApplication
from moodlog.charts.style import (
    DAY,
    SIDE_EFFECT_COLOURS,
    ChartStyle,
    day_x,
    new_plot,
)
from moodlog.charts.tables import side_effect_text
from moodlog.core.analysis import Analysis
from moodlog.core.treatments import SIDE_EFFECTS

BAR_WIDTH = 0.8 * DAY


def legend_pieces(style: ChartStyle) -> list[tuple[str, str]]:
    """A swatch per side effect, for the key in the chart's title row (charts/key.py)."""
    return [(f'<span style="color:{style.colour(SIDE_EFFECT_COLOURS[k]).name()}; '
             f'font-size:13pt">\u25a0</span>&nbsp;{side_effect_text(k)}',
             f"\u25a0 {side_effect_text(k)}") for k in SIDE_EFFECTS]


def side_effects_chart(analysis: Analysis, style: ChartStyle | None = None) -> pg.PlotItem:
    """One bar per session that rated side effects; sessions with none rated have no bar."""
    style = style or ChartStyle.light()
    plot = new_plot(style, "", QCoreApplication.translate("Charts", "sum of ratings"))
    TitleKey(plot, style, QCoreApplication.translate("Charts", "Side effects per session"),
             pieces=legend_pieces(style))
    rated = [s.treatment for s in analysis.sessions if s.total is not None]
    x = np.array([day_x(t.day) for t in rated], dtype=float)
    bottom = np.zeros(len(rated))
    for key in SIDE_EFFECTS:
        height = np.array([t.side_effects.get(key, 0) for t in rated], dtype=float)
        if not height.any():
            continue
        colour = style.colour(SIDE_EFFECT_COLOURS[key])
        bars = pg.BarGraphItem(x=x, y0=bottom.copy(), height=height, width=BAR_WIDTH,
                               brush=colour, pen=pg.mkPen(None))
        # No name: the swatches in the title row are the key (a name added each side effect
        # to it a second time, as a grey square).
        bars.setObjectName(key)
        plot.addItem(bars)
        bottom += height
    top = max(6.0, float(bottom.max()) + 1 if len(bottom) else 6.0)
    plot.setYRange(0, top, padding=0)
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, int(top) + 1, 3)], []])
    return plot

