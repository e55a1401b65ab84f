"""What a ketamine or esketamine session record holds beyond the dose (CLINICAL.md section 7).

Readings over the session (minutes from the start of dosing), the dose as given (esketamine
devices, weight for mg/kg, infusion minutes) and the totals the clinic reports (MOAA/S, CADSS).
moodlog records these; it never administers a clinician-rated scale and never interprets a reading.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

#: Ranges a bedside monitor shows: what is typed in (CLI, dialog) outside them is a typing slip,
#: refused with the range (:func:`check_entry`).
SYSTOLIC = (50, 260)
DIASTOLIC = (30, 160)
HEART_RATE = (30, 220)
SPO2 = (50, 100)
#: What a stored reading may hold: the wider limits moodlog 1 accepted for its before/after
#: values, so that every journal it wrote still opens, exports and imports unchanged.
STORED_SYSTOLIC = (50, 300)
STORED_DIASTOLIC = (20, 200)
STORED_HEART_RATE = (20, 250)
#: A reading more than 12 hours after the start of dosing belongs to another day's record.
MINUTES_MAX = 12 * 60
#: One esketamine (Spravato) nasal device holds 28 mg.
MG_PER_DEVICE = 28
DEVICES = (1, 3)
WEIGHT_KG = (20.0, 350.0)
INFUSION_MINUTES = (1, 480)
MOAAS = (0, 5)
#: CADSS: 23 items 0-4 (0-92); CADSS-6, the 6-item short form (Rodrigues 2021): 0-24.
CADSS_FORMS = {"cadss": (0, 92), "cadss6": (0, 24)}
CADSS_LABELS = {"cadss": "CADSS", "cadss6": "CADSS-6"}
#: Shown beside every clinician-rated total: moodlog records what the clinic said.
AS_REPORTED = "as reported by the clinic"
#: A pre-dose blood pressure above this is highlighted for the clinician (never acted on).
PRE_DOSE_HIGHLIGHT = (140, 90)
NOTE_MAX = 2000


def _whole(value: object, what: str, bounds: tuple[int, int], unit: str = "") -> int:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{what} must be a whole number {low}-{high}{unit}, not {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class Reading:
    """One set of vital signs during a session.

    ``minutes`` counts from the start of dosing (0 = the pre-dose reading); None is a reading
    taken "after" at an unrecorded time (what moodlog 1 stored), always listed last.
    """

    minutes: int | None
    systolic: int | None = None
    diastolic: int | None = None
    heart_rate: int | None = None
    spo2: int | None = None

    def __post_init__(self) -> None:
        if self.minutes is not None:
            _whole(self.minutes, "reading time", (0, MINUTES_MAX),
                   " minutes from the start of dosing (not before the start, at most 12 h after)")
        if (self.systolic is None) != (self.diastolic is None):
            raise ValueError("blood pressure needs both systolic and diastolic (SYS/DIA)")
        if self.systolic is not None:
            _whole(self.systolic, "systolic pressure", STORED_SYSTOLIC, " mmHg")
            _whole(self.diastolic, "diastolic pressure", STORED_DIASTOLIC, " mmHg")
            if self.systolic <= (self.diastolic or 0):
                raise ValueError(f"blood pressure {self.systolic}/{self.diastolic}: systolic "
                                 "(first) must be higher than diastolic (second)")
        if self.heart_rate is not None:
            _whole(self.heart_rate, "heart rate", STORED_HEART_RATE, " beats per minute")
        if self.spo2 is not None:
            _whole(self.spo2, "SpO2", SPO2, " %")
        if self.systolic is None and self.heart_rate is None and self.spo2 is None:
            raise ValueError("a reading needs a blood pressure, a heart rate or an SpO2")

    @property
    def bp(self) -> str:
        return f"{self.systolic}/{self.diastolic}" if self.systolic is not None else ""

    @property
    def when(self) -> str:
        return "after" if self.minutes is None else f"+{self.minutes} min"

    def high_pre_dose(self) -> bool:
        """A pre-dose reading above 140/90 (shown highlighted, as the clinic would want)."""
        if self.minutes != 0 or self.systolic is None or self.diastolic is None:
            return False
        return self.systolic > PRE_DOSE_HIGHLIGHT[0] or self.diastolic > PRE_DOSE_HIGHLIGHT[1]

    def text(self) -> str:
        parts = [self.bp] if self.bp else []
        if self.heart_rate is not None:
            parts.append(f"HR {self.heart_rate}")
        if self.spo2 is not None:
            parts.append(f"SpO2 {self.spo2}%")
        return " ".join(parts)


def entry_reading(minutes: int | None, systolic: int | None = None,
                  diastolic: int | None = None, heart_rate: int | None = None,
                  spo2: int | None = None) -> Reading:
    """A reading as typed in: each value within what a monitor shows (else ValueError with the
    range), then the checks every reading passes."""
    for value, what, bounds, unit in (
            (systolic, "systolic pressure", SYSTOLIC, " mmHg"),
            (diastolic, "diastolic pressure", DIASTOLIC, " mmHg"),
            (heart_rate, "heart rate", HEART_RATE, " beats per minute"),
            (spo2, "SpO2", SPO2, " %")):
        if value is not None:
            _whole(value, what, bounds, unit)
    return Reading(minutes, systolic, diastolic, heart_rate, spo2)


def check_readings(readings: tuple[Reading, ...]) -> tuple[Reading, ...]:
    """Readings in time order; at most one without a time, and it comes last."""
    items = tuple(readings)
    for r in items:
        if not isinstance(r, Reading):
            raise ValueError(f"a reading must be a Reading, not {r!r}")
    untimed = [r for r in items if r.minutes is None]
    if len(untimed) > 1:
        raise ValueError("only one reading may lack its time")
    timed = sorted((r for r in items if r.minutes is not None), key=lambda r: r.minutes or 0)
    return tuple(timed + untimed)


_READING = re.compile(r"\s*(?:(\d{1,2}):(\d{2})|\+(\d{1,3})(?:\s*min)?)\s+(\d{1,3})\s*/\s*"
                      r"(\d{1,3})(?:\s+(\d{1,3}))?(?:\s+(\d{1,3})%?)?\s*")


def parse_reading(text: str, start_minute_of_day: int) -> Reading:
    """``"HH:MM SYS/DIA [HR] [SPO2]"`` (a clock time) or ``"+40 SYS/DIA ..."`` (minutes).

    ``start_minute_of_day`` is the session's start (hours*60+minutes) to turn a clock time into
    minutes from the start; a time before the start, or over 12 h after, is refused.
    """
    match = _READING.fullmatch(text or "")
    if not match:
        raise ValueError(f"a reading must look like 'HH:MM SYS/DIA [HR] [SPO2]' or "
                         f"'+MIN SYS/DIA [HR] [SPO2]' (e.g. '10:40 142/88 76 98'), not {text!r}")
    hh, mm, offset, sys_, dia, hr, spo2 = match.groups()
    if offset is not None:
        minutes = int(offset)
    else:
        h, m = int(hh), int(mm)
        if h > 23 or m > 59:
            raise ValueError(f"reading time {hh}:{mm} is not a clock time (00:00-23:59)")
        minutes = h * 60 + m - start_minute_of_day
        if minutes < 0:  # after midnight, if still within 12 h
            minutes += 24 * 60 if minutes + 24 * 60 <= MINUTES_MAX else 0
        if minutes < 0:
            raise ValueError(f"reading time {hh}:{mm} is before the session start")
    if minutes > MINUTES_MAX:
        raise ValueError(f"reading time {text.strip()!r} is more than 12 h after the start")
    try:
        return entry_reading(minutes, int(sys_), int(dia), int(hr) if hr else None,
                             int(spo2) if spo2 else None)
    except ValueError as exc:
        raise ValueError(f"reading {text.strip()!r}: {exc}") from None


@dataclass(frozen=True, slots=True)
class SessionDetails:
    """Dose as given, the clinic's totals and the end of observation; every field optional."""

    devices: int | None = None
    weight_kg: float | None = None
    infusion_minutes: int | None = None
    moaas: int | None = None
    cadss: int | None = None
    cadss_form: str = "cadss"
    observed_minutes: int | None = None
    ready_note: str = ""

    def __post_init__(self) -> None:
        if self.devices is not None:
            _whole(self.devices, "esketamine devices", DEVICES, " (28 mg each)")
        if self.weight_kg is not None:
            w = self.weight_kg
            if isinstance(w, bool) or not isinstance(w, int | float) or not math.isfinite(w) \
                    or not WEIGHT_KG[0] <= w <= WEIGHT_KG[1]:
                raise ValueError(f"weight must be {WEIGHT_KG[0]:g}-{WEIGHT_KG[1]:g} kg, not {w!r}")
            object.__setattr__(self, "weight_kg", round(float(w), 1))
        if self.infusion_minutes is not None:
            _whole(self.infusion_minutes, "infusion minutes", INFUSION_MINUTES)
        if self.moaas is not None:
            _whole(self.moaas, "MOAA/S", MOAAS)
        if self.cadss_form not in CADSS_FORMS:
            raise ValueError(f"CADSS form must be one of {', '.join(CADSS_FORMS)}, "
                             f"not {self.cadss_form!r}")
        if self.cadss is not None:
            _whole(self.cadss, CADSS_LABELS[self.cadss_form], CADSS_FORMS[self.cadss_form])
        if self.observed_minutes is not None:
            _whole(self.observed_minutes, "observed until", (0, MINUTES_MAX),
                   " minutes from the start of dosing")
        if not isinstance(self.ready_note, str) or len(self.ready_note) > NOTE_MAX:
            raise ValueError(f"the 'felt ready to leave' note must be text of at most {NOTE_MAX} "
                             "characters")

    def is_empty(self) -> bool:
        return self == SessionDetails(cadss_form=self.cadss_form)

    @property
    def device_mg(self) -> int | None:
        return None if self.devices is None else self.devices * MG_PER_DEVICE

    def cadss_text(self) -> str:
        if self.cadss is None:
            return ""
        high = CADSS_FORMS[self.cadss_form][1]
        return f"{CADSS_LABELS[self.cadss_form]} {self.cadss}/{high}"


