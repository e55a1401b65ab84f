import os
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from moodlog.app import App, make_qapp, run_window
from moodlog.core.models import CheckIn, Treatment
from moodlog.store import JournalStore
from moodlog.ui.main_window import PAGES, MainWindow
from tests.conftest import file_digest


def test_title_pages_and_menus(window: MainWindow) -> None:
    assert window.windowTitle().startswith("moodlog \u2014 journal.sqlite")
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == list(PAGES)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    file_items = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert any("Import" in t for t in file_items) and "&Export" in file_items
    assert "&Backups\u2026" in file_items and "&Quit" in file_items


def test_empty_journal_greets_and_starts(window: MainWindow) -> None:
    assert window.today.currentWidget() is window.welcome
    window.welcome.start_button.click()
    assert window.today.currentWidget() is window.form


def test_journal_with_entries_opens_on_the_form(qtbot: QtBot, store: JournalStore,
                                                settings: object) -> None:
    from moodlog.ui.journal import Journal

    store.save_checkin(CheckIn(date.today(), 5))
    w = MainWindow(Journal(store), settings)  # type: ignore[arg-type]
    qtbot.addWidget(w)
    assert w.today.currentWidget() is w.form and w.form.mood.value() == 5


def test_crisis_panel_appears_for_thoughts_of_death(window: MainWindow) -> None:
    window.today.setCurrentWidget(window.form)
    window.form.mood.setValue(2)
    window.form._symptom_rows["thoughts_of_death"].setValue(2)
    window.form.save()
    panel = window.crisis_panel
    assert panel is not None and panel.isVisible()
    text = panel.resource_text()
    assert "findahelpline.com" in text
    panel.close()


def test_no_crisis_panel_otherwise(window: MainWindow) -> None:
    window.today.setCurrentWidget(window.form)
    window.form.mood.setValue(2)
    window.form._symptom_rows["sadness"].setValue(3)
    window.form.save()
    assert window.crisis_panel is None


def test_crisis_panel_region_from_settings_and_changeable(window: MainWindow) -> None:
    window.settings.crisis_region = "gb"
    panel = window.show_crisis()
    assert "Samaritans" in panel.resource_text()
    assert "No one monitors this app" in " ".join(
        w.text() for w in panel.findChildren(type(window.form.title)))
    panel.region.setCurrentIndex(panel.region.findData("us"))
    assert "988" in panel.resource_text() and window.settings.crisis_region == "us"


def test_history_click_opens_that_day(window: MainWindow, journal: object) -> None:
    day = date.today() - timedelta(days=2)
    window.journal.store.save_checkin(CheckIn(day, 7, {"fatigue": 2}))
    window.show_page(1)
    table = window.history.table
    assert table.rowCount() == 1 and "7/10" in table.item(0, 1).text()
    assert "Fatigue (moderate)" in table.item(0, 2).text()
    assert window.history.calendar.moods == {day: 7}
    table.cellActivated.emit(0, 0)
    assert window.stack.currentIndex() == 0 and window.form.day == day
    assert window.form.mood.value() == 7


