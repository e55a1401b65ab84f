"""German is long: in the pseudo-language (every string 40% longer, accented) no label or
button of the main views and of every dialog is cut at 1280x720 (issue 21, point 5)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from moodlog import i18n
from moodlog.core.models import JournalData
from moodlog.store import JournalStore
from moodlog.ui.common import i18n as qt_i18n
from moodlog.ui.common.pseudo import pseudo_text
from moodlog.ui.common.settings import Settings
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow


def cut_short(top: QWidget) -> list[tuple[str, str, int, int]]:
    """Visible labels and buttons of ``top`` whose text needs more room than they have:
    (kind, text, room, needed)."""
    found = []
    for label in top.findChildren(QLabel):
        if (not label.isVisibleTo(top) or not label.text()
                or label.textFormat() == Qt.TextFormat.RichText
                or (label.pixmap() is not None and not label.pixmap().isNull())):
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(("wrapped label", label.text(), label.height(), needed))
            continue
        lines = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n")
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
        if needed > label.contentsRect().width() + 1:
            found.append(("label", label.text(), label.contentsRect().width(), needed))
    for button in top.findChildren(QAbstractButton):
        if not button.isVisibleTo(top) or not button.text():
            continue
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        # The style's own size for it, unless that is only its minimum width ("‹" in 36 px).
        needed = min(button.sizeHint().width(), button.fontMetrics().horizontalAdvance(text) + 8)
        if button.width() < needed:
            found.append(("button", button.text(), button.width(), needed))
    return found


def test_the_check_itself_sees_a_cut_label_and_button(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    label = QLabel("A sentence far too long for twenty pixels")
    label.setFixedWidth(20)
    button = QPushButton("Open the journal folder")
    button.setFixedWidth(30)
    fits = QLabel("fits")
    for w in (label, button, fits):
        layout.addWidget(w)
    top.show()
    assert [kind for kind, *_ in cut_short(top)] == ["label", "button"]


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    i18n.request_language(i18n.PSEUDO)
    assert qt_i18n.install_translations(qapp, None) == i18n.PSEUDO
    assert QApplication.translate("MainWindow", "&File") == pseudo_text("&File")
    yield
    i18n.request_language(None)
    i18n.set_current_language("en")
    qt_i18n.install_translations(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def window(pseudo: None, qtbot: QtBot, store: JournalStore, demo_data: JournalData,
           settings: Settings) -> MainWindow:
    store.import_data(demo_data)
    w = MainWindow(Journal(store), settings)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize("page", [0, 1, 2, 3, 4])
def test_no_view_cuts_its_text(window: MainWindow, qtbot: QtBot, page: int) -> None:
    window.show_page(page)
    qtbot.wait(20)
    assert cut_short(window) == []


def _dialogs() -> list[tuple[str, Callable[[MainWindow], QWidget]]]:
    """Every dialog the mnemonics walk opens (16), and the crisis panel."""
    from tests.ui.test_mnemonics import _dialogs as every_dialog

    return [*every_dialog(), ("crisis", lambda w: w.show_crisis())]


@pytest.mark.parametrize("name,make", _dialogs(), ids=[n for n, _ in _dialogs()])
def test_no_dialog_cuts_its_text(window: MainWindow, qtbot: QtBot, name: str,
                                 make: Callable[[MainWindow], QWidget]) -> None:
    dialog = make(window)
    if isinstance(dialog, QDialog):
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tabs = dialog.findChildren(QTabWidget)
    for index in range(tabs[0].count() if tabs else 1):
        if tabs:
            tabs[0].setCurrentIndex(index)
        qtbot.wait(10)
        assert cut_short(dialog) == [], f"{name}, page {index}"
