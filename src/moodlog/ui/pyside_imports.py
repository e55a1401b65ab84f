"""Imports after PySide6 at the speed of imports before it.

Once ``PySide6.QtCore`` is imported, PySide6 hooks every later import to learn whether the new
module uses PySide (for its opt-in ``from __feature__ import ...``): it asks
``inspect.getsource(module)`` and looks for "PySide6" in it. Tokenising the whole source of
each of the ~300 modules SQLAlchemy brings cost about a fifth of the journal's opening time
(benchmarks: the window's start-up). :func:`install` asks the same question of the file's
bytes; modules that are not plain ``.py`` files still get PySide's own answer.
"""

from __future__ import annotations

import sys
from types import ModuleType


def install() -> None:
    """Replace PySide6's source check by a byte search of the same file, and let
    pyqtgraph's Qt shim fetch the classes it uses instead of all of them (charts/lazy_qt.py;
    ~10 MB and ~0.2 s of importing pyqtgraph). Idempotent."""
    from moodlog.charts import lazy_qt

    lazy_qt.install()
    import PySide6.QtCore  # noqa: F401  (installs the hook and its module)

    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get(
        "shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "moodlog", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.moodlog = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
