"""Text reads at 4.5:1 and focus rings at 3:1 in both themes, computed from the palettes and
the colours the app draws with."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from moodlog.ui.common.contrast import contrast_ratio, focus_ring_color, readable_fill
from moodlog.ui.common.theme import dark_palette, error_color, muted_color

R = QPalette.ColorRole


def _light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


@pytest.mark.parametrize("make", [_light, dark_palette], ids=["light", "dark"])
def test_text_and_focus_contrast(qapp: QApplication, make: object) -> None:
    pal = make()  # type: ignore[operator]
    pairs = {"text": (R.WindowText, R.Window), "field text": (R.Text, R.Base),
             "button text": (R.ButtonText, R.Button)}
    for what, (fg, bg) in pairs.items():
        assert contrast_ratio(pal.color(fg), pal.color(bg)) >= 4.5, what
    chosen = readable_fill(pal.color(R.Highlight), pal.color(R.HighlightedText))
    assert contrast_ratio(pal.color(R.HighlightedText), chosen) >= 4.5  # a chosen segment
    assert contrast_ratio(muted_color(pal), pal.color(R.Window)) >= 4.5
    assert contrast_ratio(error_color(pal), pal.color(R.Window)) >= 4.5
    ring = focus_ring_color(pal)
    assert contrast_ratio(ring, pal.color(R.Button)) >= 3.0
    assert contrast_ratio(ring, pal.color(R.Window)) >= 3.0


def test_the_ratio_itself() -> None:
    from PySide6.QtGui import QColor

    assert round(contrast_ratio(QColor("#000000"), QColor("#FFFFFF")), 1) == 21.0
    assert round(contrast_ratio(QColor("#7F7F7F"), QColor("#EFEFEF")), 1) == 3.5
