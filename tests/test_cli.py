"""Every command through ``cli.main(argv)``; bad input gives one clear line and changes nothing."""

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from moodlog import __version__
from moodlog.paths import JOURNAL_FILE
from tests.conftest import Result, assert_one_line_error, snapshot

Run = Callable[..., Result]


@pytest.fixture
def demo(run: Run, data_dir: Path) -> Path:
    result = run("demo", "--days", "120")
    assert result.code == 0, result.err
    return data_dir




def test_version(run: Run) -> None:
    result = run("--version", data=None)
    assert result.code == 0 and result.out.strip() == f"moodlog {__version__}"


def test_python_dash_m_and_console_script(tmp_path: Path) -> None:
    env = {**os.environ, "MOODLOG_DATA_DIR": str(tmp_path / "d")}
    done = subprocess.run([sys.executable, "-m", "moodlog", "--version"], env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.startswith("moodlog ")
    done = subprocess.run([sys.executable, "-m", "moodlog", "checkin", "--mood", "99"], env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1 and done.stderr.startswith("moodlog: error: mood must be 0-10")


def test_data_folder_from_option_then_environment(run: Run, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    env_dir = tmp_path / "from-env"
    monkeypatch.setenv("MOODLOG_DATA_DIR", str(env_dir))
    assert run("checkin", "--mood", "4", data=None).code == 0
    assert (env_dir / JOURNAL_FILE).exists()
    opt_dir = tmp_path / "from-option"
    assert run("checkin", "--mood", "4", data=opt_dir).code == 0
    assert (opt_dir / JOURNAL_FILE).exists()
    if os.name == "posix":
        assert opt_dir.stat().st_mode & 0o777 == 0o700
        assert (opt_dir / JOURNAL_FILE).stat().st_mode & 0o777 == 0o600


def test_demo_fills_an_empty_journal_and_refuses_a_used_one(run: Run, demo: Path,
                                                            tmp_path: Path) -> None:
    info = run("info")
    assert "Check-ins: " in info.out and str(demo) in info.out
    before = snapshot(run)
    assert len(before["checkins"]) > 100 and before["treatments"]
    again = run("demo")
    assert_one_line_error(again, 1, "already has entries", "--force")
    assert snapshot(run) == before
    forced = run("demo", "--days", "120", "--force")
    assert forced.code == 0
    assert list((demo / "backups").glob("*before-demo*"))  # a backup was taken before mixing


def test_checkin_creates_and_replaces(run: Run, tmp_path: Path) -> None:
    result = run("checkin", "--date", "2026-01-05", "--mood", "3", "--symptom", "sadness=2",
                 "--symptom", "fatigue=0", "--sleep", "6.5", "--note", "heavy day")
    assert result.code == 0 and "Saved the check-in for Mon 05 Jan 2026" in result.out
    assert "No one monitors" not in result.out
    doc = snapshot(run)
    (c,) = doc["checkins"]
    assert (c["mood"], c["symptoms"], c["sleep_hours"], c["note"]) == (
        3, {"sadness": 2, "fatigue": 0}, 6.5, "heavy day")
    again = run("checkin", "--date", "2026-01-05", "--mood", "6")
    assert again.code == 0 and again.out.startswith("Replaced")
    (c,) = snapshot(run)["checkins"]
    assert (c["mood"], c["symptoms"]) == (6, {})


def test_checkin_defaults_to_today(run: Run, tmp_path: Path) -> None:
    assert run("checkin", "--mood", "5").code == 0
    assert snapshot(run)["checkins"][0]["date"] == date.today().isoformat()


def test_thoughts_of_death_above_zero_shows_crisis_resources(run: Run) -> None:
    result = run("checkin", "--mood", "2", "--symptom", "thoughts_of_death=1")
    assert result.code == 0
    assert "No one monitors this app" in result.out and "findahelpline.com" in result.out


@pytest.mark.parametrize(("args", "code", "needle"), [
    (["checkin", "--mood", "11"], 1, "mood must be 0-10"),
    (["checkin", "--mood", "-1"], 1, "mood must be 0-10"),
    (["checkin", "--mood", "five"], 2, "invalid int value"),
    (["checkin"], 2, "--mood"),
    (["checkin", "--mood", "5", "--symptom", "sadness=4"], 1, "0-3"),
    (["checkin", "--mood", "5", "--symptom", "sadness"], 1, "KEY=0..3"),
    (["checkin", "--mood", "5", "--symptom", "sadness=1", "--symptom", "sadness=2"], 1, "twice"),
    (["checkin", "--mood", "5", "--symptom", "headache=1"], 1, "unknown symptom 'headache'"),
    (["checkin", "--mood", "5", "--date", "2026-02-30"], 1, "not a real calendar date"),
    (["checkin", "--mood", "5", "--date", "05/01/2026"], 1, "YYYY-MM-DD"),
    (["checkin", "--mood", "5", "--date", (date.today() + timedelta(days=2)).isoformat()], 1,
     "in the future"),
    (["checkin", "--mood", "5", "--sleep", "25"], 1, "sleep must be 0-24"),
    (["treatment", "add", "--kind", "laughing_gas", "--at", "2026-01-05 10:00"], 1,
     "unknown treatment kind 'laughing_gas'"),
    (["treatment", "add", "--kind", "ketamine_iv", "--at", "2026-01-05"], 1, "YYYY-MM-DD HH:MM"),
    (["treatment", "add", "--kind", "ketamine_iv", "--at", "2026-01-05 10:00", "--dose", "40"], 1,
     "without its unit"),
    (["treatment", "add", "--kind", "ketamine_iv", "--at", "2026-01-05 10:00", "--dose", "-4",
      "--unit", "mg"], 1, "positive"),
    (["treatment", "add", "--kind", "ketamine_iv", "--at", "2026-01-05 10:00", "--bp-before",
      "80/120"], 1, "higher than diastolic"),
    (["treatment", "add", "--kind", "ketamine_iv", "--at", "2026-01-05 10:00",
      "--side-effect", "sneezing=2"], 1, "unknown side effect"),
    (["treatment", "add", "--kind", "ketamine_iv", "--at", "2026-01-05 10:00", "--phase", "x"],
     1, "unknown phase"),
    (["treatment", "add", "--kind", "ketamine_iv",
      "--at", (date.today() + timedelta(days=3)).isoformat() + " 10:00"], 1, "in the future"),
    (["export", "json", "x.json", "--from", "2026-02-30"], 1, "--from"),
    (["export", "json", "x.json", "--from", "2026-03-01", "--to", "2026-02-01"], 1, "is after"),
    (["export", "csv", "x.csv", "--table", "moods"], 2, "invalid choice"),
    (["symptom", "add", "   "], 1, "needs a label"),
    (["frobnicate"], 2, "invalid choice"),
])
def test_bad_input_is_one_clear_line_and_changes_nothing(
        run: Run, demo: Path, tmp_path: Path, args: list[str], code: int, needle: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = snapshot(run)
    assert_one_line_error(run(*args), code, needle)
    assert snapshot(run) == before
    assert not (tmp_path / "x.json").exists()


def test_treatment_add_and_list(run: Run) -> None:
    result = run("treatment", "add", "--kind", "esketamine_nasal", "--at", "2026-01-05 10:30",
                 "--phase", "induction", "--dose", "56", "--unit", "mg", "--clinic", "Clinic A",
                 "--side-effect", "dissociation=2", "--side-effect", "nausea=1",
                 "--bp-before", "128/82", "--bp-after", "146/90", "--hr-before", "70",
                 "--hr-after", "80", "--note", "first dose", "--side-effects-note", "taste")
    assert result.code == 0, result.err
    assert "Recorded treatment 1" in result.out and "56 mg" in result.out
    dup = run("treatment", "add", "--kind", "esketamine_nasal", "--at", "2026-01-05 10:30")
    assert_one_line_error(dup, 1, "already recorded")
    listed = run("treatment", "list")
    assert listed.code == 0 and "BP 128/82 -> 146/90" in listed.out
    assert "dissociation 2" in listed.out
    assert "No treatments recorded in that period" in run(
        "treatment", "list", "--from", "2026-02-01").out


def test_symptoms_list_and_add(run: Run) -> None:
    assert run("symptom", "add", "Night sweats").out.startswith("Added symptom 'night_sweats'")
    listed = run("symptom", "list").out.splitlines()
    assert len(listed) == 13 and listed[-1].startswith("night_sweats")
    assert run("checkin", "--mood", "5", "--symptom", "night_sweats=2").code == 0


def test_export_json_round_trip_through_the_cli(run: Run, demo: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert run("export", "json", str(a)).code == 0
    other = tmp_path / "other"
    imported = run("import", str(a), data=other)
    assert imported.code == 0 and imported.out.startswith("Imported ")
    assert run("export", "json", str(b), data=other).code == 0
    strip = [line for line in a.read_text().splitlines() if '"exported_at"' not in line]
    assert strip == [line for line in b.read_text().splitlines() if '"exported_at"' not in line]


def test_export_range_and_stdout(run: Run, demo: Path) -> None:
    end = date.today()
    start = end - timedelta(days=6)
    result = run("export", "json", "-", "--from", start.isoformat(), "--to", end.isoformat())
    doc = json.loads(result.out)
    assert doc["range"] == {"from": start.isoformat(), "to": end.isoformat()}
    assert all(start.isoformat() <= c["date"] <= end.isoformat() for c in doc["checkins"])
    assert 1 <= len(doc["checkins"]) <= 7


def test_export_csv_tables(run: Run, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    assert run("export", "csv", str(out)).code == 0
    text = out.read_text(encoding="utf-8-sig")
    header = text.splitlines()[0].split(",")
    assert header[:3] == ["date", "mood", "sadness"] and "thoughts_of_death" in header
    assert len(text.splitlines()) > 100
    for table, column in (("treatments", "cadss_form"), ("readings", "systolic"),
                          ("questionnaires", "item_9"), ("clinician_scores", "total")):
        result = run("export", "csv", "-", "--table", table)
        assert result.code == 0 and column in result.out.splitlines()[0]
        assert len(result.out.splitlines()) > 1


def test_export_to_a_missing_folder_fails_cleanly(run: Run, demo: Path, tmp_path: Path) -> None:
    assert_one_line_error(run("export", "json", str(tmp_path / "no" / "x.json")), 1,
                           "does not exist")


@pytest.mark.parametrize(("content", "needle"), [
    (b"", "not a file moodlog can import"),
    (b"date,mood\n2026-01-01,5\n", "not a file moodlog can import"),
    (b'{"format": "moodlog-journal", "format_version": 1, "checkins": [{"date"', "truncated"),
    (b'{"format": "moodlog-journal", "format_version": 7}', "newer than this moodlog"),
    (b'{"format": "moodlog-journal", "format_version": 1, "checkins": '
     b'[{"date": "2026-01-01", "mood": 12}]}', "checkins[0]: mood must be 0-10"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
])
def test_import_of_bad_files_changes_nothing(run: Run, demo: Path, tmp_path: Path,
                                            content: bytes, needle: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    before = snapshot(run)
    assert_one_line_error(run("import", str(bad)), 1, needle)
    assert snapshot(run) == before
    assert not list((demo / "backups").glob("*before-import*"))


def test_import_half_good_file_writes_nothing(run: Run, demo: Path, tmp_path: Path) -> None:
    src = tmp_path / "src.json"
    assert run("export", "json", str(src)).code == 0
    doc = json.loads(src.read_text())
    doc["checkins"][-1]["symptoms"] = {"undeclared_symptom": 2}
    for c in doc["checkins"]:
        c["date"] = c["date"].replace("20", "19", 1)  # days the journal does not have yet
    src.write_text(json.dumps(doc))
    before = snapshot(run)
    assert_one_line_error(run("import", str(src)), 1, "undeclared_symptom")
    assert snapshot(run) == before


def test_import_reports_existing_days_dry_run_and_replace(run: Run, demo: Path,
                                                          tmp_path: Path) -> None:
    src = tmp_path / "src.json"
    assert run("export", "json", str(src)).code == 0
    doc = json.loads(src.read_text())
    doc["checkins"][0]["mood"] = (doc["checkins"][0]["mood"] + 1) % 11
    src.write_text(json.dumps(doc))
    before = snapshot(run)
    dry = run("import", str(src), "--dry-run", "--replace")
    assert dry.code == 0 and dry.out.startswith("Would import")
    assert snapshot(run) == before
    kept = run("import", str(src))
    assert kept.code == 0 and "were kept" in kept.out and "--replace" in kept.out
    assert snapshot(run) == before
    replaced = run("import", str(src), "--replace")
    assert replaced.code == 0 and "replaced" in replaced.out
    after = snapshot(run)
    assert after["checkins"][0]["mood"] == doc["checkins"][0]["mood"]
    assert list((demo / "backups").glob("*before-import*"))


def test_import_missing_file_and_folder(run: Run, tmp_path: Path) -> None:
    assert_one_line_error(run("import", str(tmp_path / "nope.json")), 1, "nope.json")
    assert_one_line_error(run("import", str(tmp_path)), 1, "is a folder")


def test_data_dir_that_is_a_file_is_refused(run: Run, tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    assert_one_line_error(run("checkin", "--mood", "3", data=f), 1, "not a folder")


def test_a_newer_journal_is_refused_by_every_command(run: Run, demo: Path) -> None:
    import sqlite3

    con = sqlite3.connect(demo / JOURNAL_FILE)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    for args in (["info"], ["checkin", "--mood", "3"], ["export", "json", "-"]):
        assert_one_line_error(run(*args), 1, "newer version of moodlog")
