"""Commands that move data in and out: export json/csv, import."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from moodlog.commands import Subparsers, add_range, get_range, open_store, report, say, tell

if TYPE_CHECKING:
    from moodlog.commands.import_moods import Ask
    from moodlog.core.models import ImportReport, JournalData
    from moodlog.exchange.daylio import DaylioPlan
    from moodlog.exchange.reader import ImportFile


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


def read_import(source: ImportFile, overrides: dict[str, int] | None = None,
                ask: Ask | None = None, remembered: dict[str, int] | None = None,
                ) -> tuple[JournalData, list[str], dict[str, int]]:
    """Map a file read by ``import_moods.read_source`` onto the journal, before writing.

    Returns the data, lines describing what the file holds (empty for moodlog JSON), and the
    mood map to remember for its format (empty for moodlog JSON). ``remembered`` (the map
    last used with this journal) is applied under ``overrides``; with ``ask``, mood words that
    still have no value are asked for one by one.
    """
    from moodlog.commands import import_moods

    remembered = remembered or {}
    given = {**remembered, **(overrides or {})}
    plan = source.plan(given or None)
    about = []
    for label in plan.unused_map_labels:
        if label in (overrides or {}):
            about.append(f"moodlog: warning: --mood-map: {label!r} matches no mood in this file")
    if ask is not None and plan.unknown_labels:
        answers = import_moods.ask_moods(plan, given, ask)
        plan = source.plan(answers)
        about.append("To import this file again without questions, add: --mood-map "
                     f'"{import_moods.map_text(plan.mapped.mood_map if plan.mapped else {})}"')
    data = plan.data()
    if plan.daylio is not None:
        about = describe_daylio(plan.daylio) + about
    else:
        about = import_moods.describe(plan) + about
    kept = {k: v for k, v in remembered.items() if k not in (overrides or {})}
    line = import_moods.remembered_line(source.app, kept, plan) if kept else None
    if line:
        about.append(line)
    used = {**remembered, **plan.mapped.mood_map} if plan.mapped is not None else {}
    return data, about, used


def _n(count: int, word: str, plural: str = "") -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _days(days: Sequence[date], limit: int = 5) -> str:
    shown = ", ".join(d.isoformat() for d in days[:limit])
    return shown + (f" and {len(days) - limit} more" if len(days) > limit else "")


def describe_daylio(plan: DaylioPlan) -> list[str]:
    """What a Daylio file holds and how it maps onto moodlog, for the import report."""
    from moodlog.core.models import NOTE_MAX

    lines = [f"Daylio file: {_n(plan.entries, 'entry', 'entries')} on {_n(len(plan.days), 'day')}"
             f", {plan.first_day.isoformat()} to {plan.last_day.isoformat()}."]
    if plan.merged_days:
        lines.append("Merged into one check-in per day (mean mood rounded half up, every entry "
                     f"in the note): {plan.merged_entries} entries on "
                     f"{_n(len(plan.merged_days), 'day')}.")
    lines.append("Moods: " + ", ".join(f"{u.label}={u.mood} ({u.entries})" for u in plan.labels)
                 + ".")
    if plan.truncated_days:
        cut = plan.truncated_days
        lines.append(f"Notes cut to {NOTE_MAX} characters on {_n(len(cut), 'day')}: "
                     f"{_days(cut)}.")
    if plan.export.missing_header:
        lines.append("The file has no header line; its columns were recognised from the data "
                     f"as {','.join(plan.export.columns)}.")
    if plan.export.ignored_columns:
        lines.append(f"Columns not imported: {', '.join(plan.export.ignored_columns)}.")
    return lines


def report_import(report: ImportReport) -> None:
    w = report.written
    head = "Would import" if report.dry_run else "Imported"
    say(f"{head} {_n(w.checkins, 'check-in')}, {_n(w.treatments, 'treatment')}, "
        f"{_n(w.questionnaires, 'questionnaire')}, {_n(w.clinician_scores, 'clinician score')} "
        f"and {_n(w.moments, 'moment')}.")
    def verb(count: int) -> str:
        return "would be" if report.dry_run else "was" if count == 1 else "were"

    if report.replaced_days:
        say(f"{_n(len(report.replaced_days), 'day')} already in the journal "
            f"{verb(len(report.replaced_days))} replaced.")
    if report.skipped_days:
        say(f"{_n(len(report.skipped_days), 'day')} already in the journal "
            f"{verb(len(report.skipped_days))} kept: {_days(report.skipped_days)} (use --replace "
            "to overwrite them).")
    def others(count: int) -> str:
        return (f"{_n(count, 'entry', 'entries')} already recorded (treatments, questionnaires "
                "or clinician scores)")

    if report.replaced_other:
        say(f"{others(report.replaced_other)} {verb(report.replaced_other)} replaced.")
    if report.skipped_other:
        say(f"{others(report.skipped_other)} {verb(report.skipped_other)} kept (use --replace "
            "to overwrite them).")
    if report.skipped_moments:
        not_again = ("would not be" if report.dry_run
                     else "was not" if report.skipped_moments == 1 else "were not")
        say(f"{_n(report.skipped_moments, 'moment')} already in the journal {not_again} "
            "added again.")
    if report.new_symptoms:
        say(f"New symptoms: {', '.join(report.new_symptoms)}.")
    plan = {"written": "was" if not report.dry_run else "would be",
            "replaced": "replaced the one in the journal" if not report.dry_run
            else "would replace the one in the journal",
            "kept": "was not imported: the journal has its own (use --replace to overwrite it)"}
    if report.safety_plan == "written":
        say(f"The safety plan in the file {plan['written']} imported.")
    elif report.safety_plan in plan:
        say(f"The safety plan in the file {plan[report.safety_plan]}.")


def cmd_import(args: argparse.Namespace) -> int:
    from moodlog.commands import import_moods

    ask = import_moods.ask_on_terminal if import_moods.can_ask() else None
    source, overrides = import_moods.read_source(args.file, args.format, args.mood_map,
                                                 args.date_format)
    with open_store(args) as store:
        remembered = store.mood_map(source.kind) if source.kind != "json" else {}
        data, about, used = read_import(source, overrides, ask, remembered)
        for line in about:
            if line.startswith("moodlog: warning:"):
                tell(line)
            else:
                say(line)
        if not args.dry_run and not store.is_empty():
            store.backup("before-import")
        report = store.import_data(data, replace=args.replace, dry_run=args.dry_run)
        if used and not args.dry_run:  # the journal remembers the map for the next import
            store.remember_mood_map(source.kind, used)
    report_import(report)
    return 0


#: ``moodlog.exchange.reader.KINDS`` and ``daylio.DEFAULT_MOOD_MAP_TEXT``, for the parser
#: without importing every importer (a test keeps them in step).
IMPORT_FORMATS = ("json", "daylio", "bearable", "imoodjournal", "pixels", "emoods")
DAYLIO_MOOD_MAP = "rad=10,good=8,meh=5,bad=3,awful=0"


def register(sub: Subparsers) -> None:
    p = sub.add_parser("export", help="export the journal as JSON or CSV, or a PDF summary")
    esub = p.add_subparsers(dest="format", metavar="FORMAT", required=True)
    js = esub.add_parser("json", help="everything, in the documented moodlog JSON format")
    js.add_argument("file", metavar="FILE", help="where to write it ('-' for standard output)")
    add_range(js)
    js.set_defaults(handler=cmd_export)
    cs = esub.add_parser("csv", help="one table, for spreadsheets")
    cs.add_argument("file", metavar="FILE", help="where to write it ('-' for standard output)")
    cs.add_argument("--table", default="checkins",
                    choices=("checkins", "treatments", "questionnaires", "clinician_scores",
                             "moments", "readings"),
                    help="which table (default: checkins)")
    add_range(cs)
    cs.set_defaults(handler=cmd_export)
    report.register_export(esub)
    from moodlog.commands import fhir  # issue 20, kept in its own module

    fhir.register_export(esub)

    p = sub.add_parser("import", help="import a moodlog JSON export or another mood tracker's "
                                      "export (Daylio, Bearable, iMoodJournal, Pixels, eMoods)",
                       description="Import a file in one all-or-nothing step. Days already in "
                                   "the journal are kept and reported unless --replace.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", default="auto", choices=("auto", *IMPORT_FORMATS),
                   help="file format (default: recognise it from the file)")
    p.add_argument("--mood-map", metavar='"LABEL=0..10,..."',
                   help="other apps: the 0-10 mood of each mood word, over the app's defaults "
                        f'(Daylio: "{DAYLIO_MOOD_MAP}"; see the README) and the '
                        "map this journal remembers from the last import of the format; in a "
                        "terminal, unknown words are asked for")
    p.add_argument("--date-format", metavar="FORMAT",
                   help="Daylio only: how a spreadsheet rewrote full_date, as a strptime "
                        "format such as %%m/%%d/%%Y")
    p.add_argument("--replace", action="store_true", help="overwrite entries on the same days")
    p.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    p.set_defaults(handler=cmd_import)
