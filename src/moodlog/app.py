"""Composition root: opens the journal and builds the windows. Nothing else wires things."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from moodlog import __version__
from moodlog.lock import JournalLock, LockedError
from moodlog.log import describe_platform, log, log_exception, setup_logging
from moodlog.paths import (
    DataDirError,
    backup_dir,
    ensure_data_dir,
    journal_path,
    resolve_data_dir,
)
from moodlog.store import DamagedJournalError, JournalError, JournalStore, backup


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


def _open_store(data_dir: str | None, daily_backup: bool = False) -> JournalStore:
    folder = ensure_data_dir(resolve_data_dir(data_dir))
    return JournalStore.open(journal_path(folder), backup_dir(folder), daily_backup=daily_backup)


def _offer_restore(data_dir: str | None, exc: DamagedJournalError) -> JournalStore | None:
    """The journal is damaged: explain, and offer the newest good backup (or quit)."""
    from PySide6.QtWidgets import QMessageBox

    folder = resolve_data_dir(data_dir)
    journal, backups = journal_path(folder), backup_dir(folder)
    good = backup.newest_good(backups, journal.stem)
    box = QMessageBox(QMessageBox.Icon.Warning, "Your journal is damaged",
                      "moodlog could not open your journal because the file is damaged. "
                      "It has not changed the file.")
    if good is None:
        box.setInformativeText(f"No good backup was found in {backups}. The damaged file is "
                               f"{journal}; keep it, it may still be recoverable.")
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return None
    counts = backup.entry_counts(good.path)
    held = f" ({counts[0]} check-ins)" if counts else ""
    box.setInformativeText(
        f"You can restore the newest good backup, from {good.created:%A %d %B %Y, %H:%M}"
        f"{held}. The damaged file is kept in the backups folder.")
    box.setDetailedText(str(exc))
    restore = box.addButton("Restore that backup", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    backup.restore(journal, good.path, backups)
    log.info("restored a damaged journal from a %s backup", good.reason)
    return _open_store(data_dir)


def _install_excepthook(log_file: Path) -> None:
    """Uncaught errors in the window are logged and shown; the window (and what the user
    typed) stays."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        log_exception(exc_type, exc, tb)
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        QMessageBox.critical(
            QApplication.activeWindow(), "Something went wrong",
            "moodlog ran into an unexpected problem. What you have typed is still in the "
            "window; try saving again.\n\nDetails are in the log file (it holds no journal "
            f"entries):\n{log_file}")

    sys.excepthook = hook


def run_window(data_dir: str | None, smoke_test: bool = False) -> int:
    """Run the window until it closes; with ``smoke_test``, exit after the first paint."""
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QMessageBox

    from moodlog.ui.theme import apply_appearance

    log_file = setup_logging()
    log.info("moodlog %s starting (%s)", __version__, describe_platform())
    qapp = make_qapp()

    def refuse(title: str, message: str) -> int:
        print(f"moodlog: error: {message}", file=sys.stderr)
        log.warning("%s: %s", title, message)
        if not smoke_test:
            QMessageBox.critical(None, title, message)
        return 1

    try:
        journal = journal_path(ensure_data_dir(resolve_data_dir(data_dir)))
    except DataDirError as exc:
        return refuse("moodlog cannot open the journal", str(exc))
    lock = JournalLock(journal)
    try:
        lock.acquire()
    except LockedError:
        return refuse("moodlog is already open",
                      f"moodlog is already open with this journal ({journal}). Switch to that "
                      "window; only one window at a time can write to a journal.")
    try:
        try:
            store = _open_store(data_dir, daily_backup=True)
        except DamagedJournalError as exc:
            if smoke_test:
                return refuse("Your journal is damaged", str(exc))
            restored = _offer_restore(data_dir, exc)
            if restored is None:
                return 1
            store = restored
        except (JournalError, DataDirError) as exc:
            return refuse("moodlog cannot open the journal", str(exc))
        log.info("opened the journal at %s", store.path)
        app = App(qapp)
        apply_appearance(qapp, app.settings.appearance)
        _install_excepthook(log_file)
        guard = QTimer()  # never hang a CI run; stopped after, so it cannot fire later
        guard.setSingleShot(True)
        guard.timeout.connect(lambda: qapp.exit(3))
        try:
            window = app.open_window(store)
            if smoke_test:
                window.first_paint.connect(lambda: QTimer.singleShot(0, qapp.quit))
                guard.start(20_000)
            window.show()
            return int(qapp.exec())
        finally:
            guard.stop()
            # quit() closes the windows, and the last one closing posts a second Quit event;
            # left queued, it makes every later event loop of this process return at once.
            qapp.removePostedEvents(qapp, QEvent.Type.Quit)
            sys.excepthook = sys.__excepthook__
            for w in list(app.windows):
                w.close()
            store.close()
    finally:
        lock.release()
        log.info("moodlog closed")


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
