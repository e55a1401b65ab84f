"""The report's tables as HTML: treatments, relief, questionnaires, symptom averages, notes.

No Qt on import; texts in the active language (context "Report"). Each function returns ""
when its section has nothing to show, so the section is left out. Header rows repeat on every
page a table runs onto (``<thead>``).
"""

from __future__ import annotations

from datetime import date
from html import escape

from moodlog.charts.qt_text import (
    QCoreApplication,
    english,
    local_number,
    lower_word,
    short_number,
)
from moodlog.charts.tables import (
    NONE_MARK,
    band_text,
    comparison_table,
    kind_text,
    mark_text,
    phase_text,
    phq9_marks,
    relief_days,
    side_effect_text,
)
from moodlog.core.models import BloodPressure, QuestionnaireResponse, Treatment
from moodlog.core.questionnaires import instrument
from moodlog.core.relief import ReliefStatus
from moodlog.core.session import dose_text, summary
from moodlog.report.content import PHQ9_ITEM9, ReportContent, ended_reliefs
from moodlog.report.text import count, day_text, heading, para, table, wording

#: A pre-dose reading above this is marked (CLINICAL.md section 3): shown, never acted on.
BP_MARK_ABOVE = (140, 90)
BP_MARK = "\u2020"
BP_NOTE = (f"{BP_MARK} Blood pressure before dosing above {BP_MARK_ABOVE[0]}/{BP_MARK_ABOVE[1]},"
           " as entered by the patient.")
RELIEF_DEFINITION = (
    "Days of relief: from the treatment day until the 3-day mean mood falls back halfway from "
    "its peak in the first week to the mean of the 7 days before the treatment; "
    "\u201c\u2265 N\u201d means the next treatment or the last check-in came first."
)


def bp_note() -> str:
    """BP_NOTE in the active language."""
    return QCoreApplication.translate(
        "Report", "{mark} Blood pressure before dosing above {sys}/{dia}, as entered by the "
        "patient.").format(mark=BP_MARK, sys=BP_MARK_ABOVE[0], dia=BP_MARK_ABOVE[1])


def relief_definition() -> str:
    return QCoreApplication.translate(
        "Report", "Days of relief: from the treatment day until the 3-day mean mood falls back "
        "halfway from its peak in the first week to the mean of the 7 days before the treatment; "
        "\u201c\u2265 N\u201d means the next treatment or the last check-in came first.")


def _when(t: Treatment) -> str:
    return f"{day_text(t.day)}, {t.at:%H:%M}"


def marked(bp: BloodPressure | None) -> bool:
    """Whether a pre-dose reading is above 140/90 (systolic or diastolic)."""
    return bp is not None and (bp.systolic > BP_MARK_ABOVE[0] or bp.diastolic > BP_MARK_ABOVE[1])


def _readings(t: Treatment) -> str:
    """Pre -> peak -> last blood pressure, the pre-dose one marked above 140/90; then the
    clinic's totals. The full list is the appendix's."""
    text = escape(summary(t.readings)).replace(" -&gt; ", " \u2192 ")
    if text and marked(t.bp_before):
        first, sep, rest = text.partition(" \u2192 ")
        text = f"{first} {BP_MARK}{sep}{rest}"
    lines = [text] if text else []
    heart = [r.heart_rate for r in t.readings if r.heart_rate is not None]
    if heart:
        hr = QCoreApplication.translate("Report", "HR", "heart rate, short")
        lines.append(f"{hr} {min(heart)}\u2013{max(heart)}" if len(set(heart)) > 1
                     else f"{hr} {heart[0]}")
    totals = [f"MOAA/S {t.session.moaas}/5"] if t.session.moaas is not None else []
    totals += [t.session.cadss_text()] if t.session.cadss is not None else []
    if totals:
        lines.append(escape(", ".join(totals)) + QCoreApplication.translate("Report",
                                                                             " (clinic)"))
    return "<br>".join(lines) or NONE_MARK


def _effects(t: Treatment) -> str:
    if not t.side_effects:
        return QCoreApplication.translate("Report", "not rated")
    rated = [f"{lower_word(side_effect_text(k))} {v}" for k, v in t.side_effects.items() if v]
    return ", ".join(rated) if rated else QCoreApplication.translate("Report", "none")


def _dose(t: Treatment) -> str:
    if t.dose is None:
        return NONE_MARK
    if english():
        return escape(dose_text(t))
    return escape(_local_dose(t))


def _local_dose(t: Treatment) -> str:
    """core.session.dose_text in the active language."""
    from moodlog.core.session import mg_from_weight

    assert t.dose is not None
    s = t.session
    text = f"{short_number(t.dose)} {t.dose_unit}"
    if s.devices is not None:
        text += " " + (QCoreApplication.translate("Report", "(1 device)") if s.devices == 1
                       else QCoreApplication.translate("Report", "({n} devices)").format(
                           n=s.devices))
    elif t.dose_unit == "mg/kg" and s.weight_kg is not None:
        text += " " + QCoreApplication.translate("Report", "({mg} mg at {kg} kg)").format(
            mg=short_number(mg_from_weight(t.dose, s.weight_kg)),
            kg=short_number(s.weight_kg))
    if s.infusion_minutes is not None:
        text += " " + QCoreApplication.translate("Report", "over {minutes} min").format(
            minutes=s.infusion_minutes)
    return text


