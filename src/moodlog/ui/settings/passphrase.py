"""Asking for passphrases: to open an encrypted journal, and to choose a new one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from moodlog.store.encryption import MIN_LENGTH, check_passphrase
from moodlog.ui.common.theme import set_muted
from moodlog.ui.common.widgets import error_label

#: store.encryption.FORGOTTEN, marked for lupdate (a test keeps the two equal).
FORGOTTEN = QT_TRANSLATE_NOOP(
    "Passphrase", "A forgotten passphrase cannot be recovered: without it no one, not you and "
    "not the moodlog developers, can open the journal or its backups.")


def forgotten_text() -> str:
    """The warning that a forgotten passphrase is lost for good, in the window's language."""
    return QCoreApplication.translate("Passphrase", str(FORGOTTEN))


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(320)
    return field


class UnlockDialog(QDialog):
    """Asks for the passphrase until ``try_key`` accepts it (or the user gives up)."""

    def __init__(self, journal_name: str, try_key: Callable[[str], object],
                 parent: QWidget | None = None, action: str | None = None) -> None:
        super().__init__(parent)
        self._try_key = try_key
        self.result_value: object = None
        self.setWindowTitle(self.tr("Your journal is encrypted"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Enter the passphrase of {journal}.").format(journal=journal_name))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.field = _password_field(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        buttons.addButton(action or self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.result_value = self._try_key(self.field.text())
        except Exception as exc:  # the journal's own refusal (wrong passphrase), as text
            self.error.setText(str(exc)[:1].upper() + str(exc)[1:] + ".")
            self.field.selectAll()
            self.field.setFocus()
            return
        super().accept()


class NewPassphraseDialog(QDialog):
    """Choose a passphrase: typed twice, with the plain warning that it cannot be recovered."""

    def __init__(self, parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Encrypt your journal"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Your journal and every backup will be encrypted with this "
                               "passphrase. moodlog will ask for it each time it starts."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        warning = QLabel(forgotten_text())
        warning.setWordWrap(True)
        font = warning.font()
        font.setBold(True)
        warning.setFont(font)
        layout.addWidget(warning)
        form = QFormLayout()
        self.first = _password_field(self.tr("New passphrase"))
        self.second = _password_field(self.tr("New passphrase again"))
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        layout.addLayout(form)
        hint = QLabel(self.tr("At least {count} characters. A few unrelated words are easy to "
                              "remember and hard to guess.").format(count=MIN_LENGTH))
        hint.setWordWrap(True)
        set_muted(hint)
        layout.addWidget(hint)
        self.understood = QCheckBox(self.tr("I understand that a forgotten passphrase cannot "
                                            "be recovered"))
        layout.addWidget(self.understood)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        try:
            check_passphrase(self.first.text())
        except ValueError as exc:
            self.error.setText(str(exc).capitalize() + ".")
            return
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        if not self.understood.isChecked():
            self.error.setText(self.tr("Please confirm that you understand it cannot be "
                                       "recovered."))
            return
        super().accept()
