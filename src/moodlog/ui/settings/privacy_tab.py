"""Preferences > Privacy: encrypt the journal, change the passphrase, or remove encryption."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from moodlog.store import JournalError
from moodlog.store.sqlite import PassphraseError
from moodlog.ui.common.theme import set_muted
from moodlog.ui.journal import Journal
from moodlog.ui.settings.passphrase import NewPassphraseDialog, UnlockDialog, forgotten_text


class PrivacyTab(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        about = QLabel(self.tr("Encryption protects your journal if someone copies the file "
                               "or gets hold of this computer while moodlog is closed.")
                       + " " + forgotten_text())
        about.setWordWrap(True)
        set_muted(about)
        layout.addWidget(about)
        row = QHBoxLayout()
        self.encrypt_button = QPushButton(self.tr("&Encrypt with a passphrase\u2026"))
        self.change_button = QPushButton(self.tr("&Change the passphrase\u2026"))
        self.remove_button = QPushButton(self.tr("&Remove encryption\u2026"))
        for b in (self.encrypt_button, self.change_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.encrypt_button.clicked.connect(self.encrypt)
        self.change_button.clicked.connect(self.change)
        self.remove_button.clicked.connect(self.remove)
        self.encrypt_button.setEnabled(not journal.demo)
        self.refresh()

    def refresh(self) -> None:
        encrypted = self.journal.store.key is not None
        self.status.setText(self.tr("Your journal and its backups are encrypted.") if encrypted
                            else self.tr("Your journal is not encrypted."))
        self.encrypt_button.setVisible(not encrypted)
        self.change_button.setVisible(encrypted)
        self.remove_button.setVisible(encrypted)

    def _current_ok(self, action: str) -> bool:
        """Ask for the current passphrase before changing or removing it."""
        def check(text: str) -> bool:
            if text != self.journal.store.key:
                raise PassphraseError(self.tr("that is not the current passphrase"))
            return True

        dialog = UnlockDialog(self.tr("your journal"), check, self, action=action)
        dialog.setWindowTitle(self.tr("Current passphrase"))
        return dialog.exec() == UnlockDialog.DialogCode.Accepted

    def _apply(self, new_key: str | None) -> bool:
        try:
            report = self.journal.change_encryption(new_key)
        except (JournalError, ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Nothing was changed"), str(exc))
            return False
        self.refresh()
        skipped = ("\n\n" + self.tr("%n older backup(s) could not be opened and were left as "
                                     "they were.", "", len(report.backups_skipped))
                   ) if report.backups_skipped else ""
        QMessageBox.information(
            self, self.tr("Done"),
            self.tr("Your journal and %n backup(s) were updated.", "",
                    report.backups_converted) + skipped)
        return True

    def encrypt(self) -> bool:
        dialog = NewPassphraseDialog(self)
        if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return False
        return self._apply(dialog.passphrase())

    def change(self) -> bool:
        if not self._current_ok(self.tr("Continue")):
            return False
        dialog = NewPassphraseDialog(self, self.tr("Change the passphrase"))
        if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return False
        return self._apply(dialog.passphrase())

    def remove(self) -> bool:
        if not self._current_ok(self.tr("Remove encryption")):
            return False
        return self._apply(None)
