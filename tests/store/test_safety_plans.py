"""The safety plan in the journal: stored, replaced per section, refused whole, encrypted."""

import shutil
from pathlib import Path

import pytest

from moodlog.core.models import JournalData
from moodlog.core.safety_plan import Contact, SafetyPlan
from moodlog.store import JournalStore
from moodlog.store.encryption import change_encryption
from moodlog.store.migrate import HEAD, current_revision
from tests.conftest import file_digest

FIXTURES = Path(__file__).parent.parent / "fixtures"
SECRET = "walk to the blue bench by the canal"
PLAN = SafetyPlan(
    warning_signs=("Not sleeping for two nights", "Cancelling plans"),
    internal_coping=("Cold water on my face", SECRET),
    people_to_ask=(Contact("Sam", phone="+44 7700 900123"),
                   Contact("Aunt Jo", address="12 Hill Road, Leeds")),
    professionals=(Contact("Dr Lee (clinic)", phone="020 7946 0000",
                           address="https://clinic.example/contact"),),
    reasons_for_living=("My daughter", "Finishing the garden"),
)


def test_a_new_journal_has_an_empty_plan(store: JournalStore) -> None:
    plan = store.safety_plan()
    assert plan.is_empty() and plan.updated_at is None


def test_save_and_read_back_exactly(store: JournalStore) -> None:
    saved = store.save_safety_plan(PLAN)
    assert saved.same_content(PLAN) and saved.updated_at is not None
    again = store.safety_plan()
    assert again == saved
    assert again.people_to_ask[1] == Contact("Aunt Jo", address="12 Hill Road, Leeds")


def test_set_section_replaces_only_that_section(store: JournalStore) -> None:
    store.save_safety_plan(PLAN)
    plan = store.set_safety_plan_section("warning_signs", ["Staying in bed"])
    assert plan.warning_signs == ("Staying in bed",)
    assert plan.reasons_for_living == PLAN.reasons_for_living
    assert store.set_safety_plan_section("warning_signs", []).warning_signs == ()


@pytest.mark.parametrize(("key", "items", "message"), [
    ("hopes", ["x"], "unknown section"),
    ("warning_signs", ["ok", "y" * 501], "limit is 500"),
    ("warning_signs", ["ok", "bad\x1bline"], "control character"),
    ("people_to_ask", [Contact("Sam", "1234"), "just text"], "name with a phone"),
])
def test_bad_input_is_one_error_and_nothing_written(store: JournalStore, key: str,
                                                    items: list[object], message: str) -> None:
    store.save_safety_plan(PLAN)
    before = file_digest(store.path)
    with pytest.raises(ValueError, match=message):
        store.set_safety_plan_section(key, items)  # type: ignore[arg-type]
    assert store.safety_plan().same_content(PLAN)
    assert file_digest(store.path) == before


def test_the_released_journal_upgrades_and_gets_an_empty_plan(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    shutil.copy(FIXTURES / "journal-0001.sqlite", path)
    with JournalStore.open(path) as store:
        assert store.safety_plan().is_empty()
        assert store.counts().checkins > 0
        store.save_safety_plan(PLAN)
    assert current_revision(path) == HEAD


def test_import_writes_keeps_or_replaces_the_plan(store: JournalStore) -> None:
    report = store.import_data(JournalData(safety_plan=PLAN))
    assert report.safety_plan == "written" and store.safety_plan().same_content(PLAN)
    other = SafetyPlan(warning_signs=("Different",))
    assert store.import_data(JournalData(safety_plan=other)).safety_plan == "kept"
    assert store.safety_plan().same_content(PLAN)
    dry = store.import_data(JournalData(safety_plan=other), replace=True, dry_run=True)
    assert dry.safety_plan == "replaced" and store.safety_plan().same_content(PLAN)
    assert store.import_data(JournalData(safety_plan=other), replace=True).safety_plan == (
        "replaced")
    assert store.safety_plan().same_content(other)
    assert store.import_data(JournalData()).safety_plan is None  # a version 1 file


def test_an_encrypted_journal_keeps_the_plan_unreadable_on_disk(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    path = tmp_path / "journal.sqlite"
    with JournalStore.open(path, folder) as store:
        store.save_safety_plan(SafetyPlan(warning_signs=("placeholder",)))
    change_encryption(path, folder, None, "correct horse battery")
    with JournalStore.open(path, folder, key="correct horse battery") as store:
        store.save_safety_plan(PLAN)
        # While open, the newest pages may sit in the write-ahead log: it is encrypted too.
        files = [p for p in tmp_path.rglob("*") if p.is_file()]
        assert files and not any(SECRET.encode() in p.read_bytes() for p in files)
        assert store.safety_plan().same_content(PLAN)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert not any(SECRET.encode() in p.read_bytes() for p in files)
    assert not any(b"Aunt Jo" in p.read_bytes() for p in files)
    with JournalStore.open(path, folder, key="correct horse battery") as store:
        assert store.safety_plan().internal_coping[1] == SECRET


def test_a_plain_journal_does_hold_the_words(tmp_path: Path) -> None:
    """The check above can fail: without encryption the words are on disk."""
    path = tmp_path / "journal.sqlite"
    with JournalStore.open(path) as store:
        store.save_safety_plan(PLAN)
    assert any(SECRET.encode() in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())


@pytest.mark.parametrize("bad", ["\u202e", "\u200b", "\u2028", "\u2029", "\ufeff"])
def test_invisible_and_separator_characters_are_refused_and_nothing_changes(
        store: JournalStore, bad: str) -> None:
    store.save_safety_plan(PLAN)
    before = store.safety_plan()
    with pytest.raises(ValueError, match=f"U\\+{ord(bad):04X}"):
        store.set_safety_plan_section("warning_signs", [f"Not{bad}sleeping"])
    with pytest.raises(ValueError, match="a contact's name"):
        store.set_safety_plan_section("people_to_ask", [Contact(f"S{bad}am", phone="0700 900")])
    with pytest.raises(ValueError, match="a symptom label"):
        store.add_symptom(f"Head{bad}ache")
    assert store.safety_plan() == before
    assert all("Head" not in s.label for s in store.symptoms())


def test_joiners_that_scripts_and_emoji_need_are_kept(store: JournalStore) -> None:
    family = "My family \U0001f468\u200d\U0001f469\u200d\U0001f467"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    plan = store.set_safety_plan_section("reasons_for_living", [family, persian])
    assert plan.reasons_for_living == (family, persian)
