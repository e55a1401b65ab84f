"""moodlog search, moment, tag and medication; check-in tags and medication answers."""

import json
from collections.abc import Callable
from pathlib import Path

from moodlog.store import JournalStore
from moodlog.store.encryption import change_encryption
from tests.conftest import Result, assert_one_line_error, file_digest

Run = Callable[..., Result]

KEY = "correct horse battery"


def test_search_finds_a_word_in_a_moment_note_as_text_and_json(run: Run, data_dir: Path) -> None:
    assert run("checkin", "--date", "2026-03-01", "--mood", "4", "--note", "Nausea all day",
               "--tag", "walk").code == 0
    assert run("moment", "--date", "2026-03-02", "--time", "16:05", "--mood", "6",
               "--note", "nausea gone by the afternoon").code == 0
    out = run("search", "nausea").out.splitlines()
    assert out[0].startswith("2026-03-02  moment 16:05") and "[nausea] gone" in out[0]
    assert out[1].startswith("2026-03-01  check-in note") and "[Nausea] all day" in out[1]
    doc = json.loads(run("search", "nausea", "--json", "--from", "2026-03-02").out)
    assert doc == [{"date": "2026-03-02", "where": "moment", "time": "16:05",
                    "snippet": "nausea gone by the afternoon"}]
    assert json.loads(run("search", "walk", "--json").out)[0]["where"] == "checkin_tags"
    assert "Nothing in the journal mentions" in run("search", "holiday").out


def test_search_in_an_encrypted_journal(run: Run, data_dir: Path, tmp_path: Path) -> None:
    assert run("moment", "--date", "2026-03-02", "--time", "08:00", "--mood", "5",
               "--note", "balcony sunshine").code == 0
    change_encryption(data_dir / "journal.sqlite", data_dir / "backups", None, KEY)
    key_file = tmp_path / "key.txt"
    key_file.write_text(KEY + "\n")
    got = run("--passphrase-file", str(key_file), "search", "balcony", "--json")
    assert got.code == 0 and json.loads(got.out)[0]["snippet"] == "balcony sunshine"


def test_fts_syntax_on_the_command_line_is_plain_words(run: Run) -> None:
    run("checkin", "--date", "2026-03-01", "--mood", "4", "--note", "near the sea")
    for text in ('"near', "NEAR(", "sea*", "-sea", "(sea", "a OR", "sea AND NOT"):
        result = run("search", "--json", "--", text)  # "--": a text may start with "-"
        assert result.code == 0, (text, result.err)
    assert len(json.loads(run("search", "(sea", "--json").out)) == 1


def _unchanged(run: Run, data_dir: Path, *args: str, needle: str) -> None:
    journal = data_dir / "journal.sqlite"
    before = file_digest(journal)
    assert_one_line_error(run(*args), 1, needle)
    assert file_digest(journal) == before


def test_bad_input_gives_one_line_and_writes_nothing(run: Run, data_dir: Path) -> None:
    run("checkin", "--date", "2026-03-01", "--mood", "4")
    _unchanged(run, data_dir, "search", "*()", needle="no word to search for")
    _unchanged(run, data_dir, "search", "x", "--limit", "0", needle="--limit")
    _unchanged(run, data_dir, "search", "x", "--from", "2026-13-01", needle="--from")
    _unchanged(run, data_dir, "moment", "--time", "24:00", "--mood", "5", needle="23:59")
    _unchanged(run, data_dir, "moment", "--time", "10:00", "--mood", "11", needle="0-10")
    _unchanged(run, data_dir, "checkin", "--date", "2026-03-01", "--mood", "5", "--tag", "nope",
               needle="unknown tag 'nope'")
    _unchanged(run, data_dir, "checkin", "--date", "2026-03-01", "--mood", "5", "--taken",
               "ghost", needle="unknown medication 'ghost'")
    _unchanged(run, data_dir, "tag", "add", "WALK", needle="already exists")
    _unchanged(run, data_dir, "tag", "add", "w a l k", needle="already exists")
    _unchanged(run, data_dir, "tag", "add", "walk\u200b", needle="U+200B")


