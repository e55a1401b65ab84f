"""PySide6's check of each newly imported module gives the same answers, faster."""

import sys
from pathlib import Path

import pytest

from moodlog.ui import pyside_imports


def test_modules_are_told_apart_by_their_source_as_pyside_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pyside_imports.install()
    pyside_imports.install()  # twice: still one wrapper
    feature = sys.modules.get("PySide6.support.feature") or sys.modules["shibokensupport.feature"]
    assert getattr(feature._mod_uses_pyside, "moodlog", False)
    (tmp_path / "ml_uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "ml_plain.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("ml_uses_qt", "ml_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        feature.pyside_feature_dict.pop(name, None)
        __import__(name)  # through the import statement, which PySide hooks
    assert feature.pyside_feature_dict["ml_uses_qt"] == 0  # uses PySide: features switchable
    assert feature.pyside_feature_dict["ml_plain"] == -1  # ignored, as PySide would
    assert feature._mod_uses_pyside(sys) is False  # a built-in module: PySide's own answer
