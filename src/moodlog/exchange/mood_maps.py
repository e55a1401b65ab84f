"""The last mood map used for each import format, remembered beside the journal.

Kept in ``<journal>.mood-maps.json`` next to the journal file (mode 0600, written atomically), so
each journal has its own. Mood words can be personal, so an encrypted journal's maps are not
written in plain text beside it: for it nothing is remembered. A missing or damaged file reads
as no maps; nothing here ever stops an import.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from pathlib import Path

from moodlog.core.models import MOOD_MAX, MOOD_MIN
from moodlog.exchange.files import write_text_atomic


def maps_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".mood-maps.json")


def load(journal: Path) -> dict[str, dict[str, int]]:
    """Format -> {mood word: 0-10}; anything unreadable or malformed is left out."""
    try:
        doc = json.loads(maps_path(journal).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(doc, dict):
        return {}
    out: dict[str, dict[str, int]] = {}
    for kind, mapping in doc.items():
        if isinstance(kind, str) and isinstance(mapping, dict):
            out[kind] = {k: v for k, v in mapping.items() if isinstance(k, str)
                         and type(v) is int and MOOD_MIN <= v <= MOOD_MAX}
    return out


def remember(journal: Path, kind: str, mapping: Mapping[str, int], encrypted: bool) -> bool:
    """Save ``mapping`` as the last one for ``kind``; False when not saved (encrypted, error).

    For an encrypted journal, a file left from before it was encrypted is removed.
    """
    if encrypted:
        with contextlib.suppress(OSError):
            maps_path(journal).unlink(missing_ok=True)
        return False
    maps = load(journal)
    maps[kind] = dict(mapping)
    path = maps_path(journal)
    try:
        write_text_atomic(path, json.dumps(maps, ensure_ascii=False, indent=1, sort_keys=True))
        if os.name == "posix":
            path.chmod(0o600)
    except OSError:
        return False
    return True
