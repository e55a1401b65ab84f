"""The report's words: header, safety section and key figures as HTML for a QTextDocument.

No Qt on import. The report speaks the active language (``--language``, or the window's):
every sentence goes through ``translate()`` (context "Report", via ``charts.qt_text``), dates
through QLocale in a pattern the catalogue gives, questionnaire wording only from
``core.questionnaire_text`` (official translations) and catalogue labels from
``core.catalogue_text``. In English dates are spelled out as before ("6 Apr 2026"), whatever the
locale. Every piece of text a user typed is escaped.
"""

from __future__ import annotations

from datetime import date
from html import escape

from moodlog.charts.qt_text import QCoreApplication, english, local_day, local_number
from moodlog.charts.tables import band_text
from moodlog.core import catalogue_text
from moodlog.core import outcomes as oc
from moodlog.core.questionnaire_text import QuestionnaireText, questionnaire_text
from moodlog.core.questionnaires import ATTRIBUTION, band_for
from moodlog.core.series import Average
from moodlog.core.symptoms import BUILTIN_BY_KEY, SEVERITY_LABELS
from moodlog.i18n import current_language
from moodlog.report.content import DEATH_KEY, PHQ9_ITEM9, ReportContent, SafetyAnswer

TITLE = "moodlog summary"
DISCLAIMER = "Patient-entered data, not clinically verified."
FOOTER_ATTRIBUTION = ATTRIBUTION
SAFETY_HEADING = "Thoughts of death or self-harm reported in this period"
NOT_MONITORED = ("No one monitors moodlog: these answers were not seen by a clinician when they "
                 "were entered. moodlog does not assess risk.")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DASH = "\u2013"

#: Colours print as distinct greys; nothing relies on colour alone.
HEADER_BACK = "#e6e6e6"
SAFETY_BACK = "#fff1d6"
SAFETY_BORDER = "#000000"
#: Tables have horizontal rules only: a darker one under the header row.
RULES = {"th": "border-bottom: 1px solid #404040", "td": "border-bottom: 0.5px solid #b0b0b0"}


def day_text(d: date, weekday: bool = False) -> str:
    """"6 Apr 2026" (or "Mon 6 Apr 2026"); in English whatever the locale, otherwise with the
    language's month names in its own pattern ("6. Apr. 2026")."""
    if not english():
        pattern = (QCoreApplication.translate("Report", "ddd d MMM yyyy") if weekday
                   else QCoreApplication.translate("Report", "d MMM yyyy"))
        return local_day(d, pattern)
    text = f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    return f"{_WEEKDAYS[d.weekday()]} {text}" if weekday else text


def count(n: int, one: str, many: str, **values: object) -> str:
    """``one`` or ``many`` (each with ``{n}``, and any other ``values``) for ``n``: German and
    Spanish, like English, have one form for 1 and one for every other number."""
    return (one if n == 1 else many).format(n=n, **values)


def days_text(n: int) -> str:
    return count(n, QCoreApplication.translate("Report", "{n} day"),
                 QCoreApplication.translate("Report", "{n} days"))


def title() -> str:
    """TITLE in the active language."""
    return QCoreApplication.translate("Report", "moodlog summary")


def disclaimer() -> str:
    return QCoreApplication.translate("Report", "Patient-entered data, not clinically verified.")


def wording(code: str = "phq9") -> QuestionnaireText:
    """The questionnaire's official wording in the active language (English where none is
    confirmed: then :func:`english_note` says so)."""
    return questionnaire_text(code, current_language())


def footer_attribution() -> str:
    """The questionnaires' attribution line in the active language's official version."""
    return wording().attribution if not english() else FOOTER_ATTRIBUTION


def english_note() -> str:
    """One line, for a language without a confirmed official questionnaire text."""
    if not wording().shown_in_english:
        return ""
    return QCoreApplication.translate(
        "Report", "PHQ-9 and GAD-7 wording is quoted in the English original: no official "
        "translation into this language has been confirmed.")


def severity_word(value: int) -> str:
    return SEVERITY_LABELS[value] if english() else catalogue_text.severity_label(
        value, current_language())


def span_text(start: date, end: date) -> str:
    days = (end - start).days + 1
    if english():
        return f"{day_text(start)} {DASH} {day_text(end)} ({days} day{'s' * (days != 1)})"
    return f"{day_text(start)} {DASH} {day_text(end)} ({days_text(days)})"


