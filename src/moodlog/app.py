"""Composition root: opens the journal and builds the windows. Nothing else wires things."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moodlog import APP_ID, version
from moodlog.lock import JournalLock, LockedError
from moodlog.log import describe_platform, log, log_exception, setup_logging
from moodlog.paths import (
    DataDirError,
    ensure_data_dir,
    journal_path,
    resolve_data_dir,
)
from moodlog.store.errors import DamagedJournalError, JournalError, NotAJournalError

if TYPE_CHECKING:
    from moodlog.ui.journal import Journal


class App:
    """Owns the open journals and their windows (the user's, and a demo if asked for)."""

    def __init__(self, qapp: Any) -> None:
        from moodlog.ui.common.settings import Settings

        self.qapp = qapp
        self.settings = Settings()
        self.windows: list[Any] = []

    def open_window(self, journal: Journal) -> Any:
        from moodlog.ui.main_window import MainWindow

        window = MainWindow(journal, self.settings)
        window.demo_requested.connect(self.open_demo)
        self.windows.append(window)
        return window

    def open_demo(self) -> Any:
        """A separate journal of made-up data in a temporary folder, deleted on close."""
        from PySide6.QtCore import Qt

        from moodlog.core.demo import generate
        from moodlog.store.journal import JournalStore
        from moodlog.ui.journal import Journal

        folder = Path(tempfile.mkdtemp(prefix="moodlog-demo-"))
        store = JournalStore.open(folder / "demo.sqlite")
        store.import_data(generate())
        window = self.open_window(Journal(store, demo=True))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.fit_to_screen(offset=48)  # beside the user's own window, not exactly on it

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
    app.setDesktopFileName(APP_ID)
    from PySide6.QtGui import QIcon

    from moodlog.resources import icon_path

    app.setWindowIcon(QIcon(str(icon_path())))
    from moodlog.ui.common.i18n import install_translations
    from moodlog.ui.common.settings import Settings

    install_translations(app, Settings().language)
    from moodlog.ui.common.accessible import install_accessible_factory
    from moodlog.ui.common.focus_ring import install_focus_rings
    from moodlog.ui.common.return_clicks import install_return_clicks

    install_focus_rings(app)
    install_return_clicks(app)
    install_accessible_factory()
    return app


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


def run_window(data_dir: str | None, smoke_test: bool = False,
               passphrase_file: str | None = None, in_tray: bool = False) -> int:
    """Run the window until it closes.

    With ``smoke_test``, exit 0 once the window has painted and the journal is open: the
    Today page painted from the open journal (store/direct_window.py: locked, quick-checked,
    backed up, read on its own connection) or, for a journal that does not take that path,
    from its open JournalStore. ``in_tray`` starts in the system tray (if there is one)
    without showing the window.
    """
    from moodlog.ui import pyside_imports

    pyside_imports.install()  # before the modules the window (and SQLAlchemy) import
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QMessageBox

    from moodlog.ui import startup
    from moodlog.ui.common.segmented import SegmentedControl
    from moodlog.ui.common.theme import apply_appearance
    from moodlog.ui.journal import Journal

    log_file = setup_logging()
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
    lock = JournalLock(journal, role="window")
    try:
        lock.acquire()
    except LockedError:
        return refuse("moodlog is already open",
                      f"moodlog is already open with this journal ({journal}). Switch to that "
                      "window; only one window at a time can write to a journal.")
    try:
        try:
            from moodlog.ui.journal_health import prepare

            key = prepare(journal, passphrase_file, ask=not smoke_test)
            opened = startup.journal_for_window(data_dir, key)
        except startup.ChoseToQuit as exc:
            log.info("quit at startup: %s", exc)
            return 1
        except startup.Refused as exc:
            return refuse("moodlog cannot open the journal", str(exc))
        except (DamagedJournalError, NotAJournalError) as exc:
            if smoke_test or journal.is_dir():
                return refuse("moodlog cannot open the journal", str(exc))
            restored = startup.offer_restore(data_dir, exc, key)
            if restored is None:
                return 1
            opened = Journal(restored)
        except (JournalError, DataDirError) as exc:
            return refuse("moodlog cannot open the journal", str(exc))
        app = App(qapp)
        apply_appearance(qapp, app.settings.appearance)
        SegmentedControl.auto_advance = app.settings.auto_advance
        _install_excepthook(log_file)
        # A smoke test never hangs a CI run. The watchdog must be stopped afterwards: an exit()
        # outside exec() would make every later event loop return at once.
        watchdog = QTimer(singleShot=True, interval=30_000)
        try:
            window = app.open_window(opened)

            def cannot_open(exc: Exception) -> None:
                refuse("moodlog cannot open the journal", str(exc))
                window.close()
                qapp.exit(1)

            def after_paint() -> None:
                if os.environ.get("MOODLOG_REPORT_STARTUP"):
                    print(f"moodlog: first paint at {time.time():.6f}", file=sys.stderr)
                log.info("moodlog started (%s)", describe_platform())
                # The version comes from the package metadata, ~25 ms to import: logged once
                # the window has settled, not while the journal opens on the other thread.
                QTimer.singleShot(3000, window, _log_version)
                # A smoke test also waits for the journal itself to open: it proves the
                # whole app works, not only that Qt can paint. It quits there, before the
                # store is loaded (a page that needs it opens it: MOODLOG_SMOKE_PAGE), or
                # with MOODLOG_SMOKE_STORE=1 once the store has loaded after the paint, as a
                # window left open has a moment later (how to measure that one's memory).
                if smoke_test and os.environ.get("MOODLOG_SMOKE_STORE") == "1":
                    startup.load_store_soon(opened, window, smoke_done, cannot_open)
                    return
                startup.open_after_paint(opened, window, smoke_done if smoke_test else _nothing,
                                         cannot_open, load_store=not smoke_test)

            def smoke_done() -> None:
                # MOODLOG_SMOKE_PAGE=5 also builds a page (Insights) before quitting: how the
                # benchmark measures memory with the whole journal loaded and charted.
                page = os.environ.get("MOODLOG_SMOKE_PAGE", "")
                if page.isdigit() and 1 <= int(page) <= 5:
                    window.show_page(int(page) - 1)
                    qapp.processEvents()
                qapp.quit()

            # Not inside the paint event itself: once it has been delivered.
            window.first_paint.connect(lambda: QTimer.singleShot(0, after_paint))
            if smoke_test:
                watchdog.timeout.connect(lambda: qapp.exit(3))
                watchdog.start()
            from moodlog.ui.tray import Tray

            tray = None if smoke_test else Tray(window, app.settings)  # and the daily reminder
            if not (in_tray and tray is not None and tray.icon is not None):
                window.show()
            else:  # no paint to wait for: the tray's reminder needs the store
                startup.load_store_soon(opened, window, _nothing, cannot_open)
            return int(qapp.exec())
        finally:
            watchdog.stop()
            sys.excepthook = sys.__excepthook__
            # Closing what is left after the loop ended must not post another quit.
            quit_on_close = qapp.quitOnLastWindowClosed()
            qapp.setQuitOnLastWindowClosed(False)
            for w in list(app.windows):
                w.close()
            qapp.setQuitOnLastWindowClosed(quit_on_close)
            # quit() closes the windows, and the last one closing posts a second Quit event;
            # left queued, it makes every later event loop of this process return at once.
            qapp.removePostedEvents(qapp, QEvent.Type.Quit)
            opened.close()
            app.settings.sync()  # the window's geometry, written as it closed
            _no_final_collections()
    finally:
        lock.release()
        log.info("moodlog closed")


def _nothing() -> None:
    return None


def _no_final_collections() -> None:
    """At exit CPython runs full garbage collections over every object still alive, most of
    them the modules' (PySide's signatures, the catalogues, the classes): about 40 ms of this
    window's exit, for nothing, once the journal is closed and the settings written. Frozen
    out of those collections at exit, they are freed as the modules go, or with the process."""
    global _freeze_registered
    if not _freeze_registered:
        import atexit
        import gc

        atexit.register(gc.freeze)
        _freeze_registered = True


_freeze_registered = False


def _log_version() -> None:
    log.info("moodlog version %s", version())


@contextlib.contextmanager
def _offscreen_screen(size: tuple[int, int]) -> Iterator[None]:
    """Offscreen, a screen of the window's size: Qt's default offscreen screen is 800x800,
    and dialogs that size themselves to the screen were squeezed onto it."""
    from PySide6.QtWidgets import QApplication

    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if QApplication.instance() is not None or platform != "offscreen":
        yield
        return
    try:  # QT_SCALE_FACTOR=2 halves the screen's logical size: give it twice the pixels
        scale = max(1.0, float(os.environ.get("QT_SCALE_FACTOR", "1")))
    except ValueError:
        scale = 1.0
    config = {"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
              "screens": [{"name": "moodlog", "x": 0, "y": 0, "width": round(size[0] * scale),
                           "height": round(size[1] * scale), "logicalDpi": 96,
                           "logicalBaseDpi": 96, "dpr": 1}]}
    with tempfile.TemporaryDirectory(prefix="moodlog-screen-") as folder:
        path = Path(folder) / "screen.json"
        path.write_text(json.dumps(config), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"
        try:
            yield
        finally:
            os.environ["QT_QPA_PLATFORM"] = platform


def take_screenshots(data_dir: str | None, folder: str,
                     passphrase_file: str | None = None,
                     size: tuple[int, int] = (1280, 800)) -> int:
    """Render each view and dialog offscreen to PNGs in ``folder``, light and dark."""
    from moodlog.ui import startup
    from moodlog.ui.screenshots import render_all

    out = Path(folder)
    if not out.is_dir():
        out.mkdir(mode=0o700, parents=True)
        out.chmod(0o700)  # the pictures show the journal: the folder is the owner's only
    with _offscreen_screen(size):
        qapp = make_qapp()
    folder_path = ensure_data_dir(resolve_data_dir(data_dir))
    try:
        key = startup.unlock(journal_path(folder_path), passphrase_file, ask=False)
    except startup.Refused as exc:
        raise ValueError(str(exc)) from None
    store = startup.open_store(data_dir, key=key)
    try:
        app = App(qapp)
        written = render_all(app.qapp, app.settings, store, out, size)
    finally:
        store.close()
    for path in written:
        print(path)
    return 0
