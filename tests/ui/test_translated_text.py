"""The window's text goes through Qt's translators in the contexts lupdate writes: a
translator that knows a few (context, source) pairs changes exactly those texts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from moodlog.core import moment_offers, safety
from moodlog.core.session import AS_REPORTED
from moodlog.ui import tray
from moodlog.ui.health_text import JournalHealth
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow
from moodlog.ui.safety.crisis import CrisisPanel
from moodlog.ui.treatments.readings_table import AS_REPORTED_TEXT

KNOWN = {
    ("MainWindow", "Today"): "Heute",
    ("MainWindow", "&File"): "&Datei",
    ("Crisis", safety.HEADLINE): "Schlagzeile",
    ("CrisisPanel", "Crisis resources"): "Hilfe in der Krise",
    ("TreatmentsView", "&Add treatment\u2026"): "Behandlung &hinzuf\u00fcgen\u2026",
    ("JournalHealth", "%n check-in(s)"): "%n Eintr\u00e4ge",
    ("HistoryView", "ddd dd MMM yyyy"): "ddd, dd.MM.yyyy",
}


class _Known(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return KNOWN.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def known(qapp: QCoreApplication) -> Iterator[None]:
    translator = _Known()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_english_counts_read_as_english() -> None:
    assert JournalHealth().checkins(1) == "1 check-in"
    assert JournalHealth().checkins(57) == "57 check-ins"


def test_known_texts_are_translated_in_their_contexts(known: None, qtbot: QtBot,
                                                      journal: Journal, settings: object) -> None:
    window = MainWindow(journal, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Heute"
    assert window.nav.item(1).text() == "History"  # not in the catalogue: English
    assert window.menuBar().actions()[0].text() == "&Datei"
    assert window.treatments.add_button.text() == "Behandlung &hinzuf\u00fcgen\u2026"
    panel = CrisisPanel("gb", window)
    assert panel.windowTitle() == "Hilfe in der Krise"
    assert "Schlagzeile" in [label.text() for label in panel.findChildren(QLabel)]
    assert JournalHealth().checkins(3) == "3 Eintr\u00e4ge"


def test_markers_equal_the_texts_core_keeps() -> None:
    assert (moment_offers.TITLE, moment_offers.TEXT) == tray.OFFER_MARKERS
    assert AS_REPORTED == AS_REPORTED_TEXT


def test_search_places_equal_core() -> None:
    from moodlog.core.life import SEARCH_PLACES
    from moodlog.ui.search.search_panel import PLACES

    assert PLACES == SEARCH_PLACES


def test_dates_follow_the_locale_in_the_catalogue_s_pattern(known: None, qtbot: QtBot,
                                                            journal: Journal) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import QLocale

    from moodlog.core.models import CheckIn
    from moodlog.ui.history.history import HistoryView

    day = date.today() - timedelta(days=1)
    journal.store.save_checkin(CheckIn(day, 6))
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        view = HistoryView(journal)
        qtbot.addWidget(view)
        view.populate()
        shown = view.table.item(0, 0).text()
    finally:
        QLocale.setDefault(before)
    assert shown == QLocale("de_DE").toString(QDate(day.year, day.month, day.day),
                                              "ddd, dd.MM.yyyy")
    assert shown.endswith(f"{day:%d.%m.%Y}")


def test_english_dates_are_as_before(qtbot: QtBot, journal: Journal) -> None:
    from datetime import date, timedelta

    from moodlog.core.models import CheckIn
    from moodlog.ui.history.history import HistoryView

    day = date.today() - timedelta(days=1)
    journal.store.save_checkin(CheckIn(day, 6))
    view = HistoryView(journal)
    qtbot.addWidget(view)
    view.populate()
    assert view.table.item(0, 0).text() == f"{day:%a %d %b %Y}"
