"""Getting from a journal file to a window: unlock, check, open, and the store after the paint.

A plain journal at the current schema is opened without SQLAlchemy (store/direct_window.py:
the lock, the quick check, one connection) and the window paints the Today page read from it;
right after the paint the day's backup is made, and then the journal is open: the check-in
can be typed and saved as soon as the window shows. SQLAlchemy (and with it JournalStore) is
imported on a background thread once the window has painted and the store opened on the GUI
thread as soon as it is ready; anything that needs the store before that opens it there and
then. An encrypted journal paints from a read-only peek and is open once its store is. A
journal that needs creating or upgrading takes the slow, simple path: the store is opened
before the window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from moodlog.log import log
from moodlog.paths import backup_dir, ensure_data_dir, journal_path, resolve_data_dir
from moodlog.store import backup, restore
from moodlog.store.errors import DamagedJournalError, JournalError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from moodlog.store.journal import JournalStore
    from moodlog.ui.journal import Journal


class Refused(Exception):
    """The window cannot open the journal; the message says why."""


class ChoseToQuit(Refused):
    """The person chose Quit (or Cancel): nothing went wrong, so no error is shown."""


def backup_summary(path: Path, created: object, key: str | None) -> str:
    """'the backup of Monday 01 December 2026, 08:00 (57 check-ins)'."""
    from PySide6.QtCore import QCoreApplication

    from moodlog.ui.common.local_format import when_text
    from moodlog.ui.health_text import JournalHealth

    counts = backup.entry_counts(path, key)
    assert isinstance(created, datetime)
    when = when_text(created, QCoreApplication.translate("Startup", "dddd dd MMMM yyyy, HH:mm"))
    if counts is None:
        return QCoreApplication.translate("Startup", "the backup of {when}").format(when=when)
    return QCoreApplication.translate("Startup", "the backup of {when} ({checkins})").format(
        when=when, checkins=JournalHealth().checkins(counts.checkins))


def say_restored(summary: str) -> None:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("Startup", "Journal restored"),
                      QCoreApplication.translate(
                          "Startup", "Your journal was restored from {summary}.").format(
                          summary=summary))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()



def open_store(data_dir: str | None, daily_backup: bool = False,
               key: str | None = None, checked: bool = False) -> JournalStore:
    from moodlog.store.journal import JournalStore

    folder = ensure_data_dir(resolve_data_dir(data_dir))
    return JournalStore.open(journal_path(folder), backup_dir(folder), daily_backup=daily_backup,
                             key=key, checked=checked)


def unlock(journal: Path, passphrase_file: str | None, ask: bool) -> str | None:
    """The passphrase of an encrypted journal: from a file, or asked for in a dialog.

    Returns None for a plain journal; raises Refused when there is no right passphrase.
    """
    from moodlog.store.encryption import read_passphrase_file
    from moodlog.store.migrate import current_revision
    from moodlog.store.sqlite import is_encrypted

    if not journal.is_file() or not is_encrypted(journal):
        return None

    def verified(key: str) -> str:
        current_revision(journal, key=key)  # raises PassphraseError for a wrong one
        return key

    if passphrase_file:
        try:
            return verified(read_passphrase_file(passphrase_file))
        except (ValueError, JournalError) as exc:
            raise Refused(str(exc)) from None
    if not ask:
        raise Refused(f"{journal} is encrypted: give its passphrase with --passphrase-file")
    from PySide6.QtCore import QCoreApplication

    from moodlog.ui.settings.passphrase import UnlockDialog

    dialog = UnlockDialog(QCoreApplication.translate("Startup", "your moodlog journal"), verified)
    if dialog.exec() != UnlockDialog.DialogCode.Accepted:
        raise ChoseToQuit("the journal was not unlocked")
    return str(dialog.result_value)


def journal_for_window(data_dir: str | None, key: str | None) -> Journal:
    """A Journal for the window: opened directly when the file is plain and current, from a
    peek when it is encrypted and current, else with its store opened.

    Raises DamagedJournalError (before anything is written) for a damaged file.
    """
    from moodlog.store.migrate import HEAD, current_revision
    from moodlog.store.peek import peek_form
    from moodlog.ui.journal import Journal

    folder = ensure_data_dir(resolve_data_dir(data_dir))
    path = journal_path(folder)
    if key is None:
        from moodlog.store.direct_window import open_for_window

        opened = open_for_window(path, backup_dir(folder), date.today())
        if opened is not None:
            direct, peek = opened
            # Checked just now (backed up after the paint), and the window holds the lock.
            return Journal(opener=lambda: open_store(data_dir, daily_backup=True,
                                                     checked=True),
                           peek=peek, path=path, direct=direct)
        # New, empty or older (checked just now): created or upgraded before the window.
        return Journal(open_store(data_dir, daily_backup=True))
    if path.is_file() and current_revision(path, check=True, key=key) == HEAD:
        peek = peek_form(path, date.today(), key)
        # Checked just now, and the window holds the journal's lock: once is enough (on
        # decades of entries the quick check takes a tenth of a second).
        return Journal(opener=lambda: open_store(data_dir, daily_backup=True, key=key,
                                                 checked=True),
                       peek=peek, path=path)
    return Journal(open_store(data_dir, daily_backup=True, key=key))


def _warm_imports() -> None:
    import moodlog.store.journal  # noqa: F401  (SQLAlchemy, the models, the queries)


def open_after_paint(journal: Journal, parent: QWidget, ready: Callable[[], None],
                     failed: Callable[[Exception], None], load_store: bool = True) -> None:
    """Call ``ready`` once the journal is open: at once if it is (directly or through its
    store), else once its store is. Unless ``load_store`` is False (the smoke test quits at
    ``ready``), the store is then imported on a thread and opened on the GUI thread."""
    if journal.is_open:
        ready()
        return
    if journal.is_ready:
        try:
            journal.finish_opening()
        except (JournalError, OSError) as exc:
            failed(exc)
            return
        ready()
        if load_store:
            load_store_soon(journal, parent, _nothing, failed)
        return
    load_store_soon(journal, parent, ready, failed)


def _nothing() -> None:
    return None


def load_store_soon(journal: Journal, parent: QWidget, opened: Callable[[], None],
                    failed: Callable[[Exception], None]) -> None:
    """Import the store on a thread, then open it on the GUI thread; call ``opened``."""
    from PySide6.QtCore import QTimer

    if journal.is_open:
        opened()
        return
    worker = threading.Thread(target=_warm_imports, name="moodlog-warm-up", daemon=True)
    worker.start()
    poll = QTimer(parent, interval=15)

    def check() -> None:
        if worker.is_alive():
            return
        poll.stop()
        if not journal.is_open:  # a save may have opened it meanwhile
            try:
                journal.store  # noqa: B018  (opens it)
            except (JournalError, OSError) as exc:
                failed(exc)
                return
            log.info("opened the journal at %s", journal.path)
        opened()

    poll.timeout.connect(check)
    poll.start()


def offer_restore(data_dir: str | None, exc: JournalError,
                  key: str | None = None) -> JournalStore | None:
    """The journal is damaged or not a journal: explain, offer the newest good backup or quit."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    folder = resolve_data_dir(data_dir)
    journal, backups = journal_path(folder), backup_dir(folder)
    good = restore.newest_good(backups, journal.stem, key)
    if isinstance(exc, DamagedJournalError):
        title = QCoreApplication.translate("Startup", "Your journal is damaged")
        text = QCoreApplication.translate(
            "Startup", "moodlog could not open your journal because the file is damaged. It has "
            "not changed the file.")
    else:
        title = QCoreApplication.translate("Startup", "This is not a moodlog journal")
        text = QCoreApplication.translate(
            "Startup", "moodlog could not open your journal because the file is not a moodlog "
            "journal. It has not changed the file.")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if good is None:
        box.setInformativeText(QCoreApplication.translate(
            "Startup", "No good backup was found in {folder}. The file is {journal}; keep it, it "
            "may still be recoverable.").format(folder=backups, journal=journal))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return None
    summary = backup_summary(good.path, good.created, key)
    box.setInformativeText(QCoreApplication.translate(
        "Startup", "You can restore the newest good backup, {summary}. The file that could not "
        "be opened is kept in the backups folder.").format(summary=summary))
    box.setDetailedText(str(exc))
    restore_button = box.addButton(QCoreApplication.translate("Startup", "Restore that backup"),
                                   QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore_button:
        return None
    restore.restore(journal, good.path, backups, key)
    log.info("restored a journal that could not be opened from a %s backup", good.reason)
    say_restored(summary)
    return open_store(data_dir, key=key)
