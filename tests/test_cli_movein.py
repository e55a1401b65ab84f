"""``moodlog import FILE`` with Bearable, iMoodJournal, Pixels and eMoods exports (fixtures in
tests/fixtures/movein/), recognised by ``--format auto``: what becomes what, and bad input."""

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Result, assert_one_line_error, snapshot

Run = Callable[..., Result]
FIXTURES = Path(__file__).parent / "fixtures" / "movein"
EMOODS_MAP = "depressed none=8,depressed mild=6,depressed moderate=4,depressed severe=2"


def _days(run: Run) -> dict[str, dict]:
    return {c["date"]: c for c in snapshot(run)["checkins"]}


def _tag_labels(run: Run, group: str) -> set[str]:
    return {t["label"] for t in snapshot(run)["tags"] if t["group"] == group}


def test_bearable(run: Run) -> None:
    result = run("import", str(FIXTURES / "bearable.csv"))
    assert result.code == 0, result.err
    assert "Bearable file: 13 records; 2 days with a mood" in result.out
    assert "Not imported, no mood recorded (moodlog never guesses one): 1 day: 2020-09-24" \
        in result.out
    days = _days(run)
    assert set(days) == {"2020-09-22", "2020-09-23"}
    first = days["2020-09-22"]
    assert first["mood"] == 7  # 6 -> 6 and 8 -> 8 on 0-10, mean 7
    # Mild 1, Moderate 2, Severe 3; Headache is moodlog's physical_pain, Stress an own symptom.
    assert first["symptoms"] == {"anxiety": 1, "physical_pain": 2, "stress": 3}
    assert first["sleep_hours"] == 9.8
    assert [(m["time"], m["mood"]) for m in first["moments"]] == [("03:00", 6)]
    for line in ("Energy: 3", "Sleep: Asleep 02:45 - 12:30", "Sleep quality: 4",
                 "Gratitudes: My sister called",
                 "Food Diary: Porridge, soup", "pm · mood 8", "03:00 · mood 6"):
        assert line in first["note"].splitlines(), line
    # Meds/Supplements: a medication record, taken that day (its one amount is its dose).
    assert "Sertraline" not in first["note"]
    assert first["medications_taken"] == {"sertraline": True}
    assert snapshot(run)["medications"] == [
        {"key": "sertraline", "name": "Sertraline", "dose": 50.0, "unit": "mg", "schedule": "",
         "active_from": "2020-09-22", "active_to": "2020-09-22"}]
    assert set(first["tags"]) == {"calm", "tired", "happy", "exercise", "social"}
    assert days["2020-09-23"]["mood"] == 2 and days["2020-09-23"]["symptoms"] == {"anxiety": 3}
    assert "Hard day.\nStayed in." in days["2020-09-23"]["note"]


def test_imoodjournal(run: Run) -> None:
    result = run("import", str(FIXTURES / "imoodjournal.csv"))
    assert result.code == 0, result.err
    days = _days(run)
    sat = days["2015-09-05"]
    assert sat["mood"] == 5  # levels 7 -> 7 and 4 -> 3, mean 5
    assert [(m["time"], m["mood"], m["note"]) for m in sat["moments"]] == [
        ("08:15", 7, "Coffee on the balcony"),
        ("21:40", 3, "Argued at dinner.\nWent to bed early.")]
    assert sat["tags"] == ["family"] and days["2015-09-06"]["tags"] == ["run"]
    assert days["2015-09-06"]["mood"] == 10 and sat["symptoms"] == {}
    assert _tag_labels(run, "iMoodJournal") == {"family", "run"}


