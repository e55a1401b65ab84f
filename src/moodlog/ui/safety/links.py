"""Buttons that call, text or open a page: the system opens tel:, sms: and https: links."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget

from moodlog.core.crisis_lines import Line

_VERBS = {"call": "Call", "text": "Text", "web": "Open"}


def open_link(uri: str) -> bool:
    """Hand ``uri`` to the system (a phone app, a messaging app, the browser)."""
    return QDesktopServices.openUrl(QUrl(uri))


def action_button(text: str, uri: str, accessible: str, parent: QWidget | None = None,
                  ) -> QPushButton:
    """A button that opens ``uri``; its tooltip shows the link itself."""
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    button.setToolTip(uri)
    button.setAutoDefault(False)
    button.setProperty("uri", uri)
    button.clicked.connect(lambda _checked=False: open_link(uri))
    return button


def line_button(line: Line, service: str, parent: QWidget | None = None) -> QPushButton:
    shown = line.value.removeprefix("https://").removesuffix("/")
    label = f" ({line.label})" if line.label else ""
    text = f"{_VERBS[line.how]} {shown}{label}"
    return action_button(text, line.uri(), f"{text}: {service}", parent)


def contact_uri(value: str, phone: bool) -> str | None:
    """tel: for a phone number, the address itself when it is a web address, else None."""
    if phone:
        return Line("call", value).uri()
    if value.startswith(("https://", "http://")):
        return value
    return None
