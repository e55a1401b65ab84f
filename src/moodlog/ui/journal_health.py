"""What the window says when the startup check (``store.health``) found something: a journal
missing beside its backups, a damaged ``-wal`` (a copy was kept), an interrupted encryption
change. It offers the newest good backup; it never starts an empty journal without asking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from moodlog.log import log
from moodlog.store import restore
from moodlog.store.health import Findings, describe
from moodlog.ui.common.local_format import when_text
from moodlog.ui.health_text import JournalHealth

#: What the person chose.
CONTINUE, RESTORED, QUIT = "continue", "restored", "quit"


def _box(title: str, text: str, detail: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(detail)
    return box


def _restore_newest(journal: Path, backups: Path, key: str | None) -> str:
    from moodlog.ui.startup import backup_summary, say_restored

    good = restore.newest_good(backups, journal.stem, key)
    if good is None:
        QMessageBox.warning(None, QCoreApplication.translate("JournalHealth", "No good backup"),
                            QCoreApplication.translate(
                                "JournalHealth", "No backup in {folder} passed its check.")
                            .format(folder=backups))
        return QUIT
    restore.restore(journal, good.path, backups, key)
    log.info("restored the journal from a %s backup at startup", good.reason)
    say_restored(backup_summary(good.path, good.created, key))
    return RESTORED


def window_text(findings: Findings, journal: Path, backups: Path) -> list[str]:
    """The findings for the window: sentences, and no command lines beside its buttons."""
    said = []
    if findings.missing_journal is not None:
        newest = when_text(findings.missing_journal.created, QCoreApplication.translate(
            "JournalHealth", "dddd dd MMMM yyyy, HH:mm"))
        if not journal.exists():
            text = QCoreApplication.translate(
                "JournalHealth", "Your journal {journal} is missing. The folder {folder} holds "
                "backups of it; the newest is from {when}.")
        else:
            text = QCoreApplication.translate(
                "JournalHealth", "Your journal {journal} is empty. The folder {folder} holds "
                "backups of it; the newest is from {when}.")
        said.append(text.format(journal=journal, folder=backups, when=newest))
    if findings.damaged_wal is not None:
        said.append(JournalHealth().lost_changes(findings.damaged_wal.lost, journal.name,
                                                 findings.evidence))
    if findings.interrupted_encryption:
        said.append(QCoreApplication.translate(
            "JournalHealth", "Removing the encryption of this journal was interrupted, so some "
            "backups are still encrypted. To finish it, remove the encryption again in "
            "Preferences > Privacy, with the passphrase it had."))
    return said


def offer(findings: Findings, journal: Path, backups: Path, key: str | None) -> str:
    """Show the findings; returns CONTINUE, RESTORED or QUIT. The caller holds the lock."""
    messages = window_text(findings, journal, backups)
    restore_text = QCoreApplication.translate("JournalHealth", "Restore the newest backup")
    quit_text = QCoreApplication.translate("JournalHealth", "Quit")
    if findings.missing_journal is not None:
        box = _box(QCoreApplication.translate("JournalHealth", "Your journal is missing"),
                   QCoreApplication.translate(
                       "JournalHealth",
                       "moodlog cannot find your journal, but there are backups of it."),
                   messages[0])
        restore_button = box.addButton(restore_text, QMessageBox.ButtonRole.AcceptRole)
        empty_button = box.addButton(
            QCoreApplication.translate("JournalHealth", "Start an empty journal"),
            QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(quit_text, QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restore_button:
            return _restore_newest(journal, backups, key)
        return CONTINUE if box.clickedButton() is empty_button else QUIT
    if findings.damaged_wal is not None:
        box = _box(QCoreApplication.translate("JournalHealth",
                                              "Part of your journal could not be read"),
                   QCoreApplication.translate(
                       "JournalHealth", "Some saved changes could not be read back after a "
                       "crash or a disk problem."),
                   messages[0])
        box.addButton(QCoreApplication.translate("JournalHealth", "Keep what could be read"),
                      QMessageBox.ButtonRole.AcceptRole)
        restore_button = box.addButton(restore_text, QMessageBox.ButtonRole.ActionRole)
        quit_button = box.addButton(quit_text, QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restore_button:
            return _restore_newest(journal, backups, key)
        if box.clickedButton() is quit_button:
            return QUIT
    if findings.interrupted_encryption:
        box = _box(QCoreApplication.translate("JournalHealth",
                                              "An encryption change was interrupted"),
                   QCoreApplication.translate(
                       "JournalHealth",
                       "Some backups may not be encrypted the way the journal is."),
                   messages[-1])
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
    return CONTINUE


def prepare(journal: Path, passphrase_file: str | None, ask: bool) -> str | None:
    """The startup check, then the journal's passphrase: what ``run_window`` calls under the
    lock before anything opens the journal. Raises ``startup.Refused`` to quit (without
    ``ask``, a smoke test: findings are printed, and a missing journal is refused)."""
    import sys

    from moodlog.paths import backup_dir
    from moodlog.store import health
    from moodlog.store.encryption import finish_interrupted
    from moodlog.ui import startup

    backups = backup_dir(journal.parent)
    findings = health.check(journal, backups)
    key = startup.unlock(journal, passphrase_file, ask)
    if not findings.clean:
        for message in health.describe(findings, journal, backups):
            print(f"moodlog: warning: {message}", file=sys.stderr)
        if findings.missing_journal is not None and not ask:
            raise startup.Refused(describe(findings, journal, backups)[0])
        if findings.missing_journal is not None:
            key = startup.unlock(findings.missing_journal.path, passphrase_file, ask)
        needs_answer = (findings.missing_journal or findings.damaged_wal
                        or (findings.interrupted_encryption and key is None))
        if ask and needs_answer and offer(findings, journal, backups, key) == QUIT:
            raise startup.ChoseToQuit("the journal was left as it is")
    finish_interrupted(journal, backups, key)
    return key
