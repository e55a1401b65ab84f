"""The crisis lines of one region as buttons to call, text or open; the first takes focus."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from moodlog.core.safety import (
    CHOOSE_REGION,
    EMERGENCY_ANYWHERE,
    known,
    region_resources,
)
from moodlog.report.crisis_text import note_text, service_text
from moodlog.ui.common.catalogue import region_label
from moodlog.ui.common.local_format import day_text
from moodlog.ui.common.theme import heading_font, set_muted
from moodlog.ui.safety.core_text import crisis_text
from moodlog.ui.safety.links import line_button


class CrisisLines(QWidget):
    """Each service with its note, and a button per way to reach it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._content: QWidget | None = None
        self._labels: list[QLabel] = []
        self.buttons: list[QPushButton] = []
        self.region = ""

    def set_region(self, region: str) -> None:
        """Show ``region``'s lines; what was shown before is replaced as a whole."""
        self.region = region
        if self._content is not None:
            self._content.hide()
            self._content.deleteLater()
        self._content = QWidget(self)
        self._box = QVBoxLayout(self._content)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(6)
        self._outer.addWidget(self._content)
        self._labels = []
        self.buttons = []
        title = self._add_label(region_label(region) if known(region)
                                else self.tr("Your country is not set"))
        heading_font(title, 1.1)
        if not known(region):
            self._add_label(crisis_text(CHOOSE_REGION))
        found = region_resources(region)
        for resource in found:
            about = note_text(resource)
            self._add_label(service_text(resource) + (f" \u2014 {about}" if about else ""),
                            bold=True)
            row = QHBoxLayout()
            for line in resource.lines:
                button = line_button(line, service_text(resource), self._content)
                row.addWidget(button)
                self.buttons.append(button)
            row.addStretch(1)
            self._box.addLayout(row)
        if not any(r.emergency for r in found):
            self._add_label(crisis_text(EMERGENCY_ANYWHERE))
        checked = max(r.checked for r in found)
        note = self._add_label(self.tr("Numbers checked on {day} against each service's own "
                                       "site or a government site.").format(
                                           day=day_text(checked, self.tr("dd MMMM yyyy"))))
        set_muted(note)
        self._box.addStretch(1)

    def _add_label(self, text: str, bold: bool = False) -> QLabel:
        label = QLabel(text, self._content)
        label.setWordWrap(True)
        self._labels.append(label)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self._box.addWidget(label)
        return label

    def first_action(self) -> QPushButton | None:
        return self.buttons[0] if self.buttons else None

    def text(self) -> str:
        """Everything shown, for tests and screen readers."""
        return "\n".join([label.text() for label in self._labels]
                         + [b.text() for b in self.buttons])
