"""The PDF never leaves a truncated file, and stays readable at its edges (issue 14, items 9
and 16). The full-disk case itself is in tests/test_trust_slow.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from moodlog.paths import JOURNAL_FILE
from tests.conftest import Result
from tests.trust_helpers import make_journal

Run = Callable[..., Result]


def test_a_pdf_cut_short_is_refused(run: Run, data_dir: Path, tmp_path: Path) -> None:
    from moodlog.report.pdf import check_complete

    make_journal(data_dir)
    pdf = tmp_path / "report.pdf"
    assert run("export", "pdf", str(pdf), "--from", "2026-01-01", "--to", "2026-01-31").code == 0
    check_complete(pdf)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(pdf.read_bytes()[:-300])
    with pytest.raises(OSError, match="could not be written completely"):
        check_complete(cut)


def test_a_long_name_never_runs_into_the_pdf_footer(run: Run, data_dir: Path,
                                                    tmp_path: Path) -> None:
    from pypdf import PdfReader

    make_journal(data_dir)
    pdf = tmp_path / "named.pdf"
    name = "Alexandra " * 8  # 80 characters
    assert run("export", "pdf", str(pdf), "--from", "2026-01-01", "--to", "2026-01-31",
               "--name", name).code == 0
    for page in PdfReader(pdf).pages:
        lines = page.extract_text().replace("\t", " ").splitlines()
        footer = [line for line in lines if "page " in line][-1]
        assert "\u2026" in footer and name.strip() not in footer  # cut short ...
        assert "Alexandra" in footer  # ... not dropped


def test_the_notes_table_repeats_its_header_and_no_line_twice(run: Run, data_dir: Path,
                                                              tmp_path: Path) -> None:
    from datetime import date, timedelta

    from pypdf import PdfReader

    from moodlog.core.models import CheckIn
    from moodlog.store import JournalStore

    data_dir.mkdir()
    with JournalStore.open(data_dir / JOURNAL_FILE) as store:
        for i in range(60):
            store.save_checkin(CheckIn(date(2026, 3, 1) + timedelta(days=i), i % 11, {}, 7.0,
                                       f"Note number {i}: " + "words that go on " * (5 + i % 30)))
    pdf = tmp_path / "notes.pdf"
    assert run("export", "pdf", str(pdf), "--include-notes", "--from", "2026-03-01",
               "--to", "2026-04-29").code == 0
    pages = [p.extract_text().replace("\t", " ") for p in PdfReader(pdf).pages]
    text = "\n".join(pages)
    for i in range(60):
        assert text.count(f"Note number {i}:") == 1, i
    with_notes = [p for p in pages if "Note number" in p]
    assert len(with_notes) >= 3
    for page in with_notes:
        assert "Date Entry Note" in " ".join(page.split()), page[:200]
