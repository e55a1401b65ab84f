from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from moodlog.app import run_window
from moodlog.core.models import JournalCounts
from moodlog.ui.main_window import MainWindow


def test_window_shows_the_journal_and_its_counts(qtbot: QtBot) -> None:
    counts = JournalCounts(checkins=12, treatments=2, questionnaires=3,
                           first_day=date(2026, 1, 1), last_day=date(2026, 1, 12))
    window = MainWindow("/tmp/j.sqlite", counts)
    qtbot.addWidget(window)
    assert window.windowTitle() == "moodlog \u2014 /tmp/j.sqlite"
    assert "12 check-ins from 2026-01-01 to 2026-01-12" in window._summary.text()
    window.show_counts(JournalCounts())
    assert "Your journal is empty" in window._summary.text()
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Help"]


def test_smoke_test_paints_and_exits_zero(qapp: object, tmp_path: Path) -> None:
    assert run_window(str(tmp_path / "data"), smoke_test=True) == 0
    assert (tmp_path / "data" / "journal.sqlite").exists()


def test_window_refuses_a_journal_it_cannot_open(qapp: object, tmp_path: Path,
                                                 capsys: object) -> None:
    bad = tmp_path / "data"
    bad.mkdir()
    (bad / "journal.sqlite").write_bytes(b"not a database" * 10)
    assert run_window(str(bad), smoke_test=True) == 1
