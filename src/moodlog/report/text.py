"""The report's words: header, safety section and key figures as HTML for a QTextDocument.

Plain Python (no Qt). Dates are spelled out in English ("6 Apr 2026") whatever the locale, so a
clinician anywhere reads them the same way. Every piece of text a user typed is escaped.
"""

from __future__ import annotations

from datetime import date
from html import escape

from moodlog.core import outcomes as oc
from moodlog.core.questionnaires import ANSWERS, ATTRIBUTION, PHQ9_ITEMS, band_for
from moodlog.core.series import Average
from moodlog.core.symptoms import BUILTIN_BY_KEY, SEVERITY_LABELS
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
    """"6 Apr 2026" (or "Mon 6 Apr 2026"), in English whatever the locale."""
    text = f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    return f"{_WEEKDAYS[d.weekday()]} {text}" if weekday else text


def span_text(start: date, end: date) -> str:
    days = (end - start).days + 1
    return f"{day_text(start)} {DASH} {day_text(end)} ({days} day{'s' * (days != 1)})"


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
    return (heading(TITLE, 1)
            + para(f"<b>{who}{span_text(c.start, c.end)}</b> \u00b7 generated "
                   f"{day_text(c.generated)}", 9.5)
            + para("Kept by the patient: daily mood (0 worst \u2013 10 best) and symptoms "
                   "(0 none \u2013 3 severe), treatments as reported by the patient, PHQ-9 and "
                   "GAD-7. moodlog describes the record; it does not diagnose or advise.",
                   8, muted=True))


def _answer(value: int) -> str:
    return f"{ANSWERS[value]} ({value})"


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


def _dated(answers: tuple[SafetyAnswer, ...], label: dict[int, str]) -> list[str]:
    return [f"<b>{day_text(a.day)}</b>: {escape(label[a.value])}" for a in answers]


def safety(c: ReportContent) -> str:
    """Every PHQ-9 item 9 answer and every daily rating above 0, dated, in a heavy box.

    With none, one neutral line says so: a clinician must not wonder whether it was left out.
    """
    if not c.safety:
        return para(escape(NONE_RECORDED), 9, margin=4)
    parts = [f'<p style="font-size:12pt; font-weight:bold; margin-bottom:2px">'
             f"\u26a0 {escape(SAFETY_HEADING)}</p>", para(escape(NOT_MONITORED), 8.5)]
    if c.item9:
        n = len(c.item9)
        parts.append(para(f"<b>PHQ-9 item 9</b> (\u201c{escape(PHQ9_ITEMS[PHQ9_ITEM9])}\u201d)"
                          f": answered above \u201cNot at all\u201d {n} time{'s' * (n != 1)}:",
                          8.5, margin=4))
        parts.append(_grid(_dated(c.item9, {v: _answer(v) for v in range(1, 4)}), 2))
    if c.daily_death:
        n = len(c.daily_death)
        label = BUILTIN_BY_KEY[DEATH_KEY].label
        parts.append(para(f"<b>Daily check-in</b>, \u201c{escape(label)}\u201d: rated above "
                          f"0 on {n} day{'s' * (n != 1)} (0 none \u2013 3 severe):", 8.5,
                          margin=4))
        parts.append(_grid(_dated(c.daily_death,
                                  {v: f"{v} {SEVERITY_LABELS[v]}" for v in range(1, 4)})))
    inner = "".join(parts)
    return (f'<table width="100%" cellspacing="0" cellpadding="6" border="2.5" '
            f'style="border-color:{SAFETY_BORDER}; border-style:solid; margin-top:6px" '
            f'bgcolor="{SAFETY_BACK}"><tr><td>{inner}</td></tr></table>'
            '<p style="font-size:3pt; margin:0px">&nbsp;</p>')


def _band(total: int) -> str:
    return band_for("phq9", total).label.lower()


