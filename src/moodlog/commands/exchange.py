"""Commands that move data in and out: export json/csv, import."""

from __future__ import annotations

import argparse
from pathlib import Path

from moodlog.commands import Subparsers, add_range, get_range, open_store, say, tell
from moodlog.core.models import ImportReport, JournalData


def cmd_export(args: argparse.Namespace) -> int:
    from moodlog.exchange import csv_export, json_format
    from moodlog.exchange.files import write_text_atomic

    start, end = get_range(args)
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
        tell(f"Exported {what} to {args.file}")
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


def report_import(report: ImportReport) -> None:
    w = report.written
    head = "Would import" if report.dry_run else "Imported"
    say(f"{head} {w.checkins} check-ins, {w.treatments} treatments, {w.questionnaires} "
        f"questionnaires and {w.clinician_scores} clinician scores.")
    if report.replaced_days:
        say(f"{len(report.replaced_days)} days already in the journal "
            f"{'would be' if report.dry_run else 'were'} replaced.")
    if report.skipped_days:
        shown = ", ".join(d.isoformat() for d in report.skipped_days[:5])
        more = f" and {len(report.skipped_days) - 5} more" if len(report.skipped_days) > 5 else ""
        say(f"{len(report.skipped_days)} days already in the journal were kept: {shown}{more} "
            "(use --replace to overwrite them).")
    if report.skipped_other:
        say(f"{report.skipped_other} treatments, questionnaires or clinician scores already "
            "recorded were kept.")
    if report.new_symptoms:
        say(f"New symptoms: {', '.join(report.new_symptoms)}.")


def cmd_import(args: argparse.Namespace) -> int:
    data = read_import(args.file, args.format)
    with open_store(args) as store:
        if not args.dry_run and not store.is_empty():
            store.backup("before-import")
        report = store.import_data(data, replace=args.replace, dry_run=args.dry_run)
    report_import(report)
    return 0


def register(sub: Subparsers) -> None:
    p = sub.add_parser("export", help="export the journal as JSON or CSV")
    esub = p.add_subparsers(dest="format", metavar="FORMAT", required=True)
    js = esub.add_parser("json", help="everything, in the documented moodlog JSON format")
    js.add_argument("file", metavar="FILE", help="where to write it ('-' for standard output)")
    add_range(js)
    js.set_defaults(handler=cmd_export)
    cs = esub.add_parser("csv", help="one table, for spreadsheets")
    cs.add_argument("file", metavar="FILE", help="where to write it ('-' for standard output)")
    cs.add_argument("--table", default="checkins",
                    choices=("checkins", "treatments", "questionnaires", "clinician_scores"),
                    help="which table (default: checkins)")
    add_range(cs)
    cs.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="import a moodlog JSON export",
                       description="Import a file in one all-or-nothing step. Days already in "
                                   "the journal are kept and reported unless --replace.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", default="auto", choices=("auto", "json"),
                   help="file format (default: recognise it)")
    p.add_argument("--replace", action="store_true", help="overwrite entries on the same days")
    p.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    p.set_defaults(handler=cmd_import)
