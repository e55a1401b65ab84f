"""``moodlog insights``: the analysis of the Insights view, for the terminal or as JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING, Any

from moodlog.commands import Subparsers, add_range, get_range, life, open_store, say
from moodlog.core.dates import format_local_datetime
from moodlog.core.treatments import TREATMENT_KINDS

if TYPE_CHECKING:
    from moodlog.core.analysis import Analysis, Comparison
    from moodlog.core.relief import Relief

PLAIN_DEFINITION = (
    "Relief: from the average mood of the 7 days before a treatment to the best 3-day average "
    "in its first week, lasting until the 3-day average falls back halfway. '>= N': the next "
    "treatment or the last check-in came first."
)


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _relief_json(r: Relief) -> dict[str, Any]:
    return {
        "at": format_local_datetime(r.treatment.at),
        "kind": r.treatment.kind,
        "phase": r.treatment.phase,
        "relief_days": r.days,
        "censored": r.censored,
        "censored_by": None if r.censored_by is None else str(r.censored_by),
        "status": str(r.status),
        "pre": _round(r.pre),
        "peak": _round(r.peak),
        "peak_day": None if r.peak_day is None else r.peak_day.isoformat(),
    }


def _comparison_json(c: Comparison) -> dict[str, Any]:
    return {"label": c.label, "before": _round(c.before.mean), "before_days": c.before.days,
            "after": _round(c.after.mean), "after_days": c.after.days}


def summary(a: Analysis, start: date, end: date) -> dict[str, Any]:
    """The JSON object of ``moodlog insights --json`` for the days ``start`` .. ``end``."""
    from moodlog.core.outcomes import is_remission, is_response

    reliefs = a.relief_in(start, end)
    latest = a.latest_phq9(end)
    course = a.outcome_at(end)
    base = None if course is None else course.baseline
    out: dict[str, Any] = {
        "from": start.isoformat(),
        "to": end.isoformat(),
        "checkins": a.checkins_in(start, end),
        "treatments": [_relief_json(r) for r in reliefs],
        "median_relief_days": a.median_relief(start, end),
        "baseline": None if course is None or base is None else {
            "day": base.day.isoformat(), "total": base.total,
            "first_treatment": course.course.start.isoformat()},
        "latest_phq9": None,
        "symptom_averages": None,
    }
    if latest is not None and latest.total is not None:
        out["latest_phq9"] = {"day": latest.day.isoformat(), "total": latest.total,
                              "band": latest.band,
                              "response": None if base is None
                              else is_response(base.total, latest.total),
                              "remission": is_remission(latest.total)}
    periods = a.default_periods(end)
    if periods is not None:
        cmp = a.compare(*periods)
        out["symptom_averages"] = {
            "before": {"from": cmp.before[0].isoformat(), "to": cmp.before[1].isoformat()},
            "after": {"from": cmp.after[0].isoformat(), "to": cmp.after[1].isoformat()},
            "mood": _comparison_json(cmp.mood),
            "burden": _comparison_json(cmp.burden),
            "symptoms": {c.key: _comparison_json(c) for c in cmp.symptoms},
        }
    return out


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _days(r: Relief) -> str:
    if r.days is None:
        return r.describe()
    return f">= {r.days}" if r.censored else str(r.days)


def _text(a: Analysis, doc: dict[str, Any]) -> list[str]:
    lines = [f"Insights from {doc['from']} to {doc['to']}: {doc['checkins']} check-ins."]
    base = doc["baseline"]
    if base is not None:
        lines.append(f"PHQ-9 baseline: {base['total']} on {base['day']} (first treatment "
                     f"{base['first_treatment']}).")
    latest = doc["latest_phq9"]
    if latest is not None:
        resp = {True: "yes", False: "no", None: "no baseline"}[latest["response"]]
        lines.append(f"Latest PHQ-9: {latest['total']} on {latest['day']} ({latest['band']}); "
                     f"response (at least 50% below baseline): {resp}; remission (below 5): "
                     f"{'yes' if latest['remission'] else 'no'}.")
    reliefs = a.relief_in(date.fromisoformat(doc["from"]), date.fromisoformat(doc["to"]))
    if reliefs:
        lines += ["", PLAIN_DEFINITION,
                  f"{'Treatment':<18}{'Kind':<38}{'Before':>7}{'Peak':>6}  Days of relief"]
        for r in reliefs:
            lines.append(f"{r.treatment.at:%Y-%m-%d %H:%M}  "
                         f"{TREATMENT_KINDS[r.treatment.kind]:<38}{_num(r.pre):>7}"
                         f"{_num(r.peak):>6}  {_days(r)}")
        median = doc["median_relief_days"]
        ended = sum(1 for r in reliefs if r.days is not None and not r.censored)
        lines.append(f"Median days of relief: {_num(median) if median is not None else '-'} "
                     f"(over the {ended} treatment(s) whose relief ended; censored ones left "
                     "out).")
    else:
        lines.append("No ketamine or esketamine treatments in this period.")
    cmp = doc["symptom_averages"]
    if cmp is not None:
        lines += ["", f"Averages, {cmp['before']['from']} to {cmp['before']['to']} (before the "
                  f"first treatment) vs {cmp['after']['from']} to {cmp['after']['to']}:"]
        for row in [cmp["mood"], cmp["burden"], *cmp["symptoms"].values()]:
            lines.append(f"  {row['label']:<60}{_num(row['before']):>6} -> "
                         f"{_num(row['after']):>5}")
    return lines


def cmd_insights(args: argparse.Namespace) -> int:
    from moodlog.core.analysis import analyse_journal

    start, end = get_range(args)
    with open_store(args) as store:
        analysis = analyse_journal(store)
        s = analysis.series
        start = start or s.start
        if end is None:
            end = s.end if len(s) else start
            if start > end:
                raise ValueError(f"--from {start.isoformat()} is after the journal's last "
                                 f"day, {end.isoformat()}")
        doc = summary(analysis, start, end)
        doc.update(life.insights_parts(store, start, end))
    if args.json:
        say(json.dumps(doc, indent=2, ensure_ascii=False))
    elif analysis.empty:
        say("The journal is empty: there is nothing to summarise yet.")
    else:
        say("\n".join(_text(analysis, doc) + life.insights_lines(doc)))
    return 0


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "insights", help="summarise mood, relief after treatments and PHQ-9 outcomes",
        description="Summarise the journal: relief after each ketamine or esketamine treatment "
                    "(computed from the whole journal; --from/--to choose which treatments are "
                    "listed), PHQ-9 baseline and latest total, and symptom averages in the 4 "
                    "weeks before the first treatment against the 4 weeks ending on --to. "
                    "Descriptive only: it never advises on treatment.")
    add_range(p)
    p.add_argument("--json", action="store_true", help="print a JSON object instead")
    p.set_defaults(handler=cmd_insights)
