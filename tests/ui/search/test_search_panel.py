"""Ctrl+F: the search panel finds a word in a moment note; Enter opens that day."""

from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from moodlog.core.life import Moment
from moodlog.core.models import CheckIn
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow
from moodlog.ui.search.search_panel import HIT_ROLE, SearchPanel

DAY = date.today() - timedelta(days=9)


def test_ctrl_f_finds_a_moment_note_and_enter_opens_its_day(
        qtbot: QtBot, window: MainWindow, journal: Journal) -> None:
    journal.store.save_checkin(CheckIn(DAY, 5, note="quiet day"))
    journal.store.add_moment(Moment(DAY, time(15, 10), 7, "Balcony sunshine after the session"))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.findChild(SearchPanel)
    assert panel is not None and panel.isVisible()
    qtbot.keyClicks(panel.field, "balc")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert panel.results.count() == 1
    hit = panel.results.item(0).data(HIT_ROLE)
    assert (hit.day, hit.place) == (DAY, "moment 15:10")
    assert [hit.snippet[a:b] for a, b in hit.marks] == ["Balcony"]
    assert window.form.day == DAY and window.stack.currentIndex() == 0


def test_fts_syntax_in_the_field_never_fails(qtbot: QtBot, journal: Journal) -> None:
    journal.store.save_checkin(CheckIn(DAY, 5, note="near the sea"))
    opened: list[date] = []
    panel = SearchPanel(journal, opened.append)
    qtbot.addWidget(panel)
    for text in ('"', "NEAR(", "*", "-sea", "(sea", "sea OR"):
        panel.field.setText(text)
        panel.run_search()
        assert "failed" not in panel.status.text()
    panel.field.setText("(sea")
    panel._enter_in_field()
    assert opened == [DAY]
    panel.field.setText("zebra")
    panel.run_search()
    assert panel.results.count() == 0 and "Nothing in the journal mentions" in \
        panel.status.text()
