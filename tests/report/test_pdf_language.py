"""``moodlog --language de export pdf`` writes a German PDF, and Spanish a Spanish one with the
questionnaires quoted in English (issue 21 point 6); English is what it always was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.report.conftest import page_texts


def _moodlog(data: Path, *args: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-m", "moodlog", "--data-dir", str(data), *args],
                   check=True, capture_output=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("journal")
    _moodlog(data, "demo")
    return data


def test_german_pdf(journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "de.pdf"
    _moodlog(journal, "--language", "de", "export", "pdf", str(out), "--include-readings")
    pages = page_texts(out)
    first = pages[0]
    assert "moodlog-Zusammenfassung" in first and "Kennzahlen" in first, first
    assert "Seite 1 von" in first and "Erfasste Tage" in first
    assert "Dez. 2026" in first or "Nov. 2026" in first  # QLocale's German month names
    assert "Deutsche Version" in first  # the German questionnaire attribution
    text = " ".join(pages)
    assert "Besserung nach jeder Behandlung" in text and "Anhang" in text
    for english in ("Key figures", "Relief after each treatment", "page 1 of", "Treatments"):
        assert english not in text, english


def test_spanish_pdf_says_the_questionnaires_are_in_english(journal: Path,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "es.pdf"
    _moodlog(journal, "--language", "es", "export", "pdf", str(out))
    first = page_texts(out)[0]
    assert "Resumen de moodlog" in first and "Cifras clave" in first, first
    assert "original inglés" in first


def test_german_safety_plan_page(journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    _moodlog(journal, "--language", "de", "safety-plan", "export", str(out))
    (page,) = page_texts(out)
    assert "Mein Sicherheitsplan" in page and "Warnzeichen" in page and "Gedruckt am" in page