def treatments(c: ReportContent) -> str:
    if not c.treatments:
        return ""
    clinics = {t.clinic for t in c.treatments}
    one_clinic = len(clinics) == 1 and "" not in clinics  # then said once, above the table
    rows = []
    for t in c.treatments:
        row = [_when(t), escape(kind_text(t.kind)),
               escape(phase_text(t.phase)) if t.phase else NONE_MARK, _dose(t),
               escape(t.clinic) or NONE_MARK, _readings(t), escape(_effects(t))]
        rows.append(row[:4] + row[5:] if one_clinic else row)
    headers = [QCoreApplication.translate("Report", "Date"),
               QCoreApplication.translate("Report", "Treatment"),
               QCoreApplication.translate("Report", "Phase"),
               QCoreApplication.translate("Report", "Dose"),
               QCoreApplication.translate("Report", "Clinic"),
               QCoreApplication.translate("Report", "BP: pre \u2192 peak \u2192 last"),
               QCoreApplication.translate("Report", "Side effects (0\u20133)")]
    out = heading(QCoreApplication.translate("Report", "Treatments"))
    if one_clinic:
        n = len(c.treatments)
        out += para(count(n, QCoreApplication.translate("Report", "The session at {clinic}."),
                          QCoreApplication.translate("Report", "All {n} sessions at {clinic}."),
                          clinic=escape(clinics.pop())), 8.5)
        out += table(headers[:4] + headers[5:], rows,
                     [14, 15, 9, 14, 24, 24] if english() else [14, 15, 11, 13, 23, 24])
    else:
        # Longer words in other languages ("Auffrischung"): a wider phase column.
        out += table(headers, rows, [11, 12, 9, 13, 11, 22, 22] if english()
                     else [11, 12, 11, 12, 10, 22, 22])
    if any(marked(t.bp_before) for t in c.treatments):
        out += para(bp_note(), 7.5, muted=True)
    return out


def relief(c: ReportContent) -> str:
    if not c.reliefs:
        return ""
    rows = []
    for r in c.reliefs:
        rows.append([_when(r.treatment), escape(kind_text(r.treatment.kind)),
                     NONE_MARK if r.pre is None else local_number(r.pre),
                     NONE_MARK if r.peak is None else local_number(r.peak),
                     escape(relief_days(r))])
    ended = ended_reliefs(c.reliefs)
    censored = sum(1 for r in c.reliefs if r.status is ReliefStatus.CENSORED)
    if c.median_relief is None:
        median = QCoreApplication.translate(
            "Report", "No median: no treatment's relief in this period has ended yet.")
    else:
        days = short_number(c.median_relief)
        median = count(ended, QCoreApplication.translate(
            "Report", "Median: <b>{days} days</b>, over the {n} treatment whose relief ended"),
            QCoreApplication.translate(
                "Report", "Median: <b>{days} days</b>, over the {n} treatments whose relief "
                "ended"), days=days)
        median += (QCoreApplication.translate(
            "Report", " ({n} marked \u201c\u2265\u201d left out).").format(n=censored)
                   if censored else ".")
    return (heading(QCoreApplication.translate("Report", "Relief after each treatment"))
            + table([QCoreApplication.translate("Report", "Date"),
                     QCoreApplication.translate("Report", "Treatment"),
                     QCoreApplication.translate("Report", "Mood before (7\u2011day mean)"),
                     QCoreApplication.translate("Report", "Peak (3\u2011day mean)"),
                     QCoreApplication.translate("Report", "Days of relief")],
                    rows, [20, 30, 17, 17, 16])
            + para(median, 8.5) + para(escape(relief_definition()), 7.5, muted=True))


def _total(r: QuestionnaireResponse, main: str) -> str:
    """"15 moderately severe", "incomplete (item 3 unanswered)"; another instrument than the
    column's (a PHQ-2 in the PHQ-9 column) is named."""
    s = r.score
    name = "" if r.instrument == main else f"{instrument(r.instrument).name}: "
    if s.total is not None:
        return f"{name}<b>{s.total}</b> {escape(band_text(s.band_label or '').lower())}"
    missing = [str(i + 1) for i, a in enumerate(r.answers) if a is None]
    return name + count(len(missing), QCoreApplication.translate(
        "Report", "incomplete (item {items} unanswered)"), QCoreApplication.translate(
        "Report", "incomplete (items {items} unanswered)"), items=", ".join(missing))


def _cell(found: list[QuestionnaireResponse], main: str) -> str:
    return "<br>".join(_total(r, main) for r in found) or NONE_MARK


