"""Writing export files safely: all or nothing, never a half-written file."""

from __future__ import annotations

import sys
from pathlib import Path

from moodlog import atomic


def write_text_atomic(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename; ``-`` writes to stdout."""
    if str(path) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(path)
    if target.is_dir():
        raise OSError(f"{target} is a folder")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OSError(f"folder {folder} does not exist")
    atomic.check_export_target(target)
    atomic.write_text(target, text, encoding=encoding)
