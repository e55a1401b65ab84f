"""Dialogs that fit the screen they open on (issue 15, point 5).

The treatment dialog is 813 px tall: on a 720- or 768-pixel screen its Save and Cancel were
below the bottom edge. ``scroll_when_short`` puts a dialog's body in a frameless scroll area
(the buttons stay outside it, always visible), and sizes the dialog to its content or to the
screen's free area, whichever is smaller.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFrame, QLayout, QScrollArea, QWidget

#: Room for the title bar and borders, which the dialog's own size leaves out.
FRAME = 48


def scrolling_body(layout: QLayout) -> QScrollArea:
    """``layout`` inside a widget inside a frameless, vertically scrolling area."""
    body = QWidget()
    body.setLayout(layout)
    return scrolling(body)


#: A scrolling body never asks for more width than this (small screens scroll sideways).
MAX_SCROLLING_WIDTH = 1000


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless area that scrolls when the room is short (a long language's
    wrapped lines need more height than a tab page or dialog was given)."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(body)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the area
    # Wide enough for the body's widest line (a long check box in German), so that it
    # scrolls up and down only: a sideways scroll bar hid the ends of lines and fields.
    scrollbar = area.verticalScrollBar().sizeHint().width()
    cap = MAX_SCROLLING_WIDTH
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        cap = min(cap, screen.availableGeometry().width() - 2 * FRAME)
    area.setMinimumWidth(max(0, min(cap, body.minimumSizeHint().width() + scrollbar)))
    return area


def fit_to_screen(dialog: QDialog, area: QScrollArea) -> QSize:
    """Size ``dialog`` to show all of ``area``'s content where the screen has room, else the
    screen's free area (the content then scrolls). Returns the size chosen."""
    body = area.widget()
    assert body is not None
    content = body.sizeHint()
    others = dialog.sizeHint() - area.sizeHint()  # buttons, messages, margins
    scrollbar = area.verticalScrollBar().sizeHint().width()
    want = QSize(content.width() + others.width() + scrollbar,
                 content.height() + max(0, others.height()))
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        want = want.boundedTo(QSize(free.width() - FRAME, free.height() - FRAME))
    dialog.resize(want)
    dialog.setProperty("fits_screen", True)  # sized here: adjustSize() would undo it
    return want
