"""``moodlog search``, ``moodlog moment``, ``moodlog tag`` and ``moodlog medication``."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING, Any

from moodlog.commands import Subparsers, add_range, get_range, open_store, say
from moodlog.core.dates import parse_date

if TYPE_CHECKING:
    from moodlog.core.life import SearchHit
    from moodlog.store.journal import JournalStore


def _marked(hit: SearchHit) -> str:
    """The snippet with its matches in [brackets], on one line."""
    out, last = [], 0
    for start, end in hit.marks:
        out += [hit.snippet[last:start], "[", hit.snippet[start:end], "]"]
        last = end
    out.append(hit.snippet[last:])
    return " ".join("".join(out).split())


def cmd_search(args: argparse.Namespace) -> int:
    from moodlog.store.search import match_expression

    start, end = get_range(args)
    if args.limit < 1:
        raise ValueError(f"--limit must be at least 1, not {args.limit}")
    if match_expression(args.text) is None:
        raise ValueError(f"{args.text!r} has no word to search for (letters or digits)")
    with open_store(args) as store:
        hits = store.search(args.text, start, end, limit=args.limit)
    if args.json:
        say(json.dumps([{"date": h.day.isoformat(), "where": h.where, "time": h.at or None,
                         "snippet": h.snippet} for h in hits], indent=2, ensure_ascii=False))
    elif not hits:
        say(f"Nothing in the journal mentions {args.text!r}.")
    else:
        for h in hits:
            say(f"{h.day.isoformat()}  {h.place:<24}  {_marked(h)}")
    return 0


def cmd_moment(args: argparse.Namespace) -> int:
    from moodlog.core.life import Moment, parse_moment_time

    day = parse_date(args.date, "--date") if args.date else date.today()
    if day > date.today():
        raise ValueError(f"{day.isoformat()} is in the future; moments are for today or "
                         "earlier days")
    moment = Moment(day, parse_moment_time(args.time), args.mood, args.note)
    with open_store(args) as store:
        store.add_moment(moment)
    say(f"Saved a moment for {day:%a %d %b %Y} at {moment.at:%H:%M}: mood {moment.mood}/10.")
    return 0


def cmd_tag_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        tags = store.tags()
    for t in tags:
        say(f"{t.key:<24}{t.group:<16}{t.label}{'  (hidden)' if t.hidden else ''}")
    return 0


def cmd_tag_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        tag = store.add_tag(args.label, args.group)
    say(f"Added tag {tag.key!r} ({tag.label}) to {tag.group}.")
    return 0


def cmd_medication_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        meds = store.medications()
    if not meds:
        say("No medications yet: add one with 'moodlog medication add NAME'.")
    for m in meds:
        span = f"{m.active_from or '...'} to {m.active_to or '...'}"
        say(f"{m.key:<24}{m.name:<24}{m.dose_text:<12}{m.schedule:<20}{span}")
    return 0


def cmd_medication_add(args: argparse.Namespace) -> int:
    from moodlog.core.life import Medication, free_key

    start = parse_date(args.start, "--from") if args.start else None
    stop = parse_date(args.stop, "--to") if args.stop else None
    with open_store(args) as store:
        med = store.add_medication(Medication(
            free_key(args.name, []), args.name, args.dose, args.unit or "", args.schedule or "",
            start, stop))
    say(f"Added medication {med.key!r}: {med.name} {med.dose_text}".rstrip() + ".")
    return 0


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "search", help="find words in notes, moments, treatment notes and tags",
        description="Full-text search of check-in notes, moment notes, treatment and "
                    "side-effect notes and tag names. Every word must appear (a word also "
                    "finds longer words it begins); quotes, *, -, NEAR and brackets are "
                    "searched as plain words.")
    p.add_argument("text", help="the words to look for")
    add_range(p)
    p.add_argument("--json", action="store_true",
                   help='print [{"date", "where", "time", "snippet"}] instead')
    p.add_argument("--limit", type=int, default=200, help="at most this many results (200)")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("moment", help="record how you are now (a time, a mood, a short note)",
                       description="Record a moment: how you feel at a time of a day, besides "
                                   "the daily check-in. A day may have many moments.")
    p.add_argument("--time", required=True, metavar="HH:MM", help="the time, 00:00-23:59")
    p.add_argument("--mood", type=int, required=True, help="0 = worst, 10 = best")
    p.add_argument("--note", default="", help="a short note")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default today)")
    p.set_defaults(handler=cmd_moment)

    tag = sub.add_parser("tag", help="list or add tags (what you did or had on a day)")
    tag_sub = tag.add_subparsers(dest="tag_command", metavar="ACTION", required=True)
    p = tag_sub.add_parser("list", help="list the tags with their keys and groups")
    p.set_defaults(handler=cmd_tag_list)
    p = tag_sub.add_parser("add", help="add a tag")
    p.add_argument("label")
    p.add_argument("--group", default="Other", help="the group it belongs to (default Other)")
    p.set_defaults(handler=cmd_tag_add)

    med = sub.add_parser("medication", help="list or add your regular medications")
    med_sub = med.add_subparsers(dest="medication_command", metavar="ACTION", required=True)
    p = med_sub.add_parser("list", help="list the medications with their keys")
    p.set_defaults(handler=cmd_medication_list)
    p = med_sub.add_parser("add", help="add a regular medication")
    p.add_argument("name")
    p.add_argument("--dose", type=float)
    p.add_argument("--unit", help="e.g. mg")
    p.add_argument("--schedule", help='free text, e.g. "mornings"')
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="taken since")
    p.add_argument("--to", dest="stop", metavar="YYYY-MM-DD", help="taken until")
    p.set_defaults(handler=cmd_medication_add)


def insights_parts(store: JournalStore, start: date, end: date) -> dict[str, Any]:
    """The ``tags`` and ``adherence`` keys of ``moodlog insights --json`` for a range."""
    from moodlog.core.life_stats import HIDDEN_REASON, adherence, tag_moods

    checkins = store.checkins(start, end)
    rows = tag_moods(checkins, store.tags(), start, end)

    def mean(x: float | None) -> float | None:
        return None if x is None else round(x, 2)

    return {
        "tags": [{"key": r.key, "label": r.label, "days_with": r.days_with,
                  "mood_with": mean(r.mood_with), "days_without": r.days_without,
                  "mood_without": mean(r.mood_without)} for r in rows if r.shown],
        "tags_left_out": [r.key for r in rows if not r.shown],
        "tags_note": HIDDEN_REASON,
        "adherence": [{"key": a.key, "name": a.name, "days_taken": a.taken,
                       "days_answered": a.answered} for a in adherence(
                           checkins, store.medications(), start, end)],
    }


def insights_lines(doc: dict[str, Any]) -> list[str]:
    """The terminal text of the tag table and adherence."""
    lines: list[str] = []
    if doc["tags"] or doc["tags_left_out"]:
        lines += ["", "Mood on days with and without each tag (descriptive; not a cause):",
                  f"{'Tag':<28}{'Days with':>10}{'Mood':>6}{'Days without':>14}{'Mood':>6}"]
        for t in doc["tags"]:
            lines.append(f"{t['label'][:27]:<28}{t['days_with']:>10}{_num(t['mood_with']):>6}"
                         f"{t['days_without']:>14}{_num(t['mood_without']):>6}")
        if doc["tags_left_out"]:
            lines.append(f"{len(doc['tags_left_out'])} tag(s) left out. {doc['tags_note']}")
    for a in doc["adherence"]:
        if a is doc["adherence"][0]:
            lines += ["", "Medications taken (days taken / days answered):"]
        lines.append(f"  {a['name']:<30}{a['days_taken']} / {a['days_answered']}")
    return lines


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"
