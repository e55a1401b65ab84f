"""Commands for questionnaires, clinician-reported scores and outcomes per treatment course."""

from __future__ import annotations

import argparse
from datetime import date

from moodlog.commands import Subparsers, add_range, get_range, open_store, say
from moodlog.core import outcomes as oc
from moodlog.core import questionnaires as q
from moodlog.core.dates import parse_date
from moodlog.core.models import ClinicianScore, QuestionnaireResponse
from moodlog.core.safety import crisis_text, region_from_locale
from moodlog.core.treatments import PHASES, TREATMENT_KINDS


def instrument_key(text: str) -> str:
    """``PHQ-9``, ``phq9`` or ``Phq9`` -> ``phq9``; unknown names raise ValueError."""
    key = text.strip().lower().replace("-", "")
    q.instrument(key if key in q.INSTRUMENTS else text)
    return key


def parse_answers(text: str, key: str) -> tuple[int | None, ...]:
    """``"1,2,,0"`` -> ``(1, 2, None, 0)``: a blank is an unanswered item."""
    inst = q.instrument(key)
    values: list[int | None] = []
    for number, part in enumerate(text.split(","), start=1):
        part = part.strip()
        if not part:
            values.append(None)
        elif part.lstrip("-").isdigit():
            values.append(int(part))
        else:
            raise ValueError(f"{inst.name} item {number}: answer must be 0-3 or left blank, "
                             f"not {part!r}")
    answers = q.check_answers(key, values)
    if all(a is None for a in answers):
        raise ValueError(f"no {inst.name} item is answered; there is nothing to save")
    return answers


def _day(text: str | None, what: str) -> date:
    today = date.today()
    day = parse_date(text, "--date") if text else today
    if day > today:
        raise ValueError(f"{day.isoformat()} is in the future; {what} are for today or "
                         "earlier days")
    return day


def describe_total(response: QuestionnaireResponse) -> str:
    s = response.score
    if not s.complete:
        n = len(response.answers)
        return f"incomplete ({s.answered} of {n} answered, no total)"
    return f"{s.total} ({s.band_label})"


def cmd_add(args: argparse.Namespace) -> int:
    key = instrument_key(args.instrument)
    inst = q.instrument(key)
    response = QuestionnaireResponse(key, _day(args.date, "questionnaires"),
                                     parse_answers(args.answers, key), args.difficulty)
    with open_store(args) as store:
        existed = bool(store.questionnaires(response.day, response.day, key))
        if existed and not args.replace:
            raise ValueError(f"a {inst.name} for {response.day.isoformat()} is already "
                             "recorded (use --replace to overwrite it)")
        store.save_questionnaire(response, replace=args.replace)
    verb = "Replaced" if existed else "Saved"
    say(f"{verb} the {inst.name} for {response.day:%a %d %b %Y}: {describe_total(response)}.")
    if inst.safety_item is not None and (response.answers[inst.safety_item - 1] or 0) > 0:
        say("\n" + crisis_text(region_from_locale()))
    return 0


def _item9(r: QuestionnaireResponse) -> str:
    item = q.instrument(r.instrument).safety_item
    if item is None:
        return ""
    answer = r.answers[item - 1]
    return "unanswered" if answer is None else f"{answer} {q.ANSWERS[answer].lower()}"


def cmd_list(args: argparse.Namespace) -> int:
    start, end = get_range(args)
    key = instrument_key(args.instrument) if args.instrument is not None else None
    with open_store(args) as store:
        responses = store.questionnaires(start, end, key)
    if not responses:
        say("No questionnaires recorded" + (" in that period." if start or end else " yet."))
        return 0
    say(f"{'date':<10}  {'instrument':<10}  {'total':<24}  {'item 9':<21}  difficulty")
    for r in responses:
        s = r.score
        total = f"{s.total} {s.band_label}" if s.complete else (
            f"incomplete ({s.answered}/{len(r.answers)})")
        difficulty = "" if r.difficulty is None else q.DIFFICULTY_ANSWERS[r.difficulty]
        line = (f"{r.day.isoformat():<10}  {q.instrument(r.instrument).name:<10}  {total:<24}  "
                f"{_item9(r):<21}  {difficulty}")
        say(line.rstrip())
    return 0


def cmd_score_add(args: argparse.Namespace) -> int:
    score = ClinicianScore(args.scale, _day(args.date, "scores"), args.total, args.note)
    with open_store(args) as store:
        existed = any(s.instrument == score.instrument
                      for s in store.clinician_scores(score.day, score.day))
        if existed and not args.replace:
            raise ValueError(f"a {score.instrument} score for {score.day.isoformat()} is "
                             "already recorded (use --replace to overwrite it)")
        store.save_clinician_score(score, replace=args.replace)
    verb = "Replaced" if existed else "Saved"
    say(f"{verb} the clinician-reported {score.instrument} total for {score.day:%a %d %b %Y}: "
        f"{score.total}.")
    return 0


def cmd_score_list(args: argparse.Namespace) -> int:
    start, end = get_range(args)
    with open_store(args) as store:
        scores = store.clinician_scores(start, end)
    for s in scores:
        say(f"{s.day.isoformat()}  {s.instrument:<8} {s.total:>3}" + (f"  {s.note}" if s.note
                                                                      else ""))
    if not scores:
        say("No clinician-reported scores recorded" + (" in that period." if start or end
                                                       else " yet."))
    return 0


def _course_heading(c: oc.Course) -> str:
    kinds = sorted({TREATMENT_KINDS[t.kind] for t in c.treatments})
    phases = ", ".join(f"{n} {PHASES.get(p, 'no phase given').lower()}"
                       for p, n in c.phase_counts().items())
    n = len(c.treatments)
    return (f"Course {c.number}: {' and '.join(kinds)}, first session {c.start:%a %d %b %Y}, "
            f"{n} session{'s' * (n != 1)} ({phases}), last {c.last_day:%d %b %Y}")


