from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moodlog import i18n
from moodlog.store import JournalStore
from moodlog.ui.common import i18n as qt_i18n
from moodlog.ui.common.settings import Settings
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def journal(store: JournalStore) -> Journal:
    return Journal(store)


@pytest.fixture
def window(qtbot: QtBot, journal: Journal, settings: Settings) -> Iterator[MainWindow]:
    w = MainWindow(journal, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


@pytest.fixture(autouse=True)
def _no_auto_advance(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests drive Tab themselves unless they ask for ``auto_advance`` (the app's default)."""
    from moodlog.ui.common.segmented import SegmentedControl

    monkeypatch.setattr(SegmentedControl, "auto_advance", False)


@pytest.fixture
def auto_advance(monkeypatch: pytest.MonkeyPatch) -> None:
    from moodlog.ui.common.segmented import SegmentedControl

    monkeypatch.setattr(SegmentedControl, "auto_advance", True)


@pytest.fixture(autouse=True, scope="session")
def _discard_on_teardown() -> Iterator[None]:
    """A dialog left with entries is closed at teardown (after function-scoped patches are
    undone): answer "Discard" rather than wait for a click that never comes. Tests of the
    question patch it again with their own answers."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("moodlog.ui.common.discard_guard.confirm_discard",
                      lambda _parent, _what="": True)
        yield


@pytest.fixture(autouse=True)
def _english_plurals(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The window's English, as moodlog starts it: the English catalogue gives the plural
    forms ("1 day", "2 days") of the "%n day(s)" sources."""
    from PySide6.QtCore import QTranslator

    from moodlog.ui.common.i18n import translations_dir

    translator = QTranslator()
    assert translator.load("moodlog_en", translations_dir())
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    """``speak("de")`` installs the language as moodlog's start-up does."""
    def _speak(code: str) -> None:
        i18n.request_language(code)
        assert qt_i18n.install_translations(qapp, None) == code

    yield _speak
    i18n.request_language(None)
    i18n.set_current_language("en")
    qt_i18n.install_translations(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))
