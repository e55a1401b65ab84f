"""A realistic, deterministic demo history (for trying moodlog and for benchmarks).

The story, over ``days`` days ending on ``end``: months of moderate-to-severe depression, a
PHQ-9/GAD-7 every 14 days (one the morning of the first infusion, as a baseline), an induction
series of six IV ketamine infusions over about 2.5 weeks with relief within a day, fading over
2-4 weeks, then boosters every 3-6 weeks. A few missed days, sleep, notes, and one stretch during
the baseline months when thoughts of death were present. The same seed gives the same history.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from moodlog.core import demo_session
from moodlog.core.demo_life import add_life
from moodlog.core.models import (
    CheckIn,
    ClinicianScore,
    JournalData,
    QuestionnaireResponse,
    SymptomDef,
    Treatment,
)
from moodlog.core.session import Reading

DEFAULT_DAYS = 400
#: Every seed tells the same kind of story; this one shows a clear response after induction.
DEFAULT_SEED = 2
MAX_DAYS = 36_600
INDUCTION_OFFSETS = (0, 2, 5, 8, 12, 16)
INDUCTION_DOSES = (0.5, 0.5, 0.6, 0.6, 0.75, 0.75)
CLINIC = "Lakeside Ketamine Clinic"
CUSTOM = SymptomDef("nightmares", "Nightmares")

# How strongly each symptom follows the overall depression level, and its own noise.
_WEIGHTS = {
    "sadness": 1.05, "irritability": 0.7, "loss_of_interest": 1.1, "sleep_problems": 0.9,
    "fatigue": 1.0, "appetite_change": 0.75, "anxiety": 0.85, "slowed": 0.8,
    "worthlessness": 0.95, "concentration": 0.9, "thoughts_of_death": 0.0, "physical_pain": 0.55,
    "nightmares": 0.45,
}
_PHQ9_SOURCES = ("loss_of_interest", "sadness", "sleep_problems", "fatigue", "appetite_change",
                 "worthlessness", "concentration", "slowed", "thoughts_of_death")
_GAD7_SOURCES = ("anxiety", "anxiety", "anxiety", "anxiety", "anxiety", "irritability", "anxiety")

_LOW_NOTES = (
    "Couldn't get out of bed until noon.",
    "Cancelled plans again. Everything feels heavy.",
    "Cried in the car after work.",
    "No energy to cook, had cereal for dinner.",
    "Hard day. Didn't answer any messages.",
    "Slept badly, woke at 4 and couldn't get back to sleep.",
)
_MID_NOTES = (
    "Okay day. Managed a short walk.",
    "Work was tiring but I got through it.",
    "Called mum, that helped a bit.",
    "Flat, not terrible.",
)
_GOOD_NOTES = (
    "Went for a long walk with Sam. Noticed the trees again.",
    "Cooked a real dinner and enjoyed it.",
    "Laughed at something on TV, felt like me.",
    "Played guitar for the first time in months.",
    "Met friends for coffee and didn't want to leave early.",
)
_TREATMENT_NOTES = (
    "Floaty for about an hour, then tired.",
    "Music helped during the infusion.",
    "Felt calm afterwards, slept well.",
    "Strange visuals, not unpleasant. Nausea on the drive home.",
)


@dataclass(frozen=True, slots=True)
class _Plan:
    start: date
    days: int
    induction: int | None  # day index of the first infusion


def _plan(days: int, end: date) -> _Plan:
    start = end - timedelta(days=days - 1)
    if days < 60:
        return _Plan(start, days, None)
    return _Plan(start, days, min(150, max(28, round(days * 0.3))))


def _treatment_days(plan: _Plan, rng: random.Random) -> list[tuple[int, str, float]]:
    """(day index, phase, dose mg/kg) of every session in the plan."""
    if plan.induction is None:
        return []
    out = [(plan.induction + o, "induction", d) for o, d in zip(INDUCTION_OFFSETS,
                                                               INDUCTION_DOSES, strict=True)]
    day = out[-1][0]
    while True:
        day += rng.randint(21, 42)
        if day >= plan.days:
            break
        out.append((day, "booster", 0.75))
    return [t for t in out if t[0] < plan.days]


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _severity_series(plan: _Plan, sessions: list[tuple[int, str, float]],
                     rng: random.Random) -> list[float]:
    """Overall depression level per day, 0 (none) .. 1 (worst)."""
    by_day = {d: phase for d, phase, _ in sessions}
    level, relief, tau = 0.0, 0.0, 20.0
    out = []
    for i in range(plan.days):
        level = 0.85 * level + rng.gauss(0, 0.035)  # slow ups and downs
        relief *= math.exp(-1 / tau)
        if by_day.get(i) == "replaced":  # a booster the esketamine course took the place of:
            rng.uniform(24, 34)  # its draw is kept so the rest of the history stays the same
        elif i in by_day:
            kick = 0.5 if by_day[i] == "induction" else 0.75
            relief += kick * (0.70 - relief)
            tau = rng.uniform(24, 34) if by_day[i] == "booster" else 26.0
        weekly = 0.03 * math.sin(2 * math.pi * i / 7)
        out.append(_clamp(0.74 + level + weekly - relief + rng.gauss(0, 0.05), 0.03, 1.0))
    return out


def _ratings(sev: float, suicidal: int, rng: random.Random) -> dict[str, int]:
    ratings: dict[str, int] = {}
    for key, weight in _WEIGHTS.items():
        if rng.random() < 0.02:
            continue  # left unanswered
        value = suicidal if key == "thoughts_of_death" else round(
            _clamp(3 * sev * weight + rng.gauss(0, 0.35), 0, 3))
        ratings[key] = int(value)
    return ratings


def _note(mood: int, rng: random.Random) -> str:
    if rng.random() > 0.07:
        return ""
    pool = _LOW_NOTES if mood <= 3 else _MID_NOTES if mood <= 5 else _GOOD_NOTES
    return rng.choice(pool)


def _stamp(day: date, rng: random.Random) -> datetime:
    later = 1 if rng.random() < 0.04 else 0  # now and then filled in the next morning
    hour = 9 if later else rng.randint(19, 22)
    local = datetime.combine(day + timedelta(days=later), time(hour, rng.randint(0, 59)))
    return local.astimezone(UTC)


def _checkins(plan: _Plan, sev: list[float], rng: random.Random,
              logged_days: set[int]) -> list[CheckIn]:
    dark = (plan.induction or plan.days) // 2
    dark_days = range(dark - 6, dark + 6) if plan.days >= 20 else range(0)
    out = []
    for i in range(plan.days):
        if i not in logged_days:
            continue
        day = plan.start + timedelta(days=i)
        mood = int(round(_clamp(10 * (1 - sev[i]) + rng.gauss(0, 0.6), 0, 10)))
        suicidal = (2 if rng.random() < 0.25 else 1) if i in dark_days else 0
        sleep = None if rng.random() < 0.08 else round(
            _clamp(rng.gauss(7.8 - 2.2 * sev[i], 0.8), 3, 11) * 2) / 2
        # A history that ends today was not written in the future.
        stamp = min(_stamp(day, rng), datetime.now(UTC).replace(microsecond=0))
        out.append(CheckIn(day, mood, _ratings(sev[i], suicidal, rng), sleep,
                           _note(mood, rng), created_at=stamp, updated_at=stamp))
    return out


def _logged(plan: _Plan, rng: random.Random, sessions: set[int]) -> set[int]:
    missed = {i for i in range(plan.days) if rng.random() < 0.035}
    if plan.days > 90:
        gap = rng.randint(40, plan.days - 40)
        missed |= {gap, gap + 1, gap + 2}
    keep = sessions | {0, plan.days - 1}
    return {i for i in range(plan.days) if i not in missed or i in keep}


def _frequency(values: list[int]) -> int:
    """A two-week mean severity turned into a 0-3 frequency answer."""
    return int(round(_clamp(sum(values) / len(values), 0, 3))) if values else 0


def _questionnaires(plan: _Plan, checkins: list[CheckIn],
                    rng: random.Random) -> list[QuestionnaireResponse]:
    # Every 14 days, in step with the morning of the first infusion (the baseline).
    anchor = plan.induction if plan.induction is not None else plan.days - 1
    first = anchor % 14
    by_day = {c.day: c for c in checkins}
    out = []
    for i in range(first + 14 if first < 13 else first, plan.days, 14):
        day = plan.start + timedelta(days=i)
        window = [by_day[d] for d in (day - timedelta(days=k) for k in range(1, 15))
                  if d in by_day]
        if not window:
            continue

        def answer(key: str, window: list[CheckIn] = window) -> int:
            values = [c.ratings[key] for c in window if key in c.ratings]
            if key == "thoughts_of_death":
                present = sum(v > 0 for v in values)
                return 0 if not present else 1 if present < 7 else 2 if present < 11 else 3
            return int(_clamp(_frequency(values) + (rng.random() < 0.2) * rng.choice((-1, 1)),
                              0, 3))

        phq = tuple(answer(k) for k in _PHQ9_SOURCES)
        gad = tuple(answer(k) for k in _GAD7_SOURCES)
        total = sum(phq)
        difficulty = 3 if total >= 22 else 2 if total >= 15 else 1 if total >= 7 else 0
        out.append(QuestionnaireResponse("phq9", day, phq, difficulty))
        out.append(QuestionnaireResponse("gad7", day, gad, min(difficulty, 2)))
    return out


def _sessions(plan: _Plan, sessions: list[tuple[int, str, float]],
              rng: random.Random) -> list[Treatment]:
    out = []
    for n, (i, phase, dose) in enumerate(sessions):
        day = plan.start + timedelta(days=i)
        at = datetime.combine(day, time(rng.choice((9, 10, 11)), rng.choice((0, 30))))
        first = n == 0
        sys_b, dia_b = (146, 94) if n == 3 else (rng.randint(114, 134), rng.randint(72, 86))
        effects = {
            "dissociation": rng.randint(2, 3) if first else rng.randint(1, 2),
            "nausea": rng.choice((0, 0, 1, 2)),
            "dizziness": rng.choice((0, 1, 1, 2)),
            "headache": rng.choice((0, 0, 1)),
            "drowsiness": rng.randint(1, 2),
            "anxiety": 1 if first else rng.choice((0, 0, 1)),
            "confusion": rng.choice((0, 0, 0, 1)),
        }
        out.append(Treatment(
            at=at, kind="ketamine_iv", phase=phase, dose=dose, dose_unit="mg/kg", clinic=CLINIC,
            note=rng.choice(_TREATMENT_NOTES) if rng.random() < 0.5 else "",
            readings=_before_after(sys_b, dia_b, rng),
            side_effects=effects,
            side_effects_note="Blurry vision for about 20 minutes." if first else "",
        ))
    return out


def _before_after(sys_b: int, dia_b: int, rng: random.Random) -> tuple[Reading, Reading]:
    sys_a, dia_a = sys_b + rng.randint(6, 22), dia_b + rng.randint(3, 12)
    hr_b, hr_a = rng.randint(64, 84), rng.randint(70, 92)
    return Reading(0, sys_b, dia_b, hr_b), Reading(None, sys_a, dia_a, hr_a)


def _madrs(plan: _Plan, sev: list[float], sessions: list[tuple[int, str, float]]
           ) -> list[ClinicianScore]:
    if plan.induction is None or len(sessions) < 6:
        return []
    last = sessions[5][0] + 1
    out = [ClinicianScore("MADRS", plan.start + timedelta(days=plan.induction),
                          round(_clamp(sev[plan.induction - 1] * 46, 0, 60)), "Before infusion 1")]
    if last < plan.days:
        out.append(ClinicianScore("MADRS", plan.start + timedelta(days=last),
                                  round(_clamp(sev[last] * 46, 0, 60)),
                                  "After the induction series"))
    return out


def generate(
    days: int = DEFAULT_DAYS, seed: int = DEFAULT_SEED, end: date | None = None
) -> JournalData:
    """The demo history: ``days`` days ending on ``end`` (today by default)."""
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValueError(f"demo days must be 1-{MAX_DAYS}, not {days!r}")
    rng = random.Random(seed)
    plan = _plan(days, end or date.today())
    course = demo_session.course_days(days)
    planned = _treatment_days(plan, rng)
    sessions = [s for s in planned  # the course takes the last boosters' place
                if not course or s[1] == "induction" or s[0] < course[0] - 21]
    replaced = [(s[0], "replaced", 0.0) for s in planned if s not in sessions]
    sev_sessions = sorted([*sessions, *replaced, *((d, "esketamine", 0.0) for d in course)])
    sev = _severity_series(plan, sev_sessions, rng)
    logged = _logged(plan, rng, {d for d, p, _ in sev_sessions if p != "replaced"})
    checkins = _checkins(plan, sev, rng, logged)
    # Every planned session draws from the stream, so the rest of the history stays the same.
    kept = {(d, p) for d, p, _ in sessions}
    iv = [t for t, (d, p, _) in zip(_sessions(plan, planned, rng), planned, strict=True)
          if (d, p) in kept]
    return add_life(JournalData(
        symptoms=(CUSTOM,),
        checkins=tuple(checkins),
        treatments=(*(demo_session.with_iv_readings(t) for t in iv),
                    *demo_session.esketamine_course(plan.start, course, seed)),
        questionnaires=tuple(_questionnaires(plan, checkins, rng)),
        clinician_scores=tuple(_madrs(plan, sev, sessions)),
    ), seed)

