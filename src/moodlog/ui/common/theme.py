"""Colours that read well in light and dark mode and for red-green colour blindness.

Every colour here is either taken from the palette (so it follows the system scheme) or chosen
from the Okabe-Ito set, which stays distinct for the common forms of colour blindness. Mood tints
are painted translucent over the palette's base colour so text on them stays readable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# Okabe-Ito: orange for low mood, sky/blue for high mood, grey in the middle.
_LOW = QColor("#D55E00")
_MID = QColor("#9A9A9A")
_HIGH = QColor("#0072B2")
WARNING = QColor("#E69F00")


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def mood_color(mood: int) -> QColor:
    """The tint of a mood 0-10: orange (worst) through grey to blue (best)."""
    mood = max(0, min(10, mood))
    if mood <= 5:
        return _mix(_LOW, _MID, mood / 5)
    return _mix(_MID, _HIGH, (mood - 5) / 5)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tint(color: QColor, palette: QPalette | None = None) -> QColor:
    """``color`` made translucent enough that palette text on it stays readable."""
    out = QColor(color)
    out.setAlpha(150 if is_dark(palette) else 110)
    return out


def error_color(palette: QPalette | None = None) -> QColor:
    """A red for validation messages that is readable on both light and dark windows."""
    return QColor("#FF8A80") if is_dark(palette) else QColor("#B3261E")


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (used when the user asks for dark, and for
    screenshots: the offscreen platform has no system scheme to follow)."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#E8EAED",
        QPalette.ColorRole.Base: "#17181A", QPalette.ColorRole.AlternateBase: "#26282B",
        QPalette.ColorRole.Text: "#E8EAED", QPalette.ColorRole.Button: "#2D2F33",
        QPalette.ColorRole.ButtonText: "#E8EAED", QPalette.ColorRole.BrightText: "#FFFFFF",
        QPalette.ColorRole.Highlight: "#4C8DD6", QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.ToolTipBase: "#2D2F33", QPalette.ColorRole.ToolTipText: "#E8EAED",
        QPalette.ColorRole.Link: "#8AB4F8", QPalette.ColorRole.PlaceholderText: "#9AA0A6",
        QPalette.ColorRole.Light: "#3C4043", QPalette.ColorRole.Midlight: "#33363A",
        QPalette.ColorRole.Mid: "#494C50", QPalette.ColorRole.Dark: "#121314",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7F8389"))
    return p


#: The platform's own style name and palette, kept when light or dark first replaces them.
_platform_look: tuple[str, QPalette] | None = None


def apply_appearance(app: QApplication, appearance: str) -> None:
    """``system`` keeps (or gives back) the platform's look; ``light``/``dark`` force Fusion
    palettes. Applies at once: every widget receives the new palette."""
    global _platform_look
    if appearance not in ("light", "dark"):
        if _platform_look is not None:
            style, palette = _platform_look
            app.setStyle(style)
            app.setPalette(palette)
        return
    if _platform_look is None:
        _platform_look = (app.style().name(), QPalette(app.palette()))
    from moodlog.ui.common.outlined_style import OutlinedStyle

    app.setStyle(OutlinedStyle())
    app.setPalette(dark_palette() if appearance == "dark" else app.style().standardPalette())


def muted_color(palette: QPalette) -> QColor:
    """The placeholder colour, moved toward the text colour until it reads at 4.5:1 on the
    window (Fusion's light grey hint is only 3.5:1)."""
    from moodlog.ui.common.contrast import contrast_ratio

    hint_ = palette.color(QPalette.ColorRole.PlaceholderText)
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    for step in range(11):
        color = _mix(hint_, text, step / 10)
        if contrast_ratio(color, window) >= 4.5:
            return color
    return text


#: Colours of some palette roles, worked out from the palette a widget inherits.
Colours = Callable[[QPalette], dict[QPalette.ColorRole, QColor]]


class _ColourFollower(QObject):
    """Works a widget's own colours out again when the palette it inherits changes (a new
    appearance): colours set explicitly would otherwise keep the old scheme's (red made for a
    light window on a dark one, say)."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.rules: dict[int, Colours] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) \
                and isinstance(watched, QWidget):
            rule = self.rules.get(id(watched))
            if rule is not None:
                _apply(watched, rule)  # one more PaletteChange, which then changes nothing
        return False


_follower: _ColourFollower | None = None


def _inherited(widget: QWidget) -> QPalette:
    parent = widget.parentWidget()
    return QPalette(parent.palette() if parent is not None else QApplication.palette(widget))


def _apply(widget: QWidget, rule: Colours) -> None:
    base = _inherited(widget)
    wanted = rule(base)
    if all(widget.palette().color(role) == c for role, c in wanted.items()) and wanted:
        return
    pal = QPalette(base)
    for role, colour in wanted.items():
        pal.setColor(role, colour)
    widget.setPalette(pal if wanted else QPalette())


def follow_colours(widget: QWidget, rule: Colours | None) -> None:
    """Give ``widget`` the colours ``rule`` works out from the palette it inherits, now and
    after every change of appearance; ``None`` gives it back the inherited colours."""
    global _follower
    if _follower is None:
        _follower = _ColourFollower(QApplication.instance())
    key = id(widget)
    if rule is None:
        if _follower.rules.pop(key, None) is not None:  # else nothing of ours to undo
            widget.removeEventFilter(_follower)
            widget.setPalette(QPalette())
        return
    if key not in _follower.rules:
        widget.installEventFilter(_follower)
        widget.destroyed.connect(lambda *_: _follower.rules.pop(key, None)
                                 if _follower is not None else None)
    _follower.rules[key] = rule
    _apply(widget, rule)


def set_muted(widget: QWidget) -> None:
    """Secondary text: the palette's placeholder colour, kept readable (4.5:1) in both schemes,
    and worked out again when the appearance changes."""
    follow_colours(widget, lambda base: {QPalette.ColorRole.WindowText: muted_color(base)})


def set_error_colour(widget: QWidget, error: bool = True) -> None:
    """Validation text in the error red of the scheme shown (or back to plain text)."""
    role = widget.foregroundRole()
    follow_colours(widget, (lambda base: {role: error_color(base)}) if error else None)


def heading_font(widget: QWidget, scale: float = 1.35, bold: bool = True) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter


def _selected_colours(base: QPalette) -> dict[QPalette.ColorRole, QColor]:
    from moodlog.ui.common.contrast import readable_fill

    text = base.color(QPalette.ColorRole.HighlightedText)
    fill = readable_fill(base.color(QPalette.ColorRole.Highlight), text)
    return {QPalette.ColorRole.Button: fill, QPalette.ColorRole.ButtonText: text}


def show_selected(button: QWidget, selected: bool) -> None:
    """A chosen toggle button (the Insights range presets, set tags) filled with the highlight
    colour, white text at 4.5:1, so that it stands out in dark mode too (Fusion's checked
    button is only a shade darker); others inherit the palette again. Kept right through
    changes of appearance by ``follow_colours``."""
    follow_colours(button, _selected_colours if selected else None)
