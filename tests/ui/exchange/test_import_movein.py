"""File > Import with the other apps' files: the preview, the mood table, and the mood map
remembered per format for the journal (not for an encrypted one)."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from moodlog.exchange import mood_maps
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
    assert journal.path is not None
    saved = mood_maps.load(Path(journal.path))
    assert saved == {"emoods": {"depressed none": 8, "depressed moderate": 4}}
    if os.name == "posix":
        assert mood_maps.maps_path(Path(journal.path)).stat().st_mode & 0o777 == 0o600
    again = ImportDialog(journal)
    qtbot.addWidget(again)
    again.show()
    _load(qtbot, again, FIXTURES / "entry.csv")
    assert again.import_button.isEnabled()  # the remembered map fills every mood
    assert again.mood_table.spins["depressed none"].value() == 8
    assert "last import of this kind" in again.mood_hint.text()


def test_a_damaged_maps_file_is_no_map(journal: Journal) -> None:
    assert journal.path is not None
    path = mood_maps.maps_path(Path(journal.path))
    for text in ("{not json", '["a"]', '{"pixels": {"4": 11, "5": "x", "3": 5}}'):
        path.write_text(text, encoding="utf-8")
        assert mood_maps.load(Path(journal.path)) in ({}, {"pixels": {"3": 5}})


def test_an_encrypted_journal_remembers_nothing(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    assert not mood_maps.remember(journal, "pixels", {"4": 7}, encrypted=True)
    assert not mood_maps.maps_path(journal).exists()
    assert mood_maps.remember(journal, "pixels", {"4": 7}, encrypted=False)
    assert mood_maps.load(journal) == {"pixels": {"4": 7}}
    # Encrypted since: the plain-text file left from before goes at the next import.
    assert not mood_maps.remember(journal, "pixels", {"4": 7}, encrypted=True)
    assert not mood_maps.maps_path(journal).exists()


def test_remembered_words_not_in_the_file_are_marked_in_the_table(
        qtbot: QtBot, journal: Journal, dialog: ImportDialog) -> None:
    assert journal.path is not None
    mood_maps.remember(Path(journal.path), "pixels", {"4": 7, "sunny": 9}, encrypted=False)
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
    assert mood_maps.load(Path(journal.path))["pixels"] == {"2": 3, "4": 7, "5": 9, "sunny": 9}