def heading(text: str, level: int = 2) -> str:
    """A heading the layout keeps with what follows it (it looks for the heading level)."""
    size = {1: 17, 2: 11.5}[level]
    return (f'<h{level} style="font-size:{size}pt; font-weight:bold; margin-top:'
            f'{12 if level == 2 else 0}px; margin-bottom:3px">{escape(text)}</h{level}>')


def para(html: str, size: float = 8.5, muted: bool = False, margin: int = 2) -> str:
    colour = "color:#404040; " if muted else ""
    return (f'<p style="{colour}font-size:{size}pt; margin-top:{margin}px; '
            f'margin-bottom:{margin}px">{html}</p>')


def table(headers: list[str], rows: list[list[str]], widths: list[int] | None = None,
          size: float = 8) -> str:
    """A bordered table whose header row repeats on every page it runs onto.

    Cells are HTML already (escape user text before passing it)."""
    def row(cells: list[str], tag: str) -> str:
        out = []
        for i, c in enumerate(cells):
            width = f' width="{widths[i]}%"' if widths else ""
            extra = f' bgcolor="{HEADER_BACK}"' if tag == "th" else ""
            out.append(f'<{tag}{width}{extra} align="left" valign="top" style="{RULES[tag]}">'
                       f"{c}</{tag}>")
        return "<tr>" + "".join(out) + "</tr>"

    head = row([escape(h) for h in headers], "th")
    body = "".join(row(r, "td") for r in rows)
    return (f'<table width="100%" cellspacing="0" cellpadding="2" border="0" '
            f'style="border-collapse:collapse; font-size:{size}pt; margin-top:2px">'
            f"<thead>{head}</thead><tbody>{body}</tbody></table>")


def header(c: ReportContent) -> str:
    who = f"{escape(c.options.name)} \u00b7 " if c.options.name else ""
    generated = QCoreApplication.translate("Report", "generated {day}").format(
        day=day_text(c.generated))
    note = english_note()
    return (heading(title(), 1)
            + para(f"<b>{who}{span_text(c.start, c.end)}</b> \u00b7 {generated}", 9.5)
            + para(QCoreApplication.translate(
                "Report", "Kept by the patient: daily mood (0 worst \u2013 10 best) and symptoms "
                "(0 none \u2013 3 severe), treatments as reported by the patient, PHQ-9 and "
                "GAD-7. moodlog describes the record; it does not diagnose or advise."),
                   8, muted=True)
            + (para(escape(note), 8, muted=True) if note else ""))


def _answer(value: int) -> str:
    return f"{wording().answers[value]} ({value})"


def _grid(cells: list[str], columns: int = 4) -> str:
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    body = "".join("<tr>" + "".join(f'<td width="{100 // columns}%">{c}</td>' for c in r)
                   + "".join("<td></td>" for _ in range(columns - len(r))) + "</tr>"
                   for r in rows)
    return (f'<table width="100%" cellspacing="0" cellpadding="1" border="0" '
            f'style="font-size:8.5pt">{body}</table>')


#: Factual only: no reassurance (CLINICAL.md section 5).
NONE_RECORDED = ("Thoughts of death or self-harm: none recorded in this period (PHQ-9 item 9 "
                 "and the daily check-in).")


def none_recorded() -> str:
    """NONE_RECORDED in the active language."""
    return QCoreApplication.translate(
        "Report", "Thoughts of death or self-harm: none recorded in this period (PHQ-9 item 9 "
        "and the daily check-in).")


def _dated(answers: tuple[SafetyAnswer, ...], label: dict[int, str]) -> list[str]:
    return [f"<b>{day_text(a.day)}</b>: {escape(label[a.value])}" for a in answers]


