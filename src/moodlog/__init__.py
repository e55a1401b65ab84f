"""moodlog: a private desktop journal for people being treated for depression."""

from importlib import metadata

try:
    __version__ = metadata.version("moodlog")
except metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "moodlog"
APP_ID = "io.github.moodlog.Moodlog"
"""Reverse-DNS id: the desktop file's name on Linux, the bundle id on macOS."""
