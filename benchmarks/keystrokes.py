"""How many keys a check-in takes from launch, driven by QTest; prints a Markdown table.

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/keystrokes.py [--quick]

Each scenario opens a fresh main window on a new journal in a temporary folder (a journal with
yesterday's check-in, so Today opens on the form; "first launch" starts from an empty one, on
the welcome page), sends every key to whatever has focus, as a keyboard does, and then reads the
journal back to check that exactly what was typed was stored. A chord (Ctrl+S) counts as one key.
Targets (issue 15): mood only = a digit and Ctrl+S; mood, 12 symptoms and sleep <= 30 keys.
``--quick`` runs the same scenarios (they take well under a second); it is what the test suite
runs to keep this script working.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from moodlog.core.models import CheckIn  # noqa: E402
from moodlog.core.symptoms import BUILTIN_KEYS  # noqa: E402
from moodlog.store import JournalStore  # noqa: E402
from moodlog.ui.common.segmented import SegmentedControl  # noqa: E402
from moodlog.ui.common.settings import Settings  # noqa: E402
from moodlog.ui.journal import Journal  # noqa: E402
from moodlog.ui.main_window import MainWindow  # noqa: E402

CTRL_S = ("S", Qt.KeyboardModifier.ControlModifier)
Key = str | tuple[str, Qt.KeyboardModifier]
_KEYS = {"Tab": Qt.Key.Key_Tab, "Enter": Qt.Key.Key_Return, "S": Qt.Key.Key_S,
         ".": Qt.Key.Key_Period}


@dataclass(frozen=True)
class Scenario:
    name: str
    keys: list[Key]
    expect: Callable[[CheckIn], bool]
    first_launch: bool = False
    auto_advance: bool = True


def _send(app: QApplication, key: Key) -> None:
    text, mods = (key, Qt.KeyboardModifier.NoModifier) if isinstance(key, str) else key
    target = app.focusWidget()
    assert target is not None, "nothing has focus"
    code = _KEYS.get(text) or Qt.Key(Qt.Key.Key_0 + int(text))
    QTest.keyClick(target, code, mods)
    app.processEvents()


def _run(app: QApplication, folder: Path, s: Scenario) -> tuple[int, bool]:
    store = JournalStore.open(folder / f"{abs(hash(s.name))}.sqlite")
    if not s.first_launch:
        store.save_checkin(CheckIn(date.today() - timedelta(days=1), 5))
    journal = Journal(store)
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    SegmentedControl.auto_advance = s.auto_advance
    window = MainWindow(journal, settings)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    for key in s.keys:
        _send(app, key)
    saved = store.checkin(date.today())
    ok = saved is not None and s.expect(saved)
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()
    return len(s.keys), ok


def _full(saved: CheckIn, mood: int) -> bool:
    return (saved.mood == mood and [saved.ratings.get(k) for k in BUILTIN_KEYS]
            == [int(d) for d in SYMPTOMS] and saved.sleep_hours == 7.5
            and saved.note == "")


SYMPTOMS = list("102010031000")
SCENARIOS = [
    Scenario("mood only (7)", ["7", CTRL_S], lambda c: c.mood == 7 and not c.ratings),
    Scenario("mood only (10)", ["1", "0", CTRL_S], lambda c: c.mood == 10),
    Scenario("mood only, first launch (Enter on Start)", ["Enter", "4", CTRL_S],
             lambda c: c.mood == 4, first_launch=True),
    Scenario("full: mood 7, 12 symptoms, sleep 7.5",
             ["7", *SYMPTOMS, "7", ".", "5", CTRL_S], lambda c: _full(c, 7)),
    Scenario("full: mood 10, 12 symptoms, sleep 7.5",
             ["1", "0", *SYMPTOMS, "7", ".", "5", CTRL_S], lambda c: _full(c, 10)),
    Scenario("full, auto-advance off (Tab after each)",
             ["7", "Tab", *[k for d in SYMPTOMS for k in (d, "Tab")], "7", ".", "5", CTRL_S],
             lambda c: _full(c, 7), auto_advance=False),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the same run (kept for CI)")
    parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    failed = False
    print("| check-in from launch | keys | stored exactly what was typed |")
    print("| --- | ---: | --- |")
    with tempfile.TemporaryDirectory(prefix="moodlog-keys-") as tmp:
        for scenario in SCENARIOS:
            keys, ok = _run(app, Path(tmp), scenario)
            failed |= not ok
            print(f"| {scenario.name} | {keys} | {'yes' if ok else 'NO'} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
