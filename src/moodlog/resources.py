"""Where the shipped resources (icons, desktop files) are, installed or in a source tree."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``moodlog/resources`` in a wheel or bundle; the repository's ``resources/`` otherwise."""
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parents[1] / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "moodlog" / "resources")
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("moodlog's resources folder is missing from this installation")


def icon_path(name: str = "moodlog.svg") -> Path:
    return resources_dir() / "icons" / name
