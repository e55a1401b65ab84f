"""The numbers behind every chart as plain tables, and the hover text of a day.

No Qt on import (``charts.qt_text`` loads it for a translated text only): the window shows
these as the "table" alternative of each chart, and a report can print them. Empty cells are
explicit: "no check-in", "unanswered". Texts are in the active language (context
"ChartTables"), catalogue labels from ``core.catalogue_text``; English is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from moodlog.charts.qt_text import (
    QCoreApplication,
    english,
    local_day,
    local_number,
    lower_word,
    short_number,
)
from moodlog.core import catalogue_text
from moodlog.core.analysis import Analysis, PeriodComparison
from moodlog.core.outcomes import is_remission
from moodlog.core.relief import CensoredBy, Relief, ReliefStatus
from moodlog.core.treatments import PHASES, SIDE_EFFECTS, TREATMENT_KINDS
from moodlog.i18n import current_language

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
    if not english():
        text = catalogue_text.symptom_label(key, current_language(), label, short=True)
    return text if len(text) <= 18 else text[:17] + "\u2026"


def kind_text(key: str) -> str:
    """A treatment kind's label in the active language."""
    return TREATMENT_KINDS[key] if english() else catalogue_text.kind_label(
        key, current_language())


def phase_text(key: str) -> str:
    return PHASES[key] if english() else catalogue_text.phase_label(key, current_language())


def side_effect_text(key: str) -> str:
    return SIDE_EFFECTS[key] if english() else catalogue_text.side_effect_label(
        key, current_language())


_BAND_KEYS = {text: key.removeprefix("band.") for key, text in catalogue_text.TEXT["en"].items()
              if key.startswith("band.")}


def band_text(label: str) -> str:
    """A questionnaire band's label ("Moderately severe") in the active language."""
    key = _BAND_KEYS.get(label)
    return label if english() or key is None else catalogue_text.band_label(
        key, current_language())


def no_checkin() -> str:
    return QCoreApplication.translate("ChartTables", "no check-in")


def unanswered() -> str:
    return QCoreApplication.translate("ChartTables", "unanswered")


def relief_days(r: Relief) -> str:
    """``Relief.describe()`` in the active language: "13", "\u2265 4", "no relief", ..."""
    if r.status is ReliefStatus.CENSORED and r.days == 0 and (
            r.censored_by is CensoredBy.LAST_LOGGED_DAY):
        return QCoreApplication.translate("ChartTables", "too early to tell")
    if r.status is ReliefStatus.NO_RELIEF:
        return QCoreApplication.translate("ChartTables", "no relief")
    if r.status in (ReliefStatus.ENDED, ReliefStatus.CENSORED):
        return r.describe()
    return QCoreApplication.translate("ChartTables", "too few check-ins")


@dataclass(frozen=True, slots=True)
class Table:
    """A header row and rows of display text; ``full``, when given, has a row per row with
    each cell's whole text where the display text is a short form (tooltip, screen reader)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    full: tuple[tuple[str, ...], ...] = ()


def _num(value: float | None, digits: int = 1) -> str:
    return NONE_MARK if value is None else local_number(value, digits)


def _days(a: Analysis, start: date, end: date) -> range:
    s = a.series
    return range(max(0, s.index(start)), min(len(s), s.index(end) + 1))


#: Days as the other views show them ("Tue 01 Dec 2026"), not ISO.
DAY_FORMAT = "%a %d %b %Y"


def _day(day: date) -> str:
    if english():
        return day.strftime(DAY_FORMAT)
    return local_day(day, QCoreApplication.translate("ChartTables", "ddd dd MMM yyyy"))


def _date(day: date) -> str:
    """A day without its weekday ("10 Sep 2026"), for a narrow table."""
    if english():
        return day.strftime("%d %b %Y")
    return local_day(day, QCoreApplication.translate("ChartTables", "dd MMM yyyy"))


def _hours(hours: float) -> str:
    """Hours slept as ``:g`` writes them ("7.5"), with the language's decimal sign."""
    return short_number(hours)


