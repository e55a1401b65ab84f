"""``moodlog questionnaire``, ``moodlog score`` and ``moodlog outcomes`` through ``cli.main``."""

import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import Result, assert_one_line_error, snapshot

Run = Callable[..., Result]
PHQ9_18 = "2,2,2,2,2,2,2,2,2"
TOMORROW = (date.today() + timedelta(days=1)).isoformat()




def test_add_phq9_and_list_it(run: Run, tmp_path: Path) -> None:
    result = run("questionnaire", "add", "phq9", "--date", "2026-02-17", "--answers",
                 "2, 3,2,2,3,2,2,2,0", "--difficulty", "2")
    assert result.code == 0, result.err
    assert result.out.strip() == "Saved the PHQ-9 for Tue 17 Feb 2026: 18 (Moderately severe)."
    (saved,) = snapshot(run)["questionnaires"]
    assert saved == {"instrument": "phq9", "date": "2026-02-17",
                     "answers": [2, 3, 2, 2, 3, 2, 2, 2, 0], "difficulty": 2}
    listed = run("questionnaire", "list").out.splitlines()
    assert listed[0].split() == ["date", "instrument", "total", "item", "9", "difficulty"]
    assert listed[1].split() == ["2026-02-17", "PHQ-9", "18", "Moderately", "severe", "0", "not",
                                 "at", "all", "Very", "difficult"]


def test_blank_answers_are_saved_and_shown_as_incomplete(run: Run, tmp_path: Path) -> None:
    result = run("questionnaire", "add", "PHQ-9", "--date", "2026-02-17",
                 "--answers", "3,3,3,3,,3,3,3,")
    assert result.code == 0, result.err
    assert "incomplete (7 of 9 answered, no total)" in result.out
    assert "No one monitors" not in result.out  # item 9 left blank is not above 0
    (saved,) = snapshot(run)["questionnaires"]
    assert saved["answers"] == [3, 3, 3, 3, None, 3, 3, 3, None]
    (line,) = run("questionnaire", "list").out.splitlines()[1:]
    assert "incomplete (7/9)" in line and "unanswered" in line
    assert not re.search(r"\b24\b", line)  # never shown as a (lower) total


@pytest.mark.parametrize(("item9", "crisis"), [("0", False), ("1", True), ("3", True)])
def test_item_9_above_0_shows_crisis_resources(run: Run, item9: str, crisis: bool) -> None:
    result = run("questionnaire", "add", "phq9", "--answers", "1,1,1,1,1,1,1,1," + item9)
    assert result.code == 0
    assert ("No one monitors this app" in result.out) is crisis
    assert ("findahelpline.com" in result.out) is crisis


def test_other_instruments_default_date_and_replace(run: Run, tmp_path: Path) -> None:
    assert run("questionnaire", "add", "gad7", "--answers", "3,3,3,3,3,0,0").out.endswith(
        ": 15 (Severe).\n")
    assert "(At or above screening cut-off (3))" in run(
        "questionnaire", "add", "PHQ-2", "--answers", "2,1").out
    assert "(Below screening cut-off)" in run(
        "questionnaire", "add", "gad2", "--answers", "1,1").out
    again = run("questionnaire", "add", "gad7", "--answers", "0,0,0,0,0,0,1", "--replace")
    assert again.code == 0 and again.out.startswith("Replaced the GAD-7") and ": 1 (Minimal)" in \
        again.out
    saved = {q["instrument"]: q for q in snapshot(run)["questionnaires"]}
    assert sorted(saved) == ["gad2", "gad7", "phq2"]
    assert saved["gad7"]["answers"] == [0, 0, 0, 0, 0, 0, 1]
    assert {q["date"] for q in saved.values()} == {date.today().isoformat()}


def test_list_filters(run: Run) -> None:
    for day, key, answers in (("2026-01-01", "phq9", PHQ9_18), ("2026-01-15", "phq9", PHQ9_18),
                              ("2026-01-15", "gad7", "1,1,1,1,1,1,1")):
        assert run("questionnaire", "add", key, "--date", day, "--answers", answers).code == 0
    assert len(run("questionnaire", "list").out.splitlines()) == 4
    only = run("questionnaire", "list", "--instrument", "GAD-7").out.splitlines()[1:]
    assert [line.split()[:3] for line in only] == [["2026-01-15", "GAD-7", "7"]]
    early = run("questionnaire", "list", "--to", "2026-01-10").out.splitlines()[1:]
    assert [line.split()[0] for line in early] == ["2026-01-01"]
    assert run("questionnaire", "list", "--from", "2026-02-01").out.strip() == (
        "No questionnaires recorded in that period.")


