"""Reading the PDFs back: text per page (whitespace normalised), images, fonts, metadata."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from moodlog.core.demo import generate
from moodlog.store import JournalStore
from tests.conftest import DEMO_END


def page_texts(path: Path) -> list[str]:
    """Each page's text with runs of whitespace as one space (Qt spaces words by position, so
    the extraction puts a space where bold text meets plain text: "6 Jan 2026 : Several")."""
    return [re.sub(r" ([:,.;)])", r"\1", " ".join(p.extract_text().split()))
            for p in PdfReader(path).pages]


def _walk(resources: Any, seen: set[int]) -> Iterator[DictionaryObject]:
    """Every XObject and pattern reachable from ``resources``, nested ones too."""
    if resources is None:
        return
    resources = resources.get_object()
    for group in ("/XObject", "/Pattern"):
        for ref in (resources.get(group) or {}).values():
            obj = ref.get_object()
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            yield obj
            yield from _walk(obj.get("/Resources"), seen)


def raster_images(path: Path) -> list[tuple[int, str]]:
    """(page, name) of every image XObject or inline image in the PDF."""
    found = []
    for n, page in enumerate(PdfReader(path).pages, 1):
        for obj in _walk(page.get("/Resources"), set()):
            if obj.get("/Subtype") == "/Image":
                found.append((n, "XObject"))
        content = page.get_contents()
        if content is not None and b"\nBI" in content.get_data():
            found.append((n, "inline"))
    return found


def fonts(path: Path) -> dict[str, bool]:
    """Base font name -> whether the font program is embedded."""
    out = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            parts = [font, *[d.get_object() for d in font.get("/DescendantFonts", [])]]
            descriptor = next((p["/FontDescriptor"].get_object() for p in parts
                               if "/FontDescriptor" in p), {})
            out[str(font["/BaseFont"])] = any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return out


@pytest.fixture(scope="module")
def demo_journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JournalStore]:
    """The 400-day demo ending on DEMO_END, in a journal of its own for the whole module."""
    path = tmp_path_factory.mktemp("demo") / "journal.sqlite"
    with JournalStore.open(path) as store:
        store.import_data(generate(400, end=DEMO_END))
        yield store
