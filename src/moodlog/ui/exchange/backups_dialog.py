"""File > Backups: the backups with their dates and contents; back up now; restore."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moodlog.store import JournalError, backup
from moodlog.ui.common.local_format import when_text
from moodlog.ui.common.widgets import ask, hint, record_table
from moodlog.ui.journal import Journal
from moodlog.ui.translate_noop import QT_TRANSLATE_NOOP

REASONS = {
    "daily": QT_TRANSLATE_NOOP("Backups", "Daily"),
    "manual": QT_TRANSLATE_NOOP("Backups", "Made by you"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "Before an import"),
    "before-demo": QT_TRANSLATE_NOOP("Backups", "Before demo data"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "Your journal before a restore"),
    "damaged": QT_TRANSLATE_NOOP("Backups", "Damaged journal, kept aside"),
    "before-encryption": QT_TRANSLATE_NOOP("Backups", "Before encryption"),
}


def reason_label(reason: str) -> str:
    """Why a backup was made, in the window's language (an unknown reason as it is named)."""
    if reason.startswith("before-upgrade"):
        return QCoreApplication.translate("Backups", "Before a moodlog update")
    if reason in REASONS:
        return QCoreApplication.translate("Backups", REASONS[reason])
    return reason.replace("-", " ").capitalize()


class BackupsDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(720, 420)
        layout = QVBoxLayout(self)
        intro = hint(self.tr("moodlog keeps a verified copy of your journal each day you use "
                             "it (the last 7 days and 8 weeks), and before every import or "
                             "update. Restoring one first keeps your current journal here too: "
                             "nothing is ever deleted by a restore."))
        layout.addWidget(intro)
        self.table = record_table([self.tr("Made"), self.tr("Why"), self.tr("Check-ins"),
                                   self.tr("Treatments")], self.tr("Backups"),
                                  stretch_last=False)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.folder_button = QPushButton(self.tr("Show the &folder"))
        self.restore_button = QPushButton(self.tr("&Restore this backup\u2026"))
        self.close_button = QPushButton(self.tr("Close"))
        row.addWidget(self.backup_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.backup_button.clicked.connect(self.back_up_now)
        self.folder_button.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.journal.store.backup_dir))))
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        store = self.journal.store
        self._backups = backup.list_backups(store.backup_dir, store.path.stem)
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            counts = backup.entry_counts(info.path)
            cells = (when_text(info.created, self.tr("ddd dd MMM yyyy, HH:mm")),
                     reason_label(info.reason),
                     str(counts.checkins) if counts else self.tr("unreadable"),
                     str(counts.treatments) if counts else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.restore_button.setEnabled(bool(self._backups))
        if self._backups:
            self.table.selectRow(0)

    def back_up_now(self) -> None:
        try:
            self.journal.store.backup("manual")
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), str(exc))
        self.refresh()

    def restore_selected(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self._backups):
            return False
        info = self._backups[row]
        if not ask(
            self, self.tr("Restore this backup?"),
            self.tr("Replace your journal with the backup from {when}?\n\nYour journal as it "
                    "is now is kept in the backups folder first, so you can come back to it.")
                .format(when=when_text(info.created, self.tr("dddd dd MMMM yyyy, HH:mm")))):
            return False
        try:
            self.journal.restore(info.path)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), self.tr(
                "{error}\n\nYour journal was not changed.").format(error=exc))
            self.refresh()
            return False
        self.refresh()
        QMessageBox.information(self, self.tr("Restored"),
                                self.tr("Your journal was restored from the backup."))
        return True
