"""The PDF itself, read back with pypdf: its text page by page, its footer, vector charts (no
raster image anywhere), embedded fonts, metadata, pagination, and nothing left on failure."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from moodlog.core.questionnaires import ATTRIBUTION
from moodlog.core.treatments import TREATMENT_KINDS
from moodlog.report import pdf
from moodlog.report.content import ReportContent, ReportOptions, gather
from moodlog.report.text import DISCLAIMER, SAFETY_HEADING
from moodlog.store import JournalStore
from tests.conftest import DEMO_END
from tests.report.conftest import fonts, page_texts, raster_images

SAFETY_PERIOD = (date(2025, 7, 1), date(2025, 9, 28))  # the demo's dark weeks


def _write(store: JournalStore, path: Path, **options: object) -> tuple[ReportContent, int]:
    content = gather(store, ReportOptions(**options), DEMO_END)  # type: ignore[arg-type]
    return content, pdf.write_pdf(content, path)


@pytest.fixture(scope="module")
def default_pdf(demo_journal: JournalStore, tmp_path_factory: pytest.TempPathFactory,
                qapp: object) -> tuple[ReportContent, Path]:
    path = tmp_path_factory.mktemp("pdf") / "summary.pdf"
    content, _pages = _write(demo_journal, path)
    return content, path


def test_ninety_days_fit_on_one_to_three_pages_with_every_section(
        default_pdf: tuple[ReportContent, Path]) -> None:
    content, path = default_pdf
    texts = page_texts(path)
    assert 1 <= len(texts) <= 3
    whole = " ".join(texts)
    assert texts[0].startswith("moodlog summary")
    assert "2 Apr 2026 \u2013 30 Jun 2026 (90 days)" in texts[0]
    assert f"{content.days_logged} of 90 days in the period" in texts[0]
    for needle in ("Key figures", "Baseline", "below baseline. Response (at least 50% below "
                   "baseline):", "remission (below 5):", "GAD-7 Latest", "First 4 weeks of "
                   "the period:", "Daily mood", "7-day mean", "IV ketamine infusion",
                   "PHQ-9 total", "Symptoms", "unanswered", "Treatments",
                   "BP: pre \u2192 peak \u2192 last",
                   "Relief after each treatment", "Median:", "Days of relief: from the "
                   "treatment day", "Questionnaires", "Functional difficulty", "PHQ-9 item 9",
                   "Symptoms before and after the course started", "Sadness"):
        assert needle in whole, needle
    for t in content.treatments:  # every session of the period is in the table
        assert f"{t.at:%H:%M}" in whole


def test_every_page_has_the_footer(default_pdf: tuple[ReportContent, Path]) -> None:
    texts = page_texts(default_pdf[1])
    for n, text in enumerate(texts, 1):
        assert DISCLAIMER in text
        assert " ".join(ATTRIBUTION.split()) in text
        assert f"page {n} of {len(texts)}" in text


def test_no_safety_section_when_nothing_was_reported(
        default_pdf: tuple[ReportContent, Path]) -> None:
    content, path = default_pdf
    assert not content.safety  # the demo's last 90 days have none
    assert SAFETY_HEADING not in " ".join(page_texts(path))


def test_page_one_says_plainly_when_none_was_recorded(
        default_pdf: tuple[ReportContent, Path]) -> None:
    first = " ".join(page_texts(default_pdf[1])[0].split())
    assert ("Thoughts of death or self-harm: none recorded in this period (PHQ-9 item 9 and "
            "the daily check-in).") in first
    assert first.index("none recorded in this period") < first.index("Key figures")


def test_the_none_line_is_absent_when_something_was_reported(
        demo_journal: JournalStore, tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "safety.pdf"
    _write(demo_journal, path, start=SAFETY_PERIOD[0], end=SAFETY_PERIOD[1])
    assert "none recorded in this period" not in " ".join(" ".join(page_texts(path)).split())


def test_the_safety_section_comes_first_on_page_one_and_lists_every_answer(
        demo_journal: JournalStore, tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "safety.pdf"
    content, _ = _write(demo_journal, path, start=SAFETY_PERIOD[0], end=SAFETY_PERIOD[1])
    assert content.item9 and content.daily_death
    first = page_texts(path)[0]
    assert first.index(SAFETY_HEADING) < first.index("Key figures")
    assert "No one monitors moodlog" in first
    for answer in (*content.item9, *content.daily_death):
        assert f"{answer.day.day} {answer.day:%b} {answer.day.year}:" in first
    assert "30 Jul 2025: More than half the days (2)" in first
    assert re.search(r"rated above 0 on \d+ days", first)


def test_charts_are_vectors_and_fonts_are_embedded(
        default_pdf: tuple[ReportContent, Path]) -> None:
    path = default_pdf[1]
    assert raster_images(path) == []
    embedded = fonts(path)
    assert embedded and all(embedded.values()), embedded
    assert any("DejaVu" in name for name in embedded)


def test_metadata(default_pdf: tuple[ReportContent, Path]) -> None:
    meta = PdfReader(default_pdf[1]).metadata
    assert meta is not None
    assert meta.title == "moodlog summary, 2 Apr 2026 \u2013 30 Jun 2026 (90 days)"
    assert meta.creator is not None and meta.creator.startswith("moodlog ")


def test_notes_only_with_include_notes(demo_journal: JournalStore, tmp_path: Path,
                                       default_pdf: tuple[ReportContent, Path]) -> None:
    notes = [c.note for c in demo_journal.checkins(date(2026, 4, 2), DEMO_END) if c.note]
    assert notes
    without = " ".join(page_texts(default_pdf[1]))
    assert not any(n in without for n in notes) and "Notes" not in without
    path = tmp_path / "notes.pdf"
    _write(demo_journal, path, include_notes=True, name="Alex Example")
    texts = page_texts(path)
    whole = " ".join(texts)
    assert all(n in whole for n in notes)
    assert all("Alex Example" in t for t in texts)


def test_page_sizes(demo_journal: JournalStore, tmp_path: Path, qapp: object) -> None:
    for size, (width, height) in (("a4", (595, 842)), ("letter", (612, 792))):
        path = tmp_path / f"{size}.pdf"
        _write(demo_journal, path, page_size=size)
        box = PdfReader(path).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (width, height)


def test_long_tables_repeat_their_header_row_on_every_page(
        demo_journal: JournalStore, tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "year.pdf"
    content, pages = _write(demo_journal, path, start=date(2025, 6, 1), page_size="letter")
    texts = page_texts(path)
    assert pages == len(texts) >= 3
    headers = ("Date Treatment Phase Dose Clinic BP: pre \u2192 peak \u2192 last Side effects ",
               "Date Treatment Phase Dose BP: pre \u2192 peak \u2192 last Side effects ",
               "Date Treatment Mood before (7\u2011day mean) Peak (3\u2011day mean) Days of "
               "relief ",
               "Date PHQ-9 total PHQ-9 item 9 Functional difficulty GAD-7 total PHQ-9 outcome ")
    # Headings stay with what follows them, so a page that starts with a table's header row
    # is a table running on from the page before: its header came along.
    continued = [t for t in texts[1:] if t.startswith("Date ")]
    assert continued
    assert all(t.startswith(headers) for t in continued), [t[:100] for t in continued]
    whole = " ".join(texts)
    for t in content.treatments:
        label = TREATMENT_KINDS[t.kind]
        assert f"{t.day.day} {t.day:%b} {t.day.year}, {t.at:%H:%M} {label}" in whole
    for r in content.questionnaires:  # one row per day, PHQ-9 beside GAD-7
        assert f"{r.day.day} {r.day:%b} {r.day.year} " in whole
    # Every section, the paragraphs between tables too (Qt once dropped them: see _relayout).
    for needle in ("84 mg (3 devices)", "CADSS 22/92 (clinic)",
                   "Relief after each treatment", "Median:", "Questionnaires",
                   "PHQ-9 outcome: baseline is the last PHQ-9",
                   "Symptoms before and after the course started Mean daily ratings"):
        assert needle in whole, needle
    assert raster_images(path) == []


def test_an_empty_period_writes_nothing(demo_journal: JournalStore, tmp_path: Path,
                                        qapp: object) -> None:
    content = gather(demo_journal, ReportOptions(date(2020, 1, 1), date(2020, 2, 1)), DEMO_END)
    with pytest.raises(ValueError, match="nothing to report from 2020-01-01 to 2020-02-01"):
        pdf.write_pdf(content, tmp_path / "empty.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_failure_midway_leaves_no_file(demo_journal: JournalStore, tmp_path: Path,
                                         qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf, "_paint", broken)
    content = gather(demo_journal, ReportOptions(), DEMO_END)
    with pytest.raises(OSError, match="No space left"):
        pdf.write_pdf(content, tmp_path / "summary.pdf")
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported_and_can_cancel(demo_journal: JournalStore, tmp_path: Path,
                                             qapp: object) -> None:
    seen: list[float] = []

    def progress(fraction: float, what: str) -> None:
        seen.append(fraction)
        if what.startswith("Page"):
            raise KeyboardInterrupt

    content = gather(demo_journal, ReportOptions(), DEMO_END)
    with pytest.raises(KeyboardInterrupt):
        pdf.write_pdf(content, tmp_path / "summary.pdf", progress)
    assert seen == sorted(seen) and len(seen) >= 3
    assert list(tmp_path.iterdir()) == []


def _small_journal(path: Path, checkins: bool, questionnaires: bool) -> JournalStore:
    from moodlog.core.models import CheckIn, QuestionnaireResponse

    store = JournalStore.open(path)
    for i in range(30):
        day = DEMO_END - timedelta(days=i)
        if checkins:
            store.save_checkin(CheckIn(day, 5, {"sadness": 1}, note="<b>not bold</b> & kept"))
        if questionnaires and i % 14 == 0:
            store.save_questionnaire(QuestionnaireResponse("phq9", day, (1,) * 9, 1))
    return store


def test_sections_without_data_are_left_out(tmp_path: Path, qapp: object) -> None:
    with _small_journal(tmp_path / "a.sqlite", checkins=True, questionnaires=False) as store:
        _write(store, tmp_path / "a.pdf", include_notes=True)
    text = " ".join(page_texts(tmp_path / "a.pdf"))
    assert "Daily mood" in text and "Symptoms" in text
    for absent in ("PHQ-9 total", "Treatments", "Relief after", "Questionnaires", "GAD-7 L",
                   "Symptoms before and after", SAFETY_HEADING):
        assert absent not in text, absent
    assert "<b>not bold</b> & kept" in text  # a note is text, never markup
    with _small_journal(tmp_path / "b.sqlite", checkins=False, questionnaires=True) as store:
        _write(store, tmp_path / "b.pdf")
    text = " ".join(page_texts(tmp_path / "b.pdf"))
    assert "PHQ-9 total" in text and "Questionnaires" in text
    assert "0 of 90 days in the period" in text
    assert "No ketamine or esketamine course had started by the end of this period" in text
    for absent in ("Daily mood", "unanswered", "Treatments", "Mean mood"):
        assert absent not in text, absent


def test_screeners_on_the_day_of_a_phq9_are_listed_too(tmp_path: Path, qapp: object) -> None:
    from moodlog.core.models import QuestionnaireResponse

    with _small_journal(tmp_path / "a.sqlite", checkins=True, questionnaires=True) as store:
        store.save_questionnaire(QuestionnaireResponse("phq2", DEMO_END, (2, 2)))
        store.save_questionnaire(QuestionnaireResponse("gad2", DEMO_END, (1, 0)))
        store.save_questionnaire(QuestionnaireResponse("gad7", DEMO_END, (1,) * 6 + (None,)))
        _write(store, tmp_path / "a.pdf")
    text = " ".join(page_texts(tmp_path / "a.pdf"))
    row = text[text.rindex("30 Jun 2026 9 mild"):]
    for needle in ("PHQ-2: 4 at or above screening cut-off (3)", "1 several days",
                   "incomplete (item 7 unanswered)", "GAD-2: 1 below screening cut-off"):
        assert needle in row[:300], needle