def safety(c: ReportContent) -> str:
    """Every PHQ-9 item 9 answer and every daily rating above 0, dated, in a heavy box.

    With none, one neutral line says so: a clinician must not wonder whether it was left out.
    """
    if not c.safety:
        return para(escape(none_recorded()), 9, margin=4)
    heading_text = QCoreApplication.translate(
        "Report", "Thoughts of death or self-harm reported in this period")
    not_monitored = QCoreApplication.translate(
        "Report", "No one monitors moodlog: these answers were not seen by a clinician when they "
        "were entered. moodlog does not assess risk.")
    parts = [f'<p style="font-size:12pt; font-weight:bold; margin-bottom:2px">'
             f"\u26a0 {escape(heading_text)}</p>", para(escape(not_monitored), 8.5)]
    if c.item9:
        n = len(c.item9)
        words = wording()
        times = count(n, QCoreApplication.translate("Report", "{n} time"),
                      QCoreApplication.translate("Report", "{n} times"))
        parts.append(para(QCoreApplication.translate(
            "Report", "<b>PHQ-9 item 9</b> (\u201c{item}\u201d): answered above \u201c{none}"
            "\u201d {times}:").format(item=escape(words.items[PHQ9_ITEM9]),
                                      none=escape(words.answers[0]), times=times),
                          8.5, margin=4))
        parts.append(_grid(_dated(c.item9, {v: _answer(v) for v in range(1, 4)}), 2))
    if c.daily_death:
        n = len(c.daily_death)
        label = BUILTIN_BY_KEY[DEATH_KEY].label if english() else catalogue_text.symptom_label(
            DEATH_KEY, current_language(), BUILTIN_BY_KEY[DEATH_KEY].label)
        parts.append(para(count(n, QCoreApplication.translate(
            "Report", "<b>Daily check-in</b>, \u201c{label}\u201d: rated above 0 on {n} day "
            "(0 none \u2013 3 severe):"), QCoreApplication.translate(
            "Report", "<b>Daily check-in</b>, \u201c{label}\u201d: rated above 0 on {n} days "
            "(0 none \u2013 3 severe):"), label=escape(label)), 8.5, margin=4))
        parts.append(_grid(_dated(c.daily_death,
                                  {v: f"{v} {severity_word(v)}" for v in range(1, 4)})))
    inner = "".join(parts)
    return (f'<table width="100%" cellspacing="0" cellpadding="6" border="2.5" '
            f'style="border-color:{SAFETY_BORDER}; border-style:solid; margin-top:6px" '
            f'bgcolor="{SAFETY_BACK}"><tr><td>{inner}</td></tr></table>'
            '<p style="font-size:3pt; margin:0px">&nbsp;</p>')


def _band(total: int) -> str:
    return band_text(band_for("phq9", total).label).lower()


def _no_baseline(o: oc.CourseOutcome) -> str:
    if o.no_baseline_reason == oc.ONLY_INCOMPLETE:
        why = QCoreApplication.translate(
            "Report", "every PHQ-9 in the {days} days before it is incomplete").format(
            days=oc.BASELINE_WINDOW_DAYS)
    elif o.no_baseline_reason == oc.TOO_EARLY and o.last_before is not None:
        why = QCoreApplication.translate(
            "Report", "the last PHQ-9 before it was {days} days earlier").format(
            days=(o.course.start - o.last_before.day).days)
    else:
        why = QCoreApplication.translate("Report", "no PHQ-9 on or before it")
    return QCoreApplication.translate(
        "Report", "No baseline for the course that started {day}: {why}.").format(
        day=day_text(o.course.start), why=why)


def _yes_no(value: bool) -> str:
    return (QCoreApplication.translate("Report", "yes") if value
            else QCoreApplication.translate("Report", "no"))


def _capital(text: str) -> str:
    return f"{text[0].upper()}{text[1:]}"


