"""``moodlog safety-plan show|set|export``: the personal safety plan from the command line."""

from __future__ import annotations

import argparse
import json
from datetime import date

from moodlog.commands import Subparsers, open_reader, open_store, say, tell
from moodlog.core.dates import format_timestamp
from moodlog.core.safety import LEGACY, REGIONS, known, region_from_locale
from moodlog.core.safety_plan import (
    CONTACT_SECTIONS,
    INVITATION,
    NOT_WRITTEN,
    SECTIONS,
    TITLES,
    Contact,
    Item,
    check_key,
    parse_contact,
)
from moodlog.report.options import PAGE_SIZES


def cmd_show(args: argparse.Namespace) -> int:
    with open_reader(args) as store:
        plan = store.safety_plan()
    if args.json:
        from moodlog.exchange import json_safety_plan

        doc = {"updated_at": format_timestamp(plan.updated_at) if plan.updated_at else None,
               "safety_plan": json_safety_plan.dump(plan)}
        say(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    changed = f" (last changed {plan.updated_at:%Y-%m-%d})" if plan.updated_at else ""
    say(f"My safety plan{changed}")
    if plan.is_empty():
        say(INVITATION)
    for n, (key, items) in enumerate(plan.sections(), 1):
        say(f"\n{n}. {TITLES[key]} [{key}]")
        for item in items:
            say(f"   - {item.text() if isinstance(item, Contact) else item}")
        if not items:
            say(f"   ({NOT_WRITTEN})")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    key = check_key(args.section)
    items: list[Item] = ([parse_contact(line) for line in args.lines]
                         if key in CONTACT_SECTIONS else list(args.lines))
    with open_store(args) as store:
        plan = store.set_safety_plan_section(key, items)
    n = len(plan.section(key))
    tell(f"Saved {key} ({TITLES[key]}): {n} item{'s' * (n != 1)}.")
    return 0


def region_code(text: str) -> str:
    """A country code in any case (``GB``, ``gb``); argparse shows the error on one line."""
    code = text.strip().lower()
    code = LEGACY.get(code, code)
    if code not in REGIONS:
        raise argparse.ArgumentTypeError(
            f"unknown country {text!r}; choose one of {' '.join(sorted(REGIONS))}")
    return code


def cmd_export(args: argparse.Namespace) -> int:
    with open_reader(args) as store:
        plan = store.safety_plan()
    from moodlog.report.safety_plan_pdf import write_safety_plan_pdf

    region = args.region or region_from_locale()
    printed = write_safety_plan_pdf(plan, region, args.page_size, args.file, date.today())
    lines = (f"crisis lines for {REGIONS[region].name}" if known(region) else
             "your country is not known: only findahelpline.com; choose one with --region")
    pages = "one page" if printed.pages == 1 else f"{printed.pages} pages"
    tell(f"Wrote your safety plan on {pages} ({printed.points:g} pt type, {lines}) "
         f"to {args.file}")
    return 0


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "safety-plan", help="your personal safety plan: show, change a section, print",
        description="A safety plan in seven sections, in your own words (many people write it "
                    f"with their clinician). Sections: {', '.join(SECTIONS)}.")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = psub.add_parser("show", help="print the plan")
    show.add_argument("--json", action="store_true", help="as JSON, for scripts")
    show.set_defaults(handler=cmd_show)
    put = psub.add_parser(
        "set", help="replace one section with these lines (none: empty it)",
        description="Replace SECTION with the LINEs given (at most 10, each up to 500 "
                    "characters). In people_to_ask and professionals each LINE is "
                    "'NAME: PHONE OR ADDRESS'.")
    put.add_argument("section", metavar="SECTION", help=", ".join(SECTIONS))
    put.add_argument("lines", metavar="LINE", nargs="*")
    put.set_defaults(handler=cmd_set)
    export = psub.add_parser("export", help="print the plan on one PDF page")
    export.add_argument("file", metavar="FILE.pdf")
    export.add_argument("--page-size", choices=PAGE_SIZES, default="a4",
                        help="paper size (default: a4)")
    export.add_argument("--region", type=region_code, metavar="COUNTRY",
                        help="whose crisis lines to print: a country code such as gb or us "
                             "(default: from the system locale)")
    export.set_defaults(handler=cmd_export)
