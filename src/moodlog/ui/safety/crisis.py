"""The crisis resources panel (CLINICAL.md section 5).

Shown at once whenever a saved entry has thoughts of death above 0, and always reachable from
Help. It says plainly that no one monitors the app; it never reassures and never scores risk.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.safety import HEADLINE, NOT_MONITORED, REGIONS, resources
from moodlog.ui.common.theme import heading_font


class CrisisPanel(QDialog):
    """Crisis resources for a region the user can change here."""

    region_changed = Signal(str)

    def __init__(self, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Crisis resources")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        headline = QLabel(HEADLINE)
        headline.setWordWrap(True)
        heading_font(headline, 1.25)
        layout.addWidget(headline)

        monitored = QLabel(NOT_MONITORED)
        monitored.setWordWrap(True)
        heading_font(monitored, 1.0)
        layout.addWidget(monitored)

        self._resources = QLabel()
        self._resources.setWordWrap(True)
        self._resources.setTextFormat(Qt.TextFormat.RichText)
        self._resources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._resources.setAccessibleName("Crisis resources for your region")
        layout.addWidget(self._resources)

        form = QFormLayout()
        self.region = QComboBox()
        for key, info in REGIONS.items():
            self.region.addItem(info.name, key)
        self.region.setAccessibleName("Your region")
        form.addRow("Your &region:", self.region)
        layout.addLayout(form)

        more = QLabel("If you are in immediate danger, call your local emergency number now.")
        more.setWordWrap(True)
        layout.addWidget(more)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

        self.set_region(region)
        self.region.currentIndexChanged.connect(self._region_picked)

    def set_region(self, region: str) -> None:
        index = self.region.findData(region if region in REGIONS else "other")
        self.region.blockSignals(True)
        self.region.setCurrentIndex(index)
        self.region.blockSignals(False)
        self._show(self.region.currentData())

    def _region_picked(self) -> None:
        key = self.region.currentData()
        self._show(key)
        self.region_changed.emit(key)

    def _show(self, region: str) -> None:
        items = "".join(f"<li style='margin-bottom:6px'>{html.escape(line)}</li>"
                        for line in resources(region))
        name = REGIONS[region].name if region in REGIONS else REGIONS["other"].name
        self._resources.setText(f"<p><b>{name}</b></p><ul>{items}</ul>")

    def resource_text(self) -> str:
        return self._resources.text()
