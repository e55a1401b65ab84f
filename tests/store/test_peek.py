"""The start-up peek reads the same answers as JournalStore (it must, or the form would lie)."""

from datetime import date, time, timedelta
from pathlib import Path

import pytest

from moodlog.core.life import Medication, Moment
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
        store.add_medication(Medication("lithium", "Lithium", 400, "mg", "morning",
                                        active_from=DEMO_END - timedelta(days=9)))
        store.add_medication(Medication("pill", "Pill", None, "", "", None,
                                        DEMO_END - timedelta(days=99)))
        store.add_tag("Choir", "Hobbies")
        store.set_tag_hidden("walk", True)
        for at, mood in ((time(9, 15), 5), (time(9, 15), 7), (time(8, 0), 3), (time(23, 59), 0)):
            store.add_moment(Moment(DEMO_END, at, mood, f"{at} {mood}"))
    return path


def test_peek_matches_the_store(filled: Path) -> None:
    with JournalStore.open(filled) as store:
        for day in (DEMO_END, DEMO_END - timedelta(days=20), date(1990, 1, 1)):
            peek = peek_form(filled, day)
            assert peek.checkin == store.checkin(day)
            assert peek.symptoms == store.symptoms(include_hidden=False)
            assert peek.empty is False
            assert peek.tags == store.tags() and any(t.hidden for t in peek.tags)
            assert peek.medications == store.medications() and len(peek.medications) >= 2
            assert list(peek.moments) == store.moments(day, day)
        assert len(peek_form(filled, DEMO_END).moments) >= 4


def test_peek_of_an_empty_and_an_encrypted_journal(tmp_path: Path, filled: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    JournalStore.open(empty).close()
    assert peek_form(empty, DEMO_END).empty and peek_form(empty, DEMO_END).checkin is None
    with JournalStore.open(filled) as store:
        expected = store.checkin(DEMO_END)
    change_encryption(filled, tmp_path / "backups", None, "a long passphrase")
    assert peek_form(filled, DEMO_END, "a long passphrase").checkin == expected