def phq9_figure(c: ReportContent) -> str:
    """Baseline -> latest with % change, response and remission, as CLINICAL.md defines them."""
    done = [r for r in c.phq9() if r.score.total is not None]
    if not done:
        if c.phq9():
            return QCoreApplication.translate(
                "Report", "No complete PHQ-9 in this period ({n} incomplete).").format(
                n=len(c.phq9()))
        return QCoreApplication.translate("Report", "No complete PHQ-9 in this period.")
    latest = done[-1]
    total = latest.score.total
    assert total is not None
    now = QCoreApplication.translate("Report", "latest <b>{total}</b> ({band}) on {day}").format(
        total=total, band=_band(total), day=day_text(latest.day))
    o = c.course
    if o is None:
        return QCoreApplication.translate(
            "Report", "{latest}. No ketamine or esketamine course had started by the end of this "
            "period, so there is no baseline.").format(latest=_capital(now))
    remission = QCoreApplication.translate(
        "Report", "remission (below 5): <b>{answer}</b>").format(
        answer=_yes_no(oc.is_remission(total)))
    if o.baseline is None:
        return f"{_capital(now)}; {remission}. {_no_baseline(o)}"
    b = o.baseline
    if b.days_before == 0:
        when = QCoreApplication.translate("Report", "the day the course started")
    else:
        when = count(b.days_before,
                     QCoreApplication.translate("Report", "{n} day before the course started on "
                                                "{day}"),
                     QCoreApplication.translate("Report", "{n} days before the course started "
                                                "on {day}"), day=day_text(o.course.start))
    base = QCoreApplication.translate(
        "Report", "Baseline <b>{total}</b> ({band}) on {day}, {when}").format(
        total=b.total, band=_band(b.total), day=day_text(b.day), when=when)
    follow = next((f for f in o.follow_ups if f.day == latest.day), None)
    if follow is None:
        return QCoreApplication.translate(
            "Report", "{baseline}; no PHQ-9 after it in this period.").format(baseline=base)
    if follow.percent_change is None:
        change = QCoreApplication.translate("Report", "a baseline of 0 has no percentage change")
    elif follow.percent_change == 0:
        change = QCoreApplication.translate("Report", "the same as baseline")
    else:
        pct = follow.percent_change
        change = (QCoreApplication.translate("Report", "{percent}% below baseline") if pct < 0
                  else QCoreApplication.translate("Report", "{percent}% above baseline")).format(
            percent=local_number(abs(pct)))
    response = {True: _yes_no(True), False: _yes_no(False),
                None: QCoreApplication.translate("Report", "not applicable")}[follow.response]
    return QCoreApplication.translate(
        "Report", "{baseline} \u2192 {latest}: {change}. Response (at least 50% below "
        "baseline): <b>{response}</b>; {remission}.").format(
        baseline=base, latest=now, change=change, response=response, remission=remission)


def gad7_figure(c: ReportContent) -> str:
    done = [r for r in c.questionnaires if r.instrument == "gad7" and r.score.total is not None]
    if not done:
        return QCoreApplication.translate("Report", "No complete GAD-7 in this period.")
    r = done[-1]
    return QCoreApplication.translate("Report", "Latest <b>{total}</b> ({band}) on {day}.").format(
        total=r.score.total, band=band_text(r.score.band_label or "").lower(),
        day=day_text(r.day))


def _mean(avg: Average) -> str:
    if avg.mean is None:
        return QCoreApplication.translate("Report", "no check-ins")
    logged = count(avg.days, QCoreApplication.translate("Report", "{n} day logged"),
                   QCoreApplication.translate("Report", "{n} days logged"))
    return f"<b>{local_number(avg.mean)}</b> ({logged})"


def mood_figure(c: ReportContent) -> str:
    m = c.mood
    if m is None:
        return ""
    span = (QCoreApplication.translate("Report", "4 weeks") if m.days == 28
            else days_text(m.days))
    return QCoreApplication.translate(
        "Report", "First {span} of the period: {first}; last {span}: {last} (0 worst \u2013 10 "
        "best).").format(span=span, first=_mean(m.first), last=_mean(m.last))


def key_figures(c: ReportContent) -> str:
    share = round(100 * c.days_logged / c.days)
    rows = [[QCoreApplication.translate("Report", "Days logged"), QCoreApplication.translate(
        "Report", "<b>{logged}</b> of {days} days in the period ({share}%)").format(
        logged=c.days_logged, days=c.days, share=share)]]
    if c.phq9():
        rows.append(["PHQ-9", phq9_figure(c)])
    if any(r.instrument == "gad7" for r in c.questionnaires):
        rows.append(["GAD-7", gad7_figure(c)])
    mood = mood_figure(c)
    if mood and c.days_logged:
        rows.append([QCoreApplication.translate("Report", "Mean mood"), mood])
    body = "".join(f'<tr><td width="14%"><b>{label}</b></td><td>{value}</td></tr>'
                   for label, value in rows)
    return (heading(QCoreApplication.translate("Report", "Key figures"))
            + f'<table width="100%" cellspacing="0" cellpadding="2" border="0" '
              f'style="font-size:8.5pt">{body}</table>')
