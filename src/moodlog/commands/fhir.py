"""``moodlog export fhir``: the record as an HL7 FHIR R4 Bundle for a clinic's systems."""

from __future__ import annotations

import argparse

from moodlog.commands import add_range, get_range, open_store, tell


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def cmd_export_fhir(args: argparse.Namespace) -> int:
    from moodlog.core.dates import utc_now
    from moodlog.exchange import fhir
    from moodlog.exchange.files import write_text_atomic

    start, end = get_range(args)
    name = fhir.check_name(args.name)  # before the journal is opened: a bad name changes nothing
    with open_store(args) as store:
        data = store.snapshot(start, end)
    bundle = fhir.build_bundle(data, name, fhir.system_zone(), utc_now())
    text = fhir.dumps(bundle)
    write_text_atomic(args.file, text)
    counts = fhir.count_resources(bundle)
    what = ", ".join(_plural(n, kind) for kind, n in sorted(counts.items()))
    left_out = len(data.questionnaires) - len(fhir.exported_questionnaires(data))
    if left_out:
        what += f" ({_plural(left_out, 'PHQ-2 or GAD-2')} left out: no confirmed codes)"
    if args.file != "-":
        tell(f"Exported {what} to {args.file}")
    return 0


def register_export(esub: argparse._SubParsersAction) -> None:
    """Add ``fhir`` to the ``export`` subcommands."""
    p = esub.add_parser(
        "fhir", help="an HL7 FHIR R4 Bundle for a clinic's electronic record",
        description="Write one FHIR R4 JSON Bundle (type collection): PHQ-9 and GAD-7 as "
                    "QuestionnaireResponses with LOINC-coded score Observations, blood pressure "
                    "and heart rate, ketamine and esketamine sessions, daily mood and symptoms. "
                    "Notes are never included; your name only with --name.")
    p.add_argument("file", metavar="FILE", help="where to write it ('-' for standard output)")
    add_range(p)
    p.add_argument("--name", metavar="TEXT",
                   help="your name for the Patient resource (without it: no Patient, only a "
                        "placeholder)")
    p.set_defaults(handler=cmd_export_fhir)
