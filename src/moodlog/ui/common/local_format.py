"""Dates in the window's language: QLocale's day and month names, in a pattern the caller
takes through ``tr()`` so that each catalogue writes dates its own way ("Wed 20 May 2026",
"Mi., 20. Mai 2026", "mié, 20 may 2026")."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from moodlog.charts.qt_text import short_number


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date, pattern: str) -> str:
    """``day`` in QLocale's default language, in Qt's date ``pattern`` (e.g. "ddd dd MMM yyyy")."""
    return QLocale().toString(qdate(day), pattern)


def when_text(when: datetime, pattern: str) -> str:
    """``when`` (its own wall-clock time) in Qt's ``pattern`` ("dddd dd MMMM yyyy, HH:mm")."""
    moment = QDateTime(qdate(when.date()), QTime(when.hour, when.minute, when.second))
    return QLocale().toString(moment, pattern)


def number_text(value: float) -> str:
    """``value`` as ``:g`` writes it ("0.75", "7.5", "40"), with the decimal sign of QLocale's
    default language ("0,75" in German and Spanish)."""
    return short_number(value)


def dose_text(dose: float | None, unit: str) -> str:
    """A dose and its unit as the window's language writes them ("12,5 mg"); the unit alone
    when there is no dose (as ``core.life.Medication.dose_text``)."""
    return unit if dose is None else f"{number_text(dose)} {unit}".strip()
