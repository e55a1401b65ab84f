"""Importing Bearable's CSV export.

Header: ``date,weekday,time of day,category,rating/amount,detail,notes``; one row per datum
("long" format). Dates look like ``22nd Sep 2020``; the time of day is ``03:00`` or a part of
the day (``pre``, ``am``, ``mid``, ``pm``, ``all day``).

What becomes what, by category:

* **Mood** (rating 1-10): a mood word ``1``..``10`` mapped onto 0-10 linearly, rounded half up
  (as for iMoodJournal; ``--mood-map`` overrides); with a clock time it is also a moment. Emotion
  words in ``detail`` (``Happy | Calm``) become tags.
* **Symptom** (``Stress (Mild)``, ``(Moderate)``, ``(Severe)``, ``(Extreme)``): Mild 1, Moderate 2,
  Severe and Extreme 3 (``(None)`` 0) on moodlog's 0-3 scale, onto one of moodlog's twelve
  symptoms where the name is one (:data:`SYMPTOM_KEYS`), else onto an own symptom of that name.
  The worst rating of a day is kept.
* **Sleep** (``9:45``): hours slept; the ``Asleep 02:45 - 12:30`` detail goes into the note.
* **Factors**: each word becomes a tag (group "Bearable").
* **Meds/Supplements** (amount ``50``, detail ``Sertraline (mg)``): a medication "Sertraline",
  unit mg, taken that day; one medication per name and unit, its dose the amount when that never
  changes (else no dose, and each day's note keeps its line, ``Meds/Supplements: 50 Sertraline
  (mg)``), active from its first to its last day in the file. A row that is not one medication
  with a usable name and amount (``A | B``, an amount like ``two``) stays a line of the note.
* **Energy**, **Sleep quality**, **Gratitudes**, **Food Diary**, any other category, and every
  ``notes`` cell: the day's note, one labelled line each (``Energy: 3``, ``Gratitudes: ...``).

A day with no Mood row is left out (moodlog's mood is never guessed) and reported.
"""

from __future__ import annotations

import functools
import re

from moodlog.core.life import Medication
from moodlog.core.models import SymptomDef
from moodlog.core.symptoms import BUILTIN_KEYS, key_from_label
from moodlog.exchange.errors import FormatError
from moodlog.exchange.movein import Days, MoveInExport, Reading, scale_map
from moodlog.exchange.movein_fields import (
    csv_rows,
    fail,
    first_line,
    parse_clock,
    parse_english_date,
    plain,
    whole,
)

COLUMNS = ("date", "weekday", "time of day", "category", "rating/amount", "detail", "notes")
PARTS_OF_DAY = ("pre", "am", "mid", "pm", "all day")
DEFAULT_MAP = scale_map(1, 10)
SEVERITIES = {"none": 0, "mild": 1, "moderate": 2, "severe": 3, "extreme": 3}
#: Bearable symptom names (lower case) that are one of moodlog's twelve symptoms.
SYMPTOM_KEYS = {
    "anxiety": "anxiety", "anxious": "anxiety", "restlessness": "anxiety",
    "irritability": "irritability", "anger": "irritability", "low mood": "sadness",
    "sadness": "sadness", "depression": "sadness", "hopelessness": "sadness",
    "fatigue": "fatigue", "tiredness": "fatigue", "low energy": "fatigue",
    "insomnia": "sleep_problems", "sleep problems": "sleep_problems",
    "brain fog": "concentration", "poor concentration": "concentration",
    "appetite changes": "appetite_change", "loss of appetite": "appetite_change",
    "apathy": "loss_of_interest",
    "guilt": "worthlessness", "worthlessness": "worthlessness",
    "suicidal thoughts": "thoughts_of_death", "headache": "physical_pain",
    "back pain": "physical_pain", "pain": "physical_pain",
}
_SYMPTOM_RE = re.compile(r"(.+?)\s*\((none|mild|moderate|severe|extreme)\)", re.IGNORECASE)
_SLEEP_RE = re.compile(r"(\d{1,2}):(\d{2})")
_MED_RE = re.compile(r"(.+?)\s*\(([^()]{1,20})\)")


def is_bearable(head: str) -> bool:
    return tuple(first_line(head)[:7]) == COLUMNS


