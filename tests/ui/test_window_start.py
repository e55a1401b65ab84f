"""The window opens a plain journal without SQLAlchemy and shows the real Today page; the store
loads after the first paint and takes over without changing what was shown or typed."""

import json
import os
import shutil
import subprocess
import sys
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from moodlog.core.life import Medication, Moment
from moodlog.core.models import CheckIn
from moodlog.paths import backup_dir, journal_path
from moodlog.store import JournalStore
from moodlog.store.backup import list_backups
from moodlog.store.peek import peek_form
from moodlog.ui import startup
from moodlog.ui.common.settings import Settings
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow
from moodlog.ui.tray import Tray

TODAY = date.today()
FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture(autouse=True)
def _discard_when_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window left with typed changes (a failed test) closes without a dialog."""
    monkeypatch.setattr("moodlog.ui.checkin.checkin_form.ask_unsaved_changes",
                        lambda *_args: QMessageBox.StandardButton.Discard)


@pytest.fixture
def filled(data_dir: Path) -> Path:
    """A journal with today's check-in, its tags and medication answers, moments, a hidden
    symptom rated today, a hidden tag and a medication that is no longer taken."""
    data_dir.mkdir()
    with JournalStore.open(journal_path(data_dir), backup_dir(data_dir)) as store:
        store.add_symptom("Brain fog")
        store.add_medication(Medication("sertraline", "Sertraline", 100, "mg", "morning",
                                        active_from=TODAY - timedelta(days=30)))
        store.add_medication(Medication("old_pill", "Old pill", 5, "mg",
                                        active_to=TODAY - timedelta(days=60)))
        store.add_tag("Choir", "Hobbies")
        store.set_tag_hidden("family", True)
        store.save_checkin(CheckIn(TODAY, 6, {"sadness": 2, "brain_fog": 1, "physical_pain": 3},
                                   7.5, "a note", tags=("choir", "walk"),
                                   medications_taken={"sertraline": True}))
        store.set_symptom_hidden("physical_pain", True)
        store.save_checkin(CheckIn(TODAY - timedelta(days=1), 4))
        for at, mood in ((time(9, 15), 5), (time(9, 15), 7), (time(8, 0), 3)):
            store.add_moment(Moment(TODAY, at, mood, f"at {at} mood {mood}"))
        store.add_moment(Moment(TODAY - timedelta(days=1), time(12, 0), 2, "yesterday"))
    return data_dir


def _today_shown(w: MainWindow) -> dict[str, Any]:
    f = w.form
    moments = [label.text() for label in f.life.moments._rows if isinstance(label, QLabel)]
    return {
        "page": "form" if w.today.currentWidget() is f else "welcome",
        "title": f.title.text(), "state": f.state_label.text(), "mood": f.mood.value(),
        "symptoms": [(k, c.value()) for k, c in f._symptom_rows.items()],
        "sleep": f.sleep.value(), "note": f.note.toPlainText(),
        "tags": list(f.life.tags._order), "chosen": f.life.tags.selected(),
        "medications": [(k, c.value()) for k, c in f.life.meds._rows.items()],
        "medications shown": not f.life.meds_heading.isHidden(),
        "moments": moments, "dirty": f.is_dirty(),
    }


def _window(qtbot: QtBot, journal: Journal, settings: Settings) -> MainWindow:
    w = MainWindow(journal, settings)
    qtbot.addWidget(w)
    return w


def test_the_direct_path_shows_what_the_store_shows(qtbot: QtBot, filled: Path,
                                                     settings: Settings) -> None:
    fast = startup.journal_for_window(str(filled), None)
    assert fast.is_ready and not fast.is_open  # opened without the store
    direct = _today_shown(_window(qtbot, fast, settings))
    assert not fast.is_open  # building Today did not need the store
    fast.close()
    with JournalStore.open(journal_path(filled), backup_dir(filled)) as store:
        shown = _today_shown(_window(qtbot, Journal(store), settings))
    assert direct == shown
    # The page is the real one, not an empty form: what was saved is there.
    assert shown["mood"] == 6 and shown["chosen"] == ("choir", "walk")
    assert shown["medications"] == [("sertraline", True)] and shown["medications shown"]
    assert "family" not in shown["tags"] and "choir" in shown["tags"]
    assert len(shown["moments"]) == 3 * 3 and "yesterday" not in " ".join(shown["moments"])
    assert ("physical_pain", None) not in shown["symptoms"] and not shown["dirty"]


def test_the_direct_path_opens_the_journal_as_the_store_would(filled: Path) -> None:
    """Locked, quick-checked, then (after the first paint) backed up."""
    assert list_backups(backup_dir(filled), "journal") == []
    journal = startup.journal_for_window(str(filled), None)
    try:
        assert list_backups(backup_dir(filled), "journal") == []
        journal.finish_opening()
        assert [b.reason for b in list_backups(backup_dir(filled), "journal")] == ["daily"]
        journal.finish_opening()  # once a day
        assert len(list_backups(backup_dir(filled), "journal")) == 1
        from moodlog.lock import _held

        assert str((filled / "journal.sqlite.lock").absolute()) in _held
    finally:
        journal.close()
    from moodlog.lock import _held

    assert str((filled / "journal.sqlite.lock").absolute()) not in _held


def test_a_checkin_saved_before_the_store_loads_is_stored_exactly(
        qtbot: QtBot, filled: Path, settings: Settings) -> None:
    journal = startup.journal_for_window(str(filled), None)
    w = _window(qtbot, journal, settings)
    f = w.form
    with JournalStore.open(journal_path(filled), backup_dir(filled)) as peek_store:
        before = peek_store.checkin(TODAY)
    f.mood.setValue(3)
    f._symptom_rows["sadness"].setValue(3)
    f._symptom_rows["brain_fog"].setValue(None)
    f.sleep.setValue(5.0)
    f.note.setPlainText("typed at once")
    f.life.tags._chips["walk"].setChecked(False)
    f.life.tags._chips["friends"].setChecked(True)
    f.life.meds._rows["sertraline"].setValue(False)
    assert not journal.is_open
    assert f.save()  # opens the store there and then
    assert journal.is_open and journal.is_ready
    journal.close()
    with JournalStore.open(journal_path(filled), backup_dir(filled)) as store:
        saved = store.checkin(TODAY)
    assert saved is not None and before is not None
    # The hidden symptom's rating stays; the rest is what was typed.
    assert (saved.mood, dict(saved.ratings), saved.sleep_hours, saved.note, saved.tags,
            dict(saved.medications_taken)) == (
        3, {"sadness": 3, "physical_pain": 3}, 5.0, "typed at once", ("choir", "friends"),
        {"sertraline": False})
    assert saved.created_at == before.created_at
    # The store made the day's backup before it wrote: the backup holds the old check-in.
    (daily,) = list_backups(backup_dir(filled), "journal")
    assert peek_form(daily.path, TODAY).checkin == before


def test_what_is_typed_survives_the_store_loading(qtbot: QtBot, filled: Path,
                                                  settings: Settings) -> None:
    journal = startup.journal_for_window(str(filled), None)
    w = _window(qtbot, journal, settings)
    w.show()
    qtbot.waitExposed(w)
    f = w.form
    f.mood.setValue(9)
    f.note.setPlainText("typing while it loads")
    f.life.tags._chips["friends"].setChecked(True)
    f.life.meds._rows["sertraline"].setValue(False)
    typed = _today_shown(w)
    ready: list[bool] = []
    failed: list[Exception] = []
    startup.open_after_paint(journal, w, lambda: ready.append(True), failed.append)
    assert ready == [True] and not journal.is_open  # ready before the store: it was open
    qtbot.waitUntil(lambda: journal.is_open, timeout=30_000)
    assert failed == [] and journal._direct is None  # the store took over
    assert _today_shown(w) == typed and f.is_dirty()
    assert f.save()
    saved = journal.store.checkin(TODAY)
    assert saved is not None
    assert (saved.mood, saved.note, saved.tags, dict(saved.medications_taken)) == (
        9, "typing while it loads", ("choir", "friends", "walk"), {"sertraline": False})
    journal.close()


def test_the_reminder_waits_for_the_store(qtbot: QtBot, filled: Path,
                                          settings: Settings) -> None:
    settings.reminder_enabled = True
    journal = startup.journal_for_window(str(filled), None)
    w = _window(qtbot, journal, settings)
    tray = Tray(w, settings, use_tray=False)
    assert not journal.is_open and not tray.scheduler.timer.isActive()
    journal.store  # noqa: B018  (opened after the first paint, in the app)
    assert tray.scheduler.timer.isActive()
    journal.close()


def test_journals_that_take_the_store_path(tmp_path: Path) -> None:
    """A new journal and one of an older schema are opened (created, upgraded) by the store
    before the window, as before."""
    new = startup.journal_for_window(str(tmp_path / "new"), None)
    assert new.is_open
    new.close()
    old = tmp_path / "old"
    old.mkdir()
    shutil.copy(FIXTURES / "journal-0003.sqlite", journal_path(old))
    upgraded = startup.journal_for_window(str(old), None)
    assert upgraded.is_open
    upgraded.close()


_SMOKE = """
import json, sys
from moodlog.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "sqlalchemy": sorted(m for m in sys.modules
                  if m.split(".")[0] in ("sqlalchemy", "alembic")),
                  "store": "moodlog.store.journal" in sys.modules}))
