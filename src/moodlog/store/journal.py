"""JournalStore: the repository of one journal file, and the only place SQL lives.

Every public method is one short transaction that takes and returns ``moodlog.core`` records.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace as dc_replace
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from moodlog import atomic
from moodlog.core import questionnaires as q
from moodlog.core.dates import utc_now
from moodlog.core.models import (
    CheckIn,
    ClinicianScore,
    ImportReport,
    JournalCounts,
    JournalData,
    QuestionnaireResponse,
    SymptomDef,
    Treatment,
    check_one_line,
)
from moodlog.core.series import DayEntry
from moodlog.core.symptoms import BUILTIN_BY_KEY, key_from_label
from moodlog.lock import JournalLock
from moodlog.store import backup, bulk, life, queries, safety_plans, sqlite
from moodlog.store.engine import WRITE_OPTION, make_engine
from moodlog.store.errors import (
    DiskFullError,
    JournalError,
    environment_error,
    lock_journal,
)
from moodlog.store.life_store import LifeStoreMixin
from moodlog.store.migrate import upgrade
from moodlog.store.models import (
    CheckInRow,
    ClinicianScoreRow,
    QuestionnaireRow,
    SymptomRow,
    TreatmentRow,
)
from moodlog.store.mood_maps import MoodMapStoreMixin
from moodlog.store.safety_plan_store import SafetyPlanStoreMixin


class JournalStore(LifeStoreMixin, SafetyPlanStoreMixin, MoodMapStoreMixin):
    """One open journal. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(self, path: Path, engine: Any, backup_dir: Path | None = None,
                 key: str | None = None) -> None:
        self.path = path
        self.key = key
        self.backup_dir = backup_dir or path.parent / "backups"
        self._watch: sqlite.Connection | None = None
        self._lock: JournalLock | None = None
        self._engine = engine
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    # ----------------------------------------------------------------- opening and closing
    @classmethod
    def open(cls, path: Path, backup_dir: Path | None = None,
             daily_backup: bool = False, key: str | None = None,
             lock_wait: float | None = None, checked: bool = False) -> JournalStore:
        """Open (creating if needed, 0600) and upgrade the journal at ``path``.

        A damaged journal, or one from a newer moodlog, is refused before anything writes to
        it; so is an encrypted one without its passphrase (``key``). With ``daily_backup``,
        the first opening of a day leaves a verified backup. The store holds the journal lock
        until it is closed (waiting up to ``lock_wait`` seconds for another process).
        ``checked``: the caller has just run the quick check (``migrate.current_revision``
        with ``check=True``) under the journal's lock, so it is not run again.
        """
        path = Path(path)
        if not path.parent.is_dir():
            raise JournalError(f"folder {path.parent} does not exist")
        # Exports must never be written over the journal, its side files or its backups.
        atomic.protect(path, backup_dir or path.parent / "backups")
        lock = lock_journal(path, lock_wait)
        try:
            store = cls._open_locked(path, backup_dir, daily_backup, key, checked)
        except BaseException:
            lock.release()
            raise
        store._lock = lock
        # An older version's mood maps beside the journal move in (once); a failure is tried
        # again at the next opening, and never stops this one.
        with contextlib.suppress(JournalError, ValueError, OSError):
            store.adopt_side_file()
        return store

    @classmethod
    def _open_locked(cls, path: Path, backup_dir: Path | None, daily_backup: bool,
                     key: str | None, checked: bool = False) -> JournalStore:
        if not path.exists():
            if not path.parent.is_dir():
                raise JournalError(f"folder {path.parent} does not exist")
            try:
                sqlite.create_file(path)
            except OSError as exc:
                raise environment_error(exc, path) or JournalError(
                    f"cannot create {path}: {exc.strerror or exc}") from None
        elif os.name == "posix" and path.is_file() and path.stat().st_mode & 0o077:
            path.chmod(0o600)
        backup_dir = backup_dir or path.parent / "backups"
        if key is not None and path.stat().st_size and not sqlite.is_encrypted(path):
            key = None  # a plain journal: nothing to unlock
        try:
            upgrade(path, backup_dir, key=key, check=not checked)
            if daily_backup:
                backup.daily_backup(path, backup_dir, key)
        except OperationalError as exc:
            raise environment_error(exc.orig or exc, path) or JournalError(
                f"cannot prepare {path}: {exc.orig}") from None
        except sqlite.database_errors(OSError) as exc:
            raise environment_error(exc, path) or JournalError(
                f"cannot back up {path} before opening it: {exc}") from None
        return cls(path, make_engine(path, key), backup_dir, key)

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def change_counter(self) -> int:
        """A number that changes whenever anyone (this process or another) commits a change.

        The window compares it when it regains focus, to show what the command line wrote.
        """
        if self._watch is None:
            self._watch = sqlite.connect(self.path, self.key, check_same_thread=False)
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def backup(self, reason: str) -> Path:
        """A verified copy of the journal in the backup folder, named with ``reason``."""
        try:
            made = backup.backup_copy(self.path, self.backup_dir, reason, self.key)
            backup.rotate(self.backup_dir, self.path.stem)
            return made
        except sqlite.database_errors(OSError) as exc:
            raise JournalError(f"could not back up {self.path}: {exc}") from None

    def __enter__(self) -> JournalStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._read_sessions() as session, session.begin():
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        try:
            with self._write_sessions() as session, session.begin():
                yield session
        except IntegrityError as exc:
            raise ValueError(f"the journal refused this change: {exc.orig}") from None
        except OperationalError as exc:
            mapped = environment_error(exc.orig or exc, self.path)
            if isinstance(mapped, DiskFullError):
                raise mapped from None
            raise JournalError(f"could not write to {self.path}: {exc.orig}") from None

    # ----------------------------------------------------------------------- symptoms
    def symptoms(self, include_hidden: bool = True) -> tuple[SymptomDef, ...]:
        """The catalogue in display order: the twelve built-ins, then the user's own."""
        with self._read() as s:
            return queries.symptoms(s, include_hidden)

    def add_symptom(self, label: str, key: str | None = None) -> SymptomDef:
        """Add a user-defined symptom (rated 0-3 like the built-ins)."""
        check_one_line(label, "a symptom label")
        symptom = SymptomDef(key or key_from_label(label), label)
        with self._write() as s:
            if s.scalar(select(SymptomRow.id).where(SymptomRow.key == symptom.key)):
                raise ValueError(f"a symptom with key {symptom.key!r} already exists")
            position = (s.scalar(select(func.max(SymptomRow.position))) or 0) + 1
            s.add(SymptomRow(key=symptom.key, label=symptom.label, builtin=False,
                             hidden=False, position=position))
        return symptom

    def rename_symptom(self, key: str, label: str) -> SymptomDef:
        """Change the label of a user-defined symptom; its key and ratings stay."""
        if key in BUILTIN_BY_KEY:
            raise ValueError(f"{key!r} is a built-in symptom; its label cannot be changed")
        check_one_line(label, "a symptom label")
        new = SymptomDef(key, label)
        self._update_symptom(key, label=new.label)
        return new

    def set_symptom_hidden(self, key: str, hidden: bool) -> None:
        """Hide a symptom from the check-in form (its ratings are kept)."""
        self._update_symptom(key, hidden=hidden)

    def _update_symptom(self, key: str, **values: Any) -> None:
        with self._write() as s:
            result = s.execute(update(SymptomRow).where(SymptomRow.key == key).values(**values))
            if not getattr(result, "rowcount", 0):
                raise ValueError(f"unknown symptom {key!r}")

    # ---------------------------------------------------------------------- check-ins
    def save_checkin(self, checkin: CheckIn) -> CheckIn:
        """Create or replace the check-in of ``checkin.day``; returns it with its timestamps."""
        now = utc_now()
        with self._write() as s:
            existing = s.scalar(select(CheckInRow).where(CheckInRow.day == checkin.day))
            created = existing.created_at if existing else (checkin.created_at or now)
            if existing:
                s.delete(existing)
                s.flush()
            stored = dc_replace(checkin, created_at=created, updated_at=now)
            bulk.insert_checkins(s, [stored], queries.symptom_ids(s))
        return stored

    def checkin(self, day: date) -> CheckIn | None:
        """The check-in of ``day``, or None."""
        found = self.checkins(day, day)
        return found[0] if found else None

    def checkins(self, start: date | None = None, end: date | None = None) -> list[CheckIn]:
        """Check-ins from ``start`` to ``end`` inclusive (either open), oldest first."""
        with self._read() as s:
            return queries.checkins(s, start, end)

    def day_entries(self, start: date | None = None, end: date | None = None) -> list[DayEntry]:
        """Mood, sleep and ratings of each check-in from ``start`` to ``end``: the fast read
        path for charts and analysis (no notes, no timestamps)."""
        with self._read() as s:
            return queries.day_entries(s, start, end)

    def delete_checkin(self, day: date) -> bool:
        """Delete the check-in of ``day`` with its ratings; False if there was none."""
        with self._write() as s:
            result = s.execute(delete(CheckInRow).where(CheckInRow.day == day))
            return bool(getattr(result, "rowcount", 0))

    # --------------------------------------------------------------------- treatments
    def add_treatment(self, treatment: Treatment) -> Treatment:
        """Record a treatment session; the same kind at the same minute is refused."""
        with self._write() as s:
            if queries.treatment_id(s, treatment) is not None:
                raise ValueError(
                    f"a {treatment.kind} treatment at {treatment.at:%Y-%m-%d %H:%M} "
                    "is already recorded"
                )
            (new_id,) = bulk.insert_treatments(s, [treatment], utc_now())
        return _with_id(treatment, new_id)

    def update_treatment(self, treatment: Treatment) -> Treatment:
        """Replace every field of the stored treatment ``treatment.id``."""
        if treatment.id is None:
            raise ValueError("this treatment has not been saved yet")
        with self._write() as s:
            row = s.get(TreatmentRow, treatment.id)
            if row is None:
                raise ValueError(f"no treatment with id {treatment.id}")
            clash = queries.treatment_id(s, treatment)
            if clash not in (None, treatment.id):
                raise ValueError(
                    f"another {treatment.kind} treatment at {treatment.at:%Y-%m-%d %H:%M} "
                    "is already recorded"
                )
            created = row.created_at
            s.delete(row)
            s.flush()
            bulk.insert_treatments(s, [treatment], utc_now(), ids=[treatment.id],
                                   created=[created])
        return treatment

    def delete_treatment(self, treatment_id: int) -> bool:
        with self._write() as s:
            result = s.execute(delete(TreatmentRow).where(TreatmentRow.id == treatment_id))
            return bool(getattr(result, "rowcount", 0))

    def treatments(self, start: date | None = None, end: date | None = None) -> list[Treatment]:
        """Treatments from ``start`` to ``end`` inclusive, oldest first."""
        with self._read() as s:
            return queries.treatments(s, start, end)

    # ----------------------------------------------------------------- questionnaires
    def save_questionnaire(
        self, response: QuestionnaireResponse, replace: bool = False
    ) -> QuestionnaireResponse:
        """Store a response; one per instrument and day (``replace`` overwrites it)."""
        with self._write() as s:
            old = s.scalar(select(QuestionnaireRow).where(
                QuestionnaireRow.instrument == response.instrument,
                QuestionnaireRow.day == response.day))
            if old is not None:
                if not replace:
                    raise ValueError(
                        f"a {q.instrument(response.instrument).name} response for "
                        f"{response.day.isoformat()} is already recorded"
                    )
                s.delete(old)
                s.flush()
            (new_id,) = bulk.insert_questionnaires(s, [response], utc_now())
        return _with_id(response, new_id)

    def questionnaires(
        self, start: date | None = None, end: date | None = None, instrument: str | None = None
    ) -> list[QuestionnaireResponse]:
        with self._read() as s:
            return queries.questionnaires(s, start, end, instrument)

    def delete_questionnaire(self, response_id: int) -> bool:
        with self._write() as s:
            result = s.execute(delete(QuestionnaireRow).where(QuestionnaireRow.id == response_id))
            return bool(getattr(result, "rowcount", 0))

    def save_clinician_score(self, score: ClinicianScore, replace: bool = False) -> ClinicianScore:
        """Store a clinician-reported total; one per scale and day."""
        with self._write() as s:
            old = s.scalar(select(ClinicianScoreRow).where(
                ClinicianScoreRow.instrument == score.instrument,
                ClinicianScoreRow.day == score.day))
            if old is not None:
                if not replace:
                    raise ValueError(
                        f"a {score.instrument} score for {score.day.isoformat()} is already "
                        "recorded"
                    )
                s.delete(old)
                s.flush()
            (new_id,) = bulk.insert_clinician_scores(s, [score], utc_now())
        return _with_id(score, new_id)

    def clinician_scores(
        self, start: date | None = None, end: date | None = None
    ) -> list[ClinicianScore]:
        with self._read() as s:
            return queries.clinician_scores(s, start, end)

    def delete_clinician_score(self, score_id: int) -> bool:
        with self._write() as s:
            result = s.execute(delete(ClinicianScoreRow).where(ClinicianScoreRow.id == score_id))
            return bool(getattr(result, "rowcount", 0))

    # --------------------------------------------------------------------- whole journal
    def counts(self) -> JournalCounts:
        with self._read() as s:
            return queries.counts(s)

    def is_empty(self) -> bool:
        """Nothing the person wrote is here (see :attr:`JournalCounts.has_content`)."""
        return not self.counts().has_content

    def snapshot(self, start: date | None = None, end: date | None = None) -> JournalData:
        """Everything from ``start`` to ``end`` (and the whole symptom catalogue), one snapshot."""
        with self._read() as s:
            return JournalData(
                symptoms=queries.symptoms(s, include_hidden=True),
                checkins=tuple(queries.checkins(s, start, end)),
                treatments=tuple(queries.treatments(s, start, end)),
                questionnaires=tuple(queries.questionnaires(s, start, end, None)),
                clinician_scores=tuple(queries.clinician_scores(s, start, end)),
                tags=life.tags(s),
                medications=life.medications(s),
                moments=tuple(life.moments(s, start, end)),
                safety_plan=safety_plans.load(s),
            )

    def import_data(
        self, data: JournalData, replace: bool = False, dry_run: bool = False
    ) -> ImportReport:
        """Add ``data`` in one all-or-nothing transaction (rolled back when ``dry_run``).

        Entries that already exist (same day; same kind and minute for treatments; same
        instrument and day for questionnaires) are skipped and reported, or replaced.
        """
        try:
            with self._write() as s:
                report = bulk.import_data(s, data, replace, utc_now())
                plan = safety_plans.import_plan(s, data.safety_plan, replace, utc_now())
                report = dc_replace(report, safety_plan=plan)
                if dry_run:
                    raise _RollBack(report)
        except _RollBack as undo:
            return dc_replace(undo.report, dry_run=True)
        return report


class _RollBack(Exception):
    """Raised inside a transaction to undo it (a dry run) while keeping its report."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report



def _with_id(record: Any, new_id: int) -> Any:
    return dc_replace(record, id=new_id)
