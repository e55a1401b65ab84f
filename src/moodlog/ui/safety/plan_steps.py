"""The person's own safety plan, read-only, beside the crisis lines; people can be called."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.safety_plan import Contact, SafetyPlan
from moodlog.ui.common.theme import heading_font
from moodlog.ui.safety.core_text import title as section_title
from moodlog.ui.safety.links import action_button, contact_uri
from moodlog.ui.translate_noop import QT_TRANSLATE_NOOP

EMPTY = QT_TRANSLATE_NOOP("PlanSteps", "You have not written a safety plan yet. It is a short "
                          "list, in your own words, of what helps and whom to call; many people "
                          "write it with their clinician.")


class PlanSteps(QWidget):
    """The plan's sections with their items; a button to write or open the plan."""

    open_plan = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("My safety plan"))
        heading_font(title, 1.1)
        outer.addWidget(title)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setAccessibleName(self.tr("My safety plan"))
        outer.addWidget(self._scroll, 1)
        self.open_button = QPushButton()
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda _checked=False: self.open_plan.emit())
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.buttons: list[QPushButton] = []
        self._labels: list[QLabel] = []

    def set_plan(self, plan: SafetyPlan) -> None:
        body = QWidget()
        box = QVBoxLayout(body)
        self.buttons, self._labels = [], []
        if plan.is_empty():
            self._label(box, self.tr(EMPTY))
            self.open_button.setText(self.tr("&Write my safety plan\u2026"))
        else:
            self.open_button.setText(self.tr("&Open my safety plan\u2026"))
            for n, (key, items) in enumerate(plan.sections(), 1):
                if not items:
                    continue
                self._label(box, f"{n}. {section_title(key)}", bold=True)
                for item in items:
                    if isinstance(item, Contact):
                        self._contact(box, item)
                    else:
                        self._label(box, f"\u2022 {item}")
        box.addStretch(1)
        old = self._scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self._scroll.setWidget(body)

    def _label(self, box: QVBoxLayout, text: str, bold: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the person's words, never markup
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        box.addWidget(label)
        self._labels.append(label)
        return label

    def _contact(self, box: QVBoxLayout, contact: Contact) -> None:
        self._label(box, f"\u2022 {contact.text()}")
        row = QHBoxLayout()
        row.setContentsMargins(12, 0, 0, 0)
        for value, phone in ((contact.phone, True), (contact.address, False)):
            uri = contact_uri(value, phone) if value else None
            if uri is None:
                continue
            text = (self.tr("Call {name}") if phone else self.tr("Open {name}")).format(
                name=contact.name)
            button = action_button(text, uri, f"{text}: {value}", number=value)
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        box.addLayout(row)

    def text(self) -> str:
        return "\n".join([label.text() for label in self._labels]
                         + [b.text() for b in self.buttons])
