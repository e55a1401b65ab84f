"""Preferences > Appearance applies at once, and muted text stays readable in the new scheme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from moodlog.ui.common.contrast import contrast_ratio
from moodlog.ui.common.settings import Settings
from moodlog.ui.common.theme import apply_appearance, is_dark, set_muted
from moodlog.ui.journal import Journal
from moodlog.ui.settings.preferences import PreferencesDialog


@pytest.fixture
def app() -> Iterator[QApplication]:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    apply_appearance(qapp, "system")  # the other tests see the platform's look again
    assert qapp.style().name() == style
    assert qapp.palette().color(QPalette.ColorRole.Window) == palette.color(
        QPalette.ColorRole.Window
    )


def _readable(label: QLabel) -> float:
    pal = label.palette()
    return contrast_ratio(
        pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window)
    )


def test_choosing_dark_then_light_applies_at_once(
    qtbot: QtBot, app: QApplication, journal: Journal, settings: Settings
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    hint = QLabel("Secondary text", window)
    set_muted(hint)
    window.show()
    qtbot.waitExposed(window)
    dialog = PreferencesDialog(journal, settings, None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    combo = dialog.appearance
    combo.setCurrentIndex(combo.findData("dark"))
    QApplication.processEvents()
    assert settings.appearance == "dark" and is_dark(app.palette())
    assert is_dark(hint.palette()) and _readable(hint) >= 4.5
    dark_hint = hint.palette().color(QPalette.ColorRole.WindowText)
    combo.setCurrentIndex(combo.findData("light"))
    QApplication.processEvents()
    assert settings.appearance == "light" and not is_dark(app.palette())
    assert not is_dark(hint.palette()) and _readable(hint) >= 4.5
    assert hint.palette().color(QPalette.ColorRole.WindowText) != dark_hint
    combo.setCurrentIndex(combo.findData("system"))
    assert settings.appearance == "system"
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    assert "&Appearance:" in texts and not any("restart" in t for t in texts if "ppearance" in t)


def test_error_text_and_mood_swatches_follow_a_switch(qtbot: QtBot, app: QApplication) -> None:
    """Colours set by hand (validation red, History's legend) are worked out again: the red
    made for a light window read at about 2.4:1 on the dark one."""
    from moodlog.ui.common.theme import error_color, set_error_colour
    from moodlog.ui.common.widgets import error_label
    from moodlog.ui.history.history import MoodLegend

    window = QWidget()
    qtbot.addWidget(window)
    error = error_label()
    error.setParent(window)
    message = QLabel("Saved", window)
    set_error_colour(message, True)
    set_error_colour(message, False)  # a plain message again: inherits the text colour
    legend = MoodLegend()
    legend.setParent(window)
    window.show()
    swatch = next(w for w in legend.findChildren(QLabel) if w.text() == "10")
    seen = []
    for scheme in ("light", "dark", "light"):
        apply_appearance(app, scheme)
        QApplication.processEvents()
        pal = error.palette()
        assert pal.color(error.foregroundRole()) == error_color(window.palette())
        assert contrast_ratio(pal.color(error.foregroundRole()),
                              window.palette().color(QPalette.ColorRole.Window)) >= 4.5
        assert message.palette().color(QPalette.ColorRole.WindowText) == \
            window.palette().color(QPalette.ColorRole.WindowText)
        seen.append(swatch.palette().color(QPalette.ColorRole.Window).name())
    assert seen[0] != seen[1] and seen[0] == seen[2]
