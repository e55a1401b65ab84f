"""The user's preferences (per user, not per journal), kept with QSettings in an INI file."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from moodlog.core.safety import REGIONS, region_from_locale

PAGE_SIZES = ("a4", "letter")
APPEARANCES = ("system", "light", "dark")


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

    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def sync(self) -> None:
        self._s.sync()
