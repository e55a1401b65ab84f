"""The user's preferences (per user, not per journal), kept with QSettings in an INI file."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QByteArray, QSettings

from moodlog.core.reminders import DEFAULT_TIME, format_time, parse_time
from moodlog.core.safety import LEGACY, REGIONS, region_from_locale
from moodlog.i18n import LANGUAGES

PAGE_SIZES = ("a4", "letter")
APPEARANCES = ("system", "light", "dark")
LANGUAGE_CHOICES = ("system", *LANGUAGES)


class Settings:
    """Typed access to the preferences; unknown or damaged values fall back to defaults."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                         "moodlog", "moodlog")

    def _str(self, key: str, default: str, allowed: tuple[str, ...] | None = None) -> str:
        value = self._s.value(key, default)
        if not isinstance(value, str) or (allowed is not None and value not in allowed):
            return default
        return value

    @property
    def crisis_region(self) -> str:
        old = self._s.value("safety/region")
        if isinstance(old, str) and old in LEGACY:
            return LEGACY[old]
        return self._str("safety/region", region_from_locale(), tuple(REGIONS))

    @crisis_region.setter
    def crisis_region(self, value: str) -> None:
        if value not in REGIONS:
            raise ValueError(f"unknown region {value!r}")
        self._s.setValue("safety/region", value)

    @property
    def page_size(self) -> str:
        return self._str("export/page_size", "a4", PAGE_SIZES)

    @page_size.setter
    def page_size(self, value: str) -> None:
        if value not in PAGE_SIZES:
            raise ValueError(f"unknown page size {value!r}")
        self._s.setValue("export/page_size", value)

    @property
    def language(self) -> str:
        """``"system"`` or a code of ``moodlog.i18n.LANGUAGES``; takes effect at the next start."""
        return self._str("window/language", "system", LANGUAGE_CHOICES)

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGE_CHOICES:
            raise ValueError(f"unknown language {value!r}")
        self._s.setValue("window/language", value)

    @property
    def appearance(self) -> str:
        return self._str("window/appearance", "system", APPEARANCES)

    @appearance.setter
    def appearance(self, value: str) -> None:
        if value not in APPEARANCES:
            raise ValueError(f"unknown appearance {value!r}")
        self._s.setValue("window/appearance", value)

    @property
    def questionnaire_interval(self) -> int:
        raw = self._s.value("questionnaires/interval_days", 14)
        try:
            value = int(raw) if isinstance(raw, int | str) else 14
        except ValueError:
            return 14
        return value if 7 <= value <= 60 else 14

    @questionnaire_interval.setter
    def questionnaire_interval(self, days: int) -> None:
        if not 7 <= days <= 60:
            raise ValueError("the interval must be 7-60 days")
        self._s.setValue("questionnaires/interval_days", days)

    def _bool(self, key: str, default: bool) -> bool:
        value = self._s.value(key, default)
        if isinstance(value, bool):
            return value
        return value == "true" if value in ("true", "false") else default

    @property
    def reminder_enabled(self) -> bool:
        """Remind me to check in each day (off until the user turns it on)."""
        return self._bool("reminders/enabled", False)

    @reminder_enabled.setter
    def reminder_enabled(self, on: bool) -> None:
        self._s.setValue("reminders/enabled", bool(on))

    @property
    def reminder_time(self) -> time:
        raw = self._s.value("reminders/time", format_time(DEFAULT_TIME))
        try:
            return parse_time(raw) if isinstance(raw, str) else DEFAULT_TIME
        except ValueError:
            return DEFAULT_TIME

    @reminder_time.setter
    def reminder_time(self, value: time) -> None:
        self._s.setValue("reminders/time", format_time(value))

    @property
    def reminder_last_fired(self) -> date | None:
        raw = self._s.value("reminders/last_fired")
        try:
            return date.fromisoformat(raw) if isinstance(raw, str) else None
        except ValueError:
            return None

    @reminder_last_fired.setter
    def reminder_last_fired(self, day: date) -> None:
        self._s.setValue("reminders/last_fired", day.isoformat())

    @property
    def qsettings(self) -> QSettings:
        """The store underneath, for parts that keep their own keys (moment offers)."""
        return self._s

    @property
    def close_to_tray(self) -> bool:
        """Closing the window hides it to the system tray, where moodlog keeps running."""
        return self._bool("window/close_to_tray", False)

    @close_to_tray.setter
    def close_to_tray(self, on: bool) -> None:
        self._s.setValue("window/close_to_tray", bool(on))

    @property
    def auto_advance(self) -> bool:
        """After a digit answers a rating, move on to the next question (on by default)."""
        return self._bool("checkin/auto_advance", True)

    @auto_advance.setter
    def auto_advance(self, on: bool) -> None:
        self._s.setValue("checkin/auto_advance", bool(on))

    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def sync(self) -> None:
        self._s.sync()
