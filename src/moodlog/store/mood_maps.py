"""The mood map last used for each import format, kept inside the journal (table mood_maps).

Mood words can be personal ("the day mum called"), so they live in the journal itself: an
encrypted journal keeps them encrypted, a backup and a restore carry them. Older versions kept
them in ``<journal>.mood-maps.json`` beside the journal; :meth:`MoodMapStoreMixin.adopt_side_file`
moves such a file's maps in once (maps already in the journal win) and removes the file.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from moodlog.core.models import MOOD_MAX, MOOD_MIN
from moodlog.store.many import insert_rows
from moodlog.store.models import MoodMapRow

#: The side file of older versions, beside the journal (see encryption.PLAINTEXT_SIDE_FILES).
SIDE_FILE_SUFFIX = ".mood-maps.json"
FORMAT_MAX = 20


def side_file(journal: Path) -> Path:
    return journal.with_name(journal.name + SIDE_FILE_SUFFIX)


def clean_map(mapping: object) -> dict[str, int]:
    """The usable part of a map: text words with whole moods 0-10 (anything else left out)."""
    if not isinstance(mapping, Mapping):
        return {}
    return {k: v for k, v in mapping.items()
            if isinstance(k, str) and k.strip() and "\x00" not in k
            and type(v) is int and MOOD_MIN <= v <= MOOD_MAX}


def load(s: Session) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    m = MoodMapRow
    for kind, label, mood in s.execute(select(m.format, m.label, m.mood)
                                       .order_by(m.format, m.position)):
        out.setdefault(kind, {})[label] = mood
    return out


def save(s: Session, kind: str, mapping: Mapping[str, int]) -> None:
    if not kind or len(kind) > FORMAT_MAX:
        raise ValueError(f"import format {kind!r} is not a format name")
    s.execute(delete(MoodMapRow).where(MoodMapRow.format == kind))
    insert_rows(s, MoodMapRow, [{"format": kind, "label": label, "mood": mood, "position": i}
                                for i, (label, mood) in enumerate(clean_map(mapping).items())])


def read_side_file(path: Path) -> dict[str, dict[str, int]] | None:
    """The maps of an old side file; None when it cannot be read (then it is left alone)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict):
        return None
    return {kind: clean_map(mapping) for kind, mapping in doc.items()
            if isinstance(kind, str) and 0 < len(kind) <= FORMAT_MAX}


class MoodMapStoreMixin:
    """Mixed into JournalStore, whose ``_read`` and ``_write`` open the transactions."""

    path: Path

    def _read(self) -> AbstractContextManager[Session]:  # pragma: no cover - JournalStore's
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Session]:  # pragma: no cover - JournalStore's
        raise NotImplementedError

    def mood_maps(self) -> dict[str, dict[str, int]]:
        """Format -> {mood word: 0-10}: the map last used to import each format."""
        with self._read() as s:
            return load(s)

    def mood_map(self, kind: str) -> dict[str, int]:
        return self.mood_maps().get(kind, {})

    def remember_mood_map(self, kind: str, mapping: Mapping[str, int]) -> None:
        """Keep ``mapping`` as the last map used for ``kind`` (replacing the one before)."""
        with self._write() as s:
            save(s, kind, mapping)

    def adopt_side_file(self) -> bool:
        """Move the maps of an old ``<journal>.mood-maps.json`` in, once; True if one was.

        Maps the journal already has for a format are kept. The file is removed only after
        its maps are committed; one that cannot be read is left as it is (encrypting the
        journal still removes it, see encryption.PLAINTEXT_SIDE_FILES).
        """
        path = side_file(self.path)
        if not path.is_file():
            return False
        maps = read_side_file(path)
        if maps is None:
            return False
        with self._write() as s:
            have = load(s)
            for kind, mapping in maps.items():
                if kind not in have and mapping:
                    save(s, kind, mapping)
        with contextlib.suppress(OSError):
            path.unlink()
        return True
