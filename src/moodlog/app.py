"""Composition root: opens the journal and builds the windows. Nothing else wires things."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from moodlog.paths import DataDirError, ensure_data_dir, journal_path, resolve_data_dir
from moodlog.store import JournalError, JournalStore


class App:
    """Owns the open journals and their windows (the user's, and a demo if asked for)."""

    def __init__(self, qapp: Any) -> None:
        from moodlog.ui.settings import Settings

        self.qapp = qapp
        self.settings = Settings()
        self.windows: list[Any] = []

    def open_window(self, store: JournalStore, demo: bool = False) -> Any:
        from moodlog.ui.journal import Journal
        from moodlog.ui.main_window import MainWindow

        window = MainWindow(Journal(store, demo=demo), self.settings)
        window.demo_requested.connect(self.open_demo)
        self.windows.append(window)
        return window

    def open_demo(self) -> Any:
        """A separate journal of made-up data in a temporary folder, deleted on close."""
        from PySide6.QtCore import Qt

        from moodlog.core.demo import generate

        folder = Path(tempfile.mkdtemp(prefix="moodlog-demo-"))
        store = JournalStore.open(folder / "demo.sqlite")
        store.import_data(generate())
        window = self.open_window(store, demo=True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def cleanup() -> None:
            store.close()
            shutil.rmtree(folder, ignore_errors=True)
            if window in self.windows:
                self.windows.remove(window)

        window.closed.connect(cleanup)
        window.show()
        return window


def make_qapp() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("moodlog")
    app.setOrganizationName("moodlog")
    app.setDesktopFileName("moodlog")
    from PySide6.QtGui import QIcon

    from moodlog.resources import icon_path

    app.setWindowIcon(QIcon(str(icon_path())))
    return app


def _open_store(data_dir: str | None) -> JournalStore:
    folder = ensure_data_dir(resolve_data_dir(data_dir))
    return JournalStore.open(journal_path(folder))


def run_window(data_dir: str | None, smoke_test: bool = False) -> int:
    """Run the window until it closes; with ``smoke_test``, exit after the first paint."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from moodlog.ui.theme import apply_appearance

    qapp = make_qapp()
    try:
        store = _open_store(data_dir)
    except (JournalError, DataDirError) as exc:
        print(f"moodlog: error: {exc}", file=sys.stderr)
        if not smoke_test:
            QMessageBox.critical(None, "moodlog cannot open the journal", str(exc))
        return 1
    app = App(qapp)
    apply_appearance(qapp, app.settings.appearance)
    try:
        window = app.open_window(store)
        if smoke_test:
            window.first_paint.connect(lambda: QTimer.singleShot(0, qapp.quit))
            QTimer.singleShot(20_000, lambda: qapp.exit(3))  # never hang a CI run
        window.show()
        return int(qapp.exec())
    finally:
        for w in list(app.windows):
            w.close()
        store.close()


def take_screenshots(data_dir: str | None, folder: str) -> int:
    """Render each view and dialog offscreen to PNGs in ``folder``, light and dark."""
    from moodlog.ui.screenshots import render_all

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    qapp = make_qapp()
    store = _open_store(data_dir)
    try:
        written = render_all(App(qapp), store, out)
    finally:
        store.close()
    for path in written:
        print(path)
    return 0
