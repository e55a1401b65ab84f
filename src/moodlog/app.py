"""Composition root: opens the journal and builds the window. Nothing else wires things."""

from __future__ import annotations

import sys

from moodlog.paths import DataDirError, ensure_data_dir, journal_path, resolve_data_dir
from moodlog.store import JournalError, JournalStore


def run_window(data_dir: str | None, smoke_test: bool = False) -> int:
    """Run the window until it closes; with ``smoke_test``, exit after the first paint."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from moodlog.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("moodlog")
    app.setDesktopFileName("moodlog")
    try:
        folder = ensure_data_dir(resolve_data_dir(data_dir))
        store = JournalStore.open(journal_path(folder))
    except (JournalError, DataDirError) as exc:
        print(f"moodlog: error: {exc}", file=sys.stderr)
        if not smoke_test:
            QMessageBox.critical(None, "moodlog cannot open the journal", str(exc))
        return 1
    try:
        window = MainWindow(str(store.path), store.counts())
        if smoke_test:
            window.first_paint.connect(lambda: QTimer.singleShot(0, app.quit))
            QTimer.singleShot(20_000, lambda: app.exit(3))  # never hang a CI run
        window.show()
        return app.exec()
    finally:
        store.close()
