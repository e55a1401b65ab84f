"""The start-up peek reads the same answers as JournalStore (it must, or the form would lie)."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from moodlog.core.models import CheckIn, JournalData
from moodlog.store import JournalStore
from moodlog.store.encryption import change_encryption
from moodlog.store.peek import peek_form
from tests.conftest import DEMO_END


@pytest.fixture
def filled(tmp_path: Path, demo_data: JournalData) -> Path:
    path = tmp_path / "journal.sqlite"
    with JournalStore.open(path) as store:
        store.import_data(demo_data)
        store.add_symptom("Brain fog")
        store.set_symptom_hidden("physical_pain", True)
        store.save_checkin(CheckIn(DEMO_END, 6, {"brain_fog": 2, "sadness": 0}, None, "n"))
    return path


def test_peek_matches_the_store(filled: Path) -> None:
    with JournalStore.open(filled) as store:
        for day in (DEMO_END, DEMO_END - timedelta(days=20), date(1990, 1, 1)):
            peek = peek_form(filled, day)
            assert peek.checkin == store.checkin(day)
            assert peek.symptoms == store.symptoms(include_hidden=False)
            assert peek.empty is False


def test_peek_of_an_empty_and_an_encrypted_journal(tmp_path: Path, filled: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    JournalStore.open(empty).close()
    assert peek_form(empty, DEMO_END).empty and peek_form(empty, DEMO_END).checkin is None
    with JournalStore.open(filled) as store:
        expected = store.checkin(DEMO_END)
    change_encryption(filled, tmp_path / "backups", None, "a long passphrase")
    assert peek_form(filled, DEMO_END, "a long passphrase").checkin == expected