def test_history_delete_asks_first(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
    window.journal.store.save_checkin(CheckIn(date.today(), 3))
    window.show_page(1)
    monkeypatch.setattr("moodlog.ui.common.widgets.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.history.delete_selected()
    assert window.journal.store.checkin(date.today()) is not None
    monkeypatch.setattr("moodlog.ui.common.widgets.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.history.delete_selected()
    assert window.journal.store.checkin(date.today()) is None
    assert window.history.table.rowCount() == 0


def test_leaving_today_with_unsaved_changes_asks(monkeypatch: pytest.MonkeyPatch,
                                                 window: MainWindow) -> None:
    window.today.setCurrentWidget(window.form)
    window.form.mood.setValue(4)
    monkeypatch.setattr("moodlog.ui.checkin.checkin_form.ask_unsaved_changes",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.show_page(2)
    assert window.stack.currentIndex() == 0 and window.nav.currentRow() == 0
    assert window.close() is False
    monkeypatch.setattr("moodlog.ui.checkin.checkin_form.ask_unsaved_changes",
                        lambda *a, **k: QMessageBox.StandardButton.Save)
    window.show_page(2)
    assert window.stack.currentIndex() == 2
    assert window.journal.store.checkin(date.today()) is not None


def test_geometry_is_remembered(window: MainWindow) -> None:
    window.resize(1111, 777)
    window.close()
    assert window.settings.geometry() is not None


def test_treatments_view_lists_and_edits(qtbot: QtBot, window: MainWindow) -> None:
    store = window.journal.store
    store.add_treatment(Treatment(datetime(2026, 1, 5, 10, 0), "ketamine_iv", "induction", 0.5,
                                  "mg/kg", "Clinic", side_effects={"nausea": 2}))
    window.show_page(2)
    view = window.treatments
    assert view.table.rowCount() == 1
    assert view.table.item(0, 6).text() == "Nausea: moderate"
    dialog = view.edit_selected()
    assert dialog is not None
    dialog.clinic.setText("Other clinic")
    dialog.accept()
    assert store.treatments()[0].clinic == "Other clinic"
    assert view.table.item(0, 4).text() == "Other clinic"


def test_preferences_add_custom_symptom_reaches_the_form(monkeypatch: pytest.MonkeyPatch,
                                                         window: MainWindow) -> None:
    dialog = window.show_preferences()
    monkeypatch.setattr("moodlog.ui.settings.preferences.QInputDialog.getText",
                        lambda *a, **k: ("Brain fog", True))
    dialog._add()
    assert dialog.symptom_list.count() == 1
    assert "brain_fog" in window.form._symptom_rows
    dialog._toggle_hidden()
    assert "brain_fog" not in window.form._symptom_rows
    dialog.region.setCurrentIndex(dialog.region.findData("au"))
    assert window.settings.crisis_region == "au"
    dialog.close()


def test_demo_journal_never_touches_the_real_data_folder(qtbot: QtBot, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    with JournalStore.open(real / "journal.sqlite") as store:
        store.save_checkin(CheckIn(date.today(), 5))
    before = {p.name: file_digest(p) for p in real.iterdir()}
    app = App(make_qapp())
    demo = app.open_demo()
    folder = demo.journal.store.path.parent
    assert folder != real and "Demo journal" in demo.windowTitle()
    assert demo.journal.store.counts().checkins > 300
    assert demo.close()
    assert not folder.exists() and app.windows == []
    assert {p.name: file_digest(p) for p in real.iterdir()} == before


def test_smoke_test_paints_and_exits_zero(qapp: Any, tmp_path: Path) -> None:
    # run_window closes its window after exec() has returned; as the last window, that would
    # leave a quit pending, and every later event loop of the session (qtbot.wait, waitUntil)
    # would return at once.
    qapp.setQuitOnLastWindowClosed(False)
    try:
        assert run_window(str(tmp_path / "data"), smoke_test=True) == 0
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert (tmp_path / "data" / "journal.sqlite").exists()
    # Nothing left queued stops the next event loop (qtbot.wait, waitSignal) at once.
    QApplication.processEvents()
    loop = QEventLoop()
    QTimer.singleShot(0, lambda: loop.exit(7))
    assert loop.exec() == 7


def test_window_refuses_a_journal_it_cannot_open(qapp: object, tmp_path: Path) -> None:
    bad = tmp_path / "data"
    bad.mkdir()
    (bad / "journal.sqlite").write_bytes(b"not a database" * 10)
    assert run_window(str(bad), smoke_test=True) == 1


def test_screenshots_command_writes_every_view(run: object, tmp_path: Path,
                                               data_dir: Path) -> None:
    assert run("demo", "--days", "90").code == 0  # type: ignore[operator]
    out = tmp_path / "shots"
    result = run("--screenshots", str(out))  # type: ignore[operator]
    assert result.code == 0
    names = sorted(p.name for p in out.iterdir())
    for scheme in ("light", "dark"):
        for i, page in enumerate(PAGES, start=1):
            assert f"{i}-{page.lower()}-{scheme}.png" in names
        for dialog in ("treatment", "phq9", "clinician-score", "crisis", "preferences",
                       "import"):
            assert f"dialog-{dialog}-{scheme}.png" in names
    assert all(os.path.getsize(out / n) > 5000 for n in names)


def test_the_app_icon_loads_from_svg(qapp: object) -> None:
    from moodlog.app import make_qapp

    icon = make_qapp().windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(256, 256).isNull()


def test_screenshots_never_stop_at_a_question(run: object, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Offscreen, a question box would wait for ever (the import preview's discard question
    did): closing what was shown must not ask."""
    def asked(*_args: object) -> bool:
        raise AssertionError("a question was asked while taking screenshots")

    monkeypatch.setattr("moodlog.ui.common.discard_guard.confirm_discard", asked)
    assert run("demo", "--days", "30").code == 0  # type: ignore[operator]
    out = tmp_path / "shots"
    result = run("--screenshots", str(out), "--screenshot-size", "1366x768")  # type: ignore[operator]
    assert result.code == 0, result.err  # type: ignore[attr-defined]
    from PySide6.QtGui import QImage

    today = QImage(str(out / "1-today-light.png"))
    assert (today.width(), today.height()) == (1366, 768)


def test_recent_days_tell_mild_only_and_none_apart_from_unanswered() -> None:
    """"—" on a day of mild symptoms read as "no symptoms" (a real-window review)."""
    from moodlog.core.models import CheckIn
    from moodlog.ui.history.history import worst_symptoms

    labels = {"fatigue": "Fatigue", "sadness": "Sadness"}
    day = date(2026, 12, 1)
    assert worst_symptoms(CheckIn(day=day, mood=5, ratings={"fatigue": 3, "sadness": 2}),
                          labels) == "Fatigue (severe), Sadness (moderate)"
    assert worst_symptoms(CheckIn(day=day, mood=5, ratings={"fatigue": 1}), labels) == \
        "only mild ones"
    assert worst_symptoms(CheckIn(day=day, mood=5, ratings={"fatigue": 0}), labels) == "none"
    assert worst_symptoms(CheckIn(day=day, mood=5, ratings={}), labels) == "\u2014"


@pytest.mark.parametrize("size", ["12x", "x768", "1366x", "99999x768", "1366×768", "-1x5", ""])
def test_a_bad_screenshot_size_is_one_line_and_changes_nothing(run: object, data_dir: Path,
                                                               tmp_path: Path, size: str) -> None:
    from tests.conftest import assert_one_line_error, file_digest

    assert run("checkin", "--mood", "6").code == 0  # type: ignore[operator]
    journal = data_dir / "journal.sqlite"
    before = file_digest(journal)
    out = tmp_path / "shots"
    result = run("--screenshots", str(out), "--screenshot-size", size)  # type: ignore[operator]
    assert_one_line_error(result, 2, "--screenshot-size")  # type: ignore[arg-type]
    assert file_digest(journal) == before
    assert not out.exists()
