"""One row per active medication on the check-in: taken / not taken / not answered."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from moodlog.core.life import Medication
from moodlog.ui.common.local_format import dose_text
from moodlog.ui.common.segmented import SegmentedControl


class MedicationRows(QWidget):
    """Rows for the medications active on the form's day; ``changed`` on every answer."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._rows: dict[str, SegmentedControl] = {}
        self._widgets: list[QWidget] = []
        self._extra: dict[str, bool] = {}  # answers for medications not shown: kept

    def controls(self) -> list[QWidget]:
        return list(self._rows.values())

    def set_medications(self, meds: Sequence[Medication], answers: Mapping[str, bool]) -> None:
        for w in self._widgets:
            w.hide()  # gone now, not only when the event loop deletes it
            w.setParent(None)
            w.deleteLater()
        self._widgets.clear()
        self._rows.clear()
        options: list[tuple[Any, str]] = [(None, self.tr("Not answered")),
                                          (True, self.tr("Taken")), (False, self.tr("Not taken"))]
        for row, med in enumerate(meds):
            text = f"{med.name} {dose_text(med.dose, med.unit)}".strip()
            label = QLabel(text + (f" ({med.schedule})" if med.schedule else ""))
            label.setTextFormat(Qt.TextFormat.PlainText)
            control = SegmentedControl(options)
            control.setAccessibleName(
                self.tr("{medication}: taken, not taken or not answered").format(medication=text))
            label.setBuddy(control)
            control.setValue(answers.get(med.key))
            control.valueChanged.connect(lambda *_: self.changed.emit())
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(control, row, 1)
            self._widgets += [label, control]
            self._rows[med.key] = control
        self._grid.setColumnStretch(0, 1)
        self._extra = {k: v for k, v in answers.items() if k not in self._rows}
        self.setVisible(bool(meds))

    def answers(self) -> dict[str, bool]:
        out = dict(self._extra)
        out.update({k: c.value() for k, c in self._rows.items() if c.value() is not None})
        return dict(sorted(out.items()))
