"""Daylio files as real ones are: header-less files, dates a spreadsheet rewrote, mood words
typed with look-alike quotes. Helpers of :mod:`moodlog.exchange.daylio`, kept apart for size.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime

from moodlog.core.dates import parse_date
from moodlog.exchange.daylio_fields import parse_time

# Look-alikes a phone keyboard types for ' and " (Daylio labels are typed on phones).
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u02bc": "'", "\u2032": "'", "\u00b4": "'", "\u0060": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
                         "\u00ab": '"', "\u00bb": '"'})


@functools.lru_cache(maxsize=4096)  # a file repeats its few mood words on every entry
def label_key(label: str) -> str:
    """How two mood labels are compared: NFKC, look-alike quotes made plain, case, spaces."""
    return " ".join(unicodedata.normalize("NFKC", label).translate(_QUOTES).split()).casefold()


SPREADSHEET_DATE_RE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")


def full_date(text: str, date_format: str | None) -> date:
    if date_format:
        try:
            return datetime.strptime(text.strip(), date_format).date()
        except ValueError:
            raise ValueError(f"{text!r} does not match --date-format {date_format!r}") from None
    try:
        return parse_date(text, "the date")
    except ValueError as exc:
        if SPREADSHEET_DATE_RE.fullmatch(text.strip()):
            raise ValueError(
                f"{text!r} is not the yyyy-mm-dd date Daylio writes; a spreadsheet probably "
                "changed the dates when the file was saved. Export again from Daylio, or say "
                "how to read them with --date-format (e.g. --date-format %m/%d/%Y)") from None
        raise exc from None


def guess_columns(row: list[str], headers: Sequence[tuple[str, ...]]
                  ) -> tuple[str, ...] | None:
    """The Daylio header a header-less first row must have had, when its data leave no doubt.

    Only the known layouts are tried, by their number of fields: the first field must be a
    ``yyyy-mm-dd`` date (or a year, for the oldest), the fourth a time and the fifth a mood.
    """
    for header in headers:
        if len(header) != len(row):
            continue
        first = row[0].strip()
        if header[0] == "year":
            if not (first.isascii() and first.isdigit() and len(first) == 4):
                continue
        else:
            try:
                parse_date(first, "the date")
            except ValueError:
                continue
        try:
            parse_time(row[3])
        except ValueError:
            continue
        if row[4].strip():
            return header
    return None


def entry_like(row: list[str]) -> bool:
    first = row[0].strip() if row else ""
    return bool(re.fullmatch(r"\d{4}(-\d{1,2}-\d{1,2})?|" + SPREADSHEET_DATE_RE.pattern, first))


def looks_like_entry(head: str) -> bool:
    """Whether a file's first line is a Daylio-like entry rather than a header."""
    first = head.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    try:
        row = next(csv.reader([first]), [])
    except csv.Error:
        return False
    return len(row) >= 5 and entry_like(row)
