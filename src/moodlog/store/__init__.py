"""SQLite storage: ORM models, migrations, and the JournalStore repository (the only SQL).

Importing this package is cheap: SQLAlchemy loads only when JournalStore is first used, so the
command line and the window's first paint do not wait for it.
"""

from __future__ import annotations

from moodlog.store.errors import (
    DamagedJournalError,
    JournalError,
    NewerSchemaError,
    NotAJournalError,
)

TYPE_CHECKING = False  # not typing's: the headless commands never import typing

if TYPE_CHECKING:
    from typing import Any

    from moodlog.store import backup
    from moodlog.store.journal import JournalStore

__all__ = [
    "DamagedJournalError",
    "JournalError",
    "JournalStore",
    "NewerSchemaError",
    "NotAJournalError",
    "backup",
]


def __getattr__(name: str) -> Any:
    if name == "JournalStore":
        from moodlog.store.journal import JournalStore

        return JournalStore
    if name == "backup":
        import moodlog.store.backup as backup_module

        return backup_module
    raise AttributeError(f"module 'moodlog.store' has no attribute {name!r}")
