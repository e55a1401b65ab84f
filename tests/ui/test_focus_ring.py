"""Every focusable control shows a focus ring of at least 3:1 (issue 15, point 2)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moodlog.ui.common.contrast import contrast_ratio, focus_ring_color
from moodlog.ui.common.focus_ring import RING_WIDTH, install_focus_rings, ring_target
from moodlog.ui.common.segmented import SegmentedControl
from moodlog.ui.common.theme import apply_appearance


def _edge_colour(image: QImage, widget: QWidget) -> QColor:
    """The colour one pixel inside the middle of the control's left edge."""
    top_left = widget.mapTo(widget.window(), QPoint(0, 0))
    ratio = image.devicePixelRatio()
    x = int((top_left.x() + RING_WIDTH // 2) * ratio)
    y = int((top_left.y() + widget.height() // 2) * ratio)
    return image.pixelColor(x, y)


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> object:
    before = QPalette(qapp.palette()), qapp.style().name()
    apply_appearance(qapp, request.param)
    yield request.param
    qapp.setStyle(before[1])
    qapp.setPalette(before[0])


def test_each_kind_of_control_gets_a_visible_ring(qtbot: QtBot, qapp: QApplication,
                                                  themed: object) -> None:
    rings = install_focus_rings(qapp)
    assert install_focus_rings(qapp) is rings  # once per application
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    combo = QComboBox()
    combo.addItems(["one", "two"])
    controls: list[QWidget] = [QPushButton("Save"), QLineEdit("text"), QSpinBox(), combo,
                               QDateEdit(), QCheckBox("Tick"), QListWidget()]
    for c in controls:
        layout.addWidget(c)
    top.show()
    qtbot.waitExposed(top)
    ring = focus_ring_color(qapp.palette())
    for control in controls:
        control.setFocus()
        qtbot.waitUntil(lambda c=control: rings.target is c)
        image = top.grab().toImage()
        seen = _edge_colour(image, control)
        behind = [qapp.palette().color(r) for r in (QPalette.ColorRole.Window,
                                                   QPalette.ColorRole.Base,
                                                   QPalette.ColorRole.Button)]
        assert all(contrast_ratio(ring, b) >= 3.0 for b in behind)
        assert contrast_ratio(seen, ring) < 1.3, (type(control).__name__, seen.name())
        other = controls[0] if control is not controls[0] else controls[1]
        other.setFocus()
        qtbot.waitUntil(lambda o=other: rings.target is o)
        unfocused = _edge_colour(top.grab().toImage(), control)
        assert contrast_ratio(unfocused, ring) > 1.3, type(control).__name__


def test_the_ring_goes_on_the_whole_control_and_not_on_menus_or_own_rings(qtbot: QtBot) -> None:
    spin = QSpinBox()
    qtbot.addWidget(spin)
    edit = spin.findChild(QLineEdit)
    assert edit is not None and ring_target(edit) is spin
    lst = QListWidget()
    qtbot.addWidget(lst)
    assert ring_target(lst.viewport()) is lst
    seg = SegmentedControl([(0, "No"), (1, "Yes")])
    qtbot.addWidget(seg)
    assert ring_target(seg) is None
    assert ring_target(None) is None
