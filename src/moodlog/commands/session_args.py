"""``treatment add`` options of the session record: readings, dose as given, clinic's totals."""

from __future__ import annotations

import argparse
import re
from datetime import datetime

from moodlog.core.models import BloodPressure
from moodlog.core.session import (
    AS_REPORTED,
    MG_PER_DEVICE,
    MINUTES_MAX,
    Reading,
    SessionDetails,
    entry_reading,
    parse_reading,
)


def add_session_arguments(add: argparse.ArgumentParser) -> None:
    add.add_argument("--reading", action="append", default=[],
                     metavar='"HH:MM SYS/DIA [HR] [SPO2]"',
                     help="a reading during the session, by clock time or '+MIN' minutes from "
                          "the start of dosing, e.g. '10:40 142/88 76 98' (repeatable)")
    add.add_argument("--bp-before", metavar="SYS/DIA",
                     help="blood pressure before dosing (a reading at the start), e.g. 128/82")
    add.add_argument("--bp-after", metavar="SYS/DIA",
                     help="blood pressure after (a reading at --observed-until, or untimed)")
    add.add_argument("--hr-before", type=int, metavar="BPM", help="heart rate before dosing")
    add.add_argument("--hr-after", type=int, metavar="BPM", help="heart rate after")
    add.add_argument("--devices", type=int, metavar="N",
                     help=f"esketamine nasal devices of {MG_PER_DEVICE} mg (2 = 56 mg, 3 = 84 mg)")
    add.add_argument("--weight-kg", type=float, metavar="KG",
                     help="body weight for a mg/kg dose (the mg are shown too)")
    add.add_argument("--minutes", type=int, metavar="M", help="infusion minutes (IV)")
    add.add_argument("--moaas", type=int, metavar="0-5", help=f"MOAA/S total, {AS_REPORTED}")
    add.add_argument("--cadss", type=int, metavar="0-92", help=f"CADSS total, {AS_REPORTED}")
    add.add_argument("--cadss6", type=int, metavar="0-24",
                     help=f"CADSS-6 (6-item short form) total, {AS_REPORTED}")
    add.add_argument("--observed-until", metavar="HH:MM|+MIN",
                     help="when the clinic's observation ended")
    add.add_argument("--ready-note", default="", help='your own "felt ready to leave" note')


def _start_minute(at: datetime) -> int:
    return at.hour * 60 + at.minute


def _observed(text: str | None, at: datetime) -> int | None:
    if text is None:
        return None
    match = re.fullmatch(r"\s*(?:\+(\d{1,3})|(\d{1,2}):(\d{2}))\s*", text)
    if not match:
        raise ValueError(f"--observed-until must be HH:MM or +MIN, not {text!r}")
    if match.group(1) is not None:
        minutes = int(match.group(1))
    else:
        minutes = int(match.group(2)) * 60 + int(match.group(3)) - _start_minute(at)
        if minutes < 0:
            minutes += 24 * 60
    if not 0 <= minutes <= MINUTES_MAX:
        raise ValueError(f"--observed-until {text}: must be 0-{MINUTES_MAX} minutes (12 h) "
                         "after the start of dosing")
    return minutes


def _legacy(args: argparse.Namespace, minutes: int | None, part: str) -> Reading | None:
    raw, hr = getattr(args, f"bp_{part}"), getattr(args, f"hr_{part}")
    if raw is None and hr is None:
        return None
    bp = BloodPressure.parse(raw, f"--bp-{part}") if raw else None
    try:
        return entry_reading(minutes, bp.systolic if bp else None,
                             bp.diastolic if bp else None, hr)
    except ValueError as exc:
        raise ValueError(f"--bp-{part}/--hr-{part}: {exc}") from None


def session_from_args(args: argparse.Namespace, at: datetime, kind: str
                      ) -> tuple[tuple[Reading, ...], SessionDetails, float | None, str | None]:
    """(readings, details, dose, unit) from the options; every problem a ValueError."""
    readings = [parse_reading(text, _start_minute(at)) for text in args.reading]
    observed = _observed(args.observed_until, at)
    before = _legacy(args, 0, "before")
    after = _legacy(args, observed, "after")
    readings += [r for r in (before, after) if r is not None]
    if args.cadss is not None and args.cadss6 is not None:
        raise ValueError("give --cadss or --cadss6, not both")
    details = SessionDetails(
        devices=args.devices, weight_kg=args.weight_kg, infusion_minutes=args.minutes,
        moaas=args.moaas, cadss=args.cadss if args.cadss is not None else args.cadss6,
        cadss_form="cadss6" if args.cadss6 is not None else "cadss",
        observed_minutes=observed, ready_note=args.ready_note)
    dose, unit = args.dose, args.unit
    if args.devices is not None:
        if kind != "esketamine_nasal":
            raise ValueError("--devices is for --kind esketamine_nasal")
        mg = float(args.devices * MG_PER_DEVICE)
        if dose is not None and (unit != "mg" or dose != mg):
            raise ValueError(f"--devices {args.devices} is {mg:g} mg, but --dose {dose:g} "
                             f"{unit or ''} was given")
        dose, unit = mg, "mg"
    if args.weight_kg is not None and unit != "mg/kg":
        raise ValueError("--weight-kg goes with a dose in mg/kg (--unit mg/kg)")
    if len([r for r in readings if r.minutes == 0]) > 1:
        raise ValueError("two readings at the start of dosing: give --bp-before or a reading "
                         "at the start time, not both")
    return tuple(readings), details, dose, unit
