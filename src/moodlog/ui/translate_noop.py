"""``QT_TRANSLATE_NOOP`` with a type (PySide6's returns ``object``): marks an English text for
lupdate where it is defined (a module constant) and returns it unchanged; it is translated
where it is shown, with ``tr()`` or ``QCoreApplication.translate()`` in the same context."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # lupdate knows it by this name
    return source
