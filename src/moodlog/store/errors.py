"""Errors raised when a journal file cannot be opened or used safely."""


class JournalError(Exception):
    """A journal cannot be opened or written; the message says why, in plain words."""


class NotAJournalError(JournalError):
    """The file exists but is not a moodlog journal (or not SQLite at all)."""


class NewerSchemaError(JournalError):
    """The journal was written by a newer moodlog; it is refused and left untouched."""


class DamagedJournalError(JournalError):
    """The journal failed its integrity check; it was not written to."""
