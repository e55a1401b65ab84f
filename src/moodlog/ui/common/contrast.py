"""WCAG contrast: relative luminance and contrast ratio of two colours, and a focus-ring colour
that keeps at least 3:1 against the background it is drawn on."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    return (0.2126 * _channel(color.red()) + 0.7152 * _channel(color.green())
            + 0.0722 * _channel(color.blue()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 (none) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def focus_ring_color(palette: QPalette,
                     background: QPalette.ColorRole = QPalette.ColorRole.Button) -> QColor:
    """The highlight colour when it stands out 3:1 from ``background``, the window and the
    field colour, otherwise the text colour (which always does)."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    grounds = (palette.color(background), palette.color(QPalette.ColorRole.Window),
               palette.color(QPalette.ColorRole.Base))
    if all(contrast_ratio(highlight, g) >= 3.0 for g in grounds):
        return highlight
    return palette.color(QPalette.ColorRole.WindowText)


def readable_fill(fill: QColor, text: QColor, minimum: float = 4.5) -> QColor:
    """``fill`` darkened (or lightened, for dark text) in small steps until ``text`` on it
    reaches ``minimum``: the chosen segment's highlight behind its white label."""
    color = QColor(fill)
    lighten = luminance(text) < 0.2
    for _ in range(40):
        if contrast_ratio(text, color) >= minimum:
            break
        color = color.lighter(105) if lighten else color.darker(105)
    return color
