"""The first thing an empty journal shows: what moodlog is, and two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from moodlog.ui.common.theme import heading_font, set_muted


class WelcomePage(QWidget):
    start = Signal()
    try_demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        outer.addLayout(col, 3)
        outer.addStretch(1)
        col.addStretch(2)
        title = QLabel(self.tr("Welcome to moodlog"))
        heading_font(title, 1.8)
        col.addWidget(title)
        text = QLabel(self.tr(
            "A private journal for the days between treatments. Each day, note your mood and "
            "how much each symptom bothered you; add your treatment sessions and, every two "
            "weeks, a PHQ-9. Over time you will see how you really did, and can show your "
            "clinician.\n\n"
            "Everything stays on this computer. No one else sees it, and no one monitors it."))
        text.setWordWrap(True)
        heading_font(text, 1.08, bold=False)
        col.addWidget(text)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start today\u2019s &check-in"))
        self.start_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Try with &demo data"))
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        col.addSpacing(12)
        col.addLayout(buttons)
        demo_hint = QLabel(self.tr("The demo opens a separate journal of made-up data in a new "
                                   "window. It never mixes with yours."))
        demo_hint.setWordWrap(True)
        set_muted(demo_hint)
        col.addWidget(demo_hint)
        col.addStretch(3)
        self.start_button.clicked.connect(self.start)
        self.demo_button.clicked.connect(self.try_demo)
        self.setFocusProxy(self.start_button)
        title.setAlignment(Qt.AlignmentFlag.AlignLeft)
