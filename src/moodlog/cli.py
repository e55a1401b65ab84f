"""The ``moodlog`` command: no subcommand opens the window; subcommands work headless.

Global options go before the subcommand. Errors print one line ``moodlog: error: ...`` to stderr
and exit 1 (2 for usage errors); a command that fails writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from moodlog import __version__
from moodlog.core.demo import DEFAULT_DAYS, DEFAULT_SEED
from moodlog.paths import ENV_DATA_DIR


class UsageError(Exception):
    """The command line itself is wrong (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _add_range(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day to include")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day to include")


def _demo(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="fill the journal with a realistic demo history",
                       description="Fill the journal with a realistic, deterministic demo "
                                   "history ending today.")
    p.add_argument("--days", type=int, default=DEFAULT_DAYS,
                   help=f"length of the history in days (default {DEFAULT_DAYS})")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED,
                   help=f"random seed (default {DEFAULT_SEED})")
    p.add_argument("--force", action="store_true",
                   help="add it even if the journal has entries (same days are replaced; "
                        "a backup is taken first)")


def _checkin(sub: argparse._SubParsersAction) -> None:
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


def _treatment(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("treatment", help="record or list treatment sessions")
    tsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = tsub.add_parser("add", help="record a treatment session")
    add.add_argument("--kind", required=True, metavar="KEY",
                     help="ketamine_iv, esketamine_nasal, ketamine_im, ketamine_oral, "
                          "medication_change, tms, psychotherapy or other")
    add.add_argument("--at", required=True, metavar='"YYYY-MM-DD HH:MM"', help="local time")
    add.add_argument("--phase", metavar="KEY", help="induction, maintenance, booster or single")
    add.add_argument("--dose", type=float, help="dose amount (needs --unit)")
    add.add_argument("--unit", choices=("mg", "mg/kg"), help="dose unit")
    add.add_argument("--clinic", default="", help="where it was given")
    add.add_argument("--side-effect", action="append", default=[], metavar="KEY=0..3",
                     help="dissociation, nausea, dizziness, headache, drowsiness, anxiety or "
                          "confusion, rated 0-3 (repeat)")
    add.add_argument("--side-effects-note", default="", help="other side effects, in words")
    add.add_argument("--bp-before", metavar="SYS/DIA", help="blood pressure before, e.g. 128/82")
    add.add_argument("--bp-after", metavar="SYS/DIA", help="blood pressure after")
    add.add_argument("--hr-before", type=int, metavar="BPM", help="heart rate before")
    add.add_argument("--hr-after", type=int, metavar="BPM", help="heart rate after")
    add.add_argument("--note", default="", help="a note about the session")
    lst = tsub.add_parser("list", help="list treatment sessions")
    _add_range(lst)


def _symptom(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("symptom", help="list symptoms or add your own")
    ssub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    ssub.add_parser("list", help="list the symptom catalogue with keys")
    add = ssub.add_parser("add", help="add a symptom of your own, rated 0-3")
    add.add_argument("label", help='what to call it, e.g. "Nightmares"')
    add.add_argument("--key", help="its stable key (default: made from the label)")


def _export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export the journal as JSON or CSV")
    esub = p.add_subparsers(dest="format", metavar="FORMAT", required=True)
    js = esub.add_parser("json", help="everything, in the documented moodlog JSON format")
    js.add_argument("file", metavar="FILE", help="where to write it ('-' for standard output)")
    _add_range(js)
    cs = esub.add_parser("csv", help="one table, for spreadsheets")
    cs.add_argument("file", metavar="FILE", help="where to write it ('-' for standard output)")
    cs.add_argument("--table", default="checkins",
                    choices=("checkins", "treatments", "questionnaires", "clinician_scores"),
                    help="which table (default: checkins)")
    _add_range(cs)


def _import(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import a moodlog JSON export",
                       description="Import a file in one all-or-nothing step. Days already in "
                                   "the journal are kept and reported unless --replace.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", default="auto", choices=("auto", "json"),
                   help="file format (default: recognise it)")
    p.add_argument("--replace", action="store_true", help="overwrite entries on the same days")
    p.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="moodlog",
        description="A private journal for people being treated for depression. "
                    "Without a command, opens the window.",
        epilog=f"The journal lives in the data folder: --data-dir, else ${ENV_DATA_DIR}, "
               "else your system's user data folder.",
    )
    parser.add_argument("--version", action="version", version=f"moodlog {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="use the journal in DIR")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, wait for its first paint, and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for add in (_demo, _checkin, _treatment, _symptom, _export, _import):
        add(sub)
    sub.add_parser("info", help="show where the journal is and what it holds")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(f"moodlog: error: {exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    from moodlog import commands

    return commands.run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
