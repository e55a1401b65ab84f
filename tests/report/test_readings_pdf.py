"""The session record in the PDF: pre -> peak -> last in the table, every reading on request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from moodlog.report import pdf
from moodlog.report.content import ReportOptions, gather
from moodlog.store import JournalStore
from tests.conftest import DEMO_END, Result
from tests.report.conftest import page_texts

START = DEMO_END - timedelta(days=40)  # the demo's esketamine course


def _text(store: JournalStore, path: Path, **options: object) -> str:
    content = gather(store, ReportOptions(start=START, **options), DEMO_END)  # type: ignore
    pdf.write_pdf(content, path)
    return " ".join(page_texts(path))


def test_the_table_is_compact_and_the_appendix_only_when_asked(
        demo_journal: JournalStore, tmp_path: Path, qapp: object) -> None:
    course = [t for t in demo_journal.treatments(START, DEMO_END)
              if t.kind == "esketamine_nasal"]
    assert len(course) == 8
    plain = _text(demo_journal, tmp_path / "a.pdf")
    first = course[0].readings
    assert (f"{first[0].bp} \u2192 {first[1].bp} (+40 min) \u2192 {first[2].bp} (+120 min)"
            in plain)
    assert "56 mg (2 devices)" in plain and "CADSS 22/92 (clinic)" in plain
    assert "Appendix" not in plain
    full = _text(demo_journal, tmp_path / "b.pdf", include_readings=True)
    assert "Appendix: every reading during the sessions" in full
    for t in course:  # every reading at its clock time
        for r in t.readings:
            assert r.minutes is not None
            clock = t.at + timedelta(minutes=r.minutes)
            assert f"{clock:%H:%M} {r.minutes} min {r.bp}" in full
    assert "as reported by the clinic" in full


def test_a_high_pre_dose_reading_is_marked_and_nothing_is_advised(
        demo_journal: JournalStore, tmp_path: Path, qapp: object) -> None:
    high = [t for t in demo_journal.treatments(START, DEMO_END)
            if t.readings and t.readings[0].high_pre_dose()]
    assert high
    text = _text(demo_journal, tmp_path / "c.pdf", include_readings=True)
    mark = f"{high[0].readings[0].bp} \u2020"
    assert mark in text
    note = "\u2020 Blood pressure before dosing above 140/90, as entered by the patient."
    assert note in text
    for at in (i for i in range(len(text)) if text.startswith("\u2020", i)):
        nearby = text[at:at + 120].lower()
        assert not any(w in nearby for w in ("should", "consider", "contact", "risk"))


def test_the_cli_flag_adds_the_appendix(run: Callable[..., Result], data_dir: Path) -> None:
    result = run("demo", "--days", "400")
    assert result.code == 0
    out = data_dir / "r.pdf"
    start = (date.today() - timedelta(days=40)).isoformat()
    assert run("export", "pdf", str(out), "--from", start, "--include-readings").code == 0
    assert "Appendix: every reading" in " ".join(page_texts(out))


def test_the_pdf_has_the_session_blood_pressure_chart_as_vectors(
        demo_journal: JournalStore, tmp_path: Path, qapp: object) -> None:
    from moodlog.report import figures
    from tests.report.conftest import raster_images

    content = gather(demo_journal, ReportOptions(start=START), DEMO_END)
    names = [f.name for f in figures.build(content, 600)]
    assert "session_bp" in names
    path = tmp_path / "v.pdf"
    pdf.write_pdf(content, path)
    assert "Blood pressure per session" in " ".join(page_texts(path))
    assert raster_images(path) == []
