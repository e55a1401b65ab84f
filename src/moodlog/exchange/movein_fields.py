"""Reading the pieces other mood trackers write: CSV rows with their lines, English dates, times.

Each field reader raises ValueError with a short reason; :func:`fail` adds the line and field.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Callable, Iterator
from datetime import date, time
from typing import Any

from moodlog.exchange.daylio_fields import strip_controls
from moodlog.exchange.errors import FormatError

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


def fail(line: int, name: str, reason: object) -> FormatError:
    return FormatError(f"line {line}, {name}: {reason}")


def csv_rows(text: str, app: str, check_header: Callable[[list[str]], None]
             ) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header (``check_header`` raises if it is wrong) and the non-empty rows with the
    line each starts on; BOM or none, CR CR LF line ends."""
    text = text.removeprefix("\ufeff").replace("\r\r\n", "\r\n")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        header = next(reader, None)
        if not header:
            raise FormatError(f"line 1: empty; expected the header of a {app} export")
        header = [strip_controls(h) for h in header]
        check_header(header)
        start = reader.line_num + 1
        for row in reader:
            line, start = start, reader.line_num + 1
            # A journal refuses NUL and the like; most cells have none, so look before copying.
            row = [strip_controls(c) if not c.isprintable() else c for c in row]
            if any(cell.strip() for cell in row):
                if len(row) != len(header):
                    raise FormatError(f"line {line}: expected {len(header)} fields, found "
                                      f"{len(row)}; the file may be damaged or cut short")
                rows.append((line, row))
    except csv.Error as exc:
        raise FormatError(f"line {start}: {exc}; the file may be damaged or cut short") from None
    if not rows:
        raise FormatError(f"the file has a {app} header but no entries")
    return header, rows


def first_line(head: str) -> list[str]:
    """The cells of a file's first line, lower-cased (for recognising a format)."""
    line = head.removeprefix("\ufeff").split("\n", 1)[0].rstrip("\r")
    try:
        return [c.strip().casefold() for c in next(csv.reader([line]), [])]
    except csv.Error:
        return []


def month_number(word: str) -> int:
    """An English month name or its 3+ letter abbreviation (``Sep``, ``Sept``) -> 1-12."""
    w = word.rstrip(".").casefold()
    found = [i for i, m in enumerate(_MONTHS, 1) if m.startswith(w)] if len(w) >= 3 else []
    if len(found) != 1:
        raise ValueError(f"{word!r} is not an English month name")
    return found[0]


def make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"{text!r} is not a real calendar date") from None


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@functools.lru_cache(maxsize=4096)  # long formats repeat a day's date on every row
def parse_english_date(text: str) -> date:
    """``22nd Sep 2020``, ``September 5, 2015`` or ``2020-09-22``."""
    t = " ".join(text.split())
    if m := _ISO.fullmatch(t):
        return make_date(int(m[1]), int(m[2]), int(m[3]), text)
    if m := _DAY_MONTH_YEAR.fullmatch(t):
        return make_date(int(m[3]), month_number(m[2]), int(m[1]), text)
    if m := _MONTH_DAY_YEAR.fullmatch(t):
        return make_date(int(m[3]), month_number(m[1]), int(m[2]), text)
    raise ValueError(f"{text!r} is not a date like 22nd Sep 2020, September 5, 2015 or "
                     "2020-09-22")


_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


def parse_clock(text: str) -> time:
    """``03:00`` or ``9:45`` as a time of day."""
    m = _CLOCK.fullmatch(text.strip())
    if not m or int(m[1]) > 23 or int(m[2]) > 59:
        raise ValueError(f"{text!r} is not a time of day like 03:00")
    return time(int(m[1]), int(m[2]))


def whole(text: str, low: int, high: int) -> int:
    """A whole number ``low``..``high`` written as text."""
    t = text.strip()
    if not (t.isascii() and t.lstrip("-").isdigit()) or not low <= int(t) <= high:
        raise ValueError(f"{text!r} is not a whole number {low}-{high}")
    return int(t)


def plain(text: str) -> str:
    """User text as plain text: line ends unified, control characters dropped, trimmed."""
    if text.isprintable():  # no CR, no control character: nothing to replace or drop
        return text.strip()
    return strip_controls(text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def json_items(text: str) -> Iterator[tuple[int, Any]]:
    """The items of a top-level JSON array with the line each starts on."""
    decoder = json.JSONDecoder()
    text = text.removeprefix("\ufeff")
    i = len(text) - len(text.lstrip())
    if not text.startswith("[", i):
        raise FormatError("line 1: expected a JSON array of entries ([ ... ])")
    i += 1
    line, counted = 1, 0  # lines are counted as the scan moves on, not from the start each time
    while True:
        while i < len(text) and text[i] in " \t\r\n,":
            i += 1
        line += text.count("\n", counted, i)
        counted = i
        if i >= len(text):
            raise FormatError(f"line {line}: the JSON array is not closed; the file may be "
                              "cut short")
        if text[i] == "]":
            if text[i + 1:].strip():
                raise FormatError(f"line {line}: text after the end of the JSON array")
            return
        try:
            item, i = decoder.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            raise FormatError(f"line {exc.lineno}: not valid JSON ({exc.msg})") from None
        yield line, item
