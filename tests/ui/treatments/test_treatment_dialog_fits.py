"""The treatment dialog fits the screen: on a short one its body scrolls and Save stays in
sight (it was 813 px tall, and Save/Cancel were off a 768-pixel screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from moodlog.ui.common.screen_fit import FRAME
from moodlog.ui.treatments.treatment_dialog import TreatmentDialog


def test_the_dialog_fits_the_free_screen_and_keeps_its_buttons_in_sight(qtbot: QtBot) -> None:
    dialog = TreatmentDialog(lambda t: t)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    free = dialog.screen().availableGeometry()
    assert dialog.height() <= free.height() - FRAME
    assert dialog.width() <= free.width() - FRAME
    content = dialog.body.widget().sizeHint()
    if content.height() > dialog.body.viewport().height():
        assert dialog.body.verticalScrollBar().maximum() > 0  # the rest scrolls into view
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and buttons.isVisible()
    bottom = buttons.mapTo(dialog, buttons.rect().bottomLeft()).y()
    assert bottom <= dialog.height()  # Save and Cancel are inside the dialog, not below it


def test_fields_deep_in_the_dialog_scroll_into_view_when_tabbed_to(qtbot: QtBot) -> None:
    dialog = TreatmentDialog(lambda t: t)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    last = list(dialog.effects.values())[-1]
    last.setFocus()
    dialog.body.ensureWidgetVisible(last)
    qtbot.wait(10)
    top = last.mapTo(dialog.body.viewport(), last.rect().topLeft()).y()
    assert 0 <= top < dialog.body.viewport().height()
