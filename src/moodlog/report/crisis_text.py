"""Crisis resources in the active language, for the window's crisis panel and the safety-plan
page: core keeps the notes ("free, 24/7"), the labels of the ways to reach a service ("chat")
and "Emergency services" in English, which the command line prints. Services' own names are
proper names and stay as they are; the numbers and addresses never change.

A test holds that every note and label in core.crisis_lines is marked here.
"""

from __future__ import annotations

from moodlog.charts.qt_text import QT_TRANSLATE_NOOP, QCoreApplication
from moodlog.core.crisis_lines import Line, Resource

#: Every ``Resource.note`` and ``Line.label`` of core.crisis_lines, and the emergency service.
MARKERS = (
    QT_TRANSLATE_NOOP("Crisis", "Emergency services"),
    QT_TRANSLATE_NOOP("Crisis", "24/7"),
    QT_TRANSLATE_NOOP("Crisis", "English and French, 24/7"),
    QT_TRANSLATE_NOOP("Crisis", "free, 24/7"),
    QT_TRANSLATE_NOOP("Crisis", "free, anonymous"),
    QT_TRANSLATE_NOOP("Crisis", "free, anonymous, 24/7"),
    QT_TRANSLATE_NOOP("Crisis", "in Dutch, 24/7"),
    QT_TRANSLATE_NOOP("Crisis", "lists vetted helplines by country"),
    QT_TRANSLATE_NOOP("Crisis", "Swedish"),
    QT_TRANSLATE_NOOP("Crisis", "Finnish"),
    QT_TRANSLATE_NOOP("Crisis", "English, Fridays 9-13"),
    QT_TRANSLATE_NOOP("Crisis", "chat"),
    QT_TRANSLATE_NOOP("Crisis", "chat, mail"),
    QT_TRANSLATE_NOOP("Crisis", "where to get help"),
)


def _crisis(text: str) -> str:
    return QCoreApplication.translate("Crisis", text) if text else ""


def service_text(resource: Resource) -> str:
    return _crisis("Emergency services") if resource.emergency else resource.service


def note_text(resource: Resource) -> str:
    return _crisis(resource.note)


def label_text(line: Line) -> str:
    return _crisis(line.label)


def line_text(line: Line) -> str:
    """"call 116 123", "text 85258", "chat at 988lifeline.org" in the active language."""
    shown = line.value.removeprefix("https://").removesuffix("/")
    label = label_text(line)
    if line.how == "web":
        return QCoreApplication.translate("Crisis", "{what} at {address}").format(
            what=label or QCoreApplication.translate("Crisis", "online"), address=shown)
    if line.how == "call":
        text = QCoreApplication.translate("Crisis", "call {number}").format(number=shown)
    else:
        text = QCoreApplication.translate("Crisis", "text {number}").format(number=shown)
    return text + (f" ({label})" if label else "")


def resource_text(resource: Resource) -> str:
    """One line for a printed page, as ``Resource.text`` writes it in English."""
    service = service_text(resource)
    note = f" ({note_text(resource)})" if resource.note else ""
    if [line.value.removeprefix("https://") for line in resource.lines] == [resource.service]:
        return f"{service}{note}"
    return f"{service}{note}: " + ", ".join(line_text(line) for line in resource.lines)