def test_tags_and_medications_on_the_command_line(run: Run, data_dir: Path) -> None:
    assert "family" in run("tag", "list").out
    assert run("tag", "add", "Yoga", "--group", "Health").out.startswith("Added tag 'yoga'")
    assert run("medication", "add", "Sertraline", "--dose", "50", "--unit", "mg").code == 0
    assert "sertraline" in run("medication", "list").out
    assert run("checkin", "--date", "2026-03-01", "--mood", "6", "--tag", "yoga", "--taken",
               "sertraline").code == 0
    with JournalStore.open(data_dir / "journal.sqlite") as store:
        c = store.checkins()[0]
    assert c.tags == ("yoga",) and dict(c.medications_taken) == {"sertraline": True}


def test_insights_json_has_the_tag_table_and_adherence(run: Run) -> None:
    assert run("demo").code == 0
    doc = json.loads(run("insights", "--json").out)
    rows = {t["key"]: t for t in doc["tags"]}
    assert {"walk", "family", "work"} <= rows.keys()
    walk = rows["walk"]
    assert set(walk) == {"key", "label", "days_with", "mood_with", "days_without",
                         "mood_without"}
    assert walk["days_with"] >= 5 and walk["days_without"] >= 5
    assert walk["days_with"] + walk["days_without"] == doc["checkins"]
    assert all(t["days_with"] >= 5 and t["days_without"] >= 5 for t in doc["tags"])
    assert "fewer than 5 days" in doc["tags_note"]
    (sertraline,) = doc["adherence"]
    assert 0 < sertraline["days_taken"] <= sertraline["days_answered"] <= doc["checkins"]
    text = run("insights").out
    assert "Mood on days with and without each tag (descriptive; not a cause):" in text
    assert "Medications taken (days taken / days answered):" in text


def test_import_reports_moments_replaced_entries_and_the_plan(run: Run, tmp_path: Path) -> None:
    from datetime import date, datetime, time

    from moodlog.core.life import Moment
    from moodlog.core.models import Treatment
    from moodlog.core.safety_plan import SafetyPlan
    from moodlog.exchange import json_format

    with JournalStore.open(tmp_path / "other.sqlite") as other:
        other.add_treatment(Treatment(datetime(2026, 3, 3, 9), "ketamine_iv"))
        other.add_moment(Moment(date(2026, 3, 3), time(13), 7, "after"))
        other.save_safety_plan(SafetyPlan(warning_signs=("from the file",)))
        (tmp_path / "other.json").write_text(json_format.dump(other.snapshot()), "utf-8")
    first = run("import", str(tmp_path / "other.json"))
    assert first.code == 0, first.err
    assert ("Imported 0 check-ins, 1 treatment, 0 questionnaires, 0 clinician scores and "
            "1 moment.") in first.out
    assert "The safety plan in the file was imported." in first.out
    assert run("safety-plan", "set", "warning_signs", "my own").code == 0
    again = run("import", "--replace", str(tmp_path / "other.json"))
    assert again.code == 0, again.err
    lines = again.out.splitlines()
    assert ("1 entry already recorded (treatments, questionnaires or clinician scores) was "
            "replaced.") in lines
    assert "1 moment already in the journal was not added again." in lines
    assert "The safety plan in the file replaced the one in the journal." in lines
    assert not any("kept" in line for line in lines), again.out


def test_a_file_with_two_medications_of_one_name_is_one_error_and_nothing_written(
        run: Run, tmp_path: Path) -> None:
    from tests.conftest import snapshot

    assert run("medication", "add", "Lithium").code == 0
    doc = json.loads(run("export", "json", "-").out)
    doc["medications"] += [{"key": "m2", "name": "Sertraline"},
                           {"key": "m3", "name": "sertraline "}]
    (tmp_path / "two.json").write_text(json.dumps(doc), "utf-8")
    before = snapshot(run)
    assert_one_line_error(run("import", str(tmp_path / "two.json")), 1,
                          "more than one medication named 'sertraline'")
    assert snapshot(run) == before
