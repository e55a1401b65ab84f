"""``moodlog export pdf``: the clinician summary, written headless."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from moodlog import atomic
from moodlog.commands import add_range, get_range, open_reader, tell
from moodlog.report.options import DEFAULT_DAYS, PAGE_SIZES


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from moodlog.report.content import ReportOptions, gather

    start, end = get_range(args)
    options = ReportOptions(start, end, args.page_size, args.include_notes, args.name or "",
                            include_safety_plan=args.include_safety_plan,
                            include_medications=not args.no_medications,
                            include_readings=args.include_readings)
    with open_reader(args) as source:
        content = gather(source, options, date.today())
    atomic.check_export_target(Path(args.file))  # never over the journal or its backups
    if content.empty:  # before loading Qt and pyqtgraph
        raise ValueError(content.nothing_to_report())
    from moodlog.report.pdf import write_pdf

    pages = write_pdf(content, args.file)
    notes = "with" if options.include_notes else "without"
    tell(f"Wrote {pages} page{'s' * (pages != 1)} ({content.start.isoformat()} to "
         f"{content.end.isoformat()}, {notes} notes) to {args.file}")
    return 0


def register_export(esub: argparse._SubParsersAction) -> None:
    """Add ``pdf`` to the ``export`` subcommands."""
    p = esub.add_parser(
        "pdf", help="a summary to hand to your clinician",
        description=f"Write a PDF summary for a clinician: key figures, charts and tables "
                    f"for a period (by default the last {DEFAULT_DAYS} days). Notes are "
                    "private and left out unless --include-notes.")
    p.add_argument("file", metavar="FILE", help="where to write the PDF")
    add_range(p)
    p.add_argument("--page-size", choices=PAGE_SIZES, default="a4",
                   help="paper size (default: a4)")
    p.add_argument("--include-notes", action="store_true",
                   help="include the notes of check-ins and treatments")
    p.add_argument("--name", metavar="TEXT", help="a name to print on every page")
    p.add_argument("--include-safety-plan", action="store_true",
                   help="add your personal safety plan (left out unless asked for)")
    p.add_argument("--no-medications", action="store_true",
                   help="leave out the section on medications taken")
    p.add_argument("--include-readings", action="store_true",
                   help="add an appendix with every reading of every session")
    p.set_defaults(handler=cmd_export_pdf)