def _no_baseline(o: oc.CourseOutcome) -> str:
    if o.no_baseline_reason == oc.ONLY_INCOMPLETE:
        why = f"every PHQ-9 in the {oc.BASELINE_WINDOW_DAYS} days before it is incomplete"
    elif o.no_baseline_reason == oc.TOO_EARLY and o.last_before is not None:
        why = (f"the last PHQ-9 before it was {(o.course.start - o.last_before.day).days} days "
               "earlier")
    else:
        why = "no PHQ-9 on or before it"
    return f"No baseline for the course that started {day_text(o.course.start)}: {why}."


def phq9_figure(c: ReportContent) -> str:
    """Baseline -> latest with % change, response and remission, as CLINICAL.md defines them."""
    done = [r for r in c.phq9() if r.score.total is not None]
    if not done:
        extra = f" ({len(c.phq9())} incomplete)" if c.phq9() else ""
        return f"No complete PHQ-9 in this period{extra}."
    latest = done[-1]
    total = latest.score.total
    assert total is not None
    now = f"latest <b>{total}</b> ({_band(total)}) on {day_text(latest.day)}"
    o = c.course
    if o is None:
        return (f"{now[0].upper()}{now[1:]}. No ketamine or esketamine course had started by "
                "the end of this period, so there is no baseline.")
    remission = f"remission (below 5): <b>{'yes' if oc.is_remission(total) else 'no'}</b>"
    if o.baseline is None:
        return f"{now[0].upper()}{now[1:]}; {remission}. {_no_baseline(o)}"
    b = o.baseline
    when = ("the day the course started" if b.days_before == 0 else
            f"{b.days_before} day{'s' * (b.days_before != 1)} before the course started on "
            f"{day_text(o.course.start)}")
    base = f"Baseline <b>{b.total}</b> ({_band(b.total)}) on {day_text(b.day)}, {when}"
    follow = next((f for f in o.follow_ups if f.day == latest.day), None)
    if follow is None:
        return f"{base}; no PHQ-9 after it in this period."
    if follow.percent_change is None:
        change = "a baseline of 0 has no percentage change"
    elif follow.percent_change == 0:
        change = "the same as baseline"
    else:
        pct = follow.percent_change
        change = f"{abs(pct):.1f}% {'below' if pct < 0 else 'above'} baseline"
    response = {True: "yes", False: "no", None: "not applicable"}[follow.response]
    return (f"{base} \u2192 {now}: {change}. Response (at least 50% below baseline): "
            f"<b>{response}</b>; {remission}.")


def gad7_figure(c: ReportContent) -> str:
    done = [r for r in c.questionnaires if r.instrument == "gad7" and r.score.total is not None]
    if not done:
        return "No complete GAD-7 in this period."
    r = done[-1]
    return (f"Latest <b>{r.score.total}</b> ({(r.score.band_label or '').lower()}) on "
            f"{day_text(r.day)}.")


def _mean(avg: Average) -> str:
    if avg.mean is None:
        return "no check-ins"
    return f"<b>{avg.mean:.1f}</b> ({avg.days} day{'s' * (avg.days != 1)} logged)"


def mood_figure(c: ReportContent) -> str:
    m = c.mood
    if m is None:
        return ""
    span = "4 weeks" if m.days == 28 else f"{m.days} days"
    return (f"First {span} of the period: {_mean(m.first)}; last {span}: {_mean(m.last)} "
            "(0 worst \u2013 10 best).")


def key_figures(c: ReportContent) -> str:
    share = round(100 * c.days_logged / c.days)
    rows = [["Days logged", f"<b>{c.days_logged}</b> of {c.days} days in the period "
                            f"({share}%)"]]
    if c.phq9():
        rows.append(["PHQ-9", phq9_figure(c)])
    if any(r.instrument == "gad7" for r in c.questionnaires):
        rows.append(["GAD-7", gad7_figure(c)])
    mood = mood_figure(c)
    if mood and c.days_logged:
        rows.append(["Mean mood", mood])
    body = "".join(f'<tr><td width="14%"><b>{label}</b></td><td>{value}</td></tr>'
                   for label, value in rows)
    return (heading("Key figures")
            + f'<table width="100%" cellspacing="0" cellpadding="2" border="0" '
              f'style="font-size:8.5pt">{body}</table>')
