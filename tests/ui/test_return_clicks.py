"""Return presses the focused button in the window as Space does (a real-window review: Return
on "Add treatment…" did nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from moodlog.ui.common.return_clicks import install_return_clicks


def test_return_and_enter_press_the_focused_button(qtbot: QtBot, qapp: QApplication) -> None:
    install_return_clicks(qapp)
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    pressed: list[str] = []
    add, other = QPushButton("Add treatment…"), QPushButton("Other")
    add.clicked.connect(lambda: pressed.append("add"))
    other.clicked.connect(lambda: pressed.append("other"))
    layout.addWidget(add)
    layout.addWidget(other)
    top.show()
    qtbot.waitExposed(top)
    add.setFocus()
    qtbot.waitUntil(add.hasFocus)
    qtbot.keyClick(add, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pressed == ["add"])
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    qtbot.keyClick(other, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: pressed == ["add", "other"])
    other.setEnabled(False)
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert pressed == ["add", "other"]  # Ctrl+Return is someone else's shortcut


def test_dialogs_keep_their_own_default_button(qtbot: QtBot, qapp: QApplication) -> None:
    install_return_clicks(qapp)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    pressed: list[str] = []
    ok = QPushButton("OK")
    ok.clicked.connect(lambda: pressed.append("ok"))
    layout.addWidget(ok)
    dialog.show()
    ok.setFocus()
    qtbot.waitUntil(ok.hasFocus)
    qtbot.keyClick(ok, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert pressed == ["ok"]  # once (Qt's auto-default), not twice
