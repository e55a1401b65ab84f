"""Where a journal lives: the data folder and the files in it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

ENV_DATA_DIR = "MOODLOG_DATA_DIR"
JOURNAL_FILE = "journal.sqlite"
BACKUP_DIR = "backups"


class DataDirError(Exception):
    """The data folder cannot be used; the message says why."""


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("moodlog", appauthor=False))


def resolve_data_dir(option: str | None = None) -> Path:
    """``--data-dir`` if given, else ``$MOODLOG_DATA_DIR``, else the platform's data folder."""
    if option is not None and not option.strip():
        # Never the default (real) journal because of an empty variable in a script.
        raise DataDirError("--data-dir is empty: name a folder")
    chosen = option or os.environ.get(ENV_DATA_DIR) or None
    path = Path(chosen).expanduser() if chosen else default_data_dir()
    return path.absolute()


def ensure_data_dir(path: Path) -> Path:
    """Create the folder (0700 on POSIX) if needed; refuse a path that is not a folder."""
    if path.exists() and not path.is_dir():
        raise DataDirError(f"data folder {path} exists but is not a folder")
    if not path.exists():
        try:
            path.mkdir(mode=0o700, parents=True)
        except OSError as exc:
            raise DataDirError(f"cannot create data folder {path}: {exc.strerror or exc}") from None
        if os.name == "posix":
            path.chmod(0o700)  # mkdir's mode is masked by the umask
    elif os.name == "posix" and path.stat().st_mode & 0o077 and _only_moodlog(path):
        # Made by hand, or by an older moodlog: the owner's only. (Read-only: what writes
        # there will say so.)
        with contextlib.suppress(OSError):
            path.chmod(0o700)
    return path


def _only_moodlog(path: Path) -> bool:
    """An empty folder, or one holding nothing but moodlog's files (never a folder of the
    person's own files that --data-dir happens to name)."""
    try:
        names = [p.name for p in path.iterdir()]
    except OSError:
        return False
    return all(n.startswith(JOURNAL_FILE) or n == BACKUP_DIR for n in names)


def journal_path(data_dir: Path) -> Path:
    return data_dir / JOURNAL_FILE


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR
