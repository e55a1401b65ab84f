"""Daylio files as real ones are (fixtures in tests/fixtures/daylio/): every CLDR language's
month names, deleted optional columns, no header, spreadsheet dates, look-alike quotes, odd line
ends; and unknown mood words asked for one by one in a terminal (a real process on a pty)."""

import os
import pty
import select
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Result, assert_one_line_error, snapshot

Run = Callable[..., Result]
FIXTURES = Path(__file__).parent / "fixtures" / "daylio"


def _moods(run: Run) -> dict[str, int]:
    return {c["date"]: c["mood"] for c in snapshot(run)["checkins"]}


def test_polish_oldest_layout_genitive_months_and_a_missing_trailing_field(run: Run) -> None:
    result = run("import", str(FIXTURES / "polish_oldest.csv"), "--mood-map",
                 "super=10,dobrze=7,źle=3")
    assert result.code == 0, result.err
    # "listopada" alone is November (Polish, Czech) or October (Croatian); września settles it.
    assert _moods(run) == {"2017-09-05": 3, "2017-09-06": 7, "2017-09-07": 10,
                           "2017-11-03": 7}
    day = next(c for c in snapshot(run)["checkins"] if c["date"] == "2017-09-05")
    assert day["note"] == "22:00 · źle\nActivities: sen"


def test_the_same_word_in_a_croatian_file_is_october(run: Run) -> None:
    assert run("import", str(FIXTURES / "croatian_oldest.csv")).code == 0
    assert _moods(run) == {"2017-09-07": 10, "2017-10-03": 8}


def test_deleted_optional_columns(run: Run) -> None:
    assert run("import", str(FIXTURES / "no_optional_columns.csv")).code == 0
    assert _moods(run) == {"2021-06-29": 4, "2021-06-30": 8}


def test_a_missing_header_is_read_when_certain_and_said(run: Run) -> None:
    path = str(FIXTURES / "no_header_es.csv")
    result = run("import", path, "--mood-map", "genial=10,bien=7,mal=3")
    assert result.code == 0, result.err
    assert "The file has no header line; its columns were recognised from the data" in result.out
    days = {c["date"]: c for c in snapshot(run)["checkins"]}
    assert days["2021-09-07"]["mood"] == 10
    assert days["2021-09-07"]["note"].startswith("22:15 · genial · Día largo\nCansada pero bien")


@pytest.mark.parametrize("fmt", ["auto", "daylio"])
def test_a_missing_header_that_cannot_be_read_is_said_in_those_words(run: Run, fmt: str) -> None:
    before = snapshot(run)
    result = run("import", str(FIXTURES / "no_header_uncertain.csv"), "--format", fmt)
    assert_one_line_error(result, 1, "no header line")
    assert "appears twice" not in result.err and snapshot(run) == before


def test_spreadsheet_dates_are_refused_with_the_reason_or_read_with_a_format(run: Run) -> None:
    path = str(FIXTURES / "spreadsheet_dates.csv")
    before = snapshot(run)
    assert_one_line_error(run("import", path), 1, "line 2, full_date",
                          "a spreadsheet probably changed", "--date-format")
    assert snapshot(run) == before
    assert_one_line_error(run("import", path, "--date-format", "%d/%m/%Y"), 1,
                          "line 2, full_date", "does not match --date-format")
    assert run("import", path, "--date-format", "%m/%d/%Y").code == 0
    assert _moods(run) == {"2021-06-29": 10, "2021-06-30": 8}


def test_date_format_is_for_daylio_only(run: Run) -> None:
    pixels = Path(__file__).parent / "fixtures" / "movein" / "pixels_2019.json"
    assert_one_line_error(run("import", str(pixels), "--date-format", "%Y"), 1,
                          "only applies to Daylio")


def test_curly_apostrophe_matches_a_straight_one_bom_crcrlf_narrow_space(run: Run) -> None:
    path = FIXTURES / "twelve_hour_curly_crcrlf.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\r\n" in raw and "\u202f".encode() in raw
    result = run("import", str(path), "--mood-map", "fine I'm fine=6")
    assert result.code == 0, result.err
    assert result.err == ""
    doc = snapshot(run)
    assert _moods(run) == {"2023-11-04": 10, "2023-11-05": 6}
    assert [m["time"] for c in doc["checkins"] for m in c["moments"]] == ["07:30", "22:00"]


def test_unknown_moods_without_a_terminal_stay_an_error(run: Run) -> None:
    assert_one_line_error(run("import", str(FIXTURES / "polish_oldest.csv")), 1,
                          "'dobrze' (2 entries)", "--mood-map")


def _talk(argv: list[str], answers: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run moodlog on a pseudo-terminal, typing each answer after each prompt."""
    main, child = pty.openpty()
    proc = subprocess.Popen(argv, stdin=child, stdout=child, stderr=child, env=env, close_fds=True)
    os.close(child)
    seen, pending = b"", list(answers)
    while True:
        ready, _, _ = select.select([main], [], [], 30)
        if not ready:
            proc.kill()
            break
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if pending and seen.rstrip().endswith(b":"):
            os.write(main, pending.pop(0).encode() + b"\n")
    os.close(main)
    return proc.wait(timeout=30), seen.decode(errors="replace").replace("\r\n", "\n")


def test_in_a_terminal_unknown_moods_are_asked_and_the_map_printed(data_dir: Path) -> None:
    env = {**os.environ, "MOODLOG_DATA_DIR": str(data_dir)}
    argv = [sys.executable, "-m", "moodlog", "import", str(FIXTURES / "polish_oldest.csv"),
            "--mood-map", "super=10"]
    code, text = _talk(argv, ["eleven", "7", "2"], env)
    assert code == 0, text
    assert "'dobrze' (2 entries): " in text and "from 0 (worst) to 10 (best), please" in text
    assert "'źle' (1 entry): " in text
    assert 'add: --mood-map "super=10,dobrze=7,źle=2"' in text
    out = subprocess.run([sys.executable, "-m", "moodlog", "export", "csv", "-"], env=env,
                         capture_output=True, text=True, check=True).stdout
    assert "2017-09-05,2," in out and "2017-09-06,7," in out
