"""The Questionnaires view's outcomes summary in plain words (no Qt, so it is easy to test).

It describes what the numbers are against the definitions of CLINICAL.md section 2; it never
advises and never reads an incomplete questionnaire as a score.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from moodlog.core import outcomes as oc
from moodlog.core.models import ClinicianScore, QuestionnaireResponse, Treatment
from moodlog.core.questionnaires import instrument
from moodlog.core.treatments import TREATMENT_KINDS

DEFINITIONS = (
    f"Baseline: the last score on or before the first session of a course, at most "
    f"{oc.BASELINE_WINDOW_DAYS} days before it. Response: a total at least 50% below "
    "baseline. Remission: PHQ-9 below 5, MADRS 10 or less."
)
_RESPONSE = "response (at least 50% below baseline)"
_REMISSION = {"phq9": "remission (below 5)", "madrs": "remission (10 or less)"}


def _day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b %Y}"


def latest_line(responses: Iterable[QuestionnaireResponse]) -> str:
    """"PHQ-9 8 (mild) on ...; GAD-7 ..." for the instruments recorded."""
    rs = list(responses)
    parts = []
    for key in ("phq9", "gad7"):
        r = oc.latest(rs, key)
        if r is None:
            continue
        s = r.score
        value = f"{s.total} ({(s.band_label or '').lower()})" if s.complete else (
            "incomplete (no total)")
        parts.append(f"{instrument(key).name} {value} on {_day(r.day)}")
    return "; ".join(parts) + "." if parts else "No PHQ-9 or GAD-7 recorded yet."


def course_label(course: oc.Course, count: int) -> str:
    return f"Course {course.number}" + (f" of {count}" if count > 1 else "")


def course_line(course: oc.Course) -> str:
    kinds = " and ".join(sorted({TREATMENT_KINDS[t.kind] for t in course.treatments}))
    n = len(course.treatments)
    return (f"{kinds}, from {_day(course.start)}: {n} session{'s' * (n != 1)}, the last on "
            f"{_day(course.last_day)}.")


def _no_baseline(o: oc.CourseOutcome) -> str:
    name = o.scale.name
    if o.no_baseline_reason == oc.ONLY_INCOMPLETE:
        return (f"No baseline: every {name} in the {oc.BASELINE_WINDOW_DAYS} days before the "
                "first session is incomplete.")
    if o.no_baseline_reason == oc.TOO_EARLY and o.last_before is not None:
        days = (o.course.start - o.last_before.day).days
        return (f"No baseline: the last {name} before the course was {days} days before the "
                f"first session (more than {oc.BASELINE_WINDOW_DAYS}).")
    return f"No baseline: there is no {name} on or before the first session."


def _meets(f: oc.FollowUp, key: str) -> str:
    remission = _REMISSION[key]
    if f.response is None:
        return f"that counts as {remission}" if f.remission else (
            f"that does not count as {remission}")
    if f.response and f.remission:
        return f"that counts as a {_RESPONSE} and as {remission}"
    if f.response:
        return f"that counts as a {_RESPONSE}, not as {remission}"
    if f.remission:
        return f"that counts as {remission}, not as a {_RESPONSE}"
    return f"that counts neither as a {_RESPONSE} nor as {remission}"


def outcome_line(o: oc.CourseOutcome) -> str:
    """Baseline, latest total, % change, response and remission of one scale, in words."""
    parts = []
    if o.baseline is None:
        parts.append(_no_baseline(o))
    else:
        b = o.baseline
        when = "the day of the first session" if b.days_before == 0 else (
            f"{b.days_before} day{'s' * (b.days_before != 1)} before the first session")
        parts.append(f"Baseline {b.total} on {_day(b.day)} ({when}).")
    complete = [f for f in o.follow_ups if f.complete]
    if not complete:
        parts.append(f"No complete {o.scale.name} after the first session.")
        return " ".join(parts)
    last = complete[-1]
    latest = f"Latest {last.total} on {_day(last.day)}"
    if last.percent_change is not None:
        pct = last.percent_change
        change = "the same as baseline" if pct == 0 else (
            f"{abs(pct):.1f}% {'below' if pct < 0 else 'above'} baseline")
        latest += f", {change}"
    elif o.baseline is not None:
        latest += " (a baseline of 0 has no percentage change)"
    parts.append(f"{latest}: {_meets(last, o.scale.key)}.")
    first = o.first_response
    if first is not None and first is not last:
        parts.append(f"It first met the definition of response on {_day(first.day)} "
                     f"(day {first.days_after_start}).")
    if o.follow_ups[-1] is not last:
        parts.append(f"The most recent {o.scale.name}, on {_day(o.follow_ups[-1].day)}, is "
                     "incomplete and has no total.")
    return " ".join(parts)


def summary(treatments: Iterable[Treatment], responses: Iterable[QuestionnaireResponse],
            scores: Iterable[ClinicianScore] = ()) -> list[tuple[str, str]]:
    """(label, text) rows: the latest totals, then the most recent treatment course's
    PHQ-9 outcome, and its MADRS outcome when a clinician reported any."""
    rs = list(responses)
    out = [("Latest", latest_line(rs))]
    summaries = oc.summarise(treatments, rs, scores)
    if not summaries:
        return out
    s = summaries[-1]
    out.append((course_label(s.course, len(summaries)), course_line(s.course)))
    out.append(("PHQ-9", outcome_line(s.phq9)))
    if s.madrs.baseline is not None or s.madrs.follow_ups:
        out.append(("MADRS (clinician)", outcome_line(s.madrs)))
    return out