def devices_text(devices: int) -> str:
    """Both ways, as the issue asks: "3 devices (84 mg)"."""
    return f"{devices} device{'s' if devices != 1 else ''} ({devices * MG_PER_DEVICE} mg)"


def mg_from_weight(dose_mg_per_kg: float, weight_kg: float) -> float:
    return round(dose_mg_per_kg * weight_kg, 1)


def summary(readings: tuple[Reading, ...]) -> str:
    """Compact "pre -> peak -> last" blood pressure (peak = highest systolic after dosing)."""
    with_bp = [r for r in readings if r.systolic is not None]
    if not with_bp:
        return ""
    pre = next((r for r in with_bp if r.minutes == 0), None)
    later = [r for r in with_bp if r is not pre]
    parts = [pre.bp if pre else "-"]
    if later:
        peak = max(later, key=lambda r: (r.systolic or 0, r.diastolic or 0))
        parts.append(f"{peak.bp} ({peak.when})")
        last = later[-1]
        if last is not peak:
            parts.append(f"{last.bp} ({last.when})")
    return " -> ".join(parts)


def dose_text(t: object) -> str:
    """A treatment's dose as given: "84 mg (3 devices)", "0.5 mg/kg (36 mg at 72 kg)"."""
    dose, unit = getattr(t, "dose", None), getattr(t, "dose_unit", None)
    details: SessionDetails = getattr(t, "session", SessionDetails())
    if dose is None:
        return ""
    text = f"{dose:g} {unit}"
    if details.devices is not None:
        text += f" ({details.devices} device{'s' if details.devices != 1 else ''})"
    elif unit == "mg/kg" and details.weight_kg is not None:
        text += f" ({mg_from_weight(dose, details.weight_kg):g} mg at {details.weight_kg:g} kg)"
    if details.infusion_minutes is not None:
        text += f" over {details.infusion_minutes} min"
    return text


def pre_and_peak(readings: tuple[Reading, ...]) -> tuple[Reading | None, Reading | None]:
    """The pre-dose reading (minute 0) and the highest-systolic reading after it."""
    with_bp = [r for r in readings if r.systolic is not None]
    pre = next((r for r in with_bp if r.minutes == 0), None)
    later = [r for r in with_bp if r is not pre]
    peak = max(later, key=lambda r: (r.systolic or 0, r.diastolic or 0)) if later else None
    return pre, peak
