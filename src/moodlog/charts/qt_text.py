"""Translation for the layers that headless commands import (``charts.tables``, the report's
text): Qt is loaded at the first translated call, never on import, and English (the source
language) needs no Qt at all, so the English output stays exactly what it was.

``QCoreApplication.translate("Context", "literal")`` here is written, and found by lupdate,
exactly like Qt's. Plurals: lupdate does not mark ``translate(ctx, text, "", n)`` as one, so
these layers pick a singular or a plural message themselves (German and Spanish have one and
other, like English).
"""

from __future__ import annotations

from datetime import date

from moodlog.i18n import current_language, current_ui_language


class QCoreApplication:
    """``QCoreApplication.translate`` without importing Qt until a translation is needed."""

    @staticmethod
    def translate(context: str, source: str, disambiguation: str | None = None) -> str:
        if current_ui_language() == "en":
            return source
        from PySide6.QtCore import QCoreApplication as Qt

        return Qt.translate(context, source, disambiguation)


def english() -> bool:
    return current_language() == "en" and current_ui_language() == "en"


def local_day(day: date, pattern: str) -> str:
    """``day`` in Qt's date ``pattern`` with the day and month names of the active language."""
    from PySide6.QtCore import QDate, QLocale

    return QLocale(current_language()).toString(QDate(day.year, day.month, day.day), pattern)


def local_number(value: float, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals as the active language writes it ("5.2", "5,2")."""
    if english():
        return f"{value:.{digits}f}"
    from PySide6.QtCore import QLocale

    return QLocale(current_language()).toString(float(value), "f", digits)


def short_number(value: float) -> str:
    """``value`` as ``:g`` writes it ("0.75", "7.5", "40") with the active language's decimal
    sign ("0,75")."""
    text = f"{value:g}"
    return text if english() else text.replace(".", local_number(0.5)[1])


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate knows this name)
    """Marks ``source`` for lupdate in ``context``; translated where it is shown."""
    return source


def lower_word(text: str) -> str:
    """A label in running text: lower case, except in German, whose nouns keep their capital
    ("Übelkeit 2", "Induktion")."""
    return text if current_language() == "de" else text.lower()
