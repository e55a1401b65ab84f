"""Tags, moments and a medication for the demo history (its own random stream, fixed seed)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import time, timedelta

from moodlog.core.life import Medication, Moment
from moodlog.core.models import CheckIn, JournalData, Treatment

MEDICATION = Medication("sertraline", "Sertraline", 100, "mg", "mornings")
_KETAMINE = ("ketamine_iv", "esketamine_nasal", "ketamine_im", "ketamine_oral")
_NOTES_4H = ("Lighter than this morning", "Tired, a bit floaty still", "Calm, talked to mum",
             "Headache easing")
_NOTES_NEXT = ("Slept well, clearer head", "Heavy again this morning", "Better than usual")


def _tags(c: CheckIn, rng: random.Random) -> tuple[str, ...]:
    # Better days come with more walks and company in the demo, so the tag table has a story.
    lift = c.mood / 10
    picks = [key for key, chance in (("walk", 0.2 + 0.5 * lift), ("family", 0.35),
                                     ("friends", 0.1 + 0.4 * lift), ("work", 0.55),
                                     ("therapy", 0.12), ("alcohol", 0.08), ("nap", 0.25))
             if rng.random() < chance]
    return tuple(picks)


def add_life(data: JournalData, seed: int) -> JournalData:
    """``data`` with tags and medication answers on its check-ins, and moments around sessions."""
    rng = random.Random(seed * 7919 + 16)
    checkins = tuple(
        replace(c, tags=_tags(c, rng),
                medications_taken={} if rng.random() < 0.1
                else {MEDICATION.key: rng.random() < 0.92})
        for c in data.checkins)
    moments = []
    for t in data.treatments:
        if t.kind in _KETAMINE and rng.random() < 0.8:
            moments += _around(t, rng)
    moments.sort(key=lambda m: (m.day, m.at))
    return replace(data, checkins=checkins, medications=(MEDICATION,), moments=tuple(moments))


def _around(t: Treatment, rng: random.Random) -> list[Moment]:
    later = t.at + timedelta(hours=4)
    out = []
    if later.date() == t.at.date():
        out.append(Moment(t.day, later.time(), rng.randint(4, 8), rng.choice(_NOTES_4H)))
    out.append(Moment(t.day + timedelta(days=1), time(8, rng.randint(0, 50)), rng.randint(3, 8),
                      rng.choice(_NOTES_NEXT)))
    return out
