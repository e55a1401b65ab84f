"""The numbers behind every chart as plain tables, and the hover text of a day.

Plain Python (no Qt, no pyqtgraph): the window shows these as the "table" alternative of each
chart, and a report can print them. Empty cells are explicit: "no check-in", "unanswered".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from moodlog.core.analysis import Analysis, PeriodComparison
from moodlog.core.outcomes import is_remission
from moodlog.core.relief import Relief
from moodlog.core.treatments import PHASES, SIDE_EFFECTS, TREATMENT_KINDS

NO_CHECKIN = "no check-in"
UNANSWERED = "unanswered"
NONE_MARK = "\u2013"

#: Short names for chart rows and table columns (the full labels are in the catalogue).
SHORT_LABELS: dict[str, str] = {
    "sadness": "Sadness",
    "irritability": "Irritability",
    "loss_of_interest": "Loss of interest",
    "sleep_problems": "Sleep problems",
    "fatigue": "Fatigue",
    "appetite_change": "Appetite",
    "anxiety": "Anxiety",
    "slowed": "Slowed",
    "worthlessness": "Worthlessness",
    "concentration": "Concentration",
    "thoughts_of_death": "Thoughts of death",
    "physical_pain": "Physical pain",
}


def short_label(key: str, label: str) -> str:
    text = SHORT_LABELS.get(key, label)
    return text if len(text) <= 18 else text[:17] + "\u2026"


@dataclass(frozen=True, slots=True)
class Table:
    """A header row and rows of display text."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _num(value: float | None, digits: int = 1) -> str:
    return NONE_MARK if value is None else f"{value:.{digits}f}"


def _days(a: Analysis, start: date, end: date) -> range:
    s = a.series
    return range(max(0, s.index(start)), min(len(s), s.index(end) + 1))


#: Days as the other views show them ("Tue 01 Dec 2026"), not ISO.
DAY_FORMAT = "%a %d %b %Y"


def _day(day: date) -> str:
    return day.strftime(DAY_FORMAT)


def _treatments_by_day(a: Analysis) -> dict[date, list[str]]:
    out: dict[date, list[str]] = {}
    for t in a.treatments:
        phase = f" ({PHASES[t.phase].lower()})" if t.phase else ""
        out.setdefault(t.day, []).append(f"{TREATMENT_KINDS[t.kind]} {t.at:%H:%M}{phase}")
    return out


def mood_table(a: Analysis, start: date, end: date) -> Table:
    s = a.series
    treatments = _treatments_by_day(a)
    rows = []
    for i in _days(a, start, end):
        day = s.day(i)
        mood = s.mood[i]
        rows.append((_day(day), NO_CHECKIN if mood is None else str(mood),
                     _num(a.mood_mean[i]), _num(a.burden[i]), "; ".join(treatments.get(day, []))))
    return Table(("Date", "Mood (0-10)", "7-day mean", "Symptom burden (0-36)", "Treatments"),
                 tuple(rows))


def sleep_table(a: Analysis, start: date, end: date) -> Table:
    s = a.series
    rows = []
    for i in _days(a, start, end):
        hours = s.sleep[i]
        text = NO_CHECKIN if not s.logged(i) else "not recorded" if hours is None else f"{hours:g}"
        rows.append((_day(s.day(i)), text))
    return Table(("Date", "Hours slept"), tuple(rows))


def symptom_table(a: Analysis, start: date, end: date) -> Table:
    s = a.series
    rows = []
    for i in _days(a, start, end):
        if not s.logged(i):
            rows.append((_day(s.day(i)), *([""] * len(a.symptoms))))
            continue
        cells = []
        for d in a.symptoms:
            value = s.ratings[d.key][i]
            cells.append(UNANSWERED if value is None else str(value))
        rows.append((_day(s.day(i)), *cells))
    headers = ("Date", *(short_label(d.key, d.label) for d in a.symptoms))
    return Table(headers, tuple(rows))


