"""The numbers of the session charts as tables (no pyqtgraph here: the window imports it early)."""

from __future__ import annotations

from datetime import date

from moodlog.charts.tables import NONE_MARK, Table
from moodlog.core.analysis import Analysis
from moodlog.core.models import Treatment
from moodlog.core.session import AS_REPORTED, pre_and_peak
from moodlog.core.treatments import TREATMENT_KINDS


def sessions_with_bp(a: Analysis) -> list[Treatment]:
    return [t for t in a.treatments if any(r.systolic is not None for r in t.readings)]


def session_bp_table(a: Analysis, start: date, end: date) -> Table:
    rows = []
    for t in sessions_with_bp(a):
        if not start <= t.day <= end:
            continue
        pre, peak = pre_and_peak(t.readings)
        rows.append((f"{t.at:%Y-%m-%d %H:%M}", TREATMENT_KINDS[t.kind],
                     pre.bp if pre else NONE_MARK,
                     f"{peak.bp} ({peak.when})" if peak else NONE_MARK,
                     str(len(t.readings))))
    return Table(("Session", "Treatment", "Before dosing", "Highest after", "Readings"),
                 tuple(rows))


def dissociation_table(a: Analysis, start: date, end: date) -> Table:
    rows = []
    for t in a.treatments:
        if not start <= t.day <= end:
            continue
        own = t.side_effects.get("dissociation")
        if own is None and t.session.cadss is None:
            continue
        rows.append((f"{t.at:%Y-%m-%d %H:%M}", TREATMENT_KINDS[t.kind],
                     NONE_MARK if own is None else str(own),
                     t.session.cadss_text() or NONE_MARK,
                     NONE_MARK if t.session.moaas is None else f"{t.session.moaas}/5"))
    return Table(("Session", "Treatment", "Yours (0-3)", f"CADSS ({AS_REPORTED})",
                  "MOAA/S"), tuple(rows))
