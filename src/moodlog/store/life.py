"""Tags, moments and medications in an open session: the SQL behind the life parts of a journal."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace as dc_replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.orm import Session

from moodlog.core.life import (
    DEFAULT_TAGS,
    Medication,
    Moment,
    Tag,
    free_key,
    normalise_label,
    parse_moment_time,
)
from moodlog.core.models import CheckIn
from moodlog.store import fts
from moodlog.store.many import insert_rows
from moodlog.store.models import (
    CheckInRow,
    CheckInTagRow,
    IntakeRow,
    MedicationRow,
    MomentRow,
    TagRow,
)


def create_life(conn: Connection) -> None:
    """In a new journal: the default tags, and the search index with its triggers."""
    rows, position = [], 0
    for group, labels in DEFAULT_TAGS:
        for label in labels:
            rows.append({"key": "_".join(label.split()), "label": label, "group_label": group,
                         "hidden": False, "position": position})
            position += 1
    conn.execute(insert(TagRow), rows)
    for statement in fts.CREATE:
        conn.execute(text(statement))


# --------------------------------------------------------------------------------- tags
def tags(s: Session, include_hidden: bool = True) -> tuple[Tag, ...]:
    stmt = select(TagRow.key, TagRow.label, TagRow.group_label, TagRow.hidden)
    if not include_hidden:
        stmt = stmt.where(TagRow.hidden.is_(False))
    return tuple(Tag(k, label, g, bool(h))
                 for k, label, g, h in s.execute(stmt.order_by(TagRow.position)))


def tag_ids(s: Session) -> dict[str, int]:
    return {k: i for k, i in s.execute(select(TagRow.key, TagRow.id))}


def medication_ids(s: Session) -> dict[str, int]:
    return {k: i for k, i in s.execute(select(MedicationRow.key, MedicationRow.id))}


def next_position(s: Session, table: Any) -> int:
    return int(s.scalar(select(func.max(table.position))) or 0) + 1


def insert_tag(s: Session, tag: Tag) -> None:
    s.add(TagRow(key=tag.key, label=tag.label, group_label=tag.group, hidden=tag.hidden,
                 position=next_position(s, TagRow)))
    s.flush()


def new_tag_key(s: Session, label: str) -> str:
    return free_key(label, tag_ids(s))


# -------------------------------------------------------------------- check-in extras
def _unknown(what: str, keys: set[str], known: dict[str, int]) -> None:
    missing = sorted(keys - known.keys())
    if missing:
        raise ValueError(f"unknown {what} {', '.join(map(repr, missing))}; known: "
                         f"{', '.join(sorted(known)) or 'none yet'}")


def insert_checkin_extras(s: Session, ids: Sequence[int], checkins: Sequence[CheckIn]) -> None:
    """The tags and medication answers of freshly inserted check-ins (``ids`` in step)."""
    if not any(c.tags or c.medications_taken for c in checkins):
        return
    known_tags, known_meds = tag_ids(s), medication_ids(s)
    _unknown("tag", {k for c in checkins for k in c.tags}, known_tags)
    _unknown("medication", {k for c in checkins for k in c.medications_taken}, known_meds)
    tag_rows = [{"checkin_id": cid, "tag_id": known_tags[k]}
                for cid, c in zip(ids, checkins, strict=True) for k in c.tags]
    intake_rows = [{"checkin_id": cid, "medication_id": known_meds[k], "taken": taken}
                   for cid, c in zip(ids, checkins, strict=True)
                   for k, taken in c.medications_taken.items()]
    if tag_rows:
        # New ids in one run (a bulk insert's) let the index be written once for all of them.
        run = len(ids) > 1 and list(ids) == list(range(ids[0], ids[0] + len(ids)))
        with fts.suspended(s, fts.TAGS_TRIGGER, len(tag_rows) if run else 0) as bulk:
            insert_rows(s, CheckInTagRow, tag_rows)
            if bulk:
                fts.index_tags(s, ids[0], ids[-1])
    if intake_rows:
        insert_rows(s, IntakeRow, intake_rows)


def checkin_extras(
    s: Session, start: date | None, end: date | None
) -> tuple[dict[int, list[str]], dict[int, dict[str, bool]]]:
    """check-in id -> tag keys, and check-in id -> {medication key: taken}, for a range."""
    c = CheckInRow
    tag_stmt = (select(CheckInTagRow.checkin_id, TagRow.key)
                .join(TagRow, TagRow.id == CheckInTagRow.tag_id)
                .join(c, c.id == CheckInTagRow.checkin_id))
    med_stmt = (select(IntakeRow.checkin_id, MedicationRow.key, IntakeRow.taken)
                .join(MedicationRow, MedicationRow.id == IntakeRow.medication_id)
                .join(c, c.id == IntakeRow.checkin_id))
    if start is not None:
        tag_stmt, med_stmt = tag_stmt.where(c.day >= start), med_stmt.where(c.day >= start)
    if end is not None:
        tag_stmt, med_stmt = tag_stmt.where(c.day <= end), med_stmt.where(c.day <= end)
    tag_map: dict[int, list[str]] = defaultdict(list)
    for cid, key in s.execute(tag_stmt):
        tag_map[cid].append(key)
    med_map: dict[int, dict[str, bool]] = defaultdict(dict)
    for cid, key, taken in s.execute(med_stmt):
        med_map[cid][key] = bool(taken)
    return tag_map, med_map


# ------------------------------------------------------------------------------ moments
def moments(s: Session, start: date | None, end: date | None) -> list[Moment]:
    m = MomentRow
    stmt = select(m.id, m.day, m.at, m.mood, m.note)
    if start is not None:
        stmt = stmt.where(m.day >= start)
    if end is not None:
        stmt = stmt.where(m.day <= end)
    return [Moment(d, parse_moment_time(at), mood, note, id=i)
            for i, d, at, mood, note in s.execute(stmt.order_by(m.day, m.at))]


def moment_values(moment: Moment, now: datetime) -> dict[str, Any]:
    return {"day": moment.day, "at": f"{moment.at:%H:%M}", "mood": moment.mood,
            "note": moment.note, "created_at": now}


# -------------------------------------------------------------------------- medications
def medications(s: Session) -> tuple[Medication, ...]:
    m = MedicationRow
    rows = s.execute(select(m.key, m.name, m.dose, m.unit, m.schedule, m.active_from,
                            m.active_to).order_by(m.position))
    return tuple(Medication(*row) for row in rows)


def medication_values(med: Medication) -> dict[str, Any]:
    return {"key": med.key, "name": med.name, "dose": med.dose, "unit": med.unit,
            "schedule": med.schedule, "active_from": med.active_from,
            "active_to": med.active_to}


# ------------------------------------------------------------------------------ import
def match_catalogue(
    incoming: Sequence[tuple[str, str]], journal: dict[str, str], adopt: bool
) -> tuple[dict[str, str], dict[str, str], set[str]]:
    """Match a file's (key, label) pairs with the journal's ``key -> label``.

    Returns (file key -> journal key for those that are a journal entry, file key -> key of
    a new entry for the others, journal keys whose label becomes the file's). A file entry is
    the journal's entry of the same key when their labels are equal after normalising (or,
    when ``adopt``ing into an empty journal, when the file's label collides with no other
    entry's); else the journal's entry of the same label; else a new entry, under a new key if
    its own is taken. Two distinct entries are never merged, and labels stay unique.
    """
    norm = {k: normalise_label(v) for k, v in journal.items()}
    wanted = {k: normalise_label(label) for k, label in incoming}
    claimed = {k for k in wanted if k in norm and (adopt or norm[k] == wanted[k])}
    while True:  # a claim whose new label another (unclaimed) entry holds falls back
        held = {norm[k] for k in norm if k not in claimed}
        dropped = {k for k in claimed if wanted[k] in held and norm[k] != wanted[k]}
        if not dropped:
            break
        claimed -= dropped
    by_label = {norm[k]: k for k in norm if k not in claimed} | {wanted[k]: k for k in claimed}
    matched = {k: k for k in claimed}
    added: dict[str, str] = {}
    taken = set(journal) | set(wanted)
    for key, label in incoming:
        if key in claimed:
            continue
        same = by_label.get(wanted[key])
        if same is not None:
            matched[key] = same
            continue
        new = key if key not in journal and key not in added.values() else free_key(label, taken)
        taken.add(new)
        added[key] = new
        by_label[wanted[key]] = new
    return matched, added, {k for k in claimed if adopt}


def merge_catalogues(
    s: Session, tags_in: Sequence[Tag], meds_in: Sequence[Medication], adopt: bool
) -> tuple[dict[str, str], dict[str, str]]:
    """Add the tags and medications the journal lacks; returns the file's tag keys and
    medication keys -> the journal's (see :func:`match_catalogue`).

    An empty journal (``adopt``) takes the file's labels, groups, doses and order too, so that
    an export imported into a new journal is exactly the same.
    """
    rows = {row.key: row for row in s.execute(select(TagRow)).scalars()}
    matched, added, adopted = match_catalogue(
        [(t.key, t.label) for t in tags_in], {k: r.label for k, r in rows.items()}, adopt)
    for tag in tags_in:
        if tag.key in adopted:
            row = rows[tag.key]
            row.label, row.group_label, row.hidden = tag.label, tag.group, tag.hidden
        elif tag.key in added:
            insert_tag(s, dc_replace(tag, key=added[tag.key]))
    tag_map = matched | added
    meds = {row.key: row for row in s.execute(select(MedicationRow)).scalars()}
    med_matched, med_added, med_adopted = match_catalogue(
        [(m.key, m.name) for m in meds_in], {k: r.name for k, r in meds.items()}, adopt)
    for med in meds_in:
        if med.key in med_adopted:
            for name, value in medication_values(med).items():
                setattr(meds[med.key], name, value)
        elif med.key in med_added:
            s.add(MedicationRow(**medication_values(dc_replace(med, key=med_added[med.key])),
                                position=next_position(s, MedicationRow)))
        s.flush()
    if adopt and tags_in:
        # An empty journal takes the file's order too, so that the round trip is exact.
        order = {tag_map[t.key]: i for i, t in enumerate(tags_in)}
        for row in s.execute(select(TagRow)).scalars():
            row.position = order.get(row.key, len(order) + row.position)
    s.flush()
    return tag_map, med_matched | med_added


def import_moments(s: Session, items: Sequence[Moment], replace: bool,
                   now: datetime) -> tuple[int, int]:
    """Insert moments; one equal to a stored one (day, time, mood and note) is skipped.

    Returns (written, skipped). Importing the same file twice adds nothing the second time;
    ``replace`` changes nothing here, since two moments are never the same entry.
    """
    m = MomentRow
    stored = {(d, at, mood, note) for d, at, mood, note in s.execute(
        select(m.day, m.at, m.mood, m.note))}
    rows, skipped = [], 0
    for moment in items:
        values = moment_values(moment, now)
        if (moment.day, values["at"], moment.mood, moment.note) in stored:
            skipped += 1
            continue
        rows.append(values)
    if rows:
        first = int(s.scalar(select(func.max(m.id))) or 0) + 1
        ids = range(first, first + len(rows))  # the ids SQLite would give, set for the index
        with fts.suspended(s, fts.MOMENT_NOTES_TRIGGER, len(rows)) as bulk:
            insert_rows(s, MomentRow, rows, ids if bulk else None)
            if bulk:
                fts.index_moment_notes(s, ids[0], ids[-1])
    return len(rows), skipped
