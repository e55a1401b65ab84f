"""Buttons that call, text or open a page: the system opens tel:, sms: and https: links."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.crisis_lines import Line
from moodlog.report.crisis_text import label_text
from moodlog.ui.common.theme import heading_font


def _line_text(how: str, shown: str) -> str:
    """"Call 116 123", "Text 85258", "Open findahelpline.com" in the window's language."""
    if how == "call":
        return QCoreApplication.translate("CrisisLines", "Call {number}").format(number=shown)
    if how == "text":
        return QCoreApplication.translate("CrisisLines", "Text {number}").format(number=shown)
    return QCoreApplication.translate("CrisisLines", "Open {address}").format(address=shown)


def open_link(uri: str) -> bool:
    """Hand ``uri`` to the system (a phone app, a messaging app, the browser)."""
    return QDesktopServices.openUrl(QUrl(uri))


class NumberNote(QDialog):
    """The number said plainly when no phone or messaging app took the link.

    A desktop usually has no handler for tel: or sms:; failing silently would leave
    someone in crisis pressing a button that does nothing.
    """

    def __init__(self, number: str, how: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use your phone"))
        self.number = number
        said = (self.tr("Dial {number} on your phone.") if how == "call"
                else self.tr("Send a text to {number} on your phone."))
        self.label = QLabel(said.format(number=number))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        heading_font(self.label, 1.2)
        self.copy_button = QPushButton(self.tr("&Copy number"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.number)
        self.copy_button.setText(self.tr("Copied"))


def _open_or_show(button: QPushButton, uri: str, number: str) -> None:
    if open_link(uri) or not uri.startswith(("tel:", "sms:")):
        return
    note = NumberNote(number, "call" if uri.startswith("tel:") else "text", button.window())
    note.open()


def action_button(text: str, uri: str, accessible: str, parent: QWidget | None = None,
                  number: str | None = None) -> QPushButton:
    """A button that opens ``uri``; its tooltip shows the link itself.

    For tel: and sms: links, ``number`` (as written, e.g. "116 123") is shown plainly
    when the system has no app for the link.
    """
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    button.setToolTip(uri)
    button.setAutoDefault(False)
    button.setProperty("uri", uri)
    shown = number or uri.partition(":")[2]
    button.clicked.connect(lambda _checked=False: _open_or_show(button, uri, shown))
    return button


def line_button(line: Line, service: str, parent: QWidget | None = None) -> QPushButton:
    shown = line.value.removeprefix("https://").removesuffix("/")
    label = f" ({label_text(line)})" if line.label else ""
    text = _line_text(line.how, shown) + label
    return action_button(text, line.uri(), f"{text}: {service}", parent, number=line.value)


def contact_uri(value: str, phone: bool) -> str | None:
    """tel: for a phone number, the address itself when it is a web address, else None."""
    if phone:
        return Line("call", value).uri()
    if value.startswith(("https://", "http://")):
        return value
    return None
