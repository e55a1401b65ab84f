"""File > Export > FHIR: the dialog's period and name, its count of what the file will hold, the
file it writes, and refusals that write nothing, driven through qtbot."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot

from moodlog.core.demo import generate
from moodlog.store import JournalStore
from moodlog.ui.exchange.fhir_export import ExportFhirDialog
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow

END = date(2026, 6, 30)


@pytest.fixture
def demo_store(store: JournalStore) -> JournalStore:
    store.import_data(generate(120, end=END))
    return store


@pytest.fixture
def dialog(qtbot: QtBot, demo_store: JournalStore) -> ExportFhirDialog:
    d = ExportFhirDialog(Journal(demo_store))
    qtbot.addWidget(d)
    d.show()
    return d


def _set(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def test_the_whole_journal_is_offered_and_counted(dialog: ExportFhirDialog,
                                                  demo_store: JournalStore) -> None:
    first = demo_store.counts().first_day
    assert first is not None and first < END
    assert dialog.start.date() == QDate(first.year, first.month, first.day)
    assert dialog.end.date() == QDate(END.year, END.month, END.day)
    assert "QuestionnaireResponse" in dialog.preview.text()
    assert dialog.export_button.isEnabled() and not dialog.error.text()


def test_export_writes_a_valid_private_bundle_with_the_name(dialog: ExportFhirDialog,
                                                            tmp_path: Path) -> None:
    dialog.name.setText("Sam Example")
    target = tmp_path / "record.json"
    assert dialog.export(str(target))
    bundle = json.loads(target.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    assert bundle["entry"][0]["resource"]["name"] == [{"text": "Sam Example"}]
    assert target.stat().st_mode & 0o777 == 0o600
    assert f"Written to {target}" in dialog.preview.text()


def test_a_reversed_or_empty_period_is_refused(dialog: ExportFhirDialog, tmp_path: Path) -> None:
    target = tmp_path / "record.json"
    _set(dialog.start, END)
    _set(dialog.end, date(2026, 6, 1))
    dialog.update_preview()
    assert "is after the last day" in dialog.error.text()
    assert not dialog.export_button.isEnabled()
    assert not dialog.export(str(target)) and not target.exists()
    _set(dialog.start, date(2030, 1, 1))
    _set(dialog.end, date(2030, 2, 1))
    dialog.update_preview()
    assert dialog.error.text().startswith("Nothing to export")
    assert not dialog.export(str(target)) and not target.exists()


def test_a_folder_that_is_gone_is_reported(dialog: ExportFhirDialog, tmp_path: Path) -> None:
    assert not dialog.export(str(tmp_path / "gone" / "record.json"))
    assert "Nothing was written" in dialog.error.text()


def test_the_file_menu_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    export_menu = next(a.menu() for a in window.menuBar().actions()[0].menu().actions()
                       if a.text() == "&Export")
    action = next(a for a in export_menu.actions() if "FHIR" in a.text())
    action.trigger()
    dialog = window.findChild(ExportFhirDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Nothing to export" in dialog.error.text()  # the test journal is empty
    dialog.close()


@pytest.mark.parametrize("typed, expected", [
    ("1 Jan 2024", date(2024, 1, 1)), ("01 Jan 2024", date(2024, 1, 1)),
    ("15 Mar 2026", date(2026, 3, 15)), ("31 Dec 2023", date(2023, 12, 31)),
])
@pytest.mark.parametrize("before", [date(2026, 12, 2), date(2026, 3, 15), date(2025, 1, 9)])
def test_a_date_typed_over_the_field_is_the_date_typed(
        dialog: ExportFhirDialog, qtbot: QtBot, before: date, typed: str, expected: date) -> None:
    from PySide6.QtCore import Qt

    for edit in (dialog.start, dialog.end):
        _set(edit, before)
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, typed)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        got = edit.date()
        assert date(got.year(), got.month(), got.day()) == expected