def test_clinician_scores(run: Run, tmp_path: Path) -> None:
    result = run("score", "add", "--scale", "madrs", "--date", "2026-02-17", "--total", "32",
                 "--note", "Dr Lee")
    assert result.code == 0, result.err
    assert result.out.strip() == (
        "Saved the clinician-reported MADRS total for Tue 17 Feb 2026: 32.")
    assert run("score", "add", "--scale", "MADRS", "--date", "2026-02-17", "--total", "30",
               "--replace", "--note", "Dr Lee, by phone").out.startswith("Replaced")
    assert run("score", "list").out.split() == ["2026-02-17", "MADRS", "30", "Dr", "Lee,", "by",
                                                "phone"]
    assert snapshot(run)["clinician_scores"] == [
        {"instrument": "MADRS", "date": "2026-02-17", "total": 30, "note": "Dr Lee, by phone"}]
    assert "No clinician-reported scores recorded in that period." in run(
        "score", "list", "--to", "2026-01-01").out


def _session(run: Run, at: str, phase: str = "induction") -> None:
    assert run("treatment", "add", "--kind", "ketamine_iv", "--at", at, "--phase", phase).code == 0


def test_outcomes_per_course(run: Run, tmp_path: Path) -> None:
    assert "no treatment courses" in run("outcomes").out
    for at in ("2026-01-10 10:00", "2026-01-13 10:00", "2026-01-17 10:00"):
        _session(run, at)
    _session(run, "2026-03-01 10:00", "booster")
    _session(run, "2026-05-01 10:00")  # course 2, with no PHQ-9 in the 30 days before
    for day, answers in (("2025-12-12", "3,3,3,3,3,3,3,3,3"),  # 29 days before: baseline 27
                         ("2026-01-24", "3,3,3,3,1,1,,0,0"),   # incomplete
                         ("2026-01-31", "2,2,2,2,2,2,2,1,0"),  # 15: 44.4% below
                         ("2026-02-14", "2,2,2,2,2,2,1,0,0"),  # 13: 51.9% below
                         ("2026-02-28", "1,1,1,1,0,0,0,0,0"),  # 4: remission
                         ("2026-03-20", "2,2,2,2,2,2,2,2,2")): # 42 days before course 2
        assert run("questionnaire", "add", "phq9", "--date", day, "--answers", answers).code == 0
    for day, total in (("2026-01-10", "30"), ("2026-02-01", "10")):
        assert run("score", "add", "--scale", "MADRS", "--date", day, "--total", total).code == 0
    before = snapshot(run)
    result = run("outcomes")
    assert result.code == 0, result.err
    out = result.out
    assert "Course 1: IV ketamine infusion, first session Sat 10 Jan 2026, 4 sessions " \
           "(3 induction, 1 booster)" in out
    assert "PHQ-9 baseline: 27 on 2025-12-12 (29 days before the first session)" in out
    rows = {line.split()[0]: line for line in out.splitlines() if line.startswith("    20")}
    assert "incomplete, no total" in rows["2026-01-24"]
    assert rows["2026-01-31"].split()[3:] == ["15", "44.4%", "below", "baseline", "response:",
                                              "no", "remission:", "no"]
    assert rows["2026-02-14"].split()[3:] == ["13", "51.9%", "below", "baseline", "response:",
                                              "yes", "remission:", "no"]
    assert rows["2026-02-28"].split()[-4:] == ["response:", "yes", "remission:", "yes"]
    assert "MADRS baseline: 30 on 2026-01-10 (the day of the first session)" in out
    assert rows["2026-02-01"].split()[3:] == ["10", "66.7%", "below", "baseline", "response:",
                                              "yes", "remission:", "yes"]
    course2 = out.split("Course 2:")[1]
    assert "PHQ-9 no baseline: the last PHQ-9 before the course, on 2026-03-20, was 42 days " \
           "before the first session" in course2
    assert "no PHQ-9 after the first session" in course2
    assert "MADRS" not in course2
    for word in ("should", "recommend", "consider", "risk"):
        assert word not in out.lower()
    assert snapshot(run) == before


