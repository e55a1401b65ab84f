"""The journal's full-text index: an FTS5 table kept in step by triggers.

The index lives inside the journal (an encrypted journal's index is encrypted with it). Triggers
on the tables that hold text update it inside the very transaction that changes the text, so no
write path (a save, an import, a restore of rows) can leave it behind.

Row ids say what a row indexes: ``owner id * 8 + part``, so a change finds its row directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

#: part -> what the ``kind`` column says
CHECKIN_NOTE, CHECKIN_TAGS, MOMENT_NOTE, TREATMENT_NOTE, SIDE_EFFECTS_NOTE = range(5)

TABLE = "search_index"

_INSERT = f"INSERT INTO {TABLE} (rowid, body, kind, day, at) "

_TAGS_OF = (
    "SELECT ct.checkin_id * 8 + 1, group_concat(t.label, ' · '), 'checkin_tags', c.day, '' "
    "FROM checkin_tags ct JOIN tags t ON t.id = ct.tag_id "
    "JOIN checkins c ON c.id = ct.checkin_id "
)

#: Statements creating the index and its triggers (a migration carries its own frozen copy).
CREATE: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(body, kind UNINDEXED, day UNINDEXED, "
    "at UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')",
    # check-in notes
    f"CREATE TRIGGER search_checkins_ai AFTER INSERT ON checkins WHEN new.note <> '' BEGIN "
    f"{_INSERT} VALUES (new.id * 8, new.note, 'checkin_note', new.day, ''); END",
    f"CREATE TRIGGER search_checkins_ad AFTER DELETE ON checkins BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid IN (old.id * 8, old.id * 8 + 1); END",
    f"CREATE TRIGGER search_checkins_au AFTER UPDATE OF note, day ON checkins BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid = old.id * 8; "
    f"{_INSERT} SELECT new.id * 8, new.note, 'checkin_note', new.day, '' WHERE new.note <> ''; "
    "END",
    # the tags of a check-in: one row per check-in with all its tag labels
    f"CREATE TRIGGER search_checkin_tags_ai AFTER INSERT ON checkin_tags BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid = new.checkin_id * 8 + 1; "
    f"{_INSERT} {_TAGS_OF} WHERE ct.checkin_id = new.checkin_id HAVING count(*) > 0; END",
    f"CREATE TRIGGER search_checkin_tags_ad AFTER DELETE ON checkin_tags BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid = old.checkin_id * 8 + 1; "
    f"{_INSERT} {_TAGS_OF} WHERE ct.checkin_id = old.checkin_id HAVING count(*) > 0; END",
    f"CREATE TRIGGER search_tags_au AFTER UPDATE OF label ON tags BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid IN "
    "(SELECT checkin_id * 8 + 1 FROM checkin_tags WHERE tag_id = new.id); "
    f"{_INSERT} {_TAGS_OF} WHERE ct.checkin_id IN "
    "(SELECT checkin_id FROM checkin_tags WHERE tag_id = new.id) GROUP BY ct.checkin_id; END",
    # moments
    f"CREATE TRIGGER search_moments_ai AFTER INSERT ON moments WHEN new.note <> '' BEGIN "
    f"{_INSERT} VALUES (new.id * 8 + 2, new.note, 'moment', new.day, new.at); END",
    f"CREATE TRIGGER search_moments_ad AFTER DELETE ON moments BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid = old.id * 8 + 2; END",
    f"CREATE TRIGGER search_moments_au AFTER UPDATE ON moments BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid = old.id * 8 + 2; "
    f"{_INSERT} SELECT new.id * 8 + 2, new.note, 'moment', new.day, new.at "
    "WHERE new.note <> ''; END",
    # treatment notes and side-effect notes
    f"CREATE TRIGGER search_treatments_ai AFTER INSERT ON treatments BEGIN "
    f"{_INSERT} SELECT new.id * 8 + 3, new.note, 'treatment_note', date(new.at), "
    "strftime('%H:%M', new.at) WHERE new.note <> ''; "
    f"{_INSERT} SELECT new.id * 8 + 4, new.side_effects_note, 'side_effects_note', "
    "date(new.at), strftime('%H:%M', new.at) WHERE new.side_effects_note <> ''; END",
    f"CREATE TRIGGER search_treatments_ad AFTER DELETE ON treatments BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid IN (old.id * 8 + 3, old.id * 8 + 4); END",
    f"CREATE TRIGGER search_treatments_au AFTER UPDATE ON treatments BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid IN (old.id * 8 + 3, old.id * 8 + 4); "
    f"{_INSERT} SELECT new.id * 8 + 3, new.note, 'treatment_note', date(new.at), "
    "strftime('%H:%M', new.at) WHERE new.note <> ''; "
    f"{_INSERT} SELECT new.id * 8 + 4, new.side_effects_note, 'side_effects_note', "
    "date(new.at), strftime('%H:%M', new.at) WHERE new.side_effects_note <> ''; END",
)

#: Fill the index from the rows already there (a migration of an existing journal).
REBUILD: tuple[str, ...] = (
    f"DELETE FROM {TABLE}",
    f"{_INSERT} SELECT id * 8, note, 'checkin_note', day, '' FROM checkins WHERE note <> ''",
    f"{_INSERT} {_TAGS_OF} GROUP BY ct.checkin_id",
    f"{_INSERT} SELECT id * 8 + 2, note, 'moment', day, at FROM moments WHERE note <> ''",
    f"{_INSERT} SELECT id * 8 + 3, note, 'treatment_note', date(at), strftime('%H:%M', at) "
    "FROM treatments WHERE note <> ''",
    f"{_INSERT} SELECT id * 8 + 4, side_effects_note, 'side_effects_note', date(at), "
    "strftime('%H:%M', at) FROM treatments WHERE side_effects_note <> ''",
)


def is_index_table(name: str | None) -> bool:
    """The FTS5 table and the shadow tables SQLite keeps for it (not ORM models)."""
    return bool(name) and (name == TABLE or str(name).startswith(TABLE + "_"))


#: Per-row triggers are cheap for one save but, for the thousands of rows of an import, were
#: most of the time spent writing (FTS5 work per row; the tags one deletes and re-inserts the
#: check-in's row for every tag). For a bulk insert :func:`suspended` drops one of them, and the
#: caller writes the index rows of what it inserted with one statement (``index_*`` below).
TAGS_TRIGGER = "search_checkin_tags_ai"
CHECKIN_NOTES_TRIGGER = "search_checkins_ai"
MOMENT_NOTES_TRIGGER = "search_moments_ai"
_BULK = 100


@contextmanager
def suspended(s: Session, trigger: str, rows: int) -> Iterator[bool]:
    """Inside the caller's transaction, without ``trigger`` while ``rows`` (>= 100) go in.

    Yields whether it was dropped (then the caller must write the index rows itself, before
    the block ends). The trigger is created again from its own stored text; everything commits
    or rolls back together, so no reader ever sees the journal without it.
    """
    sql = (s.execute(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
                     {"n": trigger}).scalar() if rows >= _BULK else None)
    if sql is None:
        yield False
        return
    s.execute(text(f"DROP TRIGGER {trigger}"))
    yield True
    s.execute(text(sql))


def _fresh(s: Session, part: int, lo: int, hi: int) -> None:
    """No index rows of ``part`` for owners ``lo..hi`` (new rows: normally there are none)."""
    s.execute(text(f"DELETE FROM {TABLE} WHERE rowid BETWEEN :lo AND :hi AND rowid % 8 = :p"),
              {"lo": lo * 8 + part, "hi": hi * 8 + part, "p": part})


def index_tags(s: Session, first_id: int, last_id: int) -> None:
    """What the tags trigger leaves, for the new check-ins ``first_id..last_id``."""
    _fresh(s, CHECKIN_TAGS, first_id, last_id)
    s.execute(text(f"{_INSERT} {_TAGS_OF} WHERE ct.checkin_id BETWEEN :lo AND :hi "
                   "GROUP BY ct.checkin_id"), {"lo": first_id, "hi": last_id})


def index_checkin_notes(s: Session, first_id: int, last_id: int) -> None:
    """What the check-in insert trigger leaves, for the new check-ins ``first_id..last_id``."""
    _fresh(s, CHECKIN_NOTE, first_id, last_id)
    s.execute(text(f"{REBUILD[1]} AND id BETWEEN :lo AND :hi"), {"lo": first_id, "hi": last_id})


def index_moment_notes(s: Session, first_id: int, last_id: int) -> None:
    """What the moment insert trigger leaves, for the new moments ``first_id..last_id``."""
    _fresh(s, MOMENT_NOTE, first_id, last_id)
    s.execute(text(f"{REBUILD[3]} AND id BETWEEN :lo AND :hi"), {"lo": first_id, "hi": last_id})
