"""Importing a Pixels (Teo Vogel's "Pixels - Mood & Emotion Tracker") JSON backup.

Two layouts are known, both an unsorted array with one object per day:

* 2019: ``{"date": "2019-1-23", "mood": 1-5, "emotions": ["happy", ...], "notes": "..."}``
* newer: ``{"date": "2021-03-05", "type": "Mood", "scores": [1-5, ...], "notes": "...",
  "isHighlighted": false, "tags": [{"type": "Emotions", "entries": ["happy", ...]}]}``

What becomes what: each score (or the 2019 ``mood``) is a mood word ``1``..``5`` mapped onto
0-10 as 1=0, 2=3, 3=5, 4=8, 5=10 (linear, rounded half up; ``--mood-map "4=7"`` overrides);
several scores on a day become their mean. Pixels has no time of day, so no moments. Emotions
and tag entries become tags (group "Pixels", names verbatim); the notes become the day's note.
A day with no score is left out and reported. Objects of another ``type`` are refused.
"""

from __future__ import annotations

from typing import Any

from moodlog.exchange.errors import FormatError
from moodlog.exchange.movein import Days, MoveInExport, Reading, scale_map
from moodlog.exchange.movein_fields import json_items, parse_english_date, plain

DEFAULT_MAP = scale_map(1, 5)


def is_pixels(head: str) -> bool:
    """Whether the start of a file looks like a Pixels backup (an array of day objects)."""
    start = head.removeprefix("\ufeff").lstrip()
    if not start.startswith("["):
        return False
    body = start[1:].lstrip()
    return body.startswith("{") and '"date"' in body[:400] and (
        '"scores"' in body or '"mood"' in body[:400])


def _fail(line: int, name: str, reason: object) -> FormatError:
    return FormatError(f"line {line}, {name}: {reason}")


def _score(value: Any, line: int, name: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise _fail(line, name, f"{value!r} is not a Pixels score 1-5")
    return str(value)


def _words(value: Any, line: int, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise _fail(line, name, "expected a list of words")
    return [" ".join(plain(x).split()) for x in value]


def read(text: str) -> MoveInExport:
    """Read and check a whole Pixels JSON backup (either layout)."""
    days = Days()
    readings: list[Reading] = []
    records = 0
    seen: dict[Any, int] = {}
    for line, item in json_items(text):
        records += 1
        if not isinstance(item, dict):
            raise FormatError(f"line {line}: expected an object for one day, not {item!r:.40}")
        if item.get("type", "Mood") != "Mood":
            raise _fail(line, "type", f"{item.get('type')!r}: only Pixels mood days are known")
        raw_date = item.get("date")
        if not isinstance(raw_date, str):
            raise _fail(line, "date", f"missing or not text: {raw_date!r:.40}")
        try:
            day = parse_english_date(raw_date)
        except ValueError as exc:
            raise _fail(line, "date", exc) from None
        if day in seen:
            raise _fail(line, "date", f"{raw_date} appears twice (also on line {seen[day]})")
        seen[day] = line
        if "scores" in item:
            scores = item["scores"]
            if not isinstance(scores, list):
                raise _fail(line, "scores", "expected a list of scores 1-5")
            words = [_score(s, line, "scores") for s in scores]
        elif item.get("mood") is not None:
            words = [_score(item["mood"], line, "mood")]
        else:
            words = []
        notes = item.get("notes", "")
        if not isinstance(notes, str):
            raise _fail(line, "notes", "expected text")
        draft = days[day]
        if plain(notes):
            draft.notes.append(plain(notes))
        for name in _words(item.get("emotions", []), line, "emotions"):
            draft.tag(name)
        tags = item.get("tags", [])
        if not isinstance(tags, list):
            raise _fail(line, "tags", "expected a list of {type, entries}")
        for group in tags:
            if not isinstance(group, dict):
                raise _fail(line, "tags", "expected a list of {type, entries}")
            for name in _words(group.get("entries", []), line, "tags"):
                draft.tag(name)
        readings += [Reading(line, day, None, w) for w in words]
    if not records:
        raise FormatError("the Pixels file has no days")
    return MoveInExport("pixels", "Pixels", records, tuple(readings), days.all(), DEFAULT_MAP)
