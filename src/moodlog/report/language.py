"""The PDFs' language when a command writes them (``moodlog --language de export pdf``): the
window has installed its translators already; a command's fresh QApplication gets moodlog's
catalogue for ``--language`` here, and QLocale's default for dates and numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from moodlog.i18n import PSEUDO, current_ui_language
from moodlog.resources import resources_dir

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication) -> str:
    """Load the catalogue of the requested language into ``app``; returns its code. English
    (the source language) loads only its plural forms."""
    code = current_ui_language()
    if code == PSEUDO or _installed:
        return code
    QLocale.setDefault(QLocale("en_US" if code == "en" else code))
    ours = QTranslator(app)
    if ours.load(f"moodlog_{code}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        _installed.append(ours)
    if code != "en":
        qt_base = QTranslator(app)
        if qt_base.load(f"qtbase_{code}",
                        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    return code
