"""File > Import with the other apps' files: the preview, the mood table, and the mood map
remembered per format inside the journal (store.mood_maps)."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from moodlog.store import mood_maps
from moodlog.ui.exchange.import_dialog import ImportDialog
from moodlog.ui.journal import Journal

FIXTURES = Path(__file__).parents[2] / "fixtures" / "movein"
GRABS = os.environ.get("MOODLOG_GRAB_DIR")  # set to keep pictures of each preview


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("moodlog.ui.exchange.import_dialog.QMessageBox.information",
                        lambda *_a: QMessageBox.StandardButton.Ok)


@pytest.fixture
def dialog(qtbot: QtBot, journal: Journal) -> Iterator[ImportDialog]:
    d = ImportDialog(journal)
    qtbot.addWidget(d)
    d.show()
    yield d


def _load(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    dialog.load(str(path))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.plan is not None, dialog.error
    if GRABS:
        dialog.grab().save(str(Path(GRABS) / f"import-{path.name}.png"))


def _import(qtbot: QtBot, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)


@pytest.mark.parametrize("name,app,days", [
    ("bearable.csv", "Bearable", 2), ("imoodjournal.csv", "iMoodJournal", 2),
    ("pixels_2019.json", "Pixels", 3), ("pixels_2023.json", "Pixels", 2)])
def test_preview_and_import(qtbot: QtBot, dialog: ImportDialog, journal: Journal, name: str,
                            app: str, days: int) -> None:
    _load(qtbot, dialog, FIXTURES / name)
    assert dialog.moods_box.isVisible()
    assert dialog.mood_table.horizontalHeaderItem(0).text() == f"{app} mood"
    assert dialog.summary.text().startswith(f"A {app} export:")
    _import(qtbot, dialog)
    assert dialog.report is not None and dialog.report.written.checkins == days
    assert len(journal.store.checkins()) == days


def test_emoods_needs_each_mood_and_remembers_them(qtbot: QtBot, journal: Journal,
                                                   dialog: ImportDialog) -> None:
    _load(qtbot, dialog, FIXTURES / "backup.emoods")
    assert not dialog.import_button.isEnabled()
    assert "no value yet" in dialog.mood_hint.text()
    dialog.mood_table.spins["depressed none"].setValue(8)
    assert not dialog.import_button.isEnabled()
    dialog.mood_table.spins["depressed moderate"].setValue(4)
    assert dialog.import_button.isEnabled()
    _import(qtbot, dialog)
    assert journal.store.mood_maps() == {"emoods": {"depressed none": 8,
                                                    "depressed moderate": 4}}
    assert journal.path is not None and not mood_maps.side_file(Path(journal.path)).exists()
    again = ImportDialog(journal)
    qtbot.addWidget(again)
    again.show()
    _load(qtbot, again, FIXTURES / "entry.csv")
    assert again.import_button.isEnabled()  # the remembered map fills every mood
    assert again.mood_table.spins["depressed none"].value() == 8
    assert "last import of this kind" in again.mood_hint.text()


def test_an_old_side_file_moves_into_the_journal_once(tmp_path: Path) -> None:
    from moodlog.store import JournalStore

    path = tmp_path / "journal.sqlite"
    JournalStore.open(path).close()
    side = mood_maps.side_file(path)
    side.write_text('{"pixels": {"4": 11, "5": "x", "3": 5}, "daylio": {"super tired": 2}}',
                    encoding="utf-8")
    with JournalStore.open(path) as store:
        assert store.mood_maps() == {"daylio": {"super tired": 2}, "pixels": {"3": 5}}
        store.remember_mood_map("pixels", {"3": 4})
    assert not side.exists()
    # A file appearing again (an old moodlog ran) does not undo what the journal has.
    side.write_text('{"pixels": {"3": 1}, "emoods": {"depressed none": 8}}', encoding="utf-8")
    with JournalStore.open(path) as store:
        assert store.mood_maps() == {"daylio": {"super tired": 2}, "pixels": {"3": 4},
                                     "emoods": {"depressed none": 8}}
    assert not side.exists()
    side.write_text("{not json", encoding="utf-8")  # unreadable: left alone, nothing lost
    with JournalStore.open(path) as store:
        assert set(store.mood_maps()) == {"daylio", "pixels", "emoods"}
    assert side.read_text(encoding="utf-8") == "{not json"


def test_an_encrypted_journal_remembers_its_maps_encrypted(tmp_path: Path) -> None:
    from moodlog.store import JournalStore
    from moodlog.store.encryption import change_encryption

    path = tmp_path / "journal.sqlite"
    with JournalStore.open(path) as store:
        store.remember_mood_map("daylio", {"super tired": 2})
    change_encryption(path, tmp_path / "backups", None, "a long passphrase")
    assert b"super tired" not in path.read_bytes()
    with JournalStore.open(path, key="a long passphrase") as store:
        assert store.mood_map("daylio") == {"super tired": 2}
        store.remember_mood_map("daylio", {"super tired": 3, "meh": 5})
        assert store.mood_map("daylio") == {"super tired": 3, "meh": 5}
    assert not mood_maps.side_file(path).exists()


def test_remembered_words_not_in_the_file_are_marked_in_the_table(
        qtbot: QtBot, journal: Journal, dialog: ImportDialog) -> None:
    journal.store.remember_mood_map("pixels", {"4": 7, "sunny": 9})
    _load(qtbot, dialog, FIXTURES / "pixels_2023.json")
    table = dialog.mood_table
    assert table.spins["4"].value() == 7  # the remembered value, over the default 8
    assert table.unused_rows == 1
    last = table.rowCount() - 1
    assert table.item(last, 0).text() == "sunny"
    assert table.item(last, 2).text() == "not in this file"
    assert "Not in this file: sunny." in dialog.mood_hint.text()
    table.spins["5"].setValue(9)
    assert "Not in this file: sunny." in dialog.mood_hint.text()
    _import(qtbot, dialog)
    assert journal.store.mood_map("pixels") == {"2": 3, "4": 7, "5": 9, "sunny": 9}
