"""``moodlog safety-plan``: show, set, export; bad input is one error and nothing written."""

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import Result, assert_one_line_error, snapshot
from tests.report.conftest import page_texts

Run = Callable[..., Result]


def test_set_then_show(run: Run) -> None:
    assert run("safety-plan", "set", "warning_signs", "Not sleeping", "Cancelling plans").code == 0
    assert run("safety-plan", "set", "people_to_ask", "Sam: +44 7700 900123",
               "Aunt Jo: 12 Hill Road, Leeds").code == 0
    out = run("safety-plan", "show").out
    assert "1. Warning signs" in out and "   - Cancelling plans" in out
    assert "   - Sam, +44 7700 900123" in out and "not written yet" in out
    doc = json.loads(run("safety-plan", "show", "--json").out)
    assert doc["safety_plan"]["people_to_ask"][1] == {
        "name": "Aunt Jo", "phone": "", "address": "12 Hill Road, Leeds"}
    assert doc["updated_at"] is not None
    assert run("safety-plan", "set", "warning_signs").code == 0  # empties it
    assert json.loads(run("safety-plan", "show", "--json").out)["safety_plan"][
        "warning_signs"] == []


def test_an_empty_plan_invites_writing_it(run: Run) -> None:
    out = run("safety-plan", "show").out
    assert "clinician" in out and out.count("not written yet") == 7


@pytest.mark.parametrize(("args", "needle"), [
    (["hopes", "x"], "unknown section 'hopes'"),
    (["warning_signs", "ok", "x" * 501], "limit is 500"),
    (["warning_signs", "ok", "bad\x07bell"], "control character"),
    (["warning_signs", "two\nlines"], "control character"),
    (["warning_signs", "gnorts\u202eevil"], "U+202E RIGHT-TO-LEFT OVERRIDE"),
    (["warning_signs", "zero\u200bwidth"], "invisible formatting character (U+200B"),
    (["warning_signs", "line\u2028sep"], "line-separator character (U+2028"),
    (["warning_signs", "para\u2029sep"], "line-separator character (U+2029"),
    (["people_to_ask", "S\u200bam: 0700 900"], "invisible formatting character"),
    (["warning_signs", ""], "empty"),
    (["people_to_ask", "Sam"], "NAME: PHONE OR ADDRESS"),
    (["warning_signs", *["x"] * 11], "limit is 10"),
])
def test_bad_input_one_error_nothing_written(run: Run, args: list[str], needle: str) -> None:
    assert run("safety-plan", "set", "reasons_for_living", "My daughter").code == 0
    before = snapshot(run)
    assert_one_line_error(run("safety-plan", "set", *args), 1, needle)
    assert snapshot(run) == before


def test_export_one_page_with_every_section_and_the_crisis_lines(
        run: Run, tmp_path: Path, qapp: object) -> None:
    run("safety-plan", "set", "warning_signs", "Not sleeping")
    out = tmp_path / "plan.pdf"
    result = run("safety-plan", "export", str(out), "--region", "au", "--page-size", "letter")
    assert result.code == 0, result.err
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter
    text = page_texts(out)[0]
    for words in ("My safety plan", "Printed", "Warning signs", "Not sleeping",
                  "What matters most to me", "not written yet", "Lifeline", "13 11 14",
                  "0477 13 11 14", "000", "checked on"):
        assert words in text, words
    assert text.count("not written yet") == 6


def test_a_plan_at_every_limit_continues_on_a_second_page(
        run: Run, tmp_path: Path, qapp: object) -> None:
    for n, key in enumerate(("warning_signs", "internal_coping", "social_distraction",
                             "safe_environment", "reasons_for_living")):
        lines = [f"{key} line {i} " + "w" * (480 - len(key)) for i in range(10)]
        lines = [(line + " end").ljust(500, "z")[:500] for line in lines]
        assert run("safety-plan", "set", key, *lines).code == 0, n
    for key in ("people_to_ask", "professionals"):
        contacts = [f"{key} person {i}: " + "1" * 20 for i in range(10)]
        assert run("safety-plan", "set", key, *contacts).code == 0
    out = tmp_path / "plan.pdf"
    result = run("safety-plan", "export", str(out), "--region", "gb")
    assert result.code == 0, result.err
    texts = page_texts(out)
    # 25,000 characters cannot fit two pages even at 9 pt: as many pages as it takes.
    assert len(texts) >= 2 and f"on {len(texts)} pages (9 pt type" in result.err
    whole = "".join(texts).replace("\n", "")
    assert "My safety plan" in texts[0] and "Samaritans" in texts[-1]
    assert "Samaritans" not in "".join(texts[:-1])
    for key in ("warning_signs", "reasons_for_living"):
        assert f"{key} line 9" in whole, key


def test_a_short_plan_stays_on_one_page_in_large_type(run: Run, tmp_path: Path,
                                                      qapp: object) -> None:
    run("safety-plan", "set", "warning_signs", "Not sleeping")
    out = tmp_path / "plan.pdf"
    result = run("safety-plan", "export", str(out), "--region", "gb")
    assert "on one page (15 pt type" in result.err
    assert len(PdfReader(out).pages) == 1
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())


def test_export_to_a_missing_folder_is_one_error(run: Run, tmp_path: Path) -> None:
    assert_one_line_error(run("safety-plan", "export", str(tmp_path / "no" / "plan.pdf")), 1,
                          "does not exist")