def _treatments_by_day(a: Analysis) -> dict[date, list[str]]:
    out: dict[date, list[str]] = {}
    for t in a.treatments:
        phase = f" ({lower_word(phase_text(t.phase))})" if t.phase else ""
        out.setdefault(t.day, []).append(f"{kind_text(t.kind)} {t.at:%H:%M}{phase}")
    return out


def mood_table(a: Analysis, start: date, end: date) -> Table:
    s = a.series
    treatments = _treatments_by_day(a)
    rows = []
    for i in _days(a, start, end):
        day = s.day(i)
        mood = s.mood[i]
        rows.append((_day(day), no_checkin() if mood is None else str(mood),
                     _num(a.mood_mean[i]), _num(a.burden[i]), "; ".join(treatments.get(day, []))))
    return Table((QCoreApplication.translate("ChartTables", "Date"),
                  QCoreApplication.translate("ChartTables", "Mood (0-10)"),
                  QCoreApplication.translate("ChartTables", "7-day mean"),
                  QCoreApplication.translate("ChartTables", "Symptom burden (0-36)"),
                  QCoreApplication.translate("ChartTables", "Treatments")), tuple(rows))


def sleep_table(a: Analysis, start: date, end: date) -> Table:
    s = a.series
    rows = []
    for i in _days(a, start, end):
        hours = s.sleep[i]
        text = (no_checkin() if not s.logged(i) else QCoreApplication.translate(
            "ChartTables", "not recorded") if hours is None else _hours(hours))
        rows.append((_day(s.day(i)), text))
    return Table((QCoreApplication.translate("ChartTables", "Date"),
                  QCoreApplication.translate("ChartTables", "Hours slept")), tuple(rows))


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
            cells.append(unanswered() if value is None else str(value))
        rows.append((_day(s.day(i)), *cells))
    headers = (QCoreApplication.translate("ChartTables", "Date"),
               *(short_label(d.key, d.label) for d in a.symptoms))
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
                dated.append((p.day, name, (_day(p.day), name, QCoreApplication.translate(
                    "ChartTables", "incomplete"), "", "")))
                continue
            outcome = ", ".join(mark_text(m) for m in phq9_marks(a).get(p.day, ())
                                ) if name == "PHQ-9" else ""
            dated.append((p.day, name, (_day(p.day), name, str(p.total),
                                        band_text(p.band) if p.band else "", outcome)))
    rows = [row for _, _, row in sorted(dated)]
    return Table((QCoreApplication.translate("ChartTables", "Date"),
                  QCoreApplication.translate("ChartTables", "Questionnaire"),
                  QCoreApplication.translate("ChartTables", "Total"),
                  QCoreApplication.translate("ChartTables", "Severity"),
                  QCoreApplication.translate("ChartTables", "Outcome")), tuple(rows))


def mark_text(mark: str) -> str:
    """A mark of :func:`phq9_marks` ("baseline", "response", "remission") as shown."""
    return {"baseline": QCoreApplication.translate("ChartTables", "baseline"),
            "response": QCoreApplication.translate("ChartTables", "response"),
            "remission": QCoreApplication.translate("ChartTables", "remission")}.get(mark, mark)


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
        total = (QCoreApplication.translate("ChartTables", "not rated") if session.total is None
                 else str(session.total))
        rows.append((f"{_day(t.day)} {t.at:%H:%M}", kind_text(t.kind), *cells, total))
    return Table((QCoreApplication.translate("ChartTables", "Session"),
                  QCoreApplication.translate("ChartTables", "Treatment"),
                  *(side_effect_text(k) for k in SIDE_EFFECTS),
                  QCoreApplication.translate("ChartTables", "Total (0-21)")), tuple(rows))


def short_kind_text(key: str) -> str:
    """A ketamine kind's short name in the active language ("IV ketamine")."""
    return catalogue_text.short_kind_label(key, current_language())


def relief_table(reliefs: list[Relief]) -> Table:
    rows = tuple((short_kind_text(r.treatment.kind), _date(r.treatment.day),
                  _num(r.pre), _num(r.peak), relief_days(r)) for r in reliefs)
    full = tuple((kind_text(r.treatment.kind), _day(r.treatment.day), *row[2:])
                 for r, row in zip(reliefs, rows, strict=True))
    return Table((QCoreApplication.translate("ChartTables", "Treatment"),
                  QCoreApplication.translate("ChartTables", "Date"),
                  QCoreApplication.translate("ChartTables", "Before"),
                  QCoreApplication.translate("ChartTables", "Peak"),
                  QCoreApplication.translate("ChartTables", "Days of relief")), rows, full)


