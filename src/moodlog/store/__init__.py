"""SQLite storage: ORM models, migrations, and the JournalStore repository (the only SQL)."""

from moodlog.store.errors import JournalError, NewerSchemaError, NotAJournalError
from moodlog.store.journal import JournalStore

__all__ = ["JournalError", "JournalStore", "NewerSchemaError", "NotAJournalError"]
