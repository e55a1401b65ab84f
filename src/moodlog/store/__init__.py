"""SQLite storage: ORM models, migrations, and the JournalStore repository (the only SQL)."""

from moodlog.store import backup
from moodlog.store.errors import (
    DamagedJournalError,
    JournalError,
    NewerSchemaError,
    NotAJournalError,
)
from moodlog.store.journal import JournalStore

__all__ = [
    "DamagedJournalError",
    "JournalError",
    "JournalStore",
    "NewerSchemaError",
    "NotAJournalError",
    "backup",
]