def _item9(r: QuestionnaireResponse | None) -> str:
    if r is None or r.instrument != "phq9":
        return NONE_MARK
    value = r.answers[PHQ9_ITEM9]
    if value is None:
        return QCoreApplication.translate("Report", "unanswered")
    text = f"{value} {wording().answers[value].lower()}"
    return f"<b>{text}</b>" if value else text


def questionnaires(c: ReportContent) -> str:
    """One row per day: PHQ-9 (with item 9 and the functional question) beside GAD-7."""
    if not c.questionnaires:
        return ""
    by_day: dict[date, dict[str, list[QuestionnaireResponse]]] = {}
    for r in c.questionnaires:  # PHQ-9 first on a day (see gather), a PHQ-2 below it
        column = "phq9" if r.instrument.startswith("phq") else "gad7"
        by_day.setdefault(r.day, {}).setdefault(column, []).append(r)
    marks = phq9_marks(c.analysis)
    shown = any(marks.get(r.day) for r in c.phq9())
    rows = []
    for day, found in sorted(by_day.items()):
        phq, gad = found.get("phq9", []), found.get("gad7", [])
        phq9 = next((r for r in phq if r.instrument == "phq9"), None)
        difficulty = next((r.difficulty for r in phq if r.difficulty is not None), None)
        row = [day_text(day), _cell(phq, "phq9"), _item9(phq9),
               NONE_MARK if difficulty is None else wording().difficulty_answers[difficulty],
               _cell(gad, "gad7")]
        if shown:
            row.append(", ".join(mark_text(m) for m in marks.get(day, ()))
                       if phq9 is not None else "")
        rows.append(row)
    headers = [QCoreApplication.translate("Report", "Date"),
               QCoreApplication.translate("Report", "PHQ-9 total"),
               QCoreApplication.translate("Report", "PHQ-9 item 9"),
               QCoreApplication.translate("Report", "Functional difficulty"),
               QCoreApplication.translate("Report", "GAD-7 total")]
    out = heading(QCoreApplication.translate("Report", "Questionnaires"))
    if not shown:
        return out + table(headers, rows, [14, 26, 20, 20, 20])
    return (out + table([*headers, QCoreApplication.translate("Report", "PHQ-9 outcome")], rows,
                        [13, 23, 17, 17, 16, 14])
            + para(QCoreApplication.translate(
                "Report", "PHQ-9 outcome: baseline is the last PHQ-9 on or before the first "
                "session of a course (at most 30 days before); response, a total at least 50% "
                "below it; remission, a total below 5."), 7.5, muted=True))


def comparison(c: ReportContent) -> str:
    cmp = c.comparison
    if cmp is None or c.course is None:
        return ""
    t = comparison_table(cmp)
    (b0, b1), (a0, a1) = cmp.before, cmp.after
    rows = [[escape(cell) for cell in row] for row in t.rows]
    return (heading(QCoreApplication.translate(
        "Report", "Symptoms before and after the course started"))
            + para(QCoreApplication.translate(
                "Report", "Mean daily ratings over the 4 weeks before the course that started "
                "{start} ({b0} \u2013 {b1}) and over the last 4 weeks of this period ({a0} "
                "\u2013 {a1}). Symptoms 0 none \u2013 3 severe; mood 0 worst \u2013 10 best; "
                "daily symptom burden: the sum of the twelve symptom ratings, 0\u201336, scaled "
                "up when 9 to 11 of them were answered.").format(
                start=day_text(c.course.course.start), b0=day_text(b0), b1=day_text(b1),
                a0=day_text(a0), a1=day_text(a1)), 8)
            + table([QCoreApplication.translate("Report", "Measure"),
                     QCoreApplication.translate("Report", "Before"),
                     QCoreApplication.translate("Report", "After"),
                     QCoreApplication.translate("Report", "Change"),
                     QCoreApplication.translate("Report", "Days logged (before / after)")],
                    rows, [40, 13, 13, 13, 21]))


def notes(c: ReportContent) -> str:
    if not c.notes:
        return ""
    rows = [[day_text(n.day), escape(_note_what(n.what)), escape(n.text).replace("\n", "<br>")]
            for n in c.notes]
    return (heading(QCoreApplication.translate("Report", "Notes"))
            + para(QCoreApplication.translate(
                "Report", "The patient chose to include their notes."), 8, muted=True)
            + table([QCoreApplication.translate("Report", "Date"),
                     QCoreApplication.translate("Report", "Entry"),
                     QCoreApplication.translate("Report", "Note")], rows, [13, 22, 65]))


def _note_what(what: str) -> str:
    """What a note belongs to (content.Note.what: "Check-in", "<kind>, 09:30[: side effects]")
    in the active language."""
    from moodlog.core.treatments import TREATMENT_KINDS

    if what == "Check-in":
        return QCoreApplication.translate("Report", "Check-in")
    for key, label in TREATMENT_KINDS.items():
        if what.startswith(label + ", "):
            rest = what[len(label):]
            if rest.endswith(": side effects"):
                rest = rest.removesuffix(": side effects") + QCoreApplication.translate(
                    "Report", ": side effects")
            return kind_text(key) + rest
    return what
