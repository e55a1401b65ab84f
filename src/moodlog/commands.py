"""What each ``moodlog`` subcommand does. Parsing lives in ``cli``; SQL lives in ``store``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from moodlog.core import demo as demo_data
from moodlog.core.dates import check_range, parse_date, parse_local_datetime
from moodlog.core.models import BloodPressure, CheckIn, ImportReport, JournalData, Treatment
from moodlog.core.safety import crisis_text, region_from_locale
from moodlog.core.symptoms import SAFETY_SYMPTOM
from moodlog.core.treatments import PHASES, TREATMENT_KINDS
from moodlog.paths import DataDirError, backup_dir, ensure_data_dir, journal_path, resolve_data_dir
from moodlog.store import JournalError, JournalStore

Handler = Callable[[argparse.Namespace], int]


def _say(text: str) -> None:
    print(text)


def _tell(text: str) -> None:
    """Messages about what was done, on stderr when stdout carries data."""
    print(text, file=sys.stderr)


def open_store(args: argparse.Namespace) -> JournalStore:
    data_dir = ensure_data_dir(resolve_data_dir(args.data_dir))
    return JournalStore.open(journal_path(data_dir), backup_dir(data_dir))


def _range(args: argparse.Namespace) -> tuple[date | None, date | None]:
    start = parse_date(args.start, "--from") if args.start else None
    end = parse_date(args.end, "--to") if args.end else None
    check_range(start, end)
    return start, end


def _pairs(values: list[str], what: str) -> dict[str, int]:
    """``["sadness=2", ...]`` -> ``{"sadness": 2}``; a key given twice is an error."""
    out: dict[str, int] = {}
    for item in values:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key or not value.strip().lstrip("-").isdigit():
            raise ValueError(f"{what} must look like KEY=0..3, not {item!r}")
        if key in out:
            raise ValueError(f"{what} {key!r} is given twice")
        out[key] = int(value)
    return out


# ------------------------------------------------------------------------------- commands
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
    _say(f"Added a {args.days}-day demo history to {store.path}: {w.checkins} check-ins, "
         f"{w.treatments} treatments, {w.questionnaires} questionnaires, "
         f"{w.clinician_scores} clinician scores.")
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    today = date.today()
    day = parse_date(args.date, "--date") if args.date else today
    if day > today:
        raise ValueError(f"{day.isoformat()} is in the future; check-ins are for today or "
                         "earlier days")
    checkin = CheckIn(day, args.mood, _pairs(args.symptom, "--symptom"), args.sleep, args.note)
    with open_store(args) as store:
        existed = store.checkin(day) is not None
        store.save_checkin(checkin)
    verb = "Replaced" if existed else "Saved"
    _say(f"{verb} the check-in for {day:%a %d %b %Y}: mood {checkin.mood}/10, "
         f"{len(checkin.ratings)} symptom{'s' * (len(checkin.ratings) != 1)} rated.")
    if checkin.ratings.get(SAFETY_SYMPTOM, 0) > 0:
        _say("\n" + crisis_text(region_from_locale()))
    return 0


def _treatment_from_args(args: argparse.Namespace) -> Treatment:
    at = parse_local_datetime(args.at, "--at")
    if at > datetime.now() + timedelta(days=1):
        raise ValueError(f"--at {args.at} is more than a day in the future")
    return Treatment(
        at=at, kind=args.kind, phase=args.phase, dose=args.dose, dose_unit=args.unit,
        clinic=args.clinic, note=args.note,
        bp_before=BloodPressure.parse(args.bp_before, "--bp-before") if args.bp_before else None,
        bp_after=BloodPressure.parse(args.bp_after, "--bp-after") if args.bp_after else None,
        hr_before=args.hr_before, hr_after=args.hr_after,
        side_effects=_pairs(args.side_effect, "--side-effect"),
        side_effects_note=args.side_effects_note,
    )


def describe_treatment(t: Treatment) -> str:
    parts = [f"{t.at:%Y-%m-%d %H:%M}", TREATMENT_KINDS[t.kind]]
    if t.phase:
        parts.append(PHASES[t.phase].lower())
    if t.dose is not None:
        parts.append(f"{t.dose:g} {t.dose_unit}")
    if t.clinic:
        parts.append(t.clinic)
    if t.bp_before or t.bp_after:
        parts.append(f"BP {t.bp_before or '-'} -> {t.bp_after or '-'}")
    rated = [f"{k} {v}" for k, v in t.side_effects.items() if v]
    if rated:
        parts.append("side effects: " + ", ".join(rated))
    return " | ".join(parts)


def cmd_treatment(args: argparse.Namespace) -> int:
    if args.action == "add":
        treatment = _treatment_from_args(args)
        with open_store(args) as store:
            saved = store.add_treatment(treatment)
        _say(f"Recorded treatment {saved.id}: {describe_treatment(saved)}")
        return 0
    start, end = _range(args)
    with open_store(args) as store:
        treatments = store.treatments(start, end)
    for t in treatments:
        _say(f"{t.id:>4}  {describe_treatment(t)}")
    if not treatments:
        _say("No treatments recorded" + (" in that period." if start or end else " yet."))
    return 0


def cmd_symptom(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.action == "add":
            added = store.add_symptom(args.label, args.key)
            _say(f"Added symptom {added.key!r}: {added.label}")
            return 0
        for s in store.symptoms():
            flags = "" if s.builtin else " (yours)"
            flags += " (hidden)" if s.hidden else ""
            _say(f"{s.key:<20} {s.label}{flags}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from moodlog.exchange import csv_export, json_format
    from moodlog.exchange.files import write_text_atomic

    start, end = _range(args)
    with open_store(args) as store:
        data = store.snapshot(start, end)
    if args.format == "json":
        text = json_format.dump(data, start, end)
        what = (f"{len(data.checkins)} check-ins, {len(data.treatments)} treatments, "
                f"{len(data.questionnaires)} questionnaires, "
                f"{len(data.clinician_scores)} clinician scores")
    else:
        text = csv_export.dump(data, args.table)
        what = f"the {args.table.replace('_', ' ')} table"
    write_text_atomic(args.file, text)
    if args.file != "-":
        _tell(f"Exported {what} to {args.file}")
    return 0


def read_import(path: str, fmt: str) -> JournalData:
    """Read and fully validate a file to import, before the journal is touched."""
    from moodlog.exchange import FormatError, json_format

    file = Path(path)
    if file.is_dir():
        raise ValueError(f"{path} is a folder, not a file")
    raw = file.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path} is not UTF-8 text (byte {exc.start})") from None
    if fmt == "auto" and not json_format.is_moodlog_json(text[:4096]):
        raise ValueError(f"{path} is not a file moodlog can import (expected a moodlog JSON "
                         "export)")
    try:
        return json_format.load(text)
    except FormatError as exc:
        raise ValueError(f"{path}: {exc}") from None


def _report(report: ImportReport) -> None:
    w = report.written
    head = "Would import" if report.dry_run else "Imported"
    _say(f"{head} {w.checkins} check-ins, {w.treatments} treatments, {w.questionnaires} "
         f"questionnaires and {w.clinician_scores} clinician scores.")
    if report.replaced_days:
        _say(f"{len(report.replaced_days)} days already in the journal "
             f"{'would be' if report.dry_run else 'were'} replaced.")
    if report.skipped_days:
        shown = ", ".join(d.isoformat() for d in report.skipped_days[:5])
        more = f" and {len(report.skipped_days) - 5} more" if len(report.skipped_days) > 5 else ""
        _say(f"{len(report.skipped_days)} days already in the journal were kept: {shown}{more} "
             "(use --replace to overwrite them).")
    if report.skipped_other:
        _say(f"{report.skipped_other} treatments, questionnaires or clinician scores already "
             "recorded were kept.")
    if report.new_symptoms:
        _say(f"New symptoms: {', '.join(report.new_symptoms)}.")


def cmd_import(args: argparse.Namespace) -> int:
    data = read_import(args.file, args.format)
    with open_store(args) as store:
        if not args.dry_run and not store.is_empty():
            store.backup("before-import")
        report = store.import_data(data, replace=args.replace, dry_run=args.dry_run)
    _report(report)
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        counts = store.counts()
    _say(f"Journal:   {store.path}")
    _say(f"Backups:   {store.backup_dir}")
    span = (f" ({counts.first_day} to {counts.last_day})" if counts.first_day else "")
    _say(f"Check-ins: {counts.checkins}{span}")
    _say(f"Treatments: {counts.treatments}, questionnaires: {counts.questionnaires}, "
         f"clinician scores: {counts.clinician_scores}")
    return 0


def cmd_window(args: argparse.Namespace) -> int:
    from moodlog.app import run_window

    return run_window(args.data_dir, smoke_test=args.smoke_test)


COMMANDS: dict[str | None, Handler] = {
    None: cmd_window,
    "demo": cmd_demo,
    "checkin": cmd_checkin,
    "treatment": cmd_treatment,
    "symptom": cmd_symptom,
    "export": cmd_export,
    "import": cmd_import,
    "info": cmd_info,
}


def _describe(exc: OSError) -> str:
    where = f": {exc.filename}" if exc.filename else ""
    return f"{exc.strerror or exc}{where}"


def run(args: argparse.Namespace) -> int:
    """Run the chosen command; every failure becomes one line on stderr and exit status 1."""
    try:
        return COMMANDS[args.command](args)
    except (ValueError, JournalError, DataDirError) as exc:
        message = str(exc)
    except OSError as exc:
        message = _describe(exc)
    except KeyboardInterrupt:
        print("moodlog: interrupted", file=sys.stderr)
        return 130
    print(f"moodlog: error: {message}", file=sys.stderr)
    return 1
