"""The journal read for the clinician PDF without SQLAlchemy: the same core records that
JournalStore's reads return, through the standard library's sqlite3 (or sqlcipher3 for an
encrypted journal), in one read transaction.

Importing SQLAlchemy and the models costs more than a whole 90-day report's reading, so
``moodlog export pdf`` reads through here when it can. Only a journal already at the current
schema is read here: a new or empty file, and one that needs upgrading (or comes from a newer
moodlog), are left to JournalStore. What ``JournalStore.open`` does first is done the same way
and in the same order, as in ``store.direct``: the journal lock (re-entrant: the command holds
it already), the file made 0600, the revision and SQLite's quick check, the daily backup, the
same pragmas. Nothing is written to the journal. Tests compare every read with JournalStore's,
on a plain and on an encrypted journal.

The SQL mirrors ``store.queries``, ``store.life``, ``store.session_store`` and
``store.safety_plans``: the same rows in the same order, converted as the models' column
types convert them (dates as ISO text, session times as SQLAlchemy's SQLite DATETIME text,
UTC timestamps as ISO 8601).
"""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import date, datetime, time
from pathlib import Path
from types import TracebackType
from typing import Any

from moodlog import atomic
from moodlog.core.life import Medication, Moment, Tag, parse_moment_time
from moodlog.core.models import CheckIn, QuestionnaireResponse, SymptomDef, Treatment
from moodlog.core.questionnaires import instrument as get_instrument
from moodlog.core.safety_plan import CONTACT_SECTIONS, SECTIONS, Contact, Item, SafetyPlan
from moodlog.core.series import DayEntry
from moodlog.core.session import Reading, SessionDetails
from moodlog.core.symptoms import BUILTIN_BY_KEY
from moodlog.core.treatments import SIDE_EFFECTS
from moodlog.lock import JournalLock
from moodlog.store import sqlite
from moodlog.store.direct import PRAGMAS
from moodlog.store.direct import connect as connect_plain
from moodlog.store.errors import JournalError, environment_error, lock_journal


def open_snapshot(path: Path, backup_dir: Path, key: str | None = None,
                  daily_backup: bool = False,
                  lock_wait: float | None = None) -> JournalSnapshot | None:
    """The journal at ``path`` for reading, when it is at the current schema; else None (and
    nothing done beyond what JournalStore.open would do first): JournalStore must open it.

    ``key`` is the passphrase of an encrypted journal. Raises what JournalStore.open raises
    for a file that is not a journal, a damaged one, a wrong passphrase, a busy one, and a
    failed daily backup, with the same messages.
    """
    from moodlog.store.migrate import HEAD, current_revision

    path = Path(path)
    if not path.is_file() or not path.stat().st_size:
        return None  # created by JournalStore
    encrypted = sqlite.is_encrypted(path)
    if encrypted and key is None:
        return None  # JournalStore says what it needs
    if not encrypted:
        key = None  # a plain journal: nothing to unlock (as JournalStore)
    atomic.protect(path, backup_dir)
    lock = lock_journal(path, lock_wait)
    try:
        if os.name == "posix" and path.stat().st_mode & 0o077:
            path.chmod(0o600)
        try:
            if current_revision(path, check=True, key=key) != HEAD:
                lock.release()
                return None  # an upgrade (after a backup), or a refusal: JournalStore's
            if daily_backup:
                from moodlog.store import backup

                backup.daily_backup(path, backup_dir, key)
            conn = connect_plain(path) if key is None else _connect_cipher(path, key)
        except sqlite.database_errors(OSError) as exc:
            raise environment_error(exc, path) or JournalError(
                f"cannot back up {path} before opening it: {exc}") from None
    except BaseException:
        lock.release()
        raise
    return JournalSnapshot(path, conn, lock)


def _connect_cipher(path: Path, key: str) -> Any:
    """As the engine connects to an encrypted journal (store/engine.py)."""
    from moodlog.store.direct import BUSY_TIMEOUT_MS

    conn = sqlite.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    sqlite.check_key(conn, path)
    conn.isolation_level = None
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _days(column: str, start: date | None, end: date | None) -> tuple[str, list[str]]:
    """`` AND column >= ? AND column <= ?`` for the bounds given (Date columns hold ISO text)."""
    where, params = "", []
    if start is not None:
        where += f" AND {column} >= ?"
        params.append(start.isoformat())
    if end is not None:
        where += f" AND {column} <= ?"
        params.append(end.isoformat())
    return where, params


def _stored_time(value: datetime) -> str:
    """A session time as SQLAlchemy's SQLite DATETIME writes (and compares) it."""
    return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:"
            f"{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}")


def _times(start: date | None, end: date | None) -> tuple[str, list[str]]:
    """store/queries.py ``_in_times``: a session's local time within the days."""
    where, params = "", []
    if start is not None:
        where += " AND t.at >= ?"
        params.append(_stored_time(datetime.combine(start, time())))
    if end is not None:
        where += " AND t.at <= ?"
        params.append(_stored_time(datetime.combine(end, time.max)))
    return where, params


