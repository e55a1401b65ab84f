"""Dates and times in the window's language: QLocale's day and month names, in a Qt pattern the
caller takes through ``tr()`` so that each catalogue writes dates its own way.

The same as ``day_text`` in ``ui/common/local_format.py`` of the i18n-pipeline branch (rooms
outside ui/common could not use that module yet); the two can become one when both are merged.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def day_text(day: date, pattern: str) -> str:
    """``day`` in QLocale's default language, in Qt's date ``pattern`` ("ddd dd MMM yyyy")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def when_text(when: datetime, pattern: str) -> str:
    """``when`` (its own wall-clock time) in Qt's ``pattern`` ("dddd dd MMMM yyyy, HH:mm")."""
    moment = QDateTime(QDate(when.year, when.month, when.day),
                       QTime(when.hour, when.minute, when.second))
    return QLocale().toString(moment, pattern)
