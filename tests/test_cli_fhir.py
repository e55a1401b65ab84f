"""``moodlog export fhir`` from the command line: what it writes, and bad input giving one clear
line, exit 1, nothing written and the journal unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from tests.conftest import Result, assert_one_line_error, snapshot

Run = Callable[..., Result]


@pytest.fixture
def journal(run: Run) -> None:
    assert run("checkin", "--date", "2026-03-01", "--mood", "6", "--symptom", "sadness=1").code == 0
    assert run("treatment", "add", "--kind", "ketamine_iv", "--at", "2026-03-02 10:15",
               "--dose", "0.5", "--unit", "mg/kg", "--bp-before", "131/84",
               "--hr-after", "77").code == 0
    assert run("questionnaire", "add", "phq9", "--date", "2026-03-02",
               "--answers", "1,2,1,1,0,1,2,0,0", "--difficulty", "1").code == 0


def test_export_writes_a_valid_bundle_and_says_what(run: Run, journal: None,
                                                   tmp_path: Path) -> None:
    target = tmp_path / "record.json"
    result = run("export", "fhir", str(target), "--name", "Sam Example")
    assert result.code == 0, result.err
    assert f"to {target}" in result.err and "1 MedicationAdministration" in result.err
    bundle = json.loads(target.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("Patient") == 1 and kinds.count("QuestionnaireResponse") == 1
    assert bundle["timestamp"].endswith("+00:00")
    assert target.stat().st_mode & 0o777 == 0o600


def test_the_period_limits_what_is_exported(run: Run, journal: None, tmp_path: Path) -> None:
    target = tmp_path / "march-1.json"
    assert run("export", "fhir", str(target), "--from", "2026-03-01", "--to", "2026-03-01"
               ).code == 0
    kinds = {e["resource"]["resourceType"]
             for e in json.loads(target.read_text(encoding="utf-8"))["entry"]}
    assert kinds == {"Observation"}


def test_times_carry_the_system_zone_offset(journal: None, data_dir: Path,
                                            tmp_path: Path) -> None:
    """A real process with TZ set, as on a user's machine in New York in March (EST)."""
    target = tmp_path / "ny.json"
    env = {**os.environ, "TZ": "America/New_York"}
    subprocess.run([sys.executable, "-m", "moodlog", "--data-dir", str(data_dir), "export",
                    "fhir", str(target)], check=True, env=env, capture_output=True)
    bundle = json.loads(target.read_text(encoding="utf-8"))
    admin = next(e["resource"] for e in bundle["entry"]
                 if e["resource"]["resourceType"] == "MedicationAdministration")
    assert admin["effectiveDateTime"] == "2026-03-02T10:15:00-05:00"


@pytest.mark.parametrize("args, needle", [
    (["--from", "2027-01-01"], "nothing to export"),
    (["--from", "2026-03-05", "--to", "2026-03-01"], "is after --to"),
    (["--from", "2026-02-30"], "not a real calendar date"),
    (["--name", "Sam\x07"], "control character"),
    (["--name", "x" * 300], "limit is 200"),
])
def test_bad_input_writes_nothing(run: Run, journal: None, tmp_path: Path, args: list[str],
                                  needle: str) -> None:
    before = snapshot(run)
    target = tmp_path / "record.json"
    assert_one_line_error(run("export", "fhir", str(target), *args), 1, needle)
    assert not target.exists() and not list(tmp_path.glob(".record.json.*"))
    assert snapshot(run) == before


def test_a_failed_export_leaves_an_older_file_as_it_was(run: Run, journal: None,
                                                        tmp_path: Path) -> None:
    target = tmp_path / "record.json"
    target.write_text("older export\n", encoding="utf-8")
    assert_one_line_error(run("export", "fhir", str(target), "--from", "2030-01-01"), 1,
                          "nothing was written")
    assert target.read_text(encoding="utf-8") == "older export\n"


def test_an_empty_journal_and_a_missing_folder(run: Run, tmp_path: Path) -> None:
    assert_one_line_error(run("export", "fhir", str(tmp_path / "x.json")), 1, "nothing to export")
    assert not (tmp_path / "x.json").exists()
    assert run("checkin", "--date", "2026-03-01", "--mood", "6").code == 0
    assert_one_line_error(run("export", "fhir", str(tmp_path / "no" / "x.json")), 1,
                          "does not exist")
