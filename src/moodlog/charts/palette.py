"""What the charts are drawn with, without pyqtgraph: the palette, the kinds' line styles, the
axes' fixed sizes and the time scale (x in seconds, a day's check-in at its noon).

``charts.style`` (the window's pyqtgraph charts) and the report's QPainter charts
(``report.paper``) share these, so the window and the paper keep the same colours.
"""

from __future__ import annotations

import math
from datetime import date, datetime

from PySide6.QtCore import Qt

DAY = 86_400.0
_EPOCH = date(1970, 1, 1)
_EPOCH_DT = datetime(1970, 1, 1)

OKABE_ITO: dict[str, str] = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}

#: Severity 0-3 as a sequential scale (after matplotlib's "magma"): readable on light and dark
#: backgrounds and for colour-blind readers; "unanswered" is a neutral grey outside the scale.
SEVERITY_COLOURS: tuple[str, ...] = ("#FCE9A9", "#F8875F", "#B8377E", "#4E1574")
UNANSWERED_COLOUR = "#8F8F8F"

#: Treatment kind -> (Okabe-Ito colour, or None for the neutral foreground; line style).
#: Context kinds (not ketamine) share a muted colour and differ by dashes.
KIND_STYLES: dict[str, tuple[str | None, Qt.PenStyle]] = {
    "ketamine_iv": ("vermillion", Qt.PenStyle.SolidLine),
    "esketamine_nasal": ("purple", Qt.PenStyle.DashLine),
    "ketamine_im": ("orange", Qt.PenStyle.DashDotLine),
    "ketamine_oral": ("green", Qt.PenStyle.DotLine),
    "medication_change": (None, Qt.PenStyle.DashLine),
    "tms": (None, Qt.PenStyle.DotLine),
    "psychotherapy": (None, Qt.PenStyle.DashDotLine),
    "other": (None, Qt.PenStyle.DashDotDotLine),
}

SIDE_EFFECT_COLOURS: dict[str, str] = {
    "dissociation": "purple",
    "nausea": "green",
    "dizziness": "orange",
    "headache": "vermillion",
    "drowsiness": "sky_blue",
    "anxiety": "yellow",
    "confusion": "blue",
}

#: Fixed axis widths so that every chart's time axis lines up with the others'.
LEFT_AXIS_WIDTH = 118
RIGHT_AXIS_WIDTH = 84
BOTTOM_AXIS_HEIGHT = 26


def day_x(day: date) -> float:
    """x of a day's noon."""
    return (day - _EPOCH).days * DAY + DAY / 2


def time_x(moment: datetime) -> float:
    """x of a local wall-clock time."""
    return (moment - _EPOCH_DT).total_seconds()


def response_y(baseline_total: int) -> float:
    """Where the PHQ-9 response line is drawn: totals below it meet "at least 50% below
    baseline". Lines sit halfway between whole totals so that no point lies on one."""
    return math.floor(baseline_total / 2) + 0.5