class JournalSnapshot:
    """An open journal for reading, all in one read transaction: the reads of
    ``report.content.ReportSource`` (and of ``core.analysis.JournalSource``), each as
    JournalStore returns it. Close it (or use ``with``) when done."""

    def __init__(self, path: Path, conn: Any, lock: JournalLock) -> None:
        self.path = path
        self._conn = conn
        self._lock: JournalLock | None = lock
        # Every read sees one state of the journal: a check-in saved by the window half-way
        # through cannot be in one table of the report and missing from another.
        conn.execute("BEGIN")

    def close(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("COMMIT")
        self._conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> JournalSnapshot:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _all(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[Any]:
        return list(self._conn.execute(sql, params).fetchall())

    # ------------------------------------------------------------------- the catalogue
    def _symptom_ids(self) -> dict[str, int]:
        return dict(self._all("SELECT key, id FROM symptoms"))

    def symptoms(self, include_hidden: bool = True) -> tuple[SymptomDef, ...]:
        where = "" if include_hidden else " WHERE hidden = 0"
        out = []
        for key, label, builtin, hidden in self._all(
                f"SELECT key, label, builtin, hidden FROM symptoms{where} ORDER BY position"):
            if builtin and key in BUILTIN_BY_KEY:
                label = BUILTIN_BY_KEY[key].label
            out.append(SymptomDef(key, label, bool(builtin), bool(hidden)))
        return tuple(out)

    def tags(self, include_hidden: bool = True) -> tuple[Tag, ...]:
        where = "" if include_hidden else " WHERE hidden = 0"
        return tuple(Tag(k, label, g, bool(h)) for k, label, g, h in self._all(
            f"SELECT key, label, group_label, hidden FROM tags{where} ORDER BY position"))

    def medications(self) -> tuple[Medication, ...]:
        return tuple(Medication(k, name, dose, unit, schedule, _day(a), _day(b))
                     for k, name, dose, unit, schedule, a, b in self._all(
                         "SELECT key, name, dose, unit, schedule, active_from, active_to "
                         "FROM medications ORDER BY position"))

    # ----------------------------------------------------------------------- check-ins
    def day_entries(self, start: date | None = None, end: date | None = None) -> list[DayEntry]:
        """As JournalStore.day_entries: the numbers of each check-in, oldest first."""
        keys = {id_: key for key, id_ in self._symptom_ids().items()}
        where, params = _days("c.day", start, end)
        ratings: dict[int, dict[int, int]] = defaultdict(dict)
        for cid, sid, severity in self._all(
                "SELECT r.checkin_id, r.symptom_id, r.severity FROM symptom_ratings r "
                f"JOIN checkins c ON c.id = r.checkin_id WHERE 1{where}", params):
            ratings[cid][sid] = severity
        out = []
        for cid, day, mood, sleep in self._all(
                f"SELECT id, day, mood, sleep_hours FROM checkins c WHERE 1{where} "
                "ORDER BY day", params):
            mine = ratings.get(cid, {})
            # In the catalogue's order, as the store's one column per symptom gives them.
            out.append(DayEntry(date.fromisoformat(day), mood, sleep,
                                {k: mine[i] for i, k in keys.items() if i in mine}))
        return out

    def checkins(self, start: date | None = None, end: date | None = None) -> list[CheckIn]:
        """As JournalStore.checkins: whole check-ins with notes, tags and medications."""
        where, params = _days("c.day", start, end)
        rows = self._all("SELECT id, day, mood, sleep_hours, note, created_at, updated_at "
                         f"FROM checkins c WHERE 1{where} ORDER BY day", params)
        if not rows:
            return []
        ratings: dict[int, dict[str, int]] = defaultdict(dict)
        for cid, key, severity in self._all(
                "SELECT r.checkin_id, s.key, r.severity FROM symptom_ratings r "
                "JOIN symptoms s ON s.id = r.symptom_id JOIN checkins c ON c.id = r.checkin_id "
                f"WHERE 1{where} ORDER BY r.checkin_id, s.position", params):
            ratings[cid][key] = severity
        tags: dict[int, list[str]] = defaultdict(list)
        for cid, key in self._all(
                "SELECT ct.checkin_id, t.key FROM checkin_tags ct JOIN tags t ON t.id = "
                f"ct.tag_id JOIN checkins c ON c.id = ct.checkin_id WHERE 1{where}", params):
            tags[cid].append(key)
        taken: dict[int, dict[str, bool]] = defaultdict(dict)
        for cid, key, took in self._all(
                "SELECT i.checkin_id, m.key, i.taken FROM medication_intake i JOIN medications "
                "m ON m.id = i.medication_id JOIN checkins c ON c.id = i.checkin_id "
                f"WHERE 1{where}", params):
            taken[cid][key] = bool(took)
        return [CheckIn(date.fromisoformat(day), mood, ratings.get(cid, {}), sleep, note,
                        created_at=datetime.fromisoformat(created),
                        updated_at=datetime.fromisoformat(updated),
                        tags=tuple(tags.get(cid, ())), medications_taken=taken.get(cid, {}))
                for cid, day, mood, sleep, note, created, updated in rows]

    def moments(self, start: date | None = None, end: date | None = None) -> list[Moment]:
        where, params = _days("day", start, end)
        return [Moment(date.fromisoformat(d), parse_moment_time(at), mood, note, id=i)
                for i, d, at, mood, note in self._all(
                    f"SELECT id, day, at, mood, note FROM moments WHERE 1{where} "
                    "ORDER BY day, at", params)]

    # ---------------------------------------------------------------------- treatments
    def treatments(self, start: date | None = None, end: date | None = None) -> list[Treatment]:
        """As JournalStore.treatments: with side effects, readings and session details."""
        where, params = _times(start, end)
        rows = self._all("SELECT t.id, t.at, t.kind, t.phase, t.dose, t.dose_unit, t.clinic, "
                         f"t.note, t.side_effects_note FROM treatments t WHERE 1{where} "
                         "ORDER BY t.at, t.kind", params)
        if not rows:
            return []
        ids = f"SELECT t.id FROM treatments t WHERE 1{where}"
        effects: dict[int, dict[str, int]] = defaultdict(dict)
        for tid, key, severity in self._all(
                "SELECT treatment_id, key, severity FROM treatment_side_effects "
                f"WHERE treatment_id IN ({ids}) ORDER BY treatment_id, key", params):
            effects[tid][key] = severity
        readings: dict[int, list[Reading]] = defaultdict(list)
        for tid, *values in self._all(
                "SELECT treatment_id, minutes, systolic, diastolic, heart_rate, spo2 FROM "
                f"treatment_readings WHERE treatment_id IN ({ids}) "
                "ORDER BY treatment_id, position", params):
            readings[tid].append(Reading(*values))
        details = {tid: SessionDetails(*values) for tid, *values in self._all(
            "SELECT treatment_id, devices, weight_kg, infusion_minutes, moaas, cadss, "
            "cadss_form, observed_minutes, ready_note FROM treatment_sessions "
            f"WHERE treatment_id IN ({ids})", params)}
        out = []
        for tid, at, kind, phase, dose, unit, clinic, note, effects_note in rows:
            mine = effects.get(tid, {})
            out.append(Treatment(
                at=datetime.fromisoformat(at), kind=kind, phase=phase, dose=dose,
                dose_unit=unit, clinic=clinic, note=note,
                side_effects={k: mine[k] for k in SIDE_EFFECTS if k in mine},
                side_effects_note=effects_note, id=tid,
                readings=tuple(readings.get(tid, ())),
                session=details.get(tid, SessionDetails())))
        return out

    # ------------------------------------------------------------------ questionnaires
    def questionnaires(self, start: date | None = None, end: date | None = None,
                       instrument: str | None = None) -> list[QuestionnaireResponse]:
        where, params = _days("q.day", start, end)
        if instrument is not None:
            where += " AND q.instrument = ?"
            params.append(instrument)
        rows = self._all("SELECT q.id, q.instrument, q.day, q.difficulty FROM "
                         f"questionnaire_responses q WHERE 1{where} ORDER BY q.day, "
                         "q.instrument", params)
        if not rows:
            return []
        answers: dict[int, dict[int, int]] = defaultdict(dict)
        for rid, item, answer in self._all(
                "SELECT a.response_id, a.item, a.answer FROM questionnaire_answers a JOIN "
                f"questionnaire_responses q ON q.id = a.response_id WHERE 1{where}", params):
            answers[rid][item] = answer
        out = []
        for rid, name, day, difficulty in rows:
            mine = answers.get(rid, {})
            count = len(get_instrument(name).items)
            out.append(QuestionnaireResponse(
                instrument=name, day=date.fromisoformat(day),
                answers=tuple(mine.get(i) for i in range(1, count + 1)),
                difficulty=difficulty, id=rid))
        return out

    # --------------------------------------------------------------------- safety plan
    def safety_plan(self) -> SafetyPlan:
        """As JournalStore.safety_plan (empty sections when none was written)."""
        rows = self._all("SELECT section, text, phone, address, updated_at FROM "
                         "safety_plan_items ORDER BY section, position")
        found: dict[str, list[Item]] = {key: [] for key in SECTIONS}
        for section, text, phone, address, _updated in rows:
            found[section].append(Contact(text, phone, address)
                                  if section in CONTACT_SECTIONS else text)
        values: dict[str, Any] = {key: tuple(items) for key, items in found.items()}
        return SafetyPlan(**values, updated_at=max(
            (datetime.fromisoformat(r[4]) for r in rows), default=None))
