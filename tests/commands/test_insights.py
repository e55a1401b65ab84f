"""``moodlog insights``: the worked example end to end, the JSON contract, and bad input."""

import json
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from moodlog.core.models import CheckIn, QuestionnaireResponse, Treatment
from moodlog.paths import JOURNAL_FILE
from moodlog.store import JournalStore
from tests.conftest import Result, snapshot

Run = Callable[..., Result]
START = date(2026, 1, 1)
T0 = START + timedelta(days=10)
T1 = START + timedelta(days=40)


@pytest.fixture
def journal(run: Run, data_dir: Path) -> Path:
    """CLINICAL.md's example (relief 13 days), then a second treatment whose relief outlasts
    the journal (censored at the last check-in, day 52)."""
    assert run("info").code == 0
    with JournalStore.open(data_dir / JOURNAL_FILE) as store:
        for i in range(53):
            day = START + timedelta(days=i)
            high = 10 <= i <= 21 or i >= 40
            store.save_checkin(CheckIn(day, 8 if high else 2, {"sadness": 1 if high else 3}))
        store.add_treatment(Treatment(datetime.combine(T0, time(9, 30)), "ketamine_iv",
                                      phase="induction"))
        store.add_treatment(Treatment(datetime.combine(T0, time(18)), "psychotherapy"))
        store.add_treatment(Treatment(datetime.combine(T1, time(10)), "esketamine_nasal"))
        store.save_questionnaire(QuestionnaireResponse("phq9", T0, (2,) * 9))
        store.save_questionnaire(QuestionnaireResponse("phq9", T1, (1,) * 8 + (0,)))
    return data_dir


def test_json_gives_relief_per_treatment_and_the_median(run: Run, journal: Path) -> None:
    result = run("insights", "--json")
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    got = [(t["at"], t["kind"], t["relief_days"], t["censored"]) for t in doc["treatments"]]
    assert got == [
        ("2026-01-11T09:30", "ketamine_iv", 13, False),
        ("2026-02-10T10:00", "esketamine_nasal", 12, True),
    ]
    assert doc["treatments"][1]["censored_by"] == "last_logged_day"
    assert doc["median_relief_days"] == 13
    assert doc["baseline"] == {"day": "2026-01-11", "total": 18,
                               "first_treatment": "2026-01-11"}
    assert doc["latest_phq9"]["total"] == 8 and doc["latest_phq9"]["response"] is True
    assert doc["latest_phq9"]["remission"] is False
    sad = doc["symptom_averages"]["symptoms"]["sadness"]
    # Before: only days 0-9 fall in the 4 weeks before t0. After: days 25-52, 13 of them high.
    assert (sad["before"], sad["before_days"]) == (3, 10)
    assert (sad["after"], sad["after_days"]) == (round((13 * 1 + 15 * 3) / 28, 2), 28)
    assert doc["symptom_averages"]["after"]["to"] == "2026-02-22"
    assert (doc["from"], doc["to"], doc["checkins"]) == ("2026-01-01", "2026-02-22", 53)


def test_the_range_chooses_which_treatments_are_listed(run: Run, journal: Path) -> None:
    doc = json.loads(run("insights", "--json", "--from", "2026-02-01").out)
    assert [t["kind"] for t in doc["treatments"]] == ["esketamine_nasal"]
    assert doc["median_relief_days"] is None  # its relief is censored
    doc = json.loads(run("insights", "--json", "--to", "2026-01-31").out)
    assert [t["relief_days"] for t in doc["treatments"]] == [13]
    assert doc["latest_phq9"]["day"] == "2026-01-11"


def test_text_summary_is_readable(run: Run, journal: Path) -> None:
    result = run("insights")
    assert result.code == 0, result.err
    out = result.out
    assert "PHQ-9 baseline: 18 on 2026-01-11" in out
    assert "Median days of relief: 13.0" in out
    lines = out.splitlines()
    assert any(line.startswith("2026-01-11 09:30") and line.endswith(" 13") for line in lines)
    assert any(line.startswith("2026-02-10 10:00") and line.endswith(">= 12") for line in lines)
    assert "PHQ-9 score" not in out and "risk" not in out.lower()


def test_an_empty_journal_has_nothing_to_summarise(run: Run) -> None:
    result = run("insights")
    assert result.code == 0 and "nothing to summarise" in result.out
    doc = json.loads(run("insights", "--json").out)
    assert doc["treatments"] == [] and doc["median_relief_days"] is None
    assert doc["baseline"] is None and doc["symptom_averages"] is None



@pytest.mark.parametrize(("args", "needle"), [
    (("--from", "2026-02-30"), "not a real calendar date"),
    (("--to", "yesterday"), "--to must look like YYYY-MM-DD"),
    (("--from", "2026-02-10", "--to", "2026-02-01"), "is after --to"),
    (("--from", "2027-01-01"), "after the journal's last day"),
])
def test_bad_dates_give_one_line_and_change_nothing(run: Run, journal: Path, tmp_path: Path,
                                                   args: tuple[str, ...], needle: str) -> None:
    before = snapshot(run)
    result = run("insights", *args)
    assert result.code == 1 and result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("moodlog: error: ") and needle in lines[0]
    assert snapshot(run) == before


def test_unknown_option_is_a_usage_error(run: Run) -> None:
    result = run("insights", "--since", "2026-01-01")
    assert result.code == 2 and "unrecognized arguments" in result.err