@functools.lru_cache(maxsize=4096)  # emotion and factor lists repeat from day to day
def _split(detail: str) -> tuple[str, ...]:
    return tuple(" ".join(p.split()) for p in plain(detail).replace("\n", "|").split("|")
                 if p.strip())


def _symptom_key(name: str, own: dict[str, SymptomDef]) -> str:
    folded = " ".join(name.split()).casefold()
    if folded in SYMPTOM_KEYS:
        return SYMPTOM_KEYS[folded]
    key = key_from_label(name)
    if key in BUILTIN_KEYS:
        return key
    key = own[folded].key if folded in own else key
    own.setdefault(folded, SymptomDef(key, " ".join(name.split())[:80]))
    return key


@functools.lru_cache(maxsize=1024)  # a file repeats the same few medications every day
def _medication(amount: str, detail: str) -> tuple[str, str, float | None] | None:
    """``50`` and ``Sertraline (mg)`` -> ("Sertraline", "mg", 50.0); None for what is not one
    medication with a usable name, unit and amount (that row stays a line of the note)."""
    text = plain(detail)
    if not text or "|" in text or "\n" in text:
        return None
    match = _MED_RE.fullmatch(text)
    name, unit = (match[1], " ".join(match[2].split())) if match else (text, "")
    dose: float | None = None
    if amount:
        try:
            dose = float(amount)
        except ValueError:
            return None
    try:
        med = Medication("medication", name, dose, unit)
    except ValueError:
        return None
    return med.name, med.unit, med.dose


def _check_header(header: list[str]) -> None:
    if tuple(h.strip().casefold() for h in header) != COLUMNS:
        raise FormatError("line 1: not a Bearable header; expected " + ",".join(COLUMNS))


def read(text: str) -> MoveInExport:
    """Read and check a whole Bearable CSV export."""
    _, rows = csv_rows(text, "Bearable", _check_header)
    days = Days()
    readings: list[Reading] = []
    own: dict[str, SymptomDef] = {}
    for line, row in rows:
        raw_date, _, when, category, amount, detail, notes = (c.strip() for c in row)
        try:
            day = parse_english_date(raw_date)
        except ValueError as exc:
            raise fail(line, "date", exc) from None
        part = when.casefold()
        at = None
        if part and part not in PARTS_OF_DAY:
            try:
                at = parse_clock(when)
            except ValueError:
                raise fail(line, "time of day", f"{when!r} is neither a time like 03:00 nor "
                           f"a part of the day ({', '.join(PARTS_OF_DAY)})") from None
        draft = days[day]
        kind = category.casefold()
        if kind == "mood":
            try:
                level = whole(amount, 1, 10)
            except ValueError as exc:
                raise fail(line, "rating/amount", exc) from None
            for word in _split(detail):
                draft.tag(word)
            readings.append(Reading(line, day, at, str(level), plain(notes),
                                    when if at is None else ""))
            continue
        if kind == "symptom":
            for item in _split(detail):
                match = _SYMPTOM_RE.fullmatch(item)
                if not match:
                    raise fail(line, "detail", f"{item!r} is not a symptom like Stress (Mild)")
                draft.rate(_symptom_key(match[1], own), SEVERITIES[match[2].casefold()])
        elif kind == "sleep":
            match = _SLEEP_RE.fullmatch(amount)
            if not match or int(match[2]) > 59 or int(match[1]) * 60 + int(match[2]) > 1440:
                raise fail(line, "rating/amount", f"{amount!r} is not hours:minutes of sleep")
            hours = int(match[1]) + int(match[2]) / 60
            draft.sleep_hours = min(24.0, hours + (draft.sleep_hours or 0))
            if detail:
                draft.notes.append(f"Sleep: {plain(detail)}")
        elif kind == "factors":
            for word in _split(detail):
                draft.tag(word)
        else:
            text_ = " ".join(x for x in (amount, plain(detail)) if x)
            med = _medication(amount, detail) if kind == "meds/supplements" else None
            if med is not None:
                draft.meds.append((*med, f"{category}: {text_}"))
            elif text_:
                draft.notes.append(f"{category or 'Other'}: {text_}")
        if kind != "mood" and plain(notes):
            draft.notes.append(f"{category} note: {plain(notes)}")
    return MoveInExport("bearable", "Bearable", len(rows), tuple(readings), days.all(),
                        DEFAULT_MAP, tuple(own.values()))
