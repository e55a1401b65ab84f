"""File > Export > FHIR: the record as an HL7 FHIR R4 Bundle for a clinic's electronic record,
with the command line's choices (period, optional name) and a count of what it will hold."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.dates import check_range, utc_now
from moodlog.exchange import fhir
from moodlog.exchange.files import write_text_atomic
from moodlog.store import JournalError
from moodlog.ui.common.date_edit import TypedDateEdit
from moodlog.ui.common.widgets import error_label, hint
from moodlog.ui.journal import Journal


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _plural(count: int, kind: str) -> str:
    """``3 Observations``: FHIR's resource type names are the standard's words, in English."""
    return f"{count} {kind}{'s' * (count != 1)}"


class ExportFhirDialog(QDialog):
    """Choose the period and, if wanted, a name; see how many resources; write the bundle."""

    def __init__(self, journal: Journal, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.path: Path | None = None
        self._bundle: dict[str, Any] | None = None
        self._resources = ""
        self.setWindowTitle(self.tr("Export for a clinic's record (FHIR)"))
        self.setMinimumWidth(520)
        counts = journal.store.counts()
        last = counts.last_day or today or date.today()
        first = counts.first_day or last
        box = QVBoxLayout(self)
        box.addWidget(hint(self.tr("One HL7 FHIR R4 file that a clinic's electronic record can "
                                   "take in: PHQ-9 and GAD-7 with their LOINC codes, blood "
                                   "pressure and heart rate, ketamine and esketamine sessions, "
                                   "daily mood and symptoms. Your notes are never included.")))
        form = QFormLayout()
        self.start = self._date_edit(first, self.tr("From"))
        self.end = self._date_edit(last, self.tr("To"))
        span = QHBoxLayout()
        span.addWidget(self.start)
        span.addWidget(QLabel(self.tr("to")))
        span.addWidget(self.end)
        span.addStretch(1)
        period = QLabel(self.tr("&Period:"))
        period.setBuddy(self.start)
        form.addRow(period, span)
        self.name = QLineEdit()
        self.name.setMaxLength(fhir.NAME_MAX)
        self.name.setPlaceholderText(self.tr("Optional: without it, the file does not name you"))
        form.addRow(self.tr("&Name:"), self.name)
        box.addLayout(form)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What the file will hold"))
        box.addWidget(self.preview)
        self.error = error_label()
        box.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("&Export\u2026"))
        self.export_button.setDefault(True)
        close = QPushButton(self.tr("Close"))
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        box.addLayout(buttons)
        self.export_button.clicked.connect(lambda: self.export())
        close.clicked.connect(self.reject)
        # Building the preview reads the period's entries: wait until the typing stops.
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.update_preview)
        for signal in (self.start.dateChanged, self.end.dateChanged, self.name.textChanged):
            signal.connect(self._timer.start)
        self.update_preview()

    def _date_edit(self, value: date, name: str) -> QDateEdit:
        edit = TypedDateEdit(_qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(self.tr("d MMM yyyy"))
        edit.setAccessibleName(name)
        return edit

    def build(self) -> dict[str, Any]:
        """The bundle for the choices as they stand (ValueError if there is nothing to export)."""
        start, end = _date(self.start.date()), _date(self.end.date())
        check_range(start, end)
        name = fhir.check_name(self.name.text())
        data = self.journal.store.snapshot(start, end)
        return fhir.build_bundle(data, name, fhir.system_zone(), utc_now())

    def update_preview(self) -> None:
        self._timer.stop()
        try:
            self._bundle = self.build()
        except (ValueError, JournalError) as exc:
            self._bundle = None
            message = str(exc).replace("--from", self.tr("the first day")).replace(
                "--to", self.tr("the last day"))
            message = message.replace("--name", self.tr("the name")).replace(
                "; nothing was written", "")
            self.preview.setText("")
            self.error.setText(message[:1].upper() + message[1:] + ".")
            self.export_button.setEnabled(False)
            return
        counts = fhir.count_resources(self._bundle)
        self._resources = ", ".join(_plural(n, kind) for kind, n in sorted(counts.items()))
        self.preview.setText(self.tr("The file will hold {resources}.").format(
            resources=self._resources))
        self.error.setText("")
        self.export_button.setEnabled(True)

    def _ask_path(self) -> str:
        suggested = Path.home() / f"moodlog-fhir-{date.today().isoformat()}.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the FHIR file"), str(suggested),
                                              "FHIR JSON (*.json)")
        if path and not Path(path).suffix:
            path += ".json"
        return path

    def export(self, path: str | None = None) -> bool:
        """Write the bundle (asking where unless ``path`` is given); True once it is written."""
        self.update_preview()
        if self._bundle is None:
            return False
        path = path or self._ask_path()
        if not path:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_text_atomic(path, fhir.dumps(self._bundle))
        except OSError as exc:
            self.error.setText(self.tr("Could not write {path}: {error}. Nothing was "
                                       "written.").format(path=path, error=exc.strerror or exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.path = Path(path)
        self.preview.setText(self.tr("The file holds {resources}.").format(
            resources=self._resources) + "\n" + self.tr("Written to {path}.").format(path=path))
        return True


def open_for(parent: QWidget, journal: Journal) -> ExportFhirDialog:
    """Show the dialog (File > Export > FHIR)."""
    dialog = ExportFhirDialog(journal, parent)
    dialog.open()
    return dialog
