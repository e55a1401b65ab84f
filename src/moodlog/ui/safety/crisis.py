"""The crisis resources panel (CLINICAL.md section 5).

Shown at once whenever a saved entry has thoughts of death above 0, and always reachable from
Help. It says plainly that no one monitors the app; it never reassures and never scores risk.
The crisis lines are buttons that call, text or open (focus starts on the first), and the
person's own safety plan stands beside them (``moodlog.ui.safety``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.safety import HEADLINE, NOT_MONITORED, REGIONS, UNKNOWN
from moodlog.core.safety_plan import SafetyPlan
from moodlog.ui.common.catalogue import region_choices
from moodlog.ui.common.theme import heading_font
from moodlog.ui.safety.core_text import crisis_text
from moodlog.ui.safety.crisis_lines import CrisisLines
from moodlog.ui.safety.plan_steps import PlanSteps


class CrisisPanel(QDialog):
    """Crisis resources for a region the user can change here."""

    region_changed = Signal(str)
    open_plan = Signal()

    def __init__(self, region: str, parent: QWidget | None = None,
                 plan: Callable[[], SafetyPlan] | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self.setWindowTitle(self.tr("Crisis resources"))
        self.setMinimumWidth(760 if plan is not None else 520)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        headline = QLabel(crisis_text(HEADLINE))
        headline.setWordWrap(True)
        heading_font(headline, 1.25)
        layout.addWidget(headline)

        monitored = QLabel(crisis_text(NOT_MONITORED))
        monitored.setWordWrap(True)
        heading_font(monitored, 1.0)
        layout.addWidget(monitored)

        self.lines = CrisisLines()
        self.lines.setAccessibleName(self.tr("Crisis resources for your region"))
        self.steps = PlanSteps()
        self.steps.open_plan.connect(self.open_plan)
        side = QHBoxLayout()
        side.addWidget(self.lines, 1)
        side.addWidget(self.steps, 1)
        self.steps.setVisible(plan is not None)
        layout.addLayout(side, 1)

        form = QFormLayout()
        self.region = QComboBox()
        for key, name in region_choices():
            self.region.addItem(name, key)
        self.region.setAccessibleName(self.tr("Your region"))
        form.addRow(self.tr("Your &region:"), self.region)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

        self.set_region(region)
        self.region.currentIndexChanged.connect(self._region_picked)

    def set_region(self, region: str) -> None:
        index = self.region.findData(region if region in REGIONS else UNKNOWN)
        self.region.blockSignals(True)
        self.region.setCurrentIndex(index)
        self.region.blockSignals(False)
        self._show(self.region.currentData())

    def _region_picked(self) -> None:
        key = self.region.currentData()
        self._show(key)
        self.region_changed.emit(key)

    def _show(self, region: str) -> None:
        self.lines.set_region(region)
        self.refresh_plan()

    def refresh_plan(self) -> None:
        if self._plan is not None:
            self.steps.set_plan(self._plan())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.focus_first_action()

    def focus_first_action(self) -> None:
        """Focus on the first way to reach someone, not on the region list."""
        first = self.lines.first_action()
        if first is not None:
            first.setFocus()

    def resource_text(self) -> str:
        return self.lines.text()