def questionnaire_table(a: Analysis, start: date, end: date,
                        instrument: str | None = None) -> Table:
    """PHQ-9 and GAD-7 totals (or only ``instrument``'s), with baseline, response, remission."""
    dated: list[tuple[date, str, tuple[str, ...]]] = []
    for name, points in (("PHQ-9", a.phq9), ("GAD-7", a.gad7)):
        if instrument is not None and name.lower().replace("-", "") != instrument:
            continue
        for p in points:
            if not start <= p.day <= end:
                continue
            if p.total is None:
                dated.append((p.day, name, (_day(p.day), name, "incomplete", "", "")))
                continue
            outcome = ", ".join(phq9_marks(a).get(p.day, ())) if name == "PHQ-9" else ""
            dated.append((p.day, name, (_day(p.day), name, str(p.total), p.band or "",
                                        outcome)))
    rows = [row for _, _, row in sorted(dated)]
    return Table(("Date", "Questionnaire", "Total", "Severity", "Outcome"), tuple(rows))


def phq9_marks(a: Analysis) -> dict[date, tuple[str, ...]]:
    """"baseline", "response" and "remission" by day, per course as ``core.outcomes`` has them
    (remission is a property of the total, so it is marked before a course too)."""
    marks: dict[date, list[str]] = {}
    for o in a.outcomes:
        if o.baseline is not None:
            marks.setdefault(o.baseline.day, []).append("baseline")
    for o in a.outcomes:
        for f in o.follow_ups:
            if f.response and "baseline" not in marks.get(f.day, ()):
                marks.setdefault(f.day, []).append("response")
    for p in a.phq9:
        if p.total is not None and is_remission(p.total):
            marks.setdefault(p.day, []).append("remission")
    return {day: tuple(dict.fromkeys(m)) for day, m in marks.items()}


def side_effects_table(a: Analysis, start: date, end: date) -> Table:
    rows = []
    for session in a.sessions:
        t = session.treatment
        if not start <= t.day <= end:
            continue
        cells = [str(t.side_effects[k]) if k in t.side_effects else NONE_MARK
                 for k in SIDE_EFFECTS]
        total = "not rated" if session.total is None else str(session.total)
        rows.append((f"{_day(t.day)} {t.at:%H:%M}", TREATMENT_KINDS[t.kind], *cells, total))
    return Table(("Session", "Treatment", *SIDE_EFFECTS.values(), "Total (0-21)"), tuple(rows))


def relief_table(reliefs: list[Relief]) -> Table:
    rows = tuple((TREATMENT_KINDS[r.treatment.kind], _day(r.treatment.day),
                  _num(r.pre), _num(r.peak), r.describe()) for r in reliefs)
    return Table(("Treatment", "Date", "Before", "Peak", "Days of relief"), rows)


def _signed(change: float) -> str:
    """"+1.5", "-0.7", and "0.0" rather than "+0.0" or "-0.0"."""
    return "0.0" if round(change, 1) == 0 else f"{change:+.1f}"


def comparison_table(c: PeriodComparison) -> Table:
    rows = []
    for row in (c.mood, c.burden, *c.symptoms):
        change = row.change
        label = row.label if row in (c.mood, c.burden) else short_label(row.key, row.label)
        rows.append((label, _num(row.before.mean), _num(row.after.mean),
                     NONE_MARK if change is None else _signed(change),
                     f"{row.before.days} / {row.after.days}"))
    return Table(("Measure", "Before", "After", "Change", "Days logged"), tuple(rows))


def day_summary(a: Analysis, day: date) -> str:
    """What the hover tooltip says about ``day``."""
    s = a.series
    i = s.index(day)
    lines = [f"{day:%a %d %b %Y}"]
    if s.logged(i):
        mood = f"Mood {s.mood[i]}/10"
        if a.mood_mean[i] is not None:
            mood += f" \u00b7 7-day mean {a.mood_mean[i]:.1f}"
        lines.append(mood)
        if a.burden[i] is not None:
            lines.append(f"Symptom burden {a.burden[i]:.1f} / 36")
        if s.sleep[i] is not None:
            lines.append(f"Sleep {s.sleep[i]:g} h")
        worst = [short_label(d.key, d.label) for d in a.symptoms
                 if (s.ratings[d.key][i] or 0) >= 2]
        if worst:
            lines.append("Moderate or severe: " + ", ".join(worst))
    elif 0 <= i < len(s):
        lines.append("No check-in")
    lines += [f"Treatment: {t}" for t in _treatments_by_day(a).get(day, [])]
    for name, points in (("PHQ-9", a.phq9), ("GAD-7", a.gad7)):
        for p in points:
            if p.day == day:
                lines.append(f"{name}: {'incomplete' if p.total is None else p.total}"
                             + (f" ({p.band.lower()})" if p.band else ""))
    return "\n".join(lines)

