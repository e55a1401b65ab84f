"""The PDF's tag table, adherence (optional) and the moments of treatment days on the chart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from moodlog.charts.moments import MEDICATION_NAME, MOMENTS_NAME
from moodlog.core.life import Medication
from moodlog.report import pdf
from moodlog.report.content import ReportOptions, gather
from moodlog.store import JournalStore
from tests.conftest import DEMO_END, Result
from tests.report.conftest import page_texts, raster_images


def test_tags_adherence_and_moments_are_in_the_pdf(demo_journal: JournalStore, tmp_path: Path,
                                                   qapp: object) -> None:
    content = gather(demo_journal, ReportOptions(), DEMO_END)
    assert any(t.shown for t in content.tag_moods) and content.adherence
    treatment_days = {t.day for t in content.treatments}
    assert content.treatment_moments
    assert all(m.day in treatment_days for m in content.treatment_moments)
    path = tmp_path / "r.pdf"
    pdf.write_pdf(content, path)
    whole = " ".join(page_texts(path))
    for needle in ("Mood with and without each tag", "it does not say that a tag changes",
                   "Days with", "Mood without", "Medications taken", "Sertraline",
                   MOMENTS_NAME):
        assert needle in whole, needle
    assert "improves" not in whole
    assert raster_images(path) == []
    sections = [name for name, _ in content.sections()]
    assert "Mood with and without each tag" in sections and "Medications taken" in sections


def test_the_medication_section_is_optional(demo_journal: JournalStore, tmp_path: Path,
                                            qapp: object) -> None:
    content = gather(demo_journal, ReportOptions(include_medications=False), DEMO_END)
    assert content.adherence == ()
    path = tmp_path / "r.pdf"
    pdf.write_pdf(content, path)
    whole = " ".join(page_texts(path))
    assert "Medications taken" not in whole and "Mood with and without each tag" in whole


def test_the_command_line_leaves_medications_out(run: Callable[..., Result],
                                                  tmp_path: Path) -> None:
    assert run("demo", "--days", "90").code == 0
    out = tmp_path / "r.pdf"
    assert run("export", "pdf", str(out), "--no-medications").code == 0
    assert "Medications taken" not in " ".join(page_texts(out))


def test_a_medication_start_is_marked_on_the_mood_chart(demo_journal: JournalStore,
                                                        tmp_path: Path, qapp: object) -> None:
    started = Medication("lithium", "Lithium", 400, "mg",
                         active_from=DEMO_END - timedelta(days=20))
    content = gather(demo_journal, ReportOptions(), DEMO_END)
    content = replace(content, medications=(*content.medications, started))
    path = tmp_path / "r.pdf"
    pdf.write_pdf(content, path)
    assert MEDICATION_NAME in " ".join(page_texts(path))
    assert raster_images(path) == []
