"""The language moodlog speaks: which codes exist, and which one is active.

Plain Python (no Qt), so every layer may ask ``current_language()``. The Qt side (translators,
QLocale) is ``moodlog.ui.common.i18n``; it calls ``set_current_language`` once it has resolved
the language (``--language`` > the saved preference > the system locale).
"""

from __future__ import annotations

#: The languages with a complete catalogue, and their names in their own language.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
#: A test-only language: every string lengthened with accented letters (not for users).
PSEUDO = "qps"

_requested: str | None = None
_current = "en"


class LanguageError(ValueError):
    """An unknown language code."""


def normalise_language(code: str) -> str:
    """``"de"``, ``"DE"``, ``"de_AT"``, ``"es-MX"`` -> the supported code; unknown -> error."""
    base = code.strip().replace("-", "_").split("_")[0].lower()
    if base in LANGUAGES or base == PSEUDO:
        return base
    known = ", ".join(LANGUAGES)
    raise LanguageError(f"unknown language {code!r} (known: {known})")


def request_language(code: str | None) -> None:
    """Remember ``--language`` (None: no explicit choice) until the translators are installed."""
    global _requested
    _requested = None if code is None else normalise_language(code)
    if _requested is not None:
        set_current_language(_requested)


def requested_language() -> str | None:
    return _requested


def set_current_language(code: str) -> None:
    global _current
    _current = normalise_language(code)


def current_language() -> str:
    """The active language for clinical and catalogue text: ``"en"``, ``"de"`` or ``"es"``
    (the pseudo-language counts as English, whose texts it lengthens)."""
    return "en" if _current == PSEUDO else _current


def current_ui_language() -> str:
    """Like ``current_language`` but may also be the pseudo-language ``"qps"``."""
    return _current
