"""File > Export PDF: the dialog's choices, its preview, progress, cancel, errors, and opening
the written file, driven through qtbot."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moodlog.core.demo import generate
from moodlog.store import JournalStore
from moodlog.ui.common.settings import Settings
from moodlog.ui.exchange import pdf_dialog
from moodlog.ui.exchange.pdf_dialog import ExportPdfDialog
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import MainWindow
from tests.report.conftest import page_texts

TODAY = date(2026, 6, 30)


@pytest.fixture
def demo_store(store: JournalStore) -> JournalStore:
    store.import_data(generate(200, end=TODAY))
    return store


@pytest.fixture
def dialog(qtbot: QtBot, demo_store: JournalStore, settings: Settings) -> ExportPdfDialog:
    d = ExportPdfDialog(Journal(demo_store), settings, today=TODAY)
    qtbot.addWidget(d)
    d.show()
    return d


def _set(edit: object, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))  # type: ignore[attr-defined]


def test_the_window_opens_it_from_the_file_menu(window: MainWindow, qtbot: QtBot) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text() == "Export &PDF\u2026")
    assert action.shortcut().toString() == "Ctrl+P"
    action.trigger()
    found = window.findChildren(ExportPdfDialog)
    assert len(found) == 1 and found[0].isVisible()
    # The window's journal is empty: nothing to export, and it says so.
    d = found[0]
    assert not d.export_button.isEnabled()
    assert "Nothing was recorded from" in d.error.text()
    d.close()


def test_defaults_and_preview(dialog: ExportPdfDialog, settings: Settings) -> None:
    assert dialog.start.date() == QDate(2026, 4, 2) and dialog.end.date() == QDate(2026, 6, 30)
    assert dialog.page_size.currentData() == settings.page_size == "a4"
    assert not dialog.notes.isChecked() and dialog.export_button.isEnabled()
    assert not dialog.safety_plan.isChecked() and not dialog.options().include_safety_plan
    dialog.safety_plan.setChecked(True)
    assert dialog.options().include_safety_plan
    assert "Safety plan" in dialog.preview.text()
    dialog.safety_plan.setChecked(False)
    text = dialog.preview.text()
    for needle in ("Key figures</b>: ", " of 90 days logged",
                   "Mood chart", "PHQ-9 chart", "Symptom heatmap", "Treatments", "Questionnaires",
                   "Your notes are left out."):
        assert needle in text, needle
    dialog.notes.setChecked(True)
    assert "Notes</b>: " in dialog.preview.text()
    assert "left out" not in dialog.preview.text()


def test_the_readings_appendix_is_a_choice(dialog: ExportPdfDialog) -> None:
    assert not dialog.readings.isChecked() and not dialog.options().include_readings
    assert "every reading" not in dialog.preview.text()
    dialog.readings.setChecked(True)
    assert dialog.options().include_readings
    assert "Appendix: every reading</b>: " in dialog.preview.text()


def test_page_size_comes_from_the_preferences(qtbot: QtBot, demo_store: JournalStore,
                                              settings: Settings, tmp_path: Path) -> None:
    settings.page_size = "letter"
    d = ExportPdfDialog(Journal(demo_store), settings, today=TODAY)
    qtbot.addWidget(d)
    assert d.page_size.currentData() == "letter"
    assert d.export(str(tmp_path / "letter.pdf"))
    from pypdf import PdfReader

    assert round(float(PdfReader(tmp_path / "letter.pdf").pages[0].mediabox.width)) == 612


def test_an_empty_or_backwards_period_cannot_be_exported(dialog: ExportPdfDialog) -> None:
    _set(dialog.start, date(2020, 1, 1))
    _set(dialog.end, date(2020, 2, 1))
    assert not dialog.export_button.isEnabled()
    assert dialog.error.text() == "Nothing was recorded from 1 Jan 2020 to 1 Feb 2020: choose " \
                                  "another period."
    _set(dialog.end, date(2019, 12, 1))
    assert not dialog.export_button.isEnabled() and "is after the last day" in dialog.error.text()
    _set(dialog.start, TODAY - timedelta(days=30))
    _set(dialog.end, TODAY)
    assert dialog.export_button.isEnabled() and dialog.error.text() == ""


def test_export_asks_where_writes_and_opens(dialog: ExportPdfDialog, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            qtbot: QtBot) -> None:
    target = tmp_path / "for my psychiatrist"  # no suffix: .pdf is added
    asked: list[str] = []

    def save_as(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), "PDF (*.pdf)"

    opened: list[QUrl] = []
    monkeypatch.setattr(pdf_dialog.QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(pdf_dialog.QDesktopServices, "openUrl", opened.append)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    dialog.name.setText("Alex Example")
    dialog.notes.setChecked(True)
    qtbot.mouseClick(dialog.export_button, pdf_dialog.Qt.MouseButton.LeftButton)
    written = tmp_path / "for my psychiatrist.pdf"
    assert asked[0].endswith(f"moodlog-summary-{TODAY.isoformat()}.pdf")
    assert written.exists() and dialog.path == written
    assert seen and max(seen) >= 50  # progress went by
    assert not dialog.progress.isVisible()
    assert dialog.done_label.text().startswith("Saved ") and str(written) in \
        dialog.done_label.text()
    texts = page_texts(written)
    assert all("Alex Example" in t for t in texts) and "Notes" in " ".join(texts)
    assert dialog.open_button.isVisible()
    qtbot.mouseClick(dialog.open_button, pdf_dialog.Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(written))]


def test_choosing_no_file_does_nothing(dialog: ExportPdfDialog, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_dialog.QFileDialog, "getSaveFileName",
                        lambda *_a: ("", ""))
    assert not dialog.export()
    assert dialog.done_label.text() == "" and not dialog.open_button.isVisible()


def test_cancel_while_writing_leaves_no_file(dialog: ExportPdfDialog, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    real = QApplication.processEvents

    def user_cancels(*args: object) -> None:
        dialog.close_button.click()  # reads "Cancel" while the PDF is written
        real()

    monkeypatch.setattr(pdf_dialog.QApplication, "processEvents", user_cancels)
    out = tmp_path / "out"
    out.mkdir()
    assert not dialog.export(str(out / "summary.pdf"))
    assert list(out.iterdir()) == []
    assert dialog.done_label.text() == "Cancelled: no file was written."
    assert dialog.isVisible() and dialog.close_button.text() == "Close"


def test_an_unwritable_target_is_reported(dialog: ExportPdfDialog, tmp_path: Path) -> None:
    assert not dialog.export(str(tmp_path / "missing" / "summary.pdf"))
    assert "The PDF could not be written: folder" in dialog.error.text()
    assert "does not exist" in dialog.error.text()
    assert not (tmp_path / "missing").exists() and not dialog.open_button.isVisible()
