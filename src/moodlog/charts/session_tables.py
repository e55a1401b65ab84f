"""The numbers of the session charts as tables (no pyqtgraph here: the window imports it early)."""

from __future__ import annotations

from datetime import date

from moodlog.charts.qt_text import QCoreApplication
from moodlog.charts.tables import NONE_MARK, Table, kind_text
from moodlog.core.analysis import Analysis
from moodlog.core.models import Treatment
from moodlog.core.session import pre_and_peak


def sessions_with_bp(a: Analysis) -> list[Treatment]:
    return [t for t in a.treatments if any(r.systolic is not None for r in t.readings)]


def session_bp_table(a: Analysis, start: date, end: date) -> Table:
    rows = []
    for t in sessions_with_bp(a):
        if not start <= t.day <= end:
            continue
        pre, peak = pre_and_peak(t.readings)
        rows.append((f"{t.at:%Y-%m-%d %H:%M}", kind_text(t.kind),
                     pre.bp if pre else NONE_MARK,
                     f"{peak.bp} ({peak_when(peak.when)})" if peak else NONE_MARK,
                     str(len(t.readings))))
    return Table((QCoreApplication.translate("ChartTables", "Session"),
                  QCoreApplication.translate("ChartTables", "Treatment"),
                  QCoreApplication.translate("ChartTables", "Before dosing"),
                  QCoreApplication.translate("ChartTables", "Highest after"),
                  QCoreApplication.translate("ChartTables", "Readings")), tuple(rows))


def peak_when(when: str) -> str:
    """A reading's time as ``Reading.when`` says it ("+40 min", "after") in the language."""
    if when == "after":
        return QCoreApplication.translate("ChartTables", "after")
    return when


def dissociation_table(a: Analysis, start: date, end: date) -> Table:
    rows = []
    for t in a.treatments:
        if not start <= t.day <= end:
            continue
        own = t.side_effects.get("dissociation")
        if own is None and t.session.cadss is None:
            continue
        rows.append((f"{t.at:%Y-%m-%d %H:%M}", kind_text(t.kind),
                     NONE_MARK if own is None else str(own),
                     t.session.cadss_text() or NONE_MARK,
                     NONE_MARK if t.session.moaas is None else f"{t.session.moaas}/5"))
    return Table((QCoreApplication.translate("ChartTables", "Session"),
                  QCoreApplication.translate("ChartTables", "Treatment"),
                  QCoreApplication.translate("ChartTables", "Yours (0-3)"),
                  QCoreApplication.translate("ChartTables", "CADSS (as reported by the clinic)"),
                  "MOAA/S"), tuple(rows))
