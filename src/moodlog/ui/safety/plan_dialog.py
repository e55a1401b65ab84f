"""My safety plan: the seven sections to write in one's own words, save and print.

The dialog takes the journal, the settings (page size and region for printing) and a parent.
Text typed and not saved is never dropped silently: Esc, Close and closing the window ask.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.safety_plan import (
    CONTACT_SECTIONS,
    SECTIONS,
    TITLES,
    SafetyPlan,
)
from moodlog.store.errors import JournalError
from moodlog.ui.common.discard_guard import ask_unsaved_changes
from moodlog.ui.common.local_format import when_text
from moodlog.ui.common.settings import Settings
from moodlog.ui.common.theme import heading_font
from moodlog.ui.common.widgets import error_label
from moodlog.ui.journal import Journal
from moodlog.ui.safety.core_text import invitation as invitation_text
from moodlog.ui.safety.core_text import title as section_title
from moodlog.ui.safety.sections import ContactSection, Section, TextSection


class SafetyPlanDialog(QDialog):
    """Edit, save and print the plan."""

    def __init__(self, journal: Journal, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.settings = settings
        self.setWindowTitle(self.tr("My safety plan"))
        self.setMinimumSize(640, 600)
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("My safety plan"))
        heading_font(title, 1.35)
        outer.addWidget(title)
        invitation = QLabel(invitation_text())
        invitation.setWordWrap(True)
        outer.addWidget(invitation)
        body = QWidget()
        box = QVBoxLayout(body)
        self.sections: dict[str, Section] = {}
        for n, key in enumerate(SECTIONS, 1):
            section: Section = (ContactSection(key, n) if key in CONTACT_SECTIONS
                                else TextSection(key, n))
            section.edited.connect(self._edited)
            self.sections[key] = section
            box.addWidget(section)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.error = error_label()
        outer.addWidget(self.error)
        self.status = QLabel()
        outer.addWidget(self.status)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print to PDF\u2026"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.close_button = QPushButton(self.tr("Close"))
        for b in (self.print_button, self.save_button, self.close_button):
            b.setAutoDefault(False)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        outer.addLayout(row)
        self.save_button.clicked.connect(lambda _c=False: self.save())
        self.close_button.clicked.connect(lambda _c=False: self.reject())
        self.print_button.clicked.connect(lambda _c=False: self.print_pdf())
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save)
        self._saved: dict[str, object] = {}
        self.load()
        journal.changed.connect(self._journal_changed)

    # ------------------------------------------------------------------ state
    def load(self) -> None:
        plan = self.journal.safety_plan()
        for key, items in plan.sections():
            self.sections[key].set_items(items)
        self._saved = self._raw()
        self.status.setText(
            self.tr("Last changed {when}.").format(
                when=when_text(plan.updated_at.astimezone(),
                               self.tr("dd MMMM yyyy, HH:mm")))
            if plan.updated_at else self.tr("Not written yet."))
        self.error.setText("")
        self.sections[SECTIONS[0]].focus_editor()

    def _raw(self) -> dict[str, object]:
        return {key: section.raw() for key, section in self.sections.items()}

    def is_dirty(self) -> bool:
        return self._raw() != self._saved

    def _edited(self) -> None:
        if self.is_dirty():
            self.status.setText(self.tr("Not saved yet."))

    def _journal_changed(self, what: str) -> None:
        if what in ("safety_plan", "all") and not self.is_dirty():
            self.load()

    def plan(self) -> SafetyPlan:
        """The plan as typed; ValueError naming the section when something is not valid."""
        plan = SafetyPlan()
        for section in self.sections.values():
            section.error.setText("")
        for key, section in self.sections.items():
            try:
                plan = plan.with_section(key, section.items())
            except ValueError as exc:
                message = str(exc)
                section.error.setText(message[:1].upper() + message[1:])
                section.focus_editor()
                if message.startswith((TITLES[key], section_title(key))):
                    raise ValueError(message) from None
                raise ValueError(f"{section_title(key)}: {message}") from None
        return plan

    # ------------------------------------------------------------------ actions
    def save(self) -> bool:
        try:
            plan = self.plan()
        except ValueError as exc:
            self.error.setText(self.tr("Not saved. {problem}").format(problem=exc))
            return False
        try:
            self.journal.save_safety_plan(plan)
        except (JournalError, ValueError) as exc:  # shown; nothing typed is lost
            self.error.setText(self.tr("Not saved: {problem}").format(problem=exc))
            return False
        self.error.setText("")
        self._saved = self._raw()
        self.status.setText(self.tr("Saved."))
        return True

    def print_pdf(self, path: str | None = None) -> Path | None:
        """Print the plan as typed (one page when it fits); ask where unless ``path`` is given."""
        try:
            plan = self.plan()
        except ValueError as exc:
            self.error.setText(self.tr("Not printed. {problem}").format(problem=exc))
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Print my safety plan"),
                str(Path.home() / self.tr("my-safety-plan.pdf")), self.tr("PDF (*.pdf)"))
            if not path:
                return None
        from moodlog.report.safety_plan_pdf import write_safety_plan_pdf

        try:
            write_safety_plan_pdf(plan, self.settings.crisis_region, self.settings.page_size,
                                  path, date.today())
        except (OSError, ValueError) as exc:
            self.error.setText(self.tr("Not printed: {problem}").format(problem=exc))
            return None
        self.error.setText("")
        self.status.setText(self.tr("Printed to {path}.").format(path=path))
        return Path(path)

    def maybe_close(self) -> bool:
        """True when it is fine to close: saved, discarded, or nothing changed."""
        if not self.is_dirty():
            return True
        answer = ask_unsaved_changes(
            self, self.tr("Unsaved safety plan"),
            self.tr("You have changed your safety plan without saving it."))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.load()
            return True
        return False

    def reject(self) -> None:  # Esc and Close
        if self.maybe_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.maybe_close():
            event.accept()
        else:
            event.ignore()
