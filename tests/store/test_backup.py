"""Backups: verified copies, daily at most once, rotation, restore that loses nothing."""

import os
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from moodlog.core.life import Medication, Moment
from moodlog.core.models import CheckIn, JournalData
from moodlog.core.safety_plan import SafetyPlan
from moodlog.store import DamagedJournalError, JournalError, JournalStore, backup, restore
from tests.conftest import file_digest


def _fake_backups(folder: Path, stamps: list[datetime], reason: str = "daily") -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for when in stamps:
        p = folder / f"journal-{when:%Y%m%d-%H%M%S-%f}-{reason}.sqlite"
        p.write_bytes(b"x")
        paths.append(p)
    return paths


def test_rotation_keeps_7_daily_and_8_weekly(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = datetime(2026, 1, 1, 9, 0)
    # Two backups a day for 120 days, plus a manual one and a set-aside journal.
    stamps = [start + timedelta(days=d, hours=h) for d in range(120) for h in (0, 5)]
    _fake_backups(folder, stamps)
    manual = _fake_backups(folder, [start], "manual")
    aside = _fake_backups(folder, [start], "before-restore")
    backup.rotate(folder, "journal")
    kept = backup.list_backups(folder, "journal")
    auto = [b.created for b in kept if b.automatic]
    newest = stamps[-1]
    # The newest of each of the last 7 days...
    for d in range(7):
        assert newest - timedelta(days=d) in auto
    # ...and the newest of each of the last 8 ISO weeks; nothing older.
    weeks = {tuple(b.isocalendar())[:2] for b in auto}
    assert len(weeks) == 8
    assert len(auto) <= 7 + 8
    assert min(auto) > newest - timedelta(weeks=9)
    assert manual[0].exists() and aside[0].exists()


def test_daily_backup_once_a_day_and_never_of_an_empty_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    folder = tmp_path / "backups"
    JournalStore.open(path, folder, daily_backup=True).close()
    assert backup.list_backups(folder) == []
    with JournalStore.open(path, folder) as store:
        store.save_checkin(CheckIn(date.today(), 5))
    for _ in range(3):
        JournalStore.open(path, folder, daily_backup=True).close()
    (made,) = backup.list_backups(folder)
    assert made.reason == "daily" and made.created.date() == date.today()
    if os.name == "posix":
        assert made.path.stat().st_mode & 0o777 == 0o600
    counts = backup.entry_counts(made.path)
    assert counts is not None and (counts.checkins, counts.treatments) == (1, 0)


def test_restore_brings_back_the_backup_and_keeps_the_current_journal_aside(
        tmp_path: Path, demo_data: JournalData) -> None:
    path = tmp_path / "journal.sqlite"
    folder = tmp_path / "backups"
    with JournalStore.open(path, folder) as store:
        store.import_data(demo_data)
        before = store.snapshot()
        saved = store.backup("manual")
        store.save_checkin(CheckIn(date(2030, 1, 1) - timedelta(days=3000), 9, note="later"))
        later = store.snapshot()
    aside = restore.restore(path, saved, folder)
    assert aside is not None and aside.exists() and saved.exists()
    with JournalStore.open(path, folder) as store:
        assert store.snapshot() == before
    with JournalStore.open(aside, tmp_path / "unused") as kept:
        assert kept.snapshot() == later


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(min(8192, size // 2))
        fh.write(os.urandom(8192))


def test_a_damaged_journal_is_refused_untouched_and_restorable(
        tmp_path: Path, demo_data: JournalData) -> None:
    path = tmp_path / "journal.sqlite"
    folder = tmp_path / "backups"
    with JournalStore.open(path, folder) as store:
        store.import_data(demo_data)
        good = store.backup("daily")
        expected = store.snapshot()
    _damage(path)
    digest = file_digest(path)
    with pytest.raises(DamagedJournalError, match="damaged .* not changed"):
        JournalStore.open(path, folder, daily_backup=True)
    assert file_digest(path) == digest
    aside = restore.restore(path, good, folder)
    assert aside is not None and "damaged" in aside.name and file_digest(aside) == digest
    with JournalStore.open(path, folder) as store:
        assert store.snapshot() == expected


@pytest.mark.parametrize("kind", ["damaged", "garbage", "missing", "newer", "empty"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(
        tmp_path: Path, kind: str, demo_data: JournalData) -> None:
    path = tmp_path / "journal.sqlite"
    folder = tmp_path / "backups"
    with JournalStore.open(path, folder) as store:
        store.import_data(demo_data)
        source = store.backup("manual")
    if kind == "damaged":
        _damage(source)
    elif kind == "garbage":
        source.write_bytes(b"hello" * 1000)
    elif kind == "missing":
        source = tmp_path / "nope.sqlite"
    elif kind == "newer":
        con = sqlite3.connect(source)
        con.execute("UPDATE alembic_version SET version_num = '9999'")
        con.commit()
        con.close()
    else:
        source.write_bytes(b"")
    digest = file_digest(path)
    before = set(folder.iterdir())
    with pytest.raises(JournalError):
        restore.restore(path, source, folder)
    assert file_digest(path) == digest and set(folder.iterdir()) == before


@pytest.mark.parametrize("write", [
    lambda s: s.save_safety_plan(SafetyPlan(warning_signs=("I stop answering my phone",))),
    lambda s: s.add_medication(Medication("lithium", "Lithium", 400, "mg")),
    lambda s: s.add_moment(Moment(date.today(), time(9), 5)),
    lambda s: s.rename_tag("walk", "Long walk"),
    lambda s: s.add_symptom("Brain fog"),
], ids=["safety plan", "medication", "moment", "renamed tag", "own symptom"])
def test_a_journal_holding_only_a_plan_a_medication_or_a_moment_is_backed_up_daily(
        tmp_path: Path, write: Callable[[JournalStore], object]) -> None:
    path, folder = tmp_path / "journal.sqlite", tmp_path / "backups"
    with JournalStore.open(path, folder) as store:
        assert store.is_empty(), "the seeded tags and symptoms alone are not content"
        write(store)
        assert not store.is_empty()
    JournalStore.open(path, folder, daily_backup=True).close()
    (made,) = backup.list_backups(folder)
    counts = backup.entry_counts(made.path)
    assert counts is not None and counts.has_content