@pytest.mark.parametrize("name", ["pixels_2019.json", "pixels_2023.json"])
def test_pixels_both_layouts(run: Run, name: str) -> None:
    result = run("import", str(FIXTURES / name))
    assert result.code == 0, result.err
    days = _days(run)
    if name == "pixels_2019.json":
        assert {d: c["mood"] for d, c in days.items()} == {
            "2019-03-01": 0, "2019-03-02": 8, "2019-03-03": 5}
        assert days["2019-03-02"]["note"] == "Walk by the river"
        assert set(days["2019-03-02"]["tags"]) == {"happy", "calm"}
        assert "2019-03-04" in result.out  # no mood: reported, not imported
    else:
        assert {d: c["mood"] for d, c in days.items()} == {"2023-05-01": 6, "2023-05-02": 10}
        assert set(days["2023-05-02"]["tags"]) == {"grateful", "therapy", "walk"}
        assert days["2023-05-02"]["note"] == "Great session"
    assert all(c["moments"] == [] for c in days.values())  # Pixels has no time of day


@pytest.mark.parametrize("name", ["backup.emoods", "entry.csv"])
def test_emoods_zip_or_csv(run: Run, name: str) -> None:
    result = run("import", str(FIXTURES / name), "--mood-map", EMOODS_MAP)
    assert result.code == 0, result.err
    days = _days(run)
    assert set(days) == {"2021-02-01", "2021-02-02"}
    first, second = days["2021-02-01"], days["2021-02-02"]
    # eMoods 1 none .. 4 severe -> 0..3; 0 (not entered) stays unanswered.
    assert first["symptoms"] == {"irritability": 1, "anxiety": 2, "sadness": 2,
                                 "elevated_mood": 0, "psychotic_symptoms": 0}
    assert second["symptoms"] == {"sadness": 0, "elevated_mood": 1}
    assert first["mood"] == 4 and second["mood"] == 8
    assert first["sleep_hours"] == 7.5 and second["sleep_hours"] == 9
    assert first["note"] == "Long day, low\nWeight (eMoods): 71.2"
    assert second["note"] == "Menstrual cycle (eMoods): 1"
    assert first["tags"] == ["therapy"]
    assert "2021-02-03" in result.out


def test_emoods_without_a_map_says_which_moods_to_give(run: Run) -> None:
    before = snapshot(run)
    assert_one_line_error(run("import", str(FIXTURES / "backup.emoods")), 1,
                          "'depressed moderate' (1)", "--mood-map")
    assert snapshot(run) == before


def test_a_map_word_matching_nothing_is_a_warning(run: Run) -> None:
    result = run("import", str(FIXTURES / "pixels_2023.json"), "--mood-map", "4=7,sunny=9",
                 "--dry-run")
    assert result.code == 0
    assert result.err.strip() == "moodlog: warning: --mood-map: 'sunny' matches no mood in " \
                                 "this file"
    assert "4=7 (1)" in result.out


@pytest.mark.parametrize("name,fmt", [("bearable.csv", "bearable"),
                                      ("imoodjournal.csv", "imoodjournal"),
                                      ("pixels_2019.json", "pixels"), ("entry.csv", "emoods")])
def test_explicit_format_and_wrong_format(run: Run, name: str, fmt: str) -> None:
    assert run("import", str(FIXTURES / name), "--format", fmt, "--dry-run",
               *(["--mood-map", EMOODS_MAP] if fmt == "emoods" else [])).code == 0
    other = "pixels" if fmt != "pixels" else "bearable"
    before = snapshot(run)
    result = run("import", str(FIXTURES / name), "--format", other)
    assert_one_line_error(result, 1, "line 1")
    assert snapshot(run) == before