def _no_baseline(o: oc.CourseOutcome) -> str:
    name, start = o.scale.name, o.course.start.isoformat()
    window = f"in the {oc.BASELINE_WINDOW_DAYS} days up to {start}"
    if o.no_baseline_reason == oc.ONLY_INCOMPLETE:
        return f"no baseline: every {name} {window} is incomplete"
    if o.no_baseline_reason == oc.TOO_EARLY and o.last_before is not None:
        days = (o.course.start - o.last_before.day).days
        return (f"no baseline: the last {name} before the course, on "
                f"{o.last_before.day.isoformat()}, was {days} days before the first session")
    return f"no baseline: no {name} on or before {start}"


def _change(f: oc.FollowUp) -> str:
    if f.percent_change is None:
        return "no % change (no baseline)"
    pct = f.percent_change
    if pct == 0:
        return "same as baseline"
    return f"{abs(pct):.1f}% {'below' if pct < 0 else 'above'} baseline"


def _yes_no(value: bool | None) -> str:
    return "-" if value is None else "yes" if value else "no"


def _outcome_lines(o: oc.CourseOutcome) -> list[str]:
    name = o.scale.name
    if o.baseline is None:
        lines = [f"  {name} {_no_baseline(o)}"]
    else:
        b = o.baseline
        when = "the day of the first session" if b.days_before == 0 else (
            f"{b.days_before} day{'s' * (b.days_before != 1)} before the first session")
        lines = [f"  {name} baseline: {b.total} on {b.day.isoformat()} ({when})"]
        if b.passed_over:
            days = ", ".join(d.isoformat() for d in b.passed_over)
            lines.append(f"    (incomplete {name} not used as baseline: {days})")
    if not o.follow_ups:
        lines.append(f"    no {name} after the first session")
    for f in o.follow_ups:
        head = f"    {f.day.isoformat()}  day {f.days_after_start:>3}  "
        if f.total is None:
            lines.append(head + "incomplete, no total")
            continue
        lines.append(head + f"{f.total:>2}  {_change(f):<22}  response: {_yes_no(f.response):<3}"
                            f"  remission: {_yes_no(f.remission)}")
    return lines


def cmd_outcomes(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        data = store.snapshot()
    summaries = oc.summarise(data.treatments, data.questionnaires, data.clinician_scores)
    if not summaries:
        say("No ketamine or esketamine sessions recorded, so there are no treatment courses.")
        return 0
    say(f"Baseline: the last score on or before the first session of a course, at most "
        f"{oc.BASELINE_WINDOW_DAYS} days before it. Response: a total at least 50% below "
        "baseline. Remission: PHQ-9 below 5, MADRS 10 or less. Incomplete questionnaires have "
        "no total.")
    for s in summaries:
        say("")
        say(_course_heading(s.course))
        for line in _outcome_lines(s.phq9):
            say(line)
        if s.madrs.baseline is not None or s.madrs.follow_ups:
            for line in _outcome_lines(s.madrs):
                say(line)
    return 0


def register(sub: Subparsers) -> None:
    names = ", ".join(q.INSTRUMENTS)
    p = sub.add_parser("questionnaire", help="record or list PHQ-9, GAD-7, PHQ-2, GAD-2")
    qsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = qsub.add_parser(
        "add", help="record a questionnaire",
        description=f"{q.STEM} Answers: " + ", ".join(
            f"{i} {a.lower()}" for i, a in enumerate(q.ANSWERS))
        + ". Leave an item blank (1,2,,0,...) if it was not answered: the questionnaire is "
          "then saved as incomplete, with no total. " + q.ATTRIBUTION)
    add.add_argument("instrument", metavar="INSTRUMENT", help=names)
    add.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    add.add_argument("--answers", required=True, metavar="A,B,...",
                     help="one answer 0-3 per item, in order, separated by commas")
    add.add_argument("--difficulty", type=int, metavar="0-3",
                     help="how difficult the problems made things: "
                          + ", ".join(f"{i} {a.lower()}"
                                      for i, a in enumerate(q.DIFFICULTY_ANSWERS)))
    add.add_argument("--replace", action="store_true",
                     help="overwrite the same questionnaire on the same day")
    add.set_defaults(handler=cmd_add)
    lst = qsub.add_parser("list", help="list questionnaires with totals and bands")
    add_range(lst)
    lst.add_argument("--instrument", metavar="KEY", help=names)
    lst.set_defaults(handler=cmd_list)

    p = sub.add_parser("score", help="record or list clinician-reported totals (e.g. MADRS)")
    ssub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = ssub.add_parser("add", help="record a total your clinician reported",
                          description="Record a total your clinician reported (MADRS 0-60, "
                                      "or another scale by name). Only the total is kept.")
    add.add_argument("--scale", required=True, metavar="NAME", help="e.g. MADRS")
    add.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    add.add_argument("--total", type=int, required=True, metavar="N", help="the total score")
    add.add_argument("--note", default="", help="a note, e.g. who rated it")
    add.add_argument("--replace", action="store_true",
                     help="overwrite the same scale on the same day")
    add.set_defaults(handler=cmd_score_add)
    lst = ssub.add_parser("list", help="list clinician-reported totals")
    add_range(lst)
    lst.set_defaults(handler=cmd_score_list)

    sub.add_parser(
        "outcomes", help="PHQ-9 and MADRS baseline, change, response and remission per course",
        description="For each course of ketamine or esketamine sessions: the baseline, then "
                    "every later score with its change from baseline, response and remission."
    ).set_defaults(handler=cmd_outcomes)
