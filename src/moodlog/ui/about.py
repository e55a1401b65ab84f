"""Help > About: version, licence, where the journal and the log are, and what moodlog is not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moodlog import version
from moodlog.core.questionnaires import ATTRIBUTION
from moodlog.log import log_dir
from moodlog.ui.common.theme import heading_font, set_muted
from moodlog.ui.translate_noop import QT_TRANSLATE_NOOP

LICENCE = "GPL-3.0-or-later"
NOT_A_DEVICE = QT_TRANSLATE_NOOP(
    "AboutDialog", "moodlog is a personal journal, not a medical device. It records, charts and "
    "summarises what you enter; it does not diagnose, assess risk or advise on treatment. Talk "
    "to your clinician about your care.")


def open_folder(path: Path) -> bool:
    """Show ``path`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, logs: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About moodlog"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("moodlog icon"))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        title = QVBoxLayout()
        name = QLabel(f"moodlog {version()}")
        heading_font(name, 1.6)
        title.addWidget(name)
        tagline = QLabel(self.tr("A private journal for people being treated for depression."))
        tagline.setWordWrap(True)
        title.addWidget(tagline)
        licence = QLabel(self.tr("Free software under the GNU General Public License, version 3 "
                                 "or later ({licence}). Everything stays on this computer: "
                                 "moodlog never opens a network connection.").format(
                                     licence=LICENCE))
        licence.setWordWrap(True)
        set_muted(licence)
        title.addWidget(licence)
        top.addLayout(title, 1)
        layout.addLayout(top)

        statement = QLabel(self.tr(NOT_A_DEVICE))
        statement.setWordWrap(True)
        heading_font(statement, 1.0)
        layout.addWidget(statement)

        self.folders: dict[str, Path] = {"data": data_dir, "log": logs or log_dir()}
        self.open_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        rows = (("data", self.tr("Your journal:"), self.tr("Open &journal folder")),
                ("log", self.tr("Log files:"), self.tr("Open &log folder")))
        for row, (key, label, open_text) in enumerate(rows):
            path = self.folders[key]
            grid.addWidget(QLabel(label), row, 0)
            shown = QLabel(str(path))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            grid.addWidget(shown, row, 1)
            button = QPushButton(open_text)
            button.setMinimumWidth(button.sizeHint().width())  # a long language's text whole
            button.setEnabled(path.is_dir())
            button.clicked.connect(lambda _checked=False, p=path: open_folder(p))
            grid.addWidget(button, row, 2)
            self.open_buttons[key] = button
        layout.addLayout(grid)

        attribution = QLabel(ATTRIBUTION)
        attribution.setWordWrap(True)
        set_muted(attribution)
        layout.addWidget(attribution)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter closes: the folder buttons are for the few who need them
        close.setFocus()
