"""Full-text search: kept in step with every write, rebuilt for old journals, never raises."""

import shutil
from datetime import date, datetime, time
from pathlib import Path

import pytest

from moodlog.core.life import Moment
from moodlog.core.models import CheckIn, Treatment
from moodlog.store import JournalStore
from moodlog.store.encryption import change_encryption
from moodlog.store.migrate import current_revision
from moodlog.store.search import match_expression

FIXTURES = Path(__file__).parent.parent / "fixtures"
DAY = date(2025, 4, 14)


def _places(store: JournalStore, query: str) -> list[tuple[date, str]]:
    return [(h.day, h.place) for h in store.search(query)]


def test_every_kind_of_text_is_found_and_follows_each_change(store: JournalStore) -> None:
    store.save_checkin(CheckIn(DAY, 4, note="Nausea after breakfast", tags=("walk",)))
    store.add_moment(Moment(DAY, time(16, 5), 6, "less nauseous by the afternoon"))
    treatment = store.add_treatment(Treatment(datetime(2025, 4, 10, 9, 30), "ketamine_iv",
                                              note="calm clinic", side_effects_note="nausea"))
    assert _places(store, "nause") == [(DAY, "moment 16:05"), (DAY, "check-in note"),
                                       (date(2025, 4, 10), "side-effects note 09:30")]
    assert _places(store, "walk") == [(DAY, "tags")]
    hit = store.search("breakfast")[0]
    assert hit.snippet == "Nausea after breakfast"
    assert [hit.snippet[a:b] for a, b in hit.marks] == ["breakfast"]

    store.rename_tag("walk", "stroll in the park")
    assert _places(store, "park") == [(DAY, "tags")] and store.search("walk") == []
    store.save_checkin(CheckIn(DAY, 4, note="headache only"))
    assert _places(store, "breakfast") == [] and _places(store, "stroll") == []
    assert store.treatments()[0].id == treatment.id
    store.delete_treatment(treatment.id or 0)
    assert _places(store, "nause") == [(DAY, "moment 16:05")]
    store.delete_checkin(DAY)
    assert store.search("headache") == []


def test_the_range_limits_the_days(store: JournalStore) -> None:
    for d in (date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)):
        store.save_checkin(CheckIn(d, 5, note="swimming"))
    got = store.search("swimming", start=date(2025, 1, 15), end=date(2025, 2, 15))
    assert [h.day for h in got] == [date(2025, 2, 1)]


@pytest.mark.parametrize("query", ['"', '"unbalanced', "*", "nausea*", "-nausea", "NEAR(a b)",
                                   "a NEAR b", "((", ")", "AND", "OR nausea", "col:nausea",
                                   "^nausea", "{body}: x", "'", "x\x00y", "\ue000", ""])
def test_fts_syntax_is_searched_as_plain_words(store: JournalStore, query: str) -> None:
    store.save_checkin(CheckIn(DAY, 4, note="nausea and a near miss, AND or OR"))
    hits = store.search(query)
    words = [w for w in "".join(c if c.isalnum() else " " for c in query).split()]
    if words == ["nausea"]:
        assert [h.day for h in hits] == [DAY]
    assert isinstance(hits, list)


def test_match_expression_quotes_every_word() -> None:
    assert match_expression('say "hi" -there*') == '"say"* "hi"* "there"*'
    assert match_expression("  ()*  ") is None


def test_an_encrypted_journal_finds_a_word_in_a_moment_note(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    with JournalStore.open(path) as store:
        store.add_moment(Moment(DAY, time(13), 7, "Spring sunshine on the balcony"))
    change_encryption(path, tmp_path / "backups", None, "correct horse battery")
    with JournalStore.open(path, key="correct horse battery") as store:
        assert _places(store, "balcony") == [(DAY, "moment 13:00")]
        store.add_moment(Moment(DAY, time(20), 5, "balcony again"))
        assert len(store.search("balcony")) == 2
    assert b"balcony" not in path.read_bytes()


def test_the_migration_builds_the_index_of_an_old_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    shutil.copy(FIXTURES / "journal-0001.sqlite", path)
    assert current_revision(path) == "0001"
    with JournalStore.open(path) as store:
        notes = [c for c in store.checkins() if c.note]
        assert notes, "the fixture has notes"
        word = notes[-1].note.split()[0]
        assert notes[-1].day in {h.day for h in store.search(word)}
        assert store.tags(), "the migration adds the default tags"
