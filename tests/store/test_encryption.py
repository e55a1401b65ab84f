"""Encryption at rest: the journal and its backups, on, changed and off; wrong passphrases."""

import sqlite3
from pathlib import Path

import pytest

from moodlog.core.models import JournalData
from moodlog.store import JournalError, JournalStore, backup, restore
from moodlog.store.encryption import change_encryption, check_passphrase
from moodlog.store.sqlite import SQLITE_MAGIC, PassphraseError, is_encrypted
from tests.conftest import file_digest

KEY = "correct horse battery"
OTHER = "another long passphrase"


@pytest.fixture
def journal(tmp_path: Path, demo_data: JournalData) -> Path:
    path = tmp_path / "journal.sqlite"
    with JournalStore.open(path, tmp_path / "backups") as store:
        store.import_data(demo_data)
        store.backup("daily")
        store.backup("manual")
    return path


def _plain_sqlite_cannot_read(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            con.execute("SELECT count(*) FROM checkins").fetchone()
    finally:
        con.close()


def test_encrypt_change_and_decrypt_keep_every_entry(journal: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    with JournalStore.open(journal, folder) as store:
        expected = store.snapshot()

    report = change_encryption(journal, folder, None, KEY)
    assert report.backups_converted == 3 and report.backups_skipped == ()
    for path in (journal, *[b.path for b in backup.list_backups(folder)]):
        assert path.read_bytes()[:16] != SQLITE_MAGIC and is_encrypted(path)
        _plain_sqlite_cannot_read(path)
    with JournalStore.open(journal, folder, key=KEY, daily_backup=True) as store:
        assert store.snapshot() == expected
        copy = store.backup("manual")
    assert is_encrypted(copy) and backup.entry_counts(copy, KEY) is not None

    change_encryption(journal, folder, KEY, OTHER)
    with pytest.raises(PassphraseError):
        JournalStore.open(journal, folder, key=KEY)
    with JournalStore.open(journal, folder, key=OTHER) as store:
        assert store.snapshot() == expected

    change_encryption(journal, folder, OTHER, None)
    assert journal.read_bytes()[:16] == SQLITE_MAGIC
    assert all(not is_encrypted(b.path) for b in backup.list_backups(folder))
    with JournalStore.open(journal, folder) as store:
        assert store.snapshot() == expected


def test_wrong_or_missing_passphrase_is_a_refusal_never_a_new_journal(
        journal: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    change_encryption(journal, folder, None, KEY)
    digest = file_digest(journal)
    with pytest.raises(PassphraseError, match="does not open"):
        JournalStore.open(journal, folder, key="wrong passphrase")
    with pytest.raises(JournalError, match="encrypted and needs its passphrase"):
        JournalStore.open(journal, folder)
    assert file_digest(journal) == digest
    with pytest.raises(PassphraseError):
        change_encryption(journal, folder, None, OTHER)
    with pytest.raises(PassphraseError):
        change_encryption(journal, folder, "wrong passphrase", OTHER)
    assert file_digest(journal) == digest


def test_restore_of_an_encrypted_backup(journal: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    change_encryption(journal, folder, None, KEY)
    good = restore.newest_good(folder, "journal", KEY)
    assert good is not None
    assert restore.newest_good(folder, "journal", "wrong passphrase") is None
    aside = restore.restore(journal, good.path, folder, KEY)
    assert aside is not None and is_encrypted(aside)
    with JournalStore.open(journal, folder, key=KEY) as store:
        assert store.counts().checkins > 300


@pytest.mark.parametrize("bad", ["short", "        ", "with\x00nul inside"])
def test_weak_passphrases_are_refused(bad: str, journal: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="passphrase"):
        check_passphrase(bad)
    digest = file_digest(journal)
    with pytest.raises(ValueError):
        change_encryption(journal, tmp_path / "backups", None, bad)
    assert file_digest(journal) == digest


def test_decrypting_a_plain_journal_is_refused(journal: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not encrypted"):
        change_encryption(journal, tmp_path / "backups", None, None)
