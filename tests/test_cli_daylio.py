"""``moodlog import FILE`` with Daylio exports: report, dry run, skip/replace, and bad input."""

from collections.abc import Callable
from datetime import date, time
from pathlib import Path

import pytest

from tests.conftest import Result, assert_one_line_error, snapshot
from tests.exchange.daylio_helpers import OLDEST, Row, daylio_csv

Run = Callable[..., Result]
D1, D2, D3 = date(2019, 5, 17), date(2019, 5, 18), date(2019, 12, 24)
ROWS = [Row(D3, time(23, 54), "rad", "friends", "Best day"),
        Row(D2, time(21), "good"), Row(D2, time(8), "meh", note='a "quoted"<br>note'),
        Row(D1, time(9), "awful")]


@pytest.fixture
def daylio_file(tmp_path: Path) -> Path:
    path = tmp_path / "daylio_export.csv"
    path.write_text(daylio_csv(ROWS), encoding="utf-8")
    return path


def _moods(run: Run, tmp_path: Path) -> dict[str, int]:
    return {c["date"]: c["mood"] for c in snapshot(run)["checkins"]}


def _backups(data_dir: Path) -> list[Path]:
    """Backups taken before an import (daily backups come and go on their own)."""
    return sorted((data_dir / "backups").glob("*before-import*"))


def test_import_recognises_daylio_and_reports(run: Run, daylio_file: Path, tmp_path: Path) -> None:
    result = run("import", str(daylio_file))
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "Daylio file: 4 entries on 3 days, 2019-05-17 to 2019-12-24.",
        "Merged into one check-in per day (mean mood rounded half up, every entry in the note):"
        " 2 entries on 1 day.",
        "Moods: rad=10 (1), good=8 (1), meh=5 (1), awful=0 (1).",
        "Imported 3 check-ins, 0 treatments, 0 questionnaires, 0 clinician scores and 4 moments.",
    ]
    doc = snapshot(run)
    assert _moods(run, tmp_path) == {"2019-05-17": 0, "2019-05-18": 7, "2019-12-24": 10}
    merged = next(c for c in doc["checkins"] if c["date"] == "2019-05-18")
    assert merged["note"] == '08:00 · meh\na "quoted"\nnote\n\n21:00 · good'
    assert merged["symptoms"] == {}


def test_dry_run_then_skip_then_replace(run: Run, daylio_file: Path, tmp_path: Path,
                                        data_dir: Path) -> None:
    assert run("checkin", "--date", D2.isoformat(), "--mood", "1", "--note", "mine").code == 0
    before = snapshot(run)
    dry = run("import", str(daylio_file), "--dry-run")
    assert dry.code == 0 and "Would import 2 check-ins" in dry.out
    assert "2019-05-17 to 2019-12-24" in dry.out and "2 entries on 1 day" in dry.out
    assert "1 day already in the journal would be kept: 2019-05-18" in dry.out
    assert snapshot(run) == before and not _backups(data_dir)
    kept = run("import", str(daylio_file))
    assert "Imported 2 check-ins" in kept.out
    assert "1 day already in the journal was kept: 2019-05-18" in kept.out
    assert _moods(run, tmp_path)["2019-05-18"] == 1 and len(_backups(data_dir)) == 1
    replaced = run("import", str(daylio_file), "--replace")
    assert replaced.code == 0 and "3 days already in the journal were replaced" in replaced.out
    assert _moods(run, tmp_path)["2019-05-18"] == 7


def test_mood_map_for_custom_labels(run: Run, tmp_path: Path, data_dir: Path) -> None:
    src = tmp_path / "custom.csv"
    src.write_text(daylio_csv([Row(D2, time(9), "Super"), Row(D1, time(9), "so so")],
                              OLDEST, bom=False, twelve_hour=True), encoding="utf-8")
    run("checkin", "--date", "2020-01-01", "--mood", "5")
    before = snapshot(run)
    refused = run("import", str(src))
    assert_one_line_error(refused, 1, "custom.csv", "'Super' (1 entry)", "'so so' (1 entry)",
                           '--mood-map "Super=N,so so=N"')
    assert snapshot(run) == before and not _backups(data_dir)
    done = run("import", str(src), "--mood-map", "super=9,so so=4")
    assert done.code == 0 and "Moods: Super=9 (1), so so=4 (1)." in done.out
    assert _moods(run, tmp_path) == {"2019-05-17": 4, "2019-05-18": 9, "2020-01-01": 5}


def test_format_choice_and_mood_map_misuse(run: Run, daylio_file: Path, tmp_path: Path) -> None:
    js = tmp_path / "x.json"
    assert run("export", "json", str(js)).code == 0
    assert_one_line_error(run("import", str(js), "--mood-map", "rad=9"), 1,
                           "--mood-map only applies to files of other apps")
    assert_one_line_error(run("import", str(daylio_file), "--mood-map", "rad=99"), 1,
                           "--mood-map:", "0-10")
    assert_one_line_error(run("import", str(js), "--format", "daylio"), 1,
                           "line 1: not a Daylio header")
    assert_one_line_error(run("import", str(daylio_file), "--format", "json"), 1,
                           "not valid JSON")
    assert run("import", str(daylio_file), "--format", "daylio").code == 0
    csv_export = tmp_path / "c.csv"
    assert run("export", "csv", str(csv_export)).code == 0
    assert_one_line_error(run("import", str(csv_export)), 1, "moodlog CSV export",
                           "export json")


HEADER = "full_date,date,weekday,time,mood,activities,scales,note_title,note\n"
ROW = '2019-05-20,20 May,Monday,10:00 pm,good,"","","",""\n'


@pytest.mark.parametrize(("content", "needles"), [
    (b"", ["not a file moodlog can import"]),
    ("\ufeff".encode() + HEADER.replace(",mood", "").encode() + b"2019-05-20,x,x,22:00,,,,\n",
     ["line 1", "no 'mood' column"]),
    ((HEADER + ROW + ROW.replace("2019-05-20", "2019-05-32")).encode(),
     ["line 3, full_date", "not a real calendar date"]),
    ((HEADER + ROW.replace("10:00 pm", "22h00")).encode(), ["line 2, time", "'22h00'"]),
    ((HEADER + ROW + ROW[:30]).encode(), ["line 3: expected 9 fields", "cut short"]),
    ((HEADER + ROW + '2019-05-21,x,x,22:00,good,"","","","a long note\nthat was').encode(),
     ["line 3: unexpected end of data"]),
    ((HEADER + ROW).encode("utf-16"), ["not UTF-8"]),
    ((HEADER + ROW + ROW.replace('""\n', '"caf\xe9"\n')).encode("latin-1"),
     ["not UTF-8 text (line 3"]),
    ((HEADER + ROW.replace("good", "grand")).encode(), ["'grand' (1 entry)", "--mood-map"]),
])
def test_bad_daylio_files_change_nothing(run: Run, tmp_path: Path, data_dir: Path,
                                         content: bytes, needles: list[str]) -> None:
    assert run("checkin", "--date", "2019-05-19", "--mood", "6").code == 0
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    before = snapshot(run)
    assert_one_line_error(run("import", str(bad)), 1, *needles)
    assert snapshot(run) == before
    assert not _backups(data_dir)
