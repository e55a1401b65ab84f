"""File > Import: preview a moodlog JSON export or another mood tracker's export (Daylio,
Bearable, iMoodJournal, Pixels, eMoods), map its moods onto 0-10, then import.

The mood map last used for each format is remembered inside the journal (store.mood_maps, the
same one ``moodlog import`` uses) and offered again; words of it that the file does not have
are listed under the table.

Nothing is written until Import is pressed; then a backup is taken (if the journal holds
anything) and the file goes in as one all-or-nothing transaction. Reading and writing run in a
worker thread (``ui.common.task``) behind a busy progress dialog; widgets are only touched here, on
the GUI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.models import ImportReport
from moodlog.exchange import reader
from moodlog.exchange.reader import ImportFile, ImportPlan
from moodlog.store import JournalError, JournalStore
from moodlog.ui.common.discard_guard import DiscardGuard
from moodlog.ui.common.task import Task
from moodlog.ui.common.theme import set_error_colour, set_muted
from moodlog.ui.exchange import import_text
from moodlog.ui.exchange.mood_map_table import MoodMapTable
from moodlog.ui.journal import Journal
from moodlog.ui.translate_noop import QT_TRANSLATE_NOOP

FILTERS = QT_TRANSLATE_NOOP(
    "ImportDialog", "Files moodlog can import (*.json *.csv *.emoods);;moodlog JSON or Pixels "
    "backup (*.json);;Daylio, Bearable, iMoodJournal or eMoods CSV (*.csv);;eMoods backup "
    "(*.emoods);;All files (*)")


def filters() -> str:
    """The file dialog's filters in the window's language."""
    return QCoreApplication.translate("ImportDialog", FILTERS)
EXPECTED = (ValueError, OSError, JournalError)


@dataclass(frozen=True, slots=True)
class _Loaded:
    """What the reading thread hands back: the file, and how it meets the journal."""

    source: ImportFile
    conflicts: tuple[date, ...]
    others: int = 0
    new_symptoms: tuple[str, ...] = ()
    #: What a dry run said of the file's safety plan ("written", "kept"; None: nothing).
    safety_plan: str | None = None
    #: The mood map last used with this journal for the file's format.
    remembered: dict[str, int] = field(default_factory=dict)


def _read(path: str, store: JournalStore) -> _Loaded:
    """Runs in the worker thread: read and check the file, find the days it shares."""
    source = reader.read_file(path)
    plan = source.plan()
    if source.kind == "json":
        # A rolled-back run finds what the journal would refuse (an unknown symptom) now,
        # and which treatments or questionnaires it already has.
        report = store.import_data(plan.data(), dry_run=True)
        return _Loaded(source, report.skipped_days, report.skipped_other, report.new_symptoms,
                       report.safety_plan)
    return _Loaded(source, plan.conflicts(store), remembered=store.mood_map(source.kind))


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file contents may look like HTML
    label.setWordWrap(True)
    return label


class ImportDialog(DiscardGuard, QDialog):
    """``loaded`` fires when a file's preview (or its error) is shown; ``imported`` after."""

    loaded = Signal()
    imported = Signal(object)  # ImportReport

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.path = ""
        self.source: ImportFile | None = None
        self.plan: ImportPlan | None = None
        self.conflicts: tuple[date, ...] = ()
        self.error = ""
        self.report: ImportReport | None = None
        self.remembered: dict[str, int] = {}
        self._loaded: _Loaded | None = None
        self._pending: Task | None = None  # the task whose result the dialog waits for
        self._threads: list[Task] = []  # every thread still running, cancelled ones too
        self._writing = False
        self._progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Import into your journal"))
        self.setMinimumSize(640, 420)
        self.discard_what = self.tr("this import (nothing has been imported yet)")
        self._build()
        self._show_state()
        room = self.screen().availableGeometry()
        self.resize(min(780, room.width()), min(680, room.height() - 40))

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Bring in a moodlog JSON export, or an export of Daylio, "
                               "Bearable, iMoodJournal, Pixels or eMoods (the README says how "
                               "to export from each). You see what it holds before anything is "
                               "written."))
        intro.setWordWrap(True)
        set_muted(intro)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.choose_button = QPushButton(self.tr("&Choose a file\u2026"))
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

        self.error_label = _plain_label()
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        set_error_colour(self.error_label)
        layout.addWidget(self.error_label)

        # The preview scrolls rather than squeezing on a small screen (wrapped labels make
        # a window's minimum height unreliable, and squeezed group boxes overlap).
        self.preview = QScrollArea()
        self.preview.setWidgetResizable(True)
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        outer, layout = layout, QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview.setWidget(inner)
        outer.addWidget(self.preview, 1)

        self.summary_box = QGroupBox(self.tr("What the file holds"))
        QVBoxLayout(self.summary_box).addWidget(summary := _plain_label())
        self.summary = summary
        layout.addWidget(self.summary_box)

        self.moods_box = QGroupBox(
            self.tr("The file's moods on moodlog's scale (0 = worst, 10 = best)"))
        moods = QVBoxLayout(self.moods_box)
        self.mood_table = MoodMapTable()
        self.mood_table.edited.connect(self._moods_edited)
        moods.addWidget(self.mood_table)
        self.mood_hint = _plain_label()
        moods.addWidget(self.mood_hint)
        layout.addWidget(self.moods_box)

        self.conflict_box = QGroupBox(self.tr("Days already in your journal"))
        conflicts = QVBoxLayout(self.conflict_box)
        self.conflict_text = _plain_label()
        conflicts.addWidget(self.conflict_text)
        self.keep_radio = QRadioButton(self.tr("&Keep the journal's entries for these days"))
        self.replace_radio = QRadioButton(self.tr("&Replace them with the file's"))
        self.keep_radio.setChecked(True)
        conflicts.addWidget(self.keep_radio)
        conflicts.addWidget(self.replace_radio)
        layout.addWidget(self.conflict_box)
        layout.addStretch(1)
        layout = outer
        layout.addStretch()  # takes the room while the preview is hidden (no file, an error)

        self.backup_note = QLabel(self.tr("A backup of your journal is taken first, and the "
                                          "file goes in all at once or not at all."))
        self.backup_note.setWordWrap(True)
        set_muted(self.backup_note)
        layout.addWidget(self.backup_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.start_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show_state(self) -> None:
        """Show what fits the current state: nothing chosen, an error, or a preview."""
        preview = self.plan is not None and not self.error
        daylio = preview and self.plan is not None and self.plan.mapped is not None
        self.error_label.setVisible(bool(self.error))
        self.preview.setVisible(preview)
        self.summary_box.setVisible(preview)
        self.moods_box.setVisible(daylio)
        self.conflict_box.setVisible(preview)
        has_choice = bool(self.conflicts) or bool(self._loaded and (
            self._loaded.others or self._loaded.safety_plan == "kept"))
        self.keep_radio.setVisible(has_choice)
        self.replace_radio.setVisible(has_choice)
        self.backup_note.setVisible(preview)
        busy = self.busy
        self.choose_button.setEnabled(not busy)
        self.import_button.setEnabled(
            preview and not busy and self.plan is not None and self.plan.ready)

    # ------------------------------------------------------------------ reading
    def choose_file(self) -> bool:
        start = str(Path(self.path).parent) if self.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file to import"), start,
                                              filters())
        if not path:
            return False
        self.load(path)
        return True

    def load(self, path: str) -> None:
        """Read ``path`` in the background; the preview (or the problem) follows."""
        self.path = path
        self.source = self.plan = self._loaded = None
        self.conflicts, self.error = (), ""
        self.file_edit.setText(path)
        self._run(partial(_read, path, self.journal.store),
                  self.tr("Reading {name}\u2026").format(name=Path(path).name),
                  self._on_loaded, cancellable=True)

    @Slot(object)
    def _on_loaded(self, loaded: _Loaded) -> None:
        if not self._answered():
            return
        self._loaded, self.source, self.conflicts = loaded, loaded.source, loaded.conflicts
        self.remembered = dict(loaded.remembered)
        self.plan = loaded.source.plan(self.remembered or None)
        self.mood_table.set_labels(self.plan.labels, loaded.source.app,
                                   self.plan.unused_map_labels)
        self.conflict_text.setText(import_text.describe_conflicts(
            loaded.conflicts, loaded.others, loaded.safety_plan == "kept"))
        self.keep_radio.setChecked(True)
        self._update_preview()
        self.loaded.emit()

    def _show_error(self, exc: Exception) -> None:
        self.plan = self.source = self._loaded = None
        self.error = import_text.problem(exc, self.path)
        self.error_label.setText(self.tr("This file cannot be imported. {problem}\n\nNothing "
                                         "was written to your journal.").format(
            problem=self.error))
        self._show_state()
        self.loaded.emit()

    # ------------------------------------------------------------------ moods
    def _moods_edited(self) -> None:
        assert self.source is not None
        self.plan = self.source.plan({**self.remembered, **self.mood_table.mapping()} or None)
        self._update_preview()

    def _update_preview(self) -> None:
        plan = self.plan
        assert plan is not None and self._loaded is not None
        self.summary.setText(import_text.describe(plan, self._loaded.new_symptoms,
                                                  self._loaded.safety_plan))
        self.mood_hint.setText(import_text.mood_hint(plan, self.remembered))
        self._show_state()

    # ------------------------------------------------------------------ writing
    def start_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.ready or self.busy:
            return
        data, replace, store = plan.data(), self.replace_radio.isChecked(), self.journal.store
        # Remembered once the import succeeds: the map as used, over the one offered.
        used = {**self.remembered, **plan.mapped.mood_map} if plan.mapped is not None else {}
        kind = plan.kind

        def work() -> tuple[ImportReport, Path | None]:
            made = None if store.is_empty() else store.backup("before-import")
            report = store.import_data(data, replace=replace)
            if used:  # remembered once the import succeeded; a failure here loses no data
                with contextlib.suppress(*EXPECTED):
                    store.remember_mood_map(kind, used)
            return report, made

        self._writing = True
        self._run(work, self.tr("Importing\u2026"), self._on_imported, cancellable=False)

    @Slot(object)
    def _on_imported(self, result: tuple[ImportReport, Path | None]) -> None:
        if not self._answered():
            return
        self._writing = False
        report, made = result
        self.report = report
        self.journal.reload()
        self.imported.emit(report)
        QMessageBox.information(self, self.tr("Imported"), import_text.summary(report, made))
        self.accept()

    # ------------------------------------------------------------------ the worker
    def _run(self, work: Callable[[], Any], label: str, done: Callable[[Any], None],
             cancellable: bool) -> None:
        task = Task(work, self)
        # Bound methods of this dialog: Qt queues the calls onto the GUI thread.
        task.succeeded.connect(done)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_finished)
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle("moodlog")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # quick files never flash a dialog
        if cancellable:
            progress.canceled.connect(self._cancel)
        else:
            progress.setCancelButton(None)
        self._progress = progress
        self._pending = task
        self._threads.append(task)
        self._show_state()
        task.start()

    def _answered(self) -> bool:
        """Whether the task calling back is the one awaited (not a cancelled read); if so,
        it is done and the progress dialog closes."""
        if self.sender() is not self._pending:
            return False
        self._settled()
        return True

    def _settled(self) -> None:
        self._pending = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    @Slot()
    def _cancel(self) -> None:
        """Stop waiting for a file being read; its result, when it comes, is dropped."""
        if self._pending is None or self._writing:
            return
        self._settled()
        self.file_edit.clear()
        self.path = ""
        self._show_state()

    @Slot(object)
    def _on_failed(self, exc: Exception) -> None:
        if not self._answered():
            return
        writing, self._writing = self._writing, False
        if not isinstance(exc, EXPECTED):
            self._show_state()
            raise exc  # a bug: the app's excepthook logs it and says so
        if writing:
            QMessageBox.warning(self, self.tr("Import failed"),
                                self.tr("{problem}\n\nNothing was changed in your journal.")
                                .format(problem=import_text.problem(exc, self.path)))
            self._show_state()
        else:
            self._show_error(exc)

    @Slot()
    def _on_finished(self) -> None:
        for task in [t for t in self._threads if t.isFinished()]:
            self._threads.remove(task)
            task.deleteLater()

    @property
    def busy(self) -> bool:
        """Whether the dialog waits for a file being read or written."""
        return self._pending is not None

    def has_entries(self) -> bool:
        """A file's preview is shown: closing would drop it and any mood matching."""
        return self.plan is not None and not self._writing

    def reject(self) -> None:
        if self._writing:
            return  # the import finishes (or rolls back) on its own; it cannot be stopped
        super().reject()

    def done(self, result: int) -> None:
        for task in self._threads:
            task.wait()  # a file being read: never leave a thread running on a dead dialog
        super().done(result)
