"""moodlog: a private desktop journal for people being treated for depression."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

APP_NAME = "moodlog"
APP_ID = "io.github.moodlog.Moodlog"
"""Reverse-DNS id: the desktop file's name on Linux, the bundle id on macOS."""

if TYPE_CHECKING:
    __version__: str


@cache
def version() -> str:
    """The installed version (read from the package metadata on first use: that import is
    slow enough to matter at start-up)."""
    from importlib import metadata

    try:
        return metadata.version("moodlog")
    except metadata.PackageNotFoundError:  # a source tree without metadata, or a bundle
        return "0.1.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module 'moodlog' has no attribute {name!r}")