def test_the_clinician_pdf_leaves_the_plan_out_unless_asked(
        run: Run, tmp_path: Path, qapp: object) -> None:
    assert run("checkin", "--mood", "4").code == 0
    run("safety-plan", "set", "reasons_for_living", "Finishing the garden")
    plain, with_plan = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert run("export", "pdf", str(plain)).code == 0
    assert run("export", "pdf", str(with_plan), "--include-safety-plan").code == 0
    assert "Finishing the garden" not in " ".join(page_texts(plain))
    text = " ".join(page_texts(with_plan))
    assert "Safety plan (included at the patient's request" in text
    assert "Finishing the garden" in text and "not written yet" in text


def test_the_printed_plan_is_private_like_the_journal(
        run: Run, tmp_path: Path, qapp: object) -> None:
    out = tmp_path / "plan.pdf"
    assert run("safety-plan", "export", str(out)).code == 0
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600


def test_export_without_a_known_country_says_so(run: Run, tmp_path: Path, qapp: object,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    result = run("safety-plan", "export", str(tmp_path / "plan.pdf"))
    assert result.code == 0 and "choose one with --region" in result.err
    text = page_texts(tmp_path / "plan.pdf")[0]
    assert "findahelpline.com" in text and "emergency number" in text


def test_import_reports_what_happened_to_the_plan(run: Run, tmp_path: Path) -> None:
    run("safety-plan", "set", "reasons_for_living", "Finishing the garden")
    exported = tmp_path / "all.json"
    assert run("export", "json", str(exported)).code == 0
    run("safety-plan", "set", "reasons_for_living", "Something else")
    out = run("import", str(exported)).out
    assert "safety plan in the file was not imported" in out and "--replace" in out
    assert "replaced the one in the journal" in run("import", str(exported), "--replace").out
    assert json.loads(run("safety-plan", "show", "--json").out)["safety_plan"][
        "reasons_for_living"] == ["Finishing the garden"]


def _plan_file(path: Path, sign: str) -> Path:
    from moodlog.core.models import JournalData
    from moodlog.core.safety_plan import SafetyPlan
    from moodlog.exchange import json_format

    path.write_text(json_format.dump(JournalData(safety_plan=SafetyPlan(warning_signs=(sign,)))),
                    encoding="utf-8")
    return path


def test_import_replace_over_a_journal_holding_only_a_plan_backs_it_up_first(
        run: Run, data_dir: Path, tmp_path: Path) -> None:
    from moodlog.store import JournalStore, backup

    assert run("safety-plan", "set", "warning_signs", "I stop answering my phone").code == 0
    result = run("import", "--replace", str(_plan_file(tmp_path / "other.json", "from a file")))
    assert result.code == 0, result.err
    assert "replaced the one in the journal" in result.out
    (made,) = backup.list_backups(data_dir / "backups")
    assert made.reason == "before-import"
    with JournalStore.open(made.path) as kept:
        assert kept.safety_plan().warning_signs == ("I stop answering my phone",)


@pytest.mark.parametrize("first", [
    ("safety-plan", "set", "warning_signs", "Not sleeping"),
    ("medication", "add", "Lithium", "--dose", "400", "--unit", "mg"),
    ("tag", "add", "Rowing"),
], ids=["plan", "medication", "tag"])
def test_the_demo_does_not_mix_into_a_journal_holding_only_a_plan_or_a_medication(
        run: Run, first: tuple[str, ...]) -> None:
    assert run(*first).code == 0
    before = snapshot(run)
    assert_one_line_error(run("demo", "--days", "30"), 1, "already has entries", "--force")
    assert snapshot(run) == before
@pytest.mark.parametrize("bad", ["\u202e", "\u200b", "\u2028", "\u2029"])
def test_import_refuses_invisible_characters_in_the_plan(
        run: Run, tmp_path: Path, bad: str) -> None:
    run("safety-plan", "set", "reasons_for_living", "Finishing the garden")
    exported = tmp_path / "all.json"
    assert run("export", "json", str(exported)).code == 0
    doc = json.loads(exported.read_text(encoding="utf-8"))
    doc["safety_plan"]["reasons_for_living"] = [f"Finishing{bad}the garden"]
    exported.write_text(json.dumps(doc), encoding="utf-8")
    before = snapshot(run)
    assert_one_line_error(run("import", str(exported), "--replace"), 1, f"U+{ord(bad):04X}")
    assert snapshot(run) == before


@pytest.mark.parametrize("region", ["GB", "Gb", " gb"])
def test_the_region_is_accepted_in_any_case(run: Run, tmp_path: Path, qapp: object,
                                            region: str) -> None:
    run("safety-plan", "set", "warning_signs", "Not sleeping")
    out = tmp_path / "plan.pdf"
    result = run("safety-plan", "export", str(out), "--region", region)
    assert result.code == 0, result.err
    assert "crisis lines for United Kingdom" in result.err
    assert "116 123" in page_texts(out)[0]


def test_an_unknown_region_is_one_error_listing_the_choices(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = run("safety-plan", "export", str(out), "--region", "XX")
    assert_one_line_error(result, 2, "unknown country 'XX'", "choose one of at au be", " us")
    assert not out.exists()
