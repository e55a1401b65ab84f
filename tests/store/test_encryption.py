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


@pytest.mark.parametrize("table", ["moments", "tags", "checkin_tags", "medications",
                                   "medication_intake", "safety_plan_items",
                                   "treatment_readings", "treatment_sessions"])
def test_a_rewritten_copy_missing_any_table_s_rows_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, table: str) -> None:
    """sqlcipher_export losing, say, the moments must be caught by the row counts."""
    from datetime import date, datetime, time

    from moodlog.core.life import Medication, Moment
    from moodlog.core.models import CheckIn, Treatment
    from moodlog.core.safety_plan import SafetyPlan
    from moodlog.core.session import Reading, SessionDetails

    path = tmp_path / "journal.sqlite"
    with JournalStore.open(path) as store:
        store.add_medication(Medication("lithium", "Lithium", 400, "mg"))
        store.save_checkin(CheckIn(date(2026, 3, 3), 5, tags=("walk",),
                                   medications_taken={"lithium": True}))
        store.add_moment(Moment(date(2026, 3, 3), time(13), 7))
        store.save_safety_plan(SafetyPlan(warning_signs=("not sleeping",)))
        store.add_treatment(Treatment(
            datetime(2026, 3, 3, 9), "ketamine_iv",
            readings=(Reading(0, systolic=120, diastolic=80),),
            session=SessionDetails(infusion_minutes=40)))
    before = file_digest(path)
    real = backup.integrity_problem

    def lossy(conn: sqlite3.Connection, quick: bool = False) -> str | None:
        (_, _, file), *_ = conn.execute("PRAGMA database_list").fetchall()
        if Path(file).parent == path.parent and Path(file) != path:  # the rewritten journal
            conn.execute(f"DELETE FROM {table}")
            conn.commit()
        return real(conn, quick)

    monkeypatch.setattr(backup, "integrity_problem", lossy)
    with pytest.raises(JournalError, match="row counts differ"):
        change_encryption(path, tmp_path / "backups", None, KEY)
    assert file_digest(path) == before and not is_encrypted(path)
