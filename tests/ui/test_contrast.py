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


@pytest.mark.parametrize("make", [_light, dark_palette], ids=["light", "dark"])
def test_tick_box_edges_read_at_3_to_1(qapp: QApplication, make: object) -> None:
    from moodlog.ui.common.outlined_style import edge_color

    pal = make()  # type: ignore[operator]
    edge = edge_color(pal)
    assert contrast_ratio(edge, pal.color(R.Window)) >= 3.0
    assert contrast_ratio(edge, pal.color(R.Base)) >= 3.0


def test_a_chosen_preset_stands_out_and_is_readable(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QPushButton, QWidget

    from moodlog.ui.common.theme import show_selected

    for make in (_light, dark_palette):
        holder = QWidget()
        holder.setPalette(make())
        chosen, other = QPushButton("3 months", holder), QPushButton("1 year", holder)
        show_selected(chosen, True)
        show_selected(other, False)
        fill, text = chosen.palette().color(R.Button), chosen.palette().color(R.ButtonText)
        assert contrast_ratio(text, fill) >= 4.5
        assert contrast_ratio(fill, other.palette().color(R.Button)) >= 1.8
        assert other.palette().color(R.Button) == holder.palette().color(R.Button)