@pytest.mark.parametrize("name,damage,needles", [
    ("bearable.csv", ("03:00,Mood,6", "03:00,Mood,11"),
     ("line 2, rating/amount", "'11'")),
    ("bearable.csv", ("Anxiety (Mild)", "Anxiety (Awful)"), ("line 4, detail",)),
    ("bearable.csv", ("23rd Sep 2020,Wednesday,mid", "31st Sep 2020,Wednesday,mid"),
     ("line 12, date", "not a real calendar date")),
    ("imoodjournal.csv", ('"21","40","4"', '"25","40","4"'), ("line 3, Hour/Minute",)),
    ("imoodjournal.csv", ('"10","5","10"', '"10","5","0"'), ("line 5, Level",)),
    ("pixels_2019.json", ('"mood": 3', '"mood": 6'), ("line 5, mood", "1-5")),
    ("pixels_2019.json", ('"2019-3-1"', '"2019-3-2"'), ("line 3, date", "appears twice")),
    ("pixels_2023.json", ('"scores":[5]', '"scores":["5"]'), ("line 1, scores",)),
    ("entry.csv", ("1,2021-02-01,2,3,3", "1,2021-02-01,2,3,7"), ("line 2, DEPRESSED",)),
    ("entry.csv", ("1,2,9,0,", "1,2,25,0,"), ("line 3, SLEEP",)),
])
def test_bad_files_name_line_and_field_and_change_nothing(
        run: Run, tmp_path: Path, name: str, damage: tuple[str, str],
        needles: tuple[str, ...]) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert damage[0] in text
    path = tmp_path / name
    path.write_text(text.replace(damage[0], damage[1], 1), encoding="utf-8")
    run("import", str(FIXTURES / "pixels_2023.json"))
    before = snapshot(run)
    extra = ["--mood-map", EMOODS_MAP] if name == "entry.csv" else []
    assert_one_line_error(run("import", str(path), *extra), 1, *needles)
    assert snapshot(run) == before


def test_damaged_or_foreign_zip_is_refused(run: Run, tmp_path: Path) -> None:
    cut = tmp_path / "cut.emoods"
    cut.write_bytes((FIXTURES / "backup.emoods").read_bytes()[:120])
    assert_one_line_error(run("import", str(cut)), 1, "zip")
    other = tmp_path / "other.emoods"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert_one_line_error(run("import", str(other)), 1, "without an entry.csv")


def test_import_takes_a_backup_first(run: Run, data_dir: Path, tmp_path: Path) -> None:
    assert run("import", str(FIXTURES / "pixels_2019.json")).code == 0
    copy = tmp_path / "again.json"
    shutil.copy(FIXTURES / "pixels_2023.json", copy)
    assert run("import", str(copy)).code == 0
    assert sorted((data_dir / "backups").glob("*before-import*"))


def test_the_journal_remembers_the_mood_map_for_the_next_import(run: Run, tmp_path: Path) -> None:
    dry = run("import", str(FIXTURES / "backup.emoods"), "--mood-map", EMOODS_MAP, "--dry-run")
    assert dry.code == 0, dry.err
    # A dry run remembers nothing: the same file still needs its map.
    assert run("import", str(FIXTURES / "entry.csv"), "--dry-run").code == 1
    assert run("import", str(FIXTURES / "backup.emoods"), "--mood-map", EMOODS_MAP).code == 0
    again = run("import", str(FIXTURES / "entry.csv"), "--replace")
    assert again.code == 0, again.err
    assert "Mood words as at the last eMoods import into this journal: depressed none=8" \
        in again.out
    # A word given now wins over the remembered one, and is remembered in its turn.
    third = run("import", str(FIXTURES / "entry.csv"), "--replace", "--mood-map",
                "depressed none=9,no such mood=3")
    assert third.code == 0, third.err
    assert "moodlog: warning: --mood-map: 'no such mood' matches no mood in this file" \
        in third.err
    assert "depressed none=8" not in third.out
    from moodlog.store import JournalStore

    data_dir = next(p for p in tmp_path.iterdir() if (p / "journal.sqlite").exists())
    with JournalStore.open(data_dir / "journal.sqlite") as store:
        remembered = store.mood_map("emoods")
    assert remembered["depressed none"] == 9 and remembered["depressed moderate"] == 4
    assert "no such mood" not in remembered  # a word matching nothing is warned of, not kept
