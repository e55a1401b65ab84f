"""Parsing and formatting of the calendar dates and local times that users type."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

# Patterns, compiled by re on first use (not by every command at import).
_DATE_RE = r"^\d{4}-\d{2}-\d{2}$"
_DATETIME_RE = r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$"


def parse_date(text: str, what: str = "date") -> date:
    """Parse ``YYYY-MM-DD`` strictly; impossible dates (2025-02-30) are an error."""
    if not isinstance(text, str) or not re.match(_DATE_RE, text.strip()):
        raise ValueError(f"{what} must look like YYYY-MM-DD, not {text!r}")
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{what} {text.strip()!r} is not a real calendar date") from None


def parse_local_datetime(text: str, what: str = "date and time") -> datetime:
    """Parse ``YYYY-MM-DD HH:MM`` (or with a ``T``) as a naive local wall-clock time."""
    match = re.match(_DATETIME_RE, text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValueError(f"{what} must look like 'YYYY-MM-DD HH:MM', not {text!r}")
    day = parse_date(match.group(1), what)
    hour, minute = int(match.group(2)), int(match.group(3))
    if hour > 23 or minute > 59:
        raise ValueError(f"{what} {text.strip()!r} is not a real time of day")
    return datetime(day.year, day.month, day.day, hour, minute)


def format_local_datetime(value: datetime) -> str:
    """``YYYY-MM-DDTHH:MM``, the form every export uses for a local time."""
    return value.strftime("%Y-%m-%dT%H:%M")


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC, to the millisecond."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def parse_timestamp(text: str, what: str = "timestamp") -> datetime:
    """Parse an ISO 8601 timestamp that carries a UTC offset; return it in UTC."""
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be an ISO 8601 timestamp, not {text!r}") from None
    if value.tzinfo is None:
        raise ValueError(f"{what} {text!r} has no UTC offset")
    return value.astimezone(UTC)


def format_timestamp(value: datetime) -> str:
    """ISO 8601 in UTC with millisecond precision: ``2026-01-31T20:15:00.000+00:00``."""
    return value.astimezone(UTC).isoformat(timespec="milliseconds")


def check_range(start: date | None, end: date | None) -> None:
    """Raise ValueError when ``start`` is after ``end``."""
    if start is not None and end is not None and start > end:
        raise ValueError(f"--from {start.isoformat()} is after --to {end.isoformat()}")


#: Check-ins and treatments are accepted from this day to a year after today: dates outside
#: are typing mistakes, and every range computed from them stays within what Python can hold.
EARLIEST_ENTRY = date(1900, 1, 1)
LATEST_AHEAD_DAYS = 366


def check_entry_date(day: date, what: str) -> date:
    """Raise ValueError for a check-in or treatment date before 1900 or over a year ahead."""
    from datetime import timedelta

    latest = date.today() + timedelta(days=LATEST_AHEAD_DAYS)
    plain = day.date() if isinstance(day, datetime) else day
    if not EARLIEST_ENTRY <= plain <= latest:
        raise ValueError(f"{what} {plain.isoformat()} is outside the dates moodlog accepts "
                         f"({EARLIEST_ENTRY.isoformat()} to {latest.isoformat()})")
    return day
