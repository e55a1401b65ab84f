"""charts/lazy_qt.py: pyqtgraph's Qt mirrors filled on first use give the same objects."""

from __future__ import annotations

import os
import subprocess
import sys

CHECK = r"""
import sys
from moodlog.charts import lazy_qt
lazy_qt.install()
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import pyqtgraph as pg
from pyqtgraph import Qt as shim
assert type(shim.__loader__).__module__ == "moodlog.charts.lazy_qt", shim.__loader__
mirrors = {"QtCore": PySide6.QtCore, "QtGui": PySide6.QtGui, "QtWidgets": PySide6.QtWidgets}
own = {name: set(vars(getattr(shim, name))) for name in mirrors}
# Not built up front: a class pyqtgraph never touches is not in the mirror yet.
assert "QPdfWriter" not in own["QtGui"] and "QCalendarWidget" not in own["QtWidgets"]
checked = 0
for name, src in mirrors.items():
    dst = getattr(shim, name)
    for attr in dir(src):
        if hasattr(type(dst), attr):
            continue  # the module type's own (__dir__, __class__ ...): never copied either
        value = getattr(dst, attr)
        if attr not in own[name]:
            assert value is getattr(src, attr), (name, attr)
            checked += 1
assert checked > 500, checked
# What pyqtgraph set on its mirrors itself stays its own.
assert shim.QtGui.QFileSystemModel is PySide6.QtWidgets.QFileSystemModel
try:
    shim.QtCore.NoSuchThing
except AttributeError:
    pass
else:
    raise AssertionError("a missing name must raise AttributeError")
plot = pg.PlotWidget()
plot.plot([1, 2, 3], [3, 1, 2])
plot.resize(200, 120)
assert not plot.grab().isNull()
print("ok", checked)
"""


def test_lazy_mirrors_resolve_every_name_to_the_same_object() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok ")
