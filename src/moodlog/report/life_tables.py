"""The report's tag table and medication adherence, as HTML ("" when there is nothing)."""

from __future__ import annotations

from html import escape

from moodlog.charts.life_tables import adherence_table, left_out_note, tag_table, tags_intro
from moodlog.charts.qt_text import QCoreApplication
from moodlog.report.content import ReportContent
from moodlog.report.text import heading, para, table


def tags(c: ReportContent) -> str:
    t = tag_table(c.tag_moods)
    if not t.rows:
        return ""
    rows = [[escape(cell) for cell in row] for row in t.rows]
    note = left_out_note(c.tag_moods)
    return (heading(QCoreApplication.translate("Report", "Mood with and without each tag"))
            + para(escape(tags_intro()), 8.5)
            + table(list(t.headers), rows, [36, 16, 16, 16, 16])
            + (para(escape(note), 7.5, muted=True) if note else ""))


def medications(c: ReportContent) -> str:
    t = adherence_table(c.adherence)
    if not t.rows:
        return ""
    rows = [[escape(cell) for cell in row] for row in t.rows]
    return (heading(QCoreApplication.translate("Report", "Medications taken"))
            + para(QCoreApplication.translate(
                "Report", "Days the patient answered \u201ctaken\u201d, of the days they "
                "answered at all (unanswered days are not counted)."), 8.5)
            + table(list(t.headers), rows, [46, 18, 18, 18]))
