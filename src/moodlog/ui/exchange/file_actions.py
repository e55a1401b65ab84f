"""File menu actions: import, export and back up, with clear messages and nothing half-done."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox, QWidget

from moodlog.store import JournalError

if TYPE_CHECKING:
    from moodlog.ui.exchange.import_dialog import ImportDialog
    from moodlog.ui.journal import Journal


class _Busy:
    """A wait cursor while something runs (all of these take well under a second)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def _fail(window: QWidget, title: str, exc: Exception) -> None:
    message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    QMessageBox.warning(window, title, QCoreApplication.translate(
        "FileActions", "{error}.\n\nNothing was changed.").format(
            error=f"{message[:1].upper()}{message[1:]}"))


def import_file(window: QMainWindow, journal: Journal,
                path: str | None = None) -> ImportDialog | None:
    """File > Import: choose a file, then preview it in the import dialog before writing."""
    from moodlog.ui.exchange.import_dialog import ImportDialog, filters

    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate(
            "FileActions", "Choose a file to import"),
                                              str(Path.home()), filters())
    if not path:
        return None
    dialog = ImportDialog(journal, window)
    dialog.imported.connect(lambda report: window.statusBar().showMessage(
        QCoreApplication.translate("FileActions", "Imported {count} check-ins.").format(
            count=report.written.checkins), 8000))
    dialog.load(path)
    dialog.open()
    return dialog


def _save_path(window: QWidget, title: str, name: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(window, title, str(Path.home() / name), filters)
    return path


def export_json(window: QMainWindow, journal: Journal, path: str | None = None) -> bool:
    from moodlog.exchange import json_format
    from moodlog.exchange.files import write_text_atomic

    path = path or _save_path(window, QCoreApplication.translate(
        "FileActions", "Export everything as JSON"), "moodlog.json",
                              "moodlog JSON (*.json)")
    if not path:
        return False
    try:
        with _Busy():
            write_text_atomic(path, json_format.dump(journal.store.snapshot()))
    except (OSError, JournalError) as exc:
        _fail(window, QCoreApplication.translate("FileActions", "Export failed"), exc)
        return False
    window.statusBar().showMessage(QCoreApplication.translate(
        "FileActions", "Exported your journal to {path}.").format(path=path), 8000)
    return True


def export_csv(window: QMainWindow, journal: Journal, path: str | None = None,
               table: str | None = None) -> bool:
    from moodlog.exchange import csv_export
    from moodlog.exchange.files import write_text_atomic

    if table is None:
        labels = {QCoreApplication.translate("FileActions", "Check-ins"): "checkins",
                  QCoreApplication.translate("FileActions", "Treatments"): "treatments",
                  QCoreApplication.translate("FileActions", "Questionnaires"): "questionnaires",
                  QCoreApplication.translate("FileActions", "Clinician scores"):
                      "clinician_scores"}
        choice, ok = QInputDialog.getItem(
            window, QCoreApplication.translate("FileActions", "Export a table"),
            QCoreApplication.translate("FileActions", "Which table?"), list(labels), 0, False)
        if not ok:
            return False
        table = labels[choice]
    path = path or _save_path(window, QCoreApplication.translate("FileActions", "Export as CSV"),
                              f"moodlog-{table}.csv", "CSV (*.csv)")
    if not path:
        return False
    try:
        with _Busy():
            write_text_atomic(path, csv_export.dump(journal.store.snapshot(), table))
    except (OSError, JournalError, ValueError) as exc:
        _fail(window, QCoreApplication.translate("FileActions", "Export failed"), exc)
        return False
    window.statusBar().showMessage(QCoreApplication.translate(
        "FileActions", "Exported {table} to {path}.").format(table=table, path=path), 8000)
    return True

