"""A set tag is filled with the highlight colour, readable, in light and dark: Fusion's checked
shade read as unset (a real-window look at an imported Bearable day)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from moodlog.core.life import Tag
from moodlog.ui.checkin.tags_picker import TagsPicker
from moodlog.ui.common.contrast import contrast_ratio
from moodlog.ui.common.theme import apply_appearance

R = QPalette.ColorRole


def test_set_tags_stand_out_from_unset_ones(qtbot: QtBot, qapp: QApplication) -> None:
    picker = TagsPicker()
    picker.set_tags([Tag("walk", "walk", "Activities"), Tag("family", "family", "People")])
    qtbot.addWidget(picker)
    picker.show()
    chips = picker.findChildren(QPushButton)
    assert len(chips) >= 2
    before = QPalette(qapp.palette()), qapp.style().name()
    try:
        for scheme in ("light", "dark"):
            apply_appearance(qapp, scheme)
            chips[0].setChecked(True)
            QApplication.processEvents()
            on, off = chips[0].palette(), chips[1].palette()
            assert contrast_ratio(on.color(R.ButtonText), on.color(R.Button)) >= 4.5
            assert contrast_ratio(on.color(R.Button), off.color(R.Button)) >= 1.8
            chips[0].setChecked(False)
            QApplication.processEvents()
            assert chips[0].palette().color(R.Button) == chips[1].palette().color(R.Button)
    finally:
        apply_appearance(qapp, "system")
        qapp.setStyle(before[1])
        qapp.setPalette(before[0])
