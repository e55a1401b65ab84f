"""File > Backups: the backups with their dates and contents; back up now; restore."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
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
from moodlog.ui.common.widgets import ask, hint, record_table
from moodlog.ui.journal import Journal

REASONS = {
    "daily": "Daily", "manual": "Made by you", "before-import": "Before an import",
    "before-demo": "Before demo data", "before-restore": "Your journal before a restore",
    "damaged": "Damaged journal, kept aside", "before-encryption": "Before encryption",
}


def reason_label(reason: str) -> str:
    if reason.startswith("before-upgrade"):
        return "Before a moodlog update"
    return REASONS.get(reason, reason.replace("-", " ").capitalize())


class BackupsDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle("Backups")
        self.setMinimumSize(720, 420)
        layout = QVBoxLayout(self)
        intro = hint("moodlog keeps a verified copy of your journal each day you use it "
                       "(the last 7 days and 8 weeks), and before every import or update. "
                       "Restoring one first keeps your current journal here too: nothing is "
                     "ever deleted by a restore.")
        layout.addWidget(intro)
        self.table = record_table(["Made", "Why", "Check-ins", "Treatments"], "Backups",
                                  stretch_last=False)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.backup_button = QPushButton("&Back up now")
        self.folder_button = QPushButton("Show the &folder")
        self.restore_button = QPushButton("&Restore this backup\u2026")
        self.close_button = QPushButton("Close")
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
            cells = (f"{info.created:%a %d %b %Y, %H:%M}", reason_label(info.reason),
                     str(counts.checkins) if counts else "unreadable",
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
            QMessageBox.warning(self, "Backup failed", str(exc))
        self.refresh()

    def restore_selected(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self._backups):
            return False
        info = self._backups[row]
        if not ask(
            self, "Restore this backup?",
            f"Replace your journal with the backup from {info.created:%A %d %B %Y, %H:%M}?\n\n"
            "Your journal as it is now is kept in the backups folder first, so you can come "
            "back to it."):
            return False
        try:
            self.journal.restore(info.path)
        except JournalError as exc:
            QMessageBox.warning(self, "Not restored", f"{exc}\n\nYour journal was not changed.")
            self.refresh()
            return False
        self.refresh()
        QMessageBox.information(self, "Restored", "Your journal was restored from the backup.")
        return True