"""


def _smoke(data: Path, **env: str) -> dict[str, Any]:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    result = subprocess.run([sys.executable, "-c", _SMOKE, "--data-dir", str(data),
                             "--smoke-test"], env=environ, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    doc: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return doc


def test_the_window_is_ready_without_importing_sqlalchemy(filled: Path) -> None:
    done = _smoke(filled)
    assert done == {"code": 0, "sqlalchemy": [], "store": False}
    assert [b.reason for b in list_backups(backup_dir(filled), "journal")] == ["daily"]
    # What the exit writes is written (the exit skips the final garbage collections).
    ini = Path(os.environ["XDG_CONFIG_HOME"]) / "moodlog" / "moodlog.ini"
    assert "geometry=" in ini.read_text(encoding="utf-8")
    logged = next((Path(os.environ["XDG_STATE_HOME"])).rglob("moodlog.log")).read_text("utf-8")
    assert logged.rstrip().endswith("moodlog closed")
    # A page that needs the store opens it there and then (History reads the whole journal).
    done = _smoke(filled, MOODLOG_SMOKE_PAGE="2")
    assert done["code"] == 0 and done["store"] and "sqlalchemy" in done["sqlalchemy"]
    # And the store loads after the paint, on its own (what a window left open does).
    done = _smoke(filled, MOODLOG_SMOKE_STORE="1")
    assert done["code"] == 0 and done["store"] and "sqlalchemy" in done["sqlalchemy"]


def test_no_quit_is_left_pending(qapp: QApplication) -> None:
    """The tests above leave no event loop that returns at once (they close no last window)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(0, lambda: loop.exit(7))
    assert loop.exec() == 7
