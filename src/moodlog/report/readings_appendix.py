"""The report's appendix of every reading of every session, when asked for (issue 19).

The treatment table shows pre -> peak -> last; this lists each reading at its clock time. A
pre-dose reading above 140/90 carries the same mark as in the table, and nothing more is said.
"""

from __future__ import annotations

from datetime import timedelta
from html import escape

from moodlog.charts.qt_text import QCoreApplication
from moodlog.charts.tables import NONE_MARK, kind_text
from moodlog.core.models import Treatment
from moodlog.report.content import ReportContent
from moodlog.report.text import day_text, heading, para, table

MARK = "\u2020"  # the treatment table's mark for a pre-dose reading above 140/90
HEADERS = ["Session", "Time", "After dosing", "BP (mmHg)", "Heart rate", "SpO2"]


def headers() -> list[str]:
    """HEADERS in the active language."""
    return [QCoreApplication.translate("Report", "Session"),
            QCoreApplication.translate("Report", "Time"),
            QCoreApplication.translate("Report", "After dosing"),
            QCoreApplication.translate("Report", "BP (mmHg)"),
            QCoreApplication.translate("Report", "Heart rate"), "SpO2"]


def _rows(t: Treatment) -> list[list[str]]:
    session = f"{day_text(t.day)}, {t.at:%H:%M}<br>{escape(kind_text(t.kind))}"
    rows = []
    for i, r in enumerate(t.readings):
        clock = NONE_MARK if r.minutes is None else f"{t.at + timedelta(minutes=r.minutes):%H:%M}"
        after = (QCoreApplication.translate("Report", "after (time not recorded)")
                 if r.minutes is None else QCoreApplication.translate(
                     "Report", "{minutes} min").format(minutes=r.minutes))
        bp = (r.bp + (f" {MARK}" if r.high_pre_dose() else "")) if r.bp else NONE_MARK
        rows.append([session if i == 0 else "", clock, after, bp,
                     NONE_MARK if r.heart_rate is None else str(r.heart_rate),
                     NONE_MARK if r.spo2 is None else f"{r.spo2}%"])
    extra = []
    s = t.session
    if s.observed_minutes is not None:
        extra.append(QCoreApplication.translate("Report", "observed until {time}").format(
            time=f"{t.at + timedelta(minutes=s.observed_minutes):%H:%M}"))
    if s.moaas is not None:
        extra.append(f"MOAA/S {s.moaas}/5")
    if s.cadss is not None:
        extra.append(s.cadss_text())
    if extra:
        as_reported = QCoreApplication.translate("Report", "as reported by the clinic")
        rows.append(["", "", escape("; ".join(extra)) + (f" ({as_reported})"
                     if s.moaas is not None or s.cadss is not None else ""), "", "", ""])
    return rows


def readings_appendix(c: ReportContent) -> str:
    """Every reading, one row each; "" when the report was not asked for it or has none."""
    if not c.options.include_readings:
        return ""
    sessions = [t for t in c.treatments if t.readings]
    if not sessions:
        return ""
    rows = [row for t in sessions for row in _rows(t)]
    return (heading(QCoreApplication.translate("Report",
                                               "Appendix: every reading during the sessions"))
            + table(headers(), rows, [26, 10, 22, 16, 13, 13])
            + para(QCoreApplication.translate(
                "Report", "{mark} Blood pressure before dosing above {sys}/{dia}, as entered by "
                "the patient.").format(mark=MARK, sys=140, dia=90), 7.5, muted=True))