def test_demo_shows_a_baseline_and_a_response_after_induction(run: Run) -> None:
    """The default demo, checked against its own raw answers."""
    assert run("demo").code == 0
    sessions = run("treatment", "list").out.splitlines()
    induction = [line.split()[1] for line in sessions
                 if "| induction |" in line and "IV ketamine" in line]  # not the esketamine course
    assert len(induction) == 6
    totals = {}
    for line in run("questionnaire", "list", "--instrument", "phq9").out.splitlines()[1:]:
        day, _, total = line.split()[:3]
        totals[day] = int(total)
    baseline = totals[induction[0]]  # the demo fills one in the morning of infusion 1
    after = min(d for d in totals if d > induction[-1])
    change = (totals[after] - baseline) * 100 / baseline
    assert 2 * totals[after] <= baseline
    out = run("outcomes").out
    assert f"PHQ-9 baseline: {baseline} on {induction[0]} (the day of the first session)" in out
    (row,) = [line for line in out.splitlines() if line.startswith(f"    {after}")]
    assert f"{totals[after]:>2}  {abs(change):.1f}% below baseline" in row
    assert "response: yes" in row


@pytest.fixture
def journal(run: Run) -> None:
    assert run("questionnaire", "add", "phq9", "--date", "2026-01-05", "--answers",
               PHQ9_18).code == 0
    assert run("score", "add", "--scale", "MADRS", "--date", "2026-01-05", "--total",
               "20").code == 0
    assert run("checkin", "--date", "2026-01-05", "--mood", "4").code == 0


def _add(answers: str, *extra: str) -> list[str]:
    return ["questionnaire", "add", "phq9", "--date", "2026-01-06", "--answers", answers,
            *extra]


@pytest.mark.parametrize(("args", "code", "needle"), [
    (_add("1,1,1,1,1,1,1,1"), 1, "PHQ-9 has 9 items; got 8 answers"),
    (_add("1,1,1,1,1,1,1,1,1,1"), 1, "got 10 answers"),
    (_add("1,1,1,1,1,1,1,1,1,"), 1, "got 10 answers"),
    (_add("1,1,1,1,4,1,1,1,1"), 1, "item 5: answer must be 0-3"),
    (_add("1,1,1,1,1,1,1,1,x"), 1, "item 9: answer must be 0-3 or left blank"),
    (_add("1,1,1,1,1,1,1,1,1.5"), 1, "item 9"),
    (["questionnaire", "add", "phq9", "--date", "2026-01-06", "--answers=-1,1,1,1,1,1,1,1,1"],
     1, "item 1: answer must be 0-3"),
    (_add(",,,,,,,,"), 1, "no PHQ-9 item is answered"),
    (_add(PHQ9_18, "--difficulty", "4"), 1, "functional difficulty must be 0-3"),
    (_add(PHQ9_18, "--difficulty", "hard"), 2, "invalid int value"),
    (["questionnaire", "add", "phq2", "--answers", "1,1", "--difficulty", "1"], 1,
     "PHQ-2 has no functional-difficulty question"),
    (["questionnaire", "add", "bdi", "--answers", "1,1"], 1, "unknown questionnaire 'bdi'"),
    (["questionnaire", "add", "phq9"], 2, "--answers"),
    (_add(PHQ9_18, "--date", "2026-02-30"), 1, "not a real calendar date"),
    (_add(PHQ9_18, "--date", "06/01/2026"), 1, "YYYY-MM-DD"),
    (_add(PHQ9_18, "--date", TOMORROW), 1, "in the future"),
    (["questionnaire", "add", "phq9", "--date", "2026-01-05", "--answers", PHQ9_18], 1,
     "a PHQ-9 for 2026-01-05 is already recorded (use --replace"),
    (["questionnaire", "list", "--instrument", "phq10"], 1, "unknown questionnaire"),
    (["questionnaire", "list", "--from", "2026-02-01", "--to", "2026-01-01"], 1, "is after"),
    (["questionnaire", "frobnicate"], 2, "invalid choice"),
    (["score", "add", "--scale", "MADRS", "--total", "61"], 1, "MADRS total must be 0-60"),
    (["score", "add", "--scale", "MADRS", "--total", "-1"], 1, "MADRS total must be 0-60"),
    (["score", "add", "--scale", "  ", "--total", "3"], 1, "needs the name of its scale"),
    (["score", "add", "--scale", "MADRS", "--total", "ten"], 2, "invalid int value"),
    (["score", "add", "--total", "10"], 2, "--scale"),
    (["score", "add", "--scale", "MADRS", "--total", "10", "--date", TOMORROW], 1,
     "in the future"),
    (["score", "add", "--scale", "madrs", "--total", "10", "--date", "2026-01-05"], 1,
     "a MADRS score for 2026-01-05 is already recorded (use --replace"),
    (["score", "list", "--to", "2026-13-01"], 1, "--to"),
])
def test_bad_input_is_one_clear_line_and_changes_nothing(
        run: Run, journal: None, tmp_path: Path, args: list[str], code: int,
        needle: str) -> None:
    before = snapshot(run)
    assert_one_line_error(run(*args), code, needle)
    assert snapshot(run) == before
