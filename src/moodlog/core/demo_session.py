"""The session record of the demo history: readings over each session and an esketamine course.

The IV sessions get readings at 0, +40 (end of the infusion) and +90 minutes; the last weeks of a
long history become an esketamine course (CLINICAL.md section 7): twice weekly for four weeks,
56 mg (2 devices) on day 1 then 84 mg (3 devices), readings at 0, +40 and +120 minutes, a few
CADSS totals as reported by the clinic. Demo data only, never advice.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from moodlog.core.models import Treatment
from moodlog.core.session import Reading, SessionDetails

#: Day offsets of the course: twice weekly (e.g. Monday and Thursday) for four weeks.
COURSE_OFFSETS = (0, 3, 7, 10, 14, 17, 21, 24)
COURSE_DAYS_NEEDED = 240
COURSE_FROM_END = 35
ESKETAMINE_CLINIC = "Riverside Treatment Centre"
DEMO_WEIGHT_KG = 72.0


def course_days(days: int) -> list[int]:
    """Day indexes of the esketamine course in a history of ``days`` days (none if short)."""
    if days < COURSE_DAYS_NEEDED:
        return []
    start = days - COURSE_FROM_END
    return [start + o for o in COURSE_OFFSETS]


def with_iv_readings(t: Treatment) -> Treatment:
    """An IV session with its before/after values as readings at 0, +40 and +90 minutes."""
    before, after = t.readings[0], t.readings[-1]
    assert before.systolic is not None and after.systolic is not None  # built by the demo
    assert before.diastolic is not None and after.diastolic is not None
    end = Reading(90, (before.systolic + after.systolic) // 2,
                  (before.diastolic + after.diastolic) // 2,
                  before.heart_rate, 98)
    peak = replace(after, minutes=40, spo2=97)
    return replace(t, readings=(replace(before, spo2=98), peak, end), session=SessionDetails(
        weight_kg=DEMO_WEIGHT_KG, infusion_minutes=40, observed_minutes=90))


def esketamine_course(start: date, days: list[int], seed: int) -> list[Treatment]:
    """The esketamine sessions of the course on the given day indexes from ``start``."""
    rng = random.Random(seed * 104_729 + 19)
    out = []
    for n, i in enumerate(days):
        at = datetime.combine(start + timedelta(days=i), time(10, 0))
        devices = 2 if n == 0 else 3
        sys_b, dia_b = (144, 92) if n == 5 else (rng.randint(116, 132), rng.randint(72, 84))
        rise = rng.randint(12, 26)
        readings = (
            Reading(0, sys_b, dia_b, rng.randint(66, 80), 98),
            Reading(40, sys_b + rise, dia_b + rng.randint(6, 12), rng.randint(70, 88), 97),
            Reading(120, sys_b + rng.randint(0, 6), dia_b + rng.randint(0, 4),
                    rng.randint(64, 80), 98),
        )
        cadss = (22, 15, 11, 8)[n // 2] if n % 2 == 0 else None
        ready = ("Felt ready to leave at two hours, a little floaty." if n == 0 else
                 "Felt ready to leave; my partner drove me home." if n == 7 else "")
        out.append(Treatment(
            at=at, kind="esketamine_nasal", phase="induction", dose=devices * 28.0,
            dose_unit="mg", clinic=ESKETAMINE_CLINIC, readings=readings,
            session=SessionDetails(devices=devices, moaas=5 if n else 4, cadss=cadss,
                                   observed_minutes=120, ready_note=ready),
            side_effects={"dissociation": max(1, 3 - n // 3), "nausea": rng.choice((0, 1)),
                          "dizziness": rng.choice((0, 1, 2)), "headache": rng.choice((0, 1)),
                          "drowsiness": rng.randint(1, 2), "anxiety": 0,
                          "confusion": 0},
        ))
    return out