def _signed(change: float) -> str:
    """"+1.5", "-0.7", and "0.0" rather than "+0.0" or "-0.0"."""
    text = "0.0" if round(change, 1) == 0 else f"{change:+.1f}"
    return text if english() else text.replace(".", local_number(0.5)[1])


def comparison_table(c: PeriodComparison) -> Table:
    rows = []
    for row in (c.mood, c.burden, *c.symptoms):
        change = row.change
        label = (measure_text(row.label) if row in (c.mood, c.burden)
                 else short_label(row.key, row.label))
        rows.append((label, _num(row.before.mean), _num(row.after.mean),
                     NONE_MARK if change is None else _signed(change),
                     f"{row.before.days} / {row.after.days}"))
    return Table((QCoreApplication.translate("ChartTables", "Measure"),
                  QCoreApplication.translate("ChartTables", "Before"),
                  QCoreApplication.translate("ChartTables", "After"),
                  QCoreApplication.translate("ChartTables", "Change"),
                  QCoreApplication.translate("ChartTables", "Days logged")), tuple(rows))


def measure_text(label: str) -> str:
    """The comparison's mood and burden rows as shown."""
    return {"Mood (0-10)": QCoreApplication.translate("ChartTables", "Mood (0-10)"),
            "Daily symptom burden (0-36)": QCoreApplication.translate(
                "ChartTables", "Daily symptom burden (0-36)")}.get(label, label)


def day_summary(a: Analysis, day: date) -> str:
    """What the hover tooltip says about ``day``."""
    s = a.series
    i = s.index(day)
    lines = [_day(day)]
    if s.logged(i):
        mood = QCoreApplication.translate("ChartTables", "Mood {mood}/10").format(mood=s.mood[i])
        mean = a.mood_mean[i]
        if mean is not None:
            mood += QCoreApplication.translate("ChartTables", " \u00b7 7-day mean {mean}").format(
                mean=local_number(mean))
        lines.append(mood)
        burden = a.burden[i]
        if burden is not None:
            lines.append(QCoreApplication.translate(
                "ChartTables", "Symptom burden {burden} / 36").format(burden=local_number(burden)))
        sleep = s.sleep[i]
        if sleep is not None:
            lines.append(QCoreApplication.translate("ChartTables", "Sleep {hours} h").format(
                hours=_hours(sleep)))
        worst = [short_label(d.key, d.label) for d in a.symptoms
                 if (s.ratings[d.key][i] or 0) >= 2]
        if worst:
            lines.append(QCoreApplication.translate("ChartTables", "Moderate or severe: {list}"
                                                    ).format(list=", ".join(worst)))
    elif 0 <= i < len(s):
        lines.append(QCoreApplication.translate("ChartTables", "No check-in"))
    lines += [QCoreApplication.translate("ChartTables", "Treatment: {treatment}").format(
        treatment=t) for t in _treatments_by_day(a).get(day, [])]
    for name, points in (("PHQ-9", a.phq9), ("GAD-7", a.gad7)):
        for p in points:
            if p.day == day:
                total = QCoreApplication.translate(
                    "ChartTables", "incomplete") if p.total is None else p.total
                lines.append(f"{name}: {total}"
                             + (f" ({band_text(p.band).lower()})" if p.band else ""))
    return "\n".join(lines)


def band_tick(label: str) -> str:
    """A questionnaire band's name beside its chart (window and paper), the longest one
    shortened."""
    if label == "Moderately severe":
        return QCoreApplication.translate("Charts", "Mod. severe")
    return band_text(label)


def baseline_name(total: int, day: date) -> str:
    """The key's name for a PHQ-9 chart's baseline line: "Baseline 10 (22 Oct 2026)"."""
    when = f"{day:%d %b %Y}" if english() else local_day(
        day, QCoreApplication.translate("Charts", "dd MMM yyyy"))
    return QCoreApplication.translate("Charts", "Baseline {total} ({day})").format(
        total=total, day=when)
