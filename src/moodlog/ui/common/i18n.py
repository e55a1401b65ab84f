"""Installs the translations: resolves the language, loads ``moodlog_<lang>.qm`` (and Qt's
own qtbase catalogue for standard buttons), and sets QLocale's default so dates, times and
numbers follow the language. See ``moodlog.i18n`` for ``current_language()``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from moodlog.i18n import (
    LANGUAGES,
    PSEUDO,
    LanguageError,
    normalise_language,
    requested_language,
    set_current_language,
)
from moodlog.resources import resources_dir

_installed: list[QTranslator] = []


def resolve_language(saved: str | None) -> str:
    """``--language`` > the saved preference (``"system"`` or empty: none) > the system
    locale, if moodlog has a catalogue for it; else English."""
    explicit = requested_language()
    if explicit:
        return explicit
    if saved and saved != "system":
        try:
            return normalise_language(saved)
        except LanguageError:
            pass
    for name in QLocale.system().uiLanguages():
        try:
            code = normalise_language(name)
        except LanguageError:
            continue
        if code == "en" or (code in LANGUAGES and has_catalogue(code)):
            return code
    return "en"


def has_catalogue(code: str) -> bool:
    """Whether ``moodlog_<code>.qm`` is there: the system's language is followed only then, so
    a window never mixes English text with another language's dates."""
    return (resources_dir() / "translations" / f"moodlog_{code}.qm").is_file()


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install_translations(app: QCoreApplication, saved: str | None) -> str:
    """Install the translators for the resolved language; returns its code."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = resolve_language(saved)
    set_current_language(code)
    if code == PSEUDO:
        from moodlog.ui.common.pseudo import PseudoTranslator

        translator: QTranslator = PseudoTranslator(app)
        app.installTranslator(translator)
        _installed.append(translator)
        QLocale.setDefault(QLocale("en_US"))
        return code
    QLocale.setDefault(QLocale(code))
    ours = QTranslator(app)
    # English is the source language; its catalogue holds only the plural forms
    # ("%n day(s)" -> "1 day", "2 days").
    if ours.load(f"moodlog_{code}", translations_dir()):
        app.installTranslator(ours)
        _installed.append(ours)
    if code == "en":
        return code
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{code}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return code
