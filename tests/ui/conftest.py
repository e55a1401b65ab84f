from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from moodlog.store import JournalStore
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
