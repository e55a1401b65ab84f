"""Logging to a rotating file in the platform's log folder.

What is logged: versions, which journal was opened, backups, migrations and errors with their
tracebacks. What is never logged: check-in contents, notes, ratings or any other health data;
log messages name dates and counts at most.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from types import TracebackType

LOG_FILE = "moodlog.log"
log = logging.getLogger("moodlog")


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("moodlog", appauthor=False))


def setup_logging(folder: Path | None = None) -> Path:
    """Send moodlog's log records to ``<log dir>/moodlog.log`` (1 MB, 5 files kept)."""
    folder = folder or log_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / LOG_FILE
    for handler in list(log.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    if os.name == "posix" and path.exists():
        path.chmod(0o600)
    return path


def log_exception(exc_type: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> None:
    log.error("uncaught exception", exc_info=(exc_type, exc, tb))


def close_logging() -> None:
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def describe_platform() -> str:
    return f"Python {sys.version.split()[0]} on {sys.platform}"
