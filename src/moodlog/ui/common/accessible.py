"""What screen readers are told about controls Qt describes poorly (issue 15, point 9).

- A segmented rating control is a group (its options are real radio buttons inside it).
- A date or date-and-time field: Qt offers its value as a number, so AT-SPI read "0". Here it
  is a spin box whose value is the date as shown ("Wed 2 Dec 2026"), with no numeric value,
  and (since the AT-SPI bridge passes on neither) whose description starts with that date.

The factory is installed once per process; the interfaces are kept alive here as long as
their widgets, since Qt calls back into them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QDateTimeEdit, QWidget

_installed = False
_alive: dict[int, QAccessibleInterface] = {}


class DateFieldAccessible(QAccessibleWidget):
    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit, QAccessible.Role.SpinBox)

    def text(self, t: QAccessible.Text) -> str:
        widget = self.widget()
        if isinstance(widget, QDateTimeEdit):
            if t == QAccessible.Text.Value:
                return widget.text()
            if t == QAccessible.Text.Description:
                # Qt's AT-SPI bridge passes on neither the text nor a value of a date field:
                # the date shown leads the description ("Wed 2 Dec 2026, Ctrl+D").
                own = super().text(t)
                return widget.text() + (f", {own}" if own else "")
        return super().text(t)


def _keep(obj: QObject, interface: QAccessibleInterface) -> QAccessibleInterface:
    key = id(obj)
    _alive[key] = interface
    obj.destroyed.connect(lambda *_: _alive.pop(key, None))
    return interface


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if getattr(obj, "accessible_group", False) and isinstance(obj, QWidget):
        return QAccessibleWidget(obj, QAccessible.Role.Grouping)
    if isinstance(obj, QDateTimeEdit):
        return _keep(obj, DateFieldAccessible(obj))
    return None


def install_accessible_factory() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
