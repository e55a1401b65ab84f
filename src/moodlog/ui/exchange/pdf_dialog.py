"""File > Export PDF: the clinician summary, with the command line's choices, a preview of what
it will hold, progress, and a way to open the file when it is written."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.analysis import Analysis, analyse_journal
from moodlog.report.content import DEFAULT_DAYS, NAME_MAX, ReportContent, ReportOptions, gather
from moodlog.store import JournalError
from moodlog.ui.common.local_format import day_text
from moodlog.ui.common.settings import Settings
from moodlog.ui.common.widgets import error_label, hint
from moodlog.ui.journal import Journal


class Cancelled(Exception):
    """The user closed the dialog while the PDF was being written."""


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ExportPdfDialog(QDialog):
    """Choose the period, paper, notes and name; see what the PDF will hold; write it."""

    def __init__(self, journal: Journal, settings: Settings, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.today = today or date.today()
        self.path: Path | None = None
        self._busy = False
        self._cancel = False
        self._analysis: Analysis = analyse_journal(journal.store)
        self.setWindowTitle(self.tr("Export a PDF for your clinician"))
        self.setMinimumWidth(560)
        box = QVBoxLayout(self)
        # Never narrower than its widest line (a long translation of a check box's text):
        # an explicit minimum width alone would let the layout squeeze it.
        box.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        box.addWidget(hint(self.tr("A summary to hand to your clinician: key figures, charts "
                                   "and tables for the period you choose. It stays on this "
                                   "computer until you share it.")))
        form = QFormLayout()
        self.start = self._date_edit(self.today - timedelta(days=DEFAULT_DAYS - 1),
                                     self.tr("From"))
        self.end = self._date_edit(self.today, self.tr("To"))
        span = QHBoxLayout()
        span.addWidget(self.start)
        span.addWidget(QLabel(self.tr("to")))
        span.addWidget(self.end)
        span.addStretch(1)
        period = QLabel(self.tr("&Period:"))
        period.setBuddy(self.start)  # a row holding a layout gets no buddy of its own
        form.addRow(period, span)
        self.page_size = QComboBox()
        self.page_size.addItem("A4", "a4")
        self.page_size.addItem(self.tr("US Letter"), "letter")
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(settings.page_size)))
        form.addRow(self.tr("P&aper:"), self.page_size)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("Optional: printed on every page"))
        form.addRow(self.tr("Na&me:"), self.name)
        self.notes = QCheckBox(self.tr("Include my &notes (they are private: left out unless "
                                        "ticked)"))
        form.addRow("", self.notes)
        self.safety_plan = QCheckBox(self.tr("Include my &safety plan (private: left out unless "
                                              "ticked)"))
        form.addRow("", self.safety_plan)
        self.readings = QCheckBox(self.tr("Add every &reading of each session (an appendix)"))
        form.addRow("", self.readings)
        box.addLayout(form)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What the PDF will include"))
        box.addWidget(self.preview)
        self.error = error_label()
        box.addWidget(self.error)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        box.addWidget(self.progress)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        box.addWidget(self.done_label)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open the file"))
        self.open_button.hide()
        self.export_button = QPushButton(self.tr("&Export\u2026"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        box.addLayout(buttons)
        self.open_button.clicked.connect(self.open_file)
        self.export_button.clicked.connect(lambda: self.export())
        self.close_button.clicked.connect(self.close_or_cancel)
        for signal in (self.start.dateChanged, self.end.dateChanged,
                       self.notes.toggled, self.safety_plan.toggled, self.readings.toggled,
                       self.page_size.currentIndexChanged):
            signal.connect(self.update_preview)
        self.update_preview()

    def _date_edit(self, value: date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(self.tr("d MMM yyyy"))
        edit.setAccessibleName(name)
        return edit

    # ------------------------------------------------------------------ choices and preview
    def options(self) -> ReportOptions:
        """The choices as they stand (ValueError if they contradict each other)."""
        return ReportOptions(_date(self.start.date()), _date(self.end.date()),
                             self.page_size.currentData(), self.notes.isChecked(),
                             self.name.text(),
                             include_safety_plan=self.safety_plan.isChecked(),
                             include_readings=self.readings.isChecked())

    def content(self) -> ReportContent:
        return gather(self.journal.store, self.options(), self.today, analysis=self._analysis)

    def update_preview(self) -> None:
        """Show what the PDF will include, or why there is nothing to export."""
        self.error.setText("")
        try:
            content = self.content()
        except (ValueError, JournalError) as exc:
            self._refuse(str(exc).replace("--from", self.tr("the first day")).replace(
                "--to", self.tr("the last day")))
            return
        if content.empty:
            pattern = self.tr("d MMM yyyy")
            self._refuse(self.tr("Nothing was recorded from {first} to {last}: choose another "
                                 "period.").format(first=day_text(content.start, pattern),
                                                   last=day_text(content.end, pattern)))
            return
        items = "".join(f"<li><b>{escape(name)}</b>: {escape(what)}</li>"
                        for name, what in content.sections())
        notes = "" if content.options.include_notes else (
            "<li>" + escape(self.tr("Your notes are left out.")) + "</li>")
        self.preview.setText(escape(self.tr("The PDF will include:")) + f"<ul>{items}{notes}</ul>")
        self.export_button.setEnabled(not self._busy)

    def _refuse(self, message: str) -> None:
        self.preview.setText("")
        self.error.setText(message[:1].upper() + message[1:])
        self.export_button.setEnabled(False)

    # ------------------------------------------------------------------------------ export
    def _ask_path(self) -> str:
        suggested = Path.home() / f"moodlog-summary-{self.today.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), str(suggested),
                                              "PDF (*.pdf)")
        if path and not Path(path).suffix:
            path += ".pdf"
        return path

    def _step(self, fraction: float, what: str) -> None:
        self.progress.setValue(round(100 * fraction))
        self.progress.setFormat(what)
        QApplication.processEvents()  # repaint, and let Close cancel
        if self._cancel:
            raise Cancelled

    def export(self, path: str | None = None) -> bool:
        """Write the PDF (asking where unless ``path`` is given); True once it is written."""
        try:
            content = self.content()
        except (ValueError, JournalError) as exc:
            self._refuse(str(exc))
            return False
        path = path or self._ask_path()
        if not path:
            return False
        from moodlog.report.pdf import write_pdf

        self._busy, self._cancel = True, False
        self.export_button.setEnabled(False)
        self.open_button.hide()
        self.done_label.setText("")
        self.progress.setValue(0)
        self.progress.show()
        self.close_button.setText(self.tr("Cancel"))
        try:
            pages = write_pdf(content, path, self._step)
        except Cancelled:
            self.done_label.setText(self.tr("Cancelled: no file was written."))
            return False
        except (OSError, ValueError) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.error.setText(self.tr("The PDF could not be written: {error}. No file was "
                                       "left behind.").format(error=message))
            return False
        finally:
            self._busy = False
            self.progress.hide()
            self.close_button.setText(self.tr("Close"))
            # The choices may have changed meanwhile: exportable only if the preview says so.
            self.export_button.setEnabled(bool(self.preview.text()))
        self.path = Path(path)
        self.done_label.setText(self.tr("Saved %n page(s) to {path}.", "", pages).format(path=path))
        self.open_button.show()
        self.open_button.setFocus()
        return True

    def open_file(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def close_or_cancel(self) -> None:
        if self._busy:
            self._cancel = True
        else:
            self.accept()

    def reject(self) -> None:  # Escape, or the window's close button
        if self._busy:
            self._cancel = True
        else:
            super().reject()


def open_for(journal: Journal, settings: Settings, window: QWidget) -> ExportPdfDialog:
    """Open the dialog over the main window (File > Export PDF)."""
    dialog = ExportPdfDialog(journal, settings, window)
    dialog.open()
    return dialog
