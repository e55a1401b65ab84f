"""File > Import: the preview, the Daylio mood table, keep or replace, errors, JSON."""

import json
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from moodlog.core.models import CheckIn, JournalData
from moodlog.exchange import json_format
from moodlog.store import JournalError, JournalStore
from moodlog.ui.exchange import file_actions
from moodlog.ui.exchange.import_dialog import ImportDialog
from moodlog.ui.exchange.mood_map_table import NO_VALUE
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow
from tests.exchange.daylio_helpers import OLDEST, Row, daylio_csv

D1, D2, D3 = date(2019, 5, 17), date(2019, 5, 18), date(2019, 12, 24)
ROWS = [Row(D3, time(23, 54), "Super", "friends", "Best <b>day</b>"),
        Row(D2, time(21), "good"), Row(D2, time(8), "Super", note='a "quoted"<br>note'),
        Row(D1, time(9), "awful")]


@pytest.fixture
def daylio_file(tmp_path: Path) -> Path:
    path = tmp_path / "daylio_export.csv"
    path.write_text(daylio_csv(ROWS), encoding="utf-8")
    return path


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes the dialog shows, as (title, text), answered without a screen."""
    shown: list[tuple[str, str]] = []

    def record(_parent: object, title: str, text: str, *_a: object) -> int:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr("moodlog.ui.exchange.import_dialog.QMessageBox.information", record)
    monkeypatch.setattr("moodlog.ui.exchange.import_dialog.QMessageBox.warning", record)
    return shown


@pytest.fixture
def dialog(qtbot: QtBot, journal: Journal) -> Iterator[ImportDialog]:
    d = ImportDialog(journal)
    qtbot.addWidget(d)
    d.show()
    yield d


def _load(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    dialog.load(str(path))
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.plan is not None or dialog.error


def _import(qtbot: QtBot, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)


def _dump(store: JournalStore) -> dict[str, object]:
    doc = json.loads(json_format.dump(store.snapshot()))
    doc.pop("exported_at")
    return doc  # type: ignore[no-any-return]


def _before_import_backups(store: JournalStore) -> list[Path]:
    return sorted(store.backup_dir.glob("*before-import*"))


def test_daylio_preview_custom_label_then_import(qtbot: QtBot, window: MainWindow,
                                                 daylio_file: Path,
                                                 messages: list[tuple[str, str]]) -> None:
    dialog = ImportDialog(window.journal, window)
    qtbot.addWidget(dialog)
    dialog.show()
    changes: list[str] = []
    window.journal.changed.connect(changes.append)
    _load(qtbot, dialog, daylio_file)
    assert dialog.plan is not None and dialog.plan.kind == "daylio"
    text = dialog.summary.text()
    assert "4 entries on 3 days, 17 May 2019 to 24 Dec 2019" in text
    assert "1 day had several entries (2 in all)" in text
    assert dialog.moods_box.isVisible() and dialog.conflict_box.isVisible()
    assert "nothing will be replaced" in dialog.conflict_text.text()
    table = dialog.mood_table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert set(rows) == {"Super", "good", "awful"}
    assert table.item(rows["Super"], 1).text() == "2"
    assert not table.item(rows["Super"], 0).icon().isNull()  # highlighted, not by colour only
    assert table.item(rows["good"], 0).icon().isNull()
    spins = dialog.mood_table.spins
    assert spins["good"].value() == 8 and spins["awful"].value() == 0
    assert spins["awful"].text() == "0"  # mood 0 is a value, not "Choose"
    super_spin = spins["Super"]
    assert super_spin.value() == NO_VALUE and super_spin.text() == "Choose"
    assert not dialog.import_button.isEnabled() and "Super" in dialog.mood_hint.text()

    super_spin.setValue(9)
    assert dialog.import_button.isEnabled()
    assert table.item(rows["Super"], 0).icon().isNull()
    dialog.mood_table.spins["good"].setValue(6)  # a default label can be changed too
    _import(qtbot, dialog)
    store = window.journal.store
    assert {c.day: c.mood for c in store.checkins()} == {D1: 0, D2: 8, D3: 9}  # (9+6)/2 -> 8
    assert store.checkin(D3).note == "23:54 · Super\nBest day\nActivities: friends"
    assert messages == [("Imported", messages[0][1])]
    assert "Imported 3 check-ins, 4 moments." in messages[0][1]
    assert not _before_import_backups(store)  # the journal was empty: nothing to back up
    assert changes == ["all"]  # every view was told to reload, once, after the write
    assert dialog.result() == ImportDialog.DialogCode.Accepted


def test_clearing_a_value_disables_import_again(qtbot: QtBot, dialog: ImportDialog,
                                                daylio_file: Path) -> None:
    _load(qtbot, dialog, daylio_file)
    spin = dialog.mood_table.spins["Super"]
    spin.setValue(7)
    assert dialog.import_button.isEnabled()
    spin.setValue(NO_VALUE)
    assert not dialog.import_button.isEnabled()
    assert dialog.mood_table.spins["good"].minimum() == 0  # a known label always has a value


@pytest.mark.parametrize("replace", [False, True])
def test_conflicts_keep_or_replace(qtbot: QtBot, dialog: ImportDialog, daylio_file: Path,
                                   messages: list[tuple[str, str]], replace: bool) -> None:
    store = dialog.journal.store
    store.save_checkin(CheckIn(D2, 1, note="mine"))
    _load(qtbot, dialog, daylio_file)
    assert dialog.conflicts == (D2,)
    assert "1 day of this file already has a check-in in your journal: 18 May 2019" in \
        dialog.conflict_text.text()
    assert dialog.keep_radio.isVisible() and dialog.keep_radio.isChecked()
    dialog.mood_table.spins["Super"].setValue(10)
    if replace:
        dialog.replace_radio.setChecked(True)
    _import(qtbot, dialog)
    kept = store.checkin(D2)
    assert kept is not None
    assert (kept.mood, kept.note) == ((9, "08:00 · Super\na \"quoted\"\nnote\n\n21:00 · good")
                                      if replace else (1, "mine"))
    assert {c.day for c in store.checkins()} == {D1, D2, D3}
    assert len(_before_import_backups(store)) == 1
    assert ("replaced" if replace else "kept") in messages[0][1]
    assert "File > Backups" in messages[0][1]


HEADER = "full_date,date,weekday,time,mood,activities,scales,note_title,note\n"
ROW = '2019-05-20,20 May,Monday,10:00 pm,good,"","","",""\n'


@pytest.mark.parametrize(("content", "needles"), [
    ((HEADER + ROW + ROW.replace("2019-05-20", "2019-05-32")).encode(),
     ["Line 3, full_date: ", "not a real calendar date"]),
    ((HEADER + ROW.replace("10:00 pm", "22h00")).encode(), ["Line 2, time: '22h00'"]),
    ((HEADER + ROW + ROW[:30]).encode(), ["Line 3: expected 9 fields"]),
    ((HEADER + ROW).encode("utf-16"), ["This file is not UTF-8 text"]),
    (b"date,mood,sleep\n", ["moodlog CSV export"]),
    (b"", ["not a file moodlog can import"]),
    (b'{"format": "moodlog-journal", "format_version": 1, "checkins": '
     b'[{"date": "2026-01-01", "mood": 12}]}', ["Checkins[0]: mood must be 0-10"]),
    (b'{"format": "moodlog-journal", "format_version": 1, "checkins": '
     b'[{"date": "2026-01-01", "mood": 2, "symptoms": {"undeclared": 1}}]}',
     ["Unknown symptom 'undeclared'"]),
])
def test_a_bad_file_shows_the_problem_and_writes_nothing(
        qtbot: QtBot, dialog: ImportDialog, tmp_path: Path, content: bytes,
        needles: list[str]) -> None:
    store = dialog.journal.store
    store.save_checkin(CheckIn(date(2019, 5, 19), 6))
    before = _dump(store)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    _load(qtbot, dialog, bad)
    shown = dialog.error_label.text()
    assert dialog.error_label.isVisible() and dialog.plan is None
    for needle in needles:
        assert needle in shown
    assert str(tmp_path) not in shown  # the file is named in the field above, not here
    assert "Nothing was written to your journal." in shown
    assert not dialog.summary_box.isVisible() and not dialog.moods_box.isVisible()
    assert not dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert _dump(store) == before and not _before_import_backups(store)


def test_a_missing_file_and_then_a_good_one(qtbot: QtBot, dialog: ImportDialog,
                                            tmp_path: Path, daylio_file: Path) -> None:
    _load(qtbot, dialog, tmp_path / "gone.csv")
    assert "No such file or directory" in dialog.error_label.text()
    _load(qtbot, dialog, daylio_file)  # choosing another file clears the error
    assert not dialog.error_label.isVisible() and dialog.summary_box.isVisible()


def test_json_import_through_the_same_dialog(qtbot: QtBot, dialog: ImportDialog,
                                             tmp_path: Path, demo_data: JournalData,
                                             messages: list[tuple[str, str]]) -> None:
    src = tmp_path / "moodlog.json"
    src.write_text(json_format.dump(demo_data), encoding="utf-8")
    store = dialog.journal.store
    first = demo_data.checkins[0]
    store.save_checkin(CheckIn(first.day, (first.mood + 1) % 11, note="mine"))
    _load(qtbot, dialog, src)
    assert dialog.plan is not None and dialog.plan.kind == "json"
    assert not dialog.moods_box.isVisible()
    text = dialog.summary.text()
    assert text.startswith(f"A moodlog JSON export: {len(demo_data.checkins)} check-ins, "
                           f"{len(demo_data.treatments)} treatments")
    assert dialog.conflicts == (first.day,)
    assert dialog.import_button.isEnabled()
    _import(qtbot, dialog)
    got = store.snapshot()
    assert len(got.checkins) == len(demo_data.checkins)
    assert len(got.treatments) == len(demo_data.treatments)
    assert store.checkin(first.day).note == "mine"  # kept, the default
    assert "1 day already in your journal was kept as it was." in messages[0][1]


def test_a_failed_write_says_so_and_changes_nothing(
        qtbot: QtBot, dialog: ImportDialog, daylio_file: Path, monkeypatch: pytest.MonkeyPatch,
        messages: list[tuple[str, str]]) -> None:
    store = dialog.journal.store
    store.save_checkin(CheckIn(D2, 1))
    before = _dump(store)
    _load(qtbot, dialog, daylio_file)
    dialog.mood_table.spins["Super"].setValue(9)

    def fail(*_a: object, **_k: object) -> None:
        raise JournalError("could not write to the journal: disk I/O error")

    monkeypatch.setattr(store, "import_data", fail)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(messages) and not dialog.busy)
    assert messages[0][0] == "Import failed" and "disk I/O error" in messages[0][1]
    assert "Nothing was changed" in messages[0][1]
    assert dialog.isVisible() and dialog.import_button.isEnabled()  # the user may try again
    monkeypatch.undo()
    assert _dump(store) == before


def test_the_oldest_daylio_header_previews(qtbot: QtBot, dialog: ImportDialog,
                                           tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_text(daylio_csv([Row(D1, time(22), "rad")], OLDEST, bom=False,
                               twelve_hour=True), encoding="utf-8")
    _load(qtbot, dialog, path)
    assert "1 entry on 1 day, 17 May 2019 to 17 May 2019" in dialog.summary.text()
    assert dialog.import_button.isEnabled()


def test_file_menu_import_picks_a_file_and_opens_the_dialog(
        qtbot: QtBot, window: MainWindow, daylio_file: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text() == "&Import\u2026")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert file_actions.import_file(window, window.journal) is None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(daylio_file), ""))
    action.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.file_edit.text() == str(daylio_file) and dialog.isVisible()
    other = daylio_file.with_name("other.csv")
    other.write_text(daylio_csv([Row(D1, time(9), "meh")]), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    assert dialog.choose_file()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.mood_table.rowCount() == 1 and dialog.import_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr("moodlog.ui.common.discard_guard.confirm_discard",
                        lambda _parent, what: asked.append(what) or True)
    dialog.reject()
    assert asked and window.journal.store.is_empty()  # closing a preview asks first


def test_cancelling_a_read_drops_its_result(qtbot: QtBot, dialog: ImportDialog,
                                            daylio_file: Path) -> None:
    loaded: list[None] = []
    dialog.loaded.connect(lambda: loaded.append(None))
    dialog.load(str(daylio_file))
    assert dialog.busy and not dialog.import_button.isEnabled()
    assert dialog._progress is not None
    dialog._progress.canceled.emit()  # the Cancel button
    assert not dialog.busy and dialog.file_edit.text() == ""
    qtbot.waitUntil(lambda: not dialog._threads)  # the thread ends; its answer is ignored
    qtbot.wait(50)
    assert loaded == [] and dialog.plan is None and not dialog.import_button.isEnabled()


def test_a_json_file_with_a_plan_and_moments_says_so_before_and_after(
        qtbot: QtBot, dialog: ImportDialog, journal: Journal, tmp_path: Path,
        messages: list[tuple[str, str]]) -> None:
    from moodlog.core.life import Moment
    from moodlog.core.safety_plan import SafetyPlan

    store = journal.store
    store.save_safety_plan(SafetyPlan(warning_signs=("my own sign",)))
    store.add_moment(Moment(D1, time(9), 4))
    path = tmp_path / "plan.json"
    path.write_text(json_format.dump(JournalData(
        safety_plan=SafetyPlan(warning_signs=("the file's sign",)),
        moments=(Moment(D1, time(9), 4), Moment(D2, time(10), 6)))), encoding="utf-8")
    _load(qtbot, dialog, path)
    assert "and 2 moments" in dialog.summary.text()
    assert "Your journal has its own" in dialog.summary.text()
    assert "safety plan differs" in dialog.conflict_text.text()
    assert dialog.replace_radio.isVisible(), "the plan alone is a choice to make"
    dialog.replace_radio.setChecked(True)
    _import(qtbot, dialog)
    text = messages[0][1]
    assert "1 moment." in text and "1 moment already in your journal was not added again" in text
    assert "replaced the one in your journal" in text
    assert store.safety_plan().warning_signs == ("the file's sign",)
    assert len(_before_import_backups(store)) == 1
