"""Bring a journal file to the current schema, safely.

Order of events when a journal is opened:
1. the file is inspected read-only (is it SQLite? is it a moodlog journal? which revision?);
2. a journal from a newer moodlog is refused before anything touches it;
3. an existing journal that needs upgrading is first copied to a timestamped backup;
4. the Alembic revisions shipped in this package are applied in one transaction.
Alembic is imported only when there is something to do, to keep start-up fast.
"""

from __future__ import annotations

from pathlib import Path

from moodlog.store import sqlite
from moodlog.store.backup import backup_copy, integrity_problem
from moodlog.store.errors import (
    DamagedJournalError,
    JournalError,
    NewerSchemaError,
    NotAJournalError,
    environment_error,
)

TYPE_CHECKING = False  # not typing's: the headless commands never import typing
if TYPE_CHECKING:
    from typing import Any

#: The newest revision in ``migrations/versions`` (a test keeps this in step with Alembic).
HEAD = "0005"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_MAGIC = sqlite.SQLITE_MAGIC


def current_revision(path: Path, check: bool = False, key: str | None = None) -> str | None:
    """The schema revision of the journal at ``path``, read without writing to it.

    None means a new, empty file. Raises NotAJournalError for anything that is not a journal,
    and with ``check`` DamagedJournalError when SQLite's quick check finds damage.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except IsADirectoryError:
        raise NotAJournalError(f"{path} is a folder, not a journal file") from None
    except OSError as exc:
        raise JournalError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not head:
        return None
    if head != SQLITE_MAGIC and key is None:
        if not sqlite.is_encrypted(path):
            raise NotAJournalError(f"{path} is not a moodlog journal (not an SQLite database, "
                                   "nor an encrypted one): 'moodlog restore --latest' restores "
                                   "the newest good backup and keeps this file aside")
        raise NotAJournalError(f"{path} is not a moodlog journal (not an SQLite database), or "
                               "it is encrypted and needs its passphrase")
    key = key if head != SQLITE_MAGIC else None
    try:
        conn = connect_read_only(path, key)
    except sqlite.database_errors() as exc:
        raise environment_error(exc, path) or JournalError(f"cannot open {path}: {exc}") from None
    if key is not None:
        try:
            sqlite.check_key(conn, path)
        except sqlite.PassphraseError:
            conn.close()
            raise
    rows: list[tuple[str]] = []
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:
                raise NotAJournalError(
                    f"{path} is an SQLite database but not a moodlog journal"
                )
            return None
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        problem = integrity_problem(conn, quick=True) if check else None
    except sqlite.database_errors() as exc:
        problem = str(exc)
    finally:
        conn.close()
    if problem and "file is not a database" in problem and key is None:
        raise NotAJournalError(f"{path} is not a moodlog journal (its first page is not an "
                               "SQLite database page)")
    if problem:
        raise environment_error(problem, path) or DamagedJournalError(
            f"{path} is damaged ({problem}). It was not changed. Restore the newest good "
            "backup (moodlog restore --latest); the damaged file will be kept aside.")
    return rows[0][0] if rows else None


def connect_read_only(path: Path, key: str | None = None) -> sqlite.Connection:
    """Open ``path`` for reading without creating or changing any file.

    Without a ``-wal`` file beside it, the database is opened as immutable, so SQLite creates no
    ``-shm``/``-wal`` files either; with one, the log must be read to see committed data.
    """
    wal = path.with_name(path.name + "-wal")
    return sqlite.connect(path, key, readonly=True, immutable=not wal.exists())


def _alembic_config(script_location: Path, connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    cfg.attributes["connection"] = connection
    return cfg


def known_revisions(script_location: Path = MIGRATIONS_DIR) -> tuple[set[str], str]:
    """All revisions shipped in ``script_location`` and the single head."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(script_location, None))
    heads = script.get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {heads}")
    return {s.revision for s in script.walk_revisions()}, heads[0]


def create_current(path: Path, key: str | None = None) -> None:
    """Create a new journal directly at the current schema, in one transaction.

    Alembic's own advice for a new database: create the tables from the models and stamp the
    head revision, instead of replaying every migration (and importing Alembic) on a first run.
    A test checks that this and the replayed migrations give the same schema and rows.
    """
    from sqlalchemy import insert, text

    from moodlog.core.symptoms import BUILTIN_SYMPTOMS
    from moodlog.store.engine import make_engine
    from moodlog.store.life import create_life
    from moodlog.store.models import Base, SymptomRow

    engine = make_engine(path, key)
    try:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                              "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
            conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"),
                         {"v": HEAD})
            conn.execute(insert(SymptomRow), [
                {"key": s.key, "label": s.label, "builtin": True, "hidden": False,
                 "position": i} for i, s in enumerate(BUILTIN_SYMPTOMS)])
            create_life(conn)
    finally:
        engine.dispose()


def upgrade(
    path: Path, backup_dir: Path, script_location: Path = MIGRATIONS_DIR, head: str = HEAD,
    key: str | None = None, check: bool = True,
) -> Path | None:
    """Upgrade the journal at ``path`` to ``head``; return the backup made first, if any.

    ``check=False`` skips SQLite's quick check, for a caller that has just made it under the
    journal's lock (the window, before its first paint)."""
    revision = current_revision(path, check=check, key=key)
    if revision == head:
        return None
    if revision is None and script_location == MIGRATIONS_DIR and head == HEAD:
        create_current(path, key)  # a new journal: no history to replay
        return None
    revisions, real_head = known_revisions(script_location)
    if revision is not None and revision not in revisions:
        raise NewerSchemaError(
            f"{path} was written by a newer version of moodlog (schema {revision}); "
            "update moodlog to open it. The file was not changed."
        )
    if revision == real_head:
        return None
    backup = (backup_copy(path, backup_dir, f"before-upgrade-from-{revision}", key=key)
              if revision else None)

    from alembic import command

    from moodlog.store.engine import make_engine

    engine = make_engine(path, key)
    try:
        with engine.connect() as conn:
            command.upgrade(_alembic_config(script_location, conn), "head")
            conn.commit()
    finally:
        engine.dispose()
    return backup
