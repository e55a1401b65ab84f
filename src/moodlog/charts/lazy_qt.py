"""pyqtgraph's Qt shim, filled in as pyqtgraph uses it instead of all at once.

``pyqtgraph.Qt`` keeps mirrors of ``QtCore``, ``QtGui`` and ``QtWidgets`` and fills them by
reading every attribute of the three PySide6 modules (``_copy_attrs``). PySide6 builds a class
(and its enums) the first time it is asked for it, so that loop built all ~700 of them: about
185 ms of importing pyqtgraph and ~10 MB that the charts never use (issue 22).

:func:`install` adds an import hook for ``pyqtgraph.Qt`` alone that runs pyqtgraph's own
source with one change: each mirror gets a module ``__getattr__`` that fetches a name from
PySide6 when first asked for and keeps it (PEP 562), so what pyqtgraph uses resolves to the
same objects as before and what it never uses is never built. Names the mirror defines itself
still win, as with ``_copy_attrs``' ``hasattr`` check. If pyqtgraph's source does not contain
the expected function (another version), nothing changes: the import runs as shipped.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec, SourceFileLoader
from types import ModuleType

# Only importlib.machinery (already loaded by every interpreter): this is installed before the
# window's first paint, and importlib.abc / importlib.util would bring typing along (~6 ms).

_TARGET = "pyqtgraph.Qt"

_ORIGINAL = '''def _copy_attrs(src, dst):
    for o in dir(src):
        if not hasattr(dst, o):
            setattr(dst, o, getattr(src, o))
'''

_LAZY = '''def _copy_attrs(src, dst):
    from moodlog.charts.lazy_qt import mirror
    mirror(src, dst)
'''


def mirror(src: ModuleType, dst: ModuleType) -> None:
    """Make ``dst`` answer every name of ``src`` that it lacks, fetched on first use."""

    def __getattr__(name: str) -> object:  # noqa: N807 (PEP 562 module hook)
        value = getattr(src, name)  # AttributeError as before for names PySide6 lacks
        setattr(dst, name, value)
        return value

    dst.__getattr__ = __getattr__  # type: ignore[method-assign]


class _Loader(SourceFileLoader):
    """pyqtgraph.Qt's own file, with the one function replaced (see the module's docstring)."""

    def get_data(self, path: str) -> bytes:
        data = bytes(super().get_data(path))
        if path.endswith(".py"):
            source = data.decode("utf-8")
            if _ORIGINAL in source:
                return source.replace(_ORIGINAL, _LAZY, 1).encode("utf-8")
        return data

    def path_stats(self, path: str) -> dict[str, float]:
        # No cached bytecode: the cache would hold the changed code under pyqtgraph's name.
        raise OSError(path)

    def set_data(self, path: str, data: object, *, _mode: int = 0o666) -> None:
        pass  # write no bytecode beside pyqtgraph's


class _Finder:
    moodlog = True

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname != _TARGET:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is None:
                continue
            if type(spec.loader) is not SourceFileLoader or spec.origin is None:
                return spec  # a frozen or bundled pyqtgraph: as shipped
            mine = ModuleSpec(fullname, _Loader(fullname, spec.origin), origin=spec.origin,
                              is_package=True)
            mine.submodule_search_locations = spec.submodule_search_locations
            mine.has_location = True
            return mine
        return None


def install() -> None:
    """Add the hook (idempotent; does nothing once pyqtgraph is imported)."""
    if _TARGET in sys.modules or any(getattr(f, "moodlog", False) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _Finder())
