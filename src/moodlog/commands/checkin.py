"""``moodlog checkin`` and ``moodlog info``: the commands run most often, so their parsers need
nothing but argparse and each imports what it uses only when it runs."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from datetime import date

from moodlog.commands import Subparsers, open_journal, pairs, say


def cmd_checkin(args: argparse.Namespace) -> int:
    # The checks of a CheckIn without the records (core.checks): on a plain journal the
    # check-in is written by store.direct, and core.models is never imported.
    from moodlog.core.checks import checkin_fields
    from moodlog.core.dates import parse_date
    from moodlog.store.direct import DirectJournal

    today = date.today()
    day = parse_date(args.date, "--date") if args.date is not None else today
    if day > today:
        raise ValueError(f"{day.isoformat()} is in the future; check-ins are for today or "
                         "earlier days")
    taken = {key: True for key in args.taken} | {key: False for key in args.not_taken}
    if set(args.taken) & set(args.not_taken):
        raise ValueError("a medication cannot be both --taken and --not-taken")
    checkin = checkin_fields(day, args.mood, pairs(args.symptom, "--symptom"), args.sleep,
                             args.note, tags=tuple(args.tag), medications_taken=taken)
    with open_journal(args) as journal:
        if isinstance(journal, DirectJournal):
            existed = journal.has_checkin(day)
            journal.save_checkin(checkin)
        else:
            from moodlog.core.models import CheckIn

            existed = journal.checkin(day) is not None
            journal.save_checkin(CheckIn(*checkin))
    verb = "Replaced" if existed else "Saved"
    n = len(checkin.ratings)
    say(f"{verb} the check-in for {day:%a %d %b %Y}: mood {checkin.mood}/10, "
        f"{n} symptom{'s' * (n != 1)} rated.")
    if checkin.ratings and _safety_item_rated(checkin.ratings):
        from moodlog.core.safety import crisis_text, region_from_locale

        say("\n" + crisis_text(region_from_locale()))
    return 0


def _safety_item_rated(ratings: Mapping[str, int]) -> bool:
    from moodlog.core.symptoms import SAFETY_SYMPTOM

    return ratings.get(SAFETY_SYMPTOM, 0) > 0


def cmd_info(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        counts = journal.counts()
    say(f"Journal:   {journal.path}")
    say(f"Backups:   {journal.backup_dir}")
    span = f" ({counts.first_day} to {counts.last_day})" if counts.first_day else ""
    say(f"Check-ins: {counts.checkins}{span}")
    say(f"Treatments: {counts.treatments}, questionnaires: {counts.questionnaires}, "
        f"clinician scores: {counts.clinician_scores}")
    return 0


def register(sub: Subparsers) -> None:
    p = sub.add_parser("checkin", help="create or replace a day's check-in",
                       description="Create or replace a day's check-in. Symptoms left out are "
                                   "recorded as not answered (not as 0).")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    p.add_argument("--mood", type=int, required=True, metavar="0-10",
                   help="0 = worst I can imagine, 10 = best I can imagine")
    p.add_argument("--symptom", action="append", default=[], metavar="KEY=0..3",
                   help="a symptom's severity: 0 none, 1 mild, 2 moderate, 3 severe (repeat)")
    p.add_argument("--sleep", type=float, metavar="HOURS", help="hours slept, 0-24")
    p.add_argument("--note", default="", help="a private note")
    p.add_argument("--tag", action="append", default=[], metavar="KEY",
                   help="a tag of the day (repeatable; see 'moodlog tag list')")
    p.add_argument("--taken", action="append", default=[], metavar="KEY",
                   help="a medication taken that day (repeatable; 'moodlog medication list')")
    p.add_argument("--not-taken", action="append", default=[], metavar="KEY",
                   help="a medication not taken that day (repeatable)")
    p.set_defaults(handler=cmd_checkin)

    sub.add_parser("info", help="show where the journal is and what it holds").set_defaults(
        handler=cmd_info)
