"""Writing Daylio-shaped CSV files for the tests, in any of the header variants Daylio used."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from moodlog.exchange.daylio import KNOWN_HEADERS

OLDEST, PLAIN, TITLED, CURRENT = KNOWN_HEADERS


@dataclass(frozen=True)
class Row:
    day: date
    at: time
    mood: str
    activities: str = ""
    note: str = ""
    title: str = ""
    scales: str = ""


def clock(at: time, twelve_hour: bool) -> str:
    """Daylio's two time styles: ``10:00 pm`` and ``22:13``."""
    if not twelve_hour:
        return f"{at:%H:%M}"
    return f"{(at.hour % 12) or 12}:{at.minute:02d} {'am' if at.hour < 12 else 'pm'}"


def fields(header: tuple[str, ...], row: Row, twelve_hour: bool = False) -> list[str]:
    values = {
        "year": str(row.day.year),
        "full_date": row.day.isoformat(),
        "date": f"{row.day.day} {row.day:%B}",
        "weekday": f"{row.day:%A}",
        "time": clock(row.at, twelve_hour),
        "mood": row.mood,
        "activities": row.activities,
        "scales": row.scales,
        "note_title": row.title,
        "note": row.note,
    }
    return [values[c] for c in header]


def _quote(value: str, always: bool) -> str:
    # csv.writer leaves a lone "\r" unquoted when the line ends in "\n"; Daylio quotes it.
    if always or any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def daylio_csv(rows: list[Row], header: tuple[str, ...] = CURRENT, *, bom: bool = True,
               twelve_hour: bool = False, newline: str = "\n", quote_all: bool = True) -> str:
    """A Daylio export of ``rows`` (written in the order given; Daylio writes newest first)."""
    lines = [",".join(header)]
    lines += [",".join(_quote(v, quote_all) for v in fields(header, row, twelve_hour))
              for row in rows]
    return ("\ufeff" if bom else "") + newline.join(lines) + newline
