"""Commands that write or show journal entries: demo, treatment, symptom (checkin and info are
in ``checkin``)."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta

from moodlog.commands import Subparsers, add_range, get_range, open_store, pairs, say
from moodlog.commands.session_args import add_session_arguments, session_from_args
from moodlog.core import demo as demo_data
from moodlog.core.dates import parse_local_datetime
from moodlog.core.models import Treatment
from moodlog.core.session import AS_REPORTED, dose_text, summary
from moodlog.core.treatments import PHASES, TREATMENT_KINDS


def cmd_demo(args: argparse.Namespace) -> int:
    data = demo_data.generate(args.days, args.seed)
    with open_store(args) as store:
        if not store.is_empty() and not args.force:
            raise ValueError(
                f"the journal at {store.path} already has entries; the demo refuses to mix "
                "with them (use --force to add it anyway, or --data-dir to use another folder)")
        if not store.is_empty():
            store.backup("before-demo")
        report = store.import_data(data, replace=True)
    w = report.written
    say(f"Added a {args.days}-day demo history to {store.path}: {w.checkins} check-ins, "
        f"{w.treatments} treatments, {w.questionnaires} questionnaires, "
        f"{w.clinician_scores} clinician scores.")
    return 0


def _treatment_from_args(args: argparse.Namespace) -> Treatment:
    at = parse_local_datetime(args.at, "--at")
    if at > datetime.now() + timedelta(days=1):
        raise ValueError(f"--at {args.at} is more than a day in the future")
    readings, details, dose, unit = session_from_args(args, at, args.kind)
    return Treatment(
        at=at, kind=args.kind, phase=args.phase, dose=dose, dose_unit=unit,
        clinic=args.clinic, note=args.note, readings=readings, session=details,
        side_effects=pairs(args.side_effect, "--side-effect"),
        side_effects_note=args.side_effects_note,
    )


def describe_treatment(t: Treatment) -> str:
    parts = [f"{t.at:%Y-%m-%d %H:%M}", TREATMENT_KINDS[t.kind]]
    if t.phase:
        parts.append(PHASES[t.phase].lower())
    if t.dose is not None:
        parts.append(dose_text(t))
    if t.clinic:
        parts.append(t.clinic)
    if t.readings:
        parts.append(f"BP {summary(t.readings) or '-'} ({len(t.readings)} readings)")
    if t.session.moaas is not None or t.session.cadss is not None:
        totals = [f"MOAA/S {t.session.moaas}/5"] if t.session.moaas is not None else []
        totals += [t.session.cadss_text()] if t.session.cadss is not None else []
        parts.append(", ".join(totals) + f" ({AS_REPORTED})")
    rated = [f"{k} {v}" for k, v in t.side_effects.items() if v]
    if rated:
        parts.append("side effects: " + ", ".join(rated))
    return " | ".join(parts)


def cmd_treatment_add(args: argparse.Namespace) -> int:
    treatment = _treatment_from_args(args)
    with open_store(args) as store:
        saved = store.add_treatment(treatment)
    say(f"Recorded treatment {saved.id}: {describe_treatment(saved)}")
    return 0


def cmd_treatment_list(args: argparse.Namespace) -> int:
    start, end = get_range(args)
    with open_store(args) as store:
        treatments = store.treatments(start, end)
    for t in treatments:
        say(f"{t.id:>4}  {describe_treatment(t)}")
    if not treatments:
        say("No treatments recorded" + (" in that period." if start or end else " yet."))
    return 0


def cmd_symptom_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        added = store.add_symptom(args.label, args.key)
    say(f"Added symptom {added.key!r}: {added.label}")
    return 0


def cmd_symptom_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        symptoms = store.symptoms()
    for s in symptoms:
        flags = ("" if s.builtin else " (yours)") + (" (hidden)" if s.hidden else "")
        say(f"{s.key:<20} {s.label}{flags}")
    return 0


def register(sub: Subparsers) -> None:
    p = sub.add_parser("demo", help="fill the journal with a realistic demo history",
                       description="Fill the journal with a realistic, deterministic demo "
                                   "history ending today.")
    p.add_argument("--days", type=int, default=demo_data.DEFAULT_DAYS,
                   help=f"length of the history in days (default {demo_data.DEFAULT_DAYS})")
    p.add_argument("--seed", type=int, default=demo_data.DEFAULT_SEED,
                   help=f"random seed (default {demo_data.DEFAULT_SEED})")
    p.add_argument("--force", action="store_true",
                   help="add it even if the journal has entries (same days are replaced; "
                        "a backup is taken first)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("treatment", help="record or list treatment sessions")
    tsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = tsub.add_parser("add", help="record a treatment session")
    add.add_argument("--kind", required=True, metavar="KEY",
                     help=", ".join(TREATMENT_KINDS))
    add.add_argument("--at", required=True, metavar='"YYYY-MM-DD HH:MM"', help="local time")
    add.add_argument("--phase", metavar="KEY", help=", ".join(PHASES))
    add.add_argument("--dose", type=float, help="dose amount (needs --unit)")
    add.add_argument("--unit", choices=("mg", "mg/kg"), help="dose unit")
    add.add_argument("--clinic", default="", help="where it was given")
    add.add_argument("--side-effect", action="append", default=[], metavar="KEY=0..3",
                     help="dissociation, nausea, dizziness, headache, drowsiness, anxiety or "
                          "confusion, rated 0-3 (repeat)")
    add.add_argument("--side-effects-note", default="", help="other side effects, in words")
    add_session_arguments(add)
    add.add_argument("--note", default="", help="a note about the session")
    add.set_defaults(handler=cmd_treatment_add)
    lst = tsub.add_parser("list", help="list treatment sessions")
    add_range(lst)
    lst.set_defaults(handler=cmd_treatment_list)

    p = sub.add_parser("symptom", help="list symptoms or add your own")
    ssub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    ssub.add_parser("list", help="list the symptom catalogue with keys").set_defaults(
        handler=cmd_symptom_list)
    add = ssub.add_parser("add", help="add a symptom of your own, rated 0-3")
    add.add_argument("label", help='what to call it, e.g. "Nightmares"')
    add.add_argument("--key", help="its stable key (default: made from the label)")
    add.set_defaults(handler=cmd_symptom_add)
