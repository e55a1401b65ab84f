"""User text is shown as plain text, never as rich text (issue 14, item 7): a symptom label
"<h1>" stays those characters, and an <img src="file:///..."> never makes Qt open a file."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from moodlog.core.models import CheckIn
from moodlog.store import JournalStore
from moodlog.ui.checkin.checkin_form import CheckInForm
from moodlog.ui.common.settings import Settings
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow

HOSTILE = '<h1>Big</h1><img src="file:///etc/hostname">'


def _labels_showing(root: QWidget, text: str) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if text in label.text()]


def test_a_symptom_label_on_the_checkin_form_is_plain_text(qtbot: QtBot, store: JournalStore,
                                                           ) -> None:
    store.add_symptom(HOSTILE, key="hostile")
    form = CheckInForm(Journal(store))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    shown = _labels_showing(form, "<h1>Big</h1>")
    assert shown, "the label is on the form"
    for label in shown:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_no_label_in_the_window_renders_user_text_as_html(qtbot: QtBot, store: JournalStore,
                                                          settings: Settings) -> None:
    store.add_symptom(HOSTILE, key="hostile")
    store.save_checkin(CheckIn(date.today(), 4, {"hostile": 2}, 7.0, note=HOSTILE))
    window = MainWindow(Journal(store), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for page in range(5):
        window.show_page(page)
        for label in _labels_showing(window, "<h1>"):
            assert label.textFormat() == Qt.TextFormat.PlainText, (page, label.text())
