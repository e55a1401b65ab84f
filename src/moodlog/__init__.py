"""moodlog: a private desktop journal for people being treated for depression."""

# No imports at all (not even typing): every command pays for what this file loads.

APP_NAME = "moodlog"
APP_ID = "io.github.moodlog.Moodlog"
"""Reverse-DNS id: the desktop file's name on Linux, the bundle id on macOS."""

_cached: str | None = None


def version() -> str:
    """The installed version: from ``_version.py``, which the build writes from pyproject.toml
    (hatchling's version hook), else from the package metadata (a slow import, ~30 ms), else
    the version of a bare source tree."""
    global _cached
    if _cached is None:
        try:
            from moodlog._version import __version__ as built
        except ImportError:
            from importlib import metadata

            try:
                built = metadata.version("moodlog")
            except metadata.PackageNotFoundError:  # a source tree without metadata
                built = "0.1.0"
        _cached = built
    return _cached


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module 'moodlog' has no attribute {name!r}")
