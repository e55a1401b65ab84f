"""Importing iMoodJournal's CSV export.

Header: ``"Date","Day of week","Hour","Minute","Level","LevelText","Comment"`` and then one
column per hashtag holding 1 (the entry has it) or 0. Dates are written ``September 5, 2015``;
a day may have several entries; comments may run over several lines.

What becomes what: each entry is a moment at Hour:Minute whose mood is its Level 1-10 (10 best)
mapped onto 0-10 linearly, rounded half up (1=0, 2=1, 3=2, 4=3, 5=4, 6=6, 7=7, 8=8, 9=9, 10=10;
``--mood-map "5=5"`` overrides), the comment its note. The day's check-in has the mean mood of
its entries and lists every entry in its note. Each hashtag becomes a tag (group
"iMoodJournal", without its ``#``) on the days an entry has it. ``LevelText`` repeats the level
in words and is not kept.
"""

from __future__ import annotations

from datetime import time

from moodlog.exchange.errors import FormatError
from moodlog.exchange.movein import Days, MoveInExport, Reading, scale_map
from moodlog.exchange.movein_fields import (
    csv_rows,
    fail,
    first_line,
    parse_english_date,
    plain,
    whole,
)

COLUMNS = ("date", "day of week", "hour", "minute", "level", "leveltext", "comment")
DEFAULT_MAP = scale_map(1, 10)


def is_imoodjournal(head: str) -> bool:
    return tuple(first_line(head)[:7]) == COLUMNS


def _check_header(header: list[str]) -> None:
    if tuple(h.strip().casefold() for h in header[:7]) != COLUMNS:
        raise FormatError("line 1: not an iMoodJournal header; expected "
                          + ",".join(f'"{c}"' for c in COLUMNS) + " and then the hashtags")


def read(text: str) -> MoveInExport:
    """Read and check a whole iMoodJournal CSV export."""
    header, rows = csv_rows(text, "iMoodJournal", _check_header)
    hashtags = [" ".join(h.strip().lstrip("#").split()) for h in header[7:]]
    days = Days()
    readings: list[Reading] = []
    for line, row in rows:
        try:
            day = parse_english_date(row[0])
        except ValueError as exc:
            raise fail(line, "Date", exc) from None
        try:
            at = time(whole(row[2], 0, 23), whole(row[3], 0, 59))
        except ValueError as exc:
            raise fail(line, "Hour/Minute", exc) from None
        try:
            level = whole(row[4], 1, 10)
        except ValueError as exc:
            raise fail(line, "Level", exc) from None
        draft = days[day]
        for column, name, value in zip(header[7:], hashtags, row[7:], strict=True):
            flag = value.strip()
            if flag not in ("", "0", "1"):
                raise fail(line, column, f"{value!r} is not 0 or 1")
            if flag == "1" and name:
                draft.tag(name)
        readings.append(Reading(line, day, at, str(level), plain(row[6])))
    return MoveInExport("imoodjournal", "iMoodJournal", len(rows), tuple(readings), days.all(),
                        DEFAULT_MAP)
