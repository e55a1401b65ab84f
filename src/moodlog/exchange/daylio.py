"""Importing Daylio's CSV export: one check-in per day, nothing written until all of it reads.

The command line and a preview dialog share the same steps::

    export = daylio.read(text)               # every row checked; FormatError names line and field
    plan = daylio.make_plan(export, mood_map)  # labels -> 0-10, one check-in per day; cheap to redo
    plan.labels, plan.unknown_labels, plan.first_day, plan.merged_days, plan.conflicts(store)
    store.import_data(plan.data(), replace=..., dry_run=...)  # one all-or-nothing transaction

What a Daylio file holds: a header naming its columns (four known variants, below), then one row
per entry, newest first, several rows on some days. ``full_date`` is ``yyyy-MM-dd``; the oldest
variant has ``year`` and a ``date`` in the phone's language instead. ``mood`` is a label the
user can rename; ``activities`` and ``scales`` are ``a | b`` lists; notes may carry HTML.

Mapping: a label becomes a mood 0-10 through :data:`DEFAULT_MOOD_MAP` overridden by the
user's map (labels compared ignoring case and repeated spaces). Several entries on one day
become one check-in whose mood is the mean of their moods rounded half up (7.5 -> 8) and whose
note lists every entry in time order: ``HH:MM · label · title``, the note, ``Activities: ...``,
``Scales: ...``. A day with one entry and no text gets an empty note. Daylio has no symptom
ratings, so the twelve symptoms stay unanswered. A day's note longer than the journal's limit
(NOTE_MAX characters) is cut, with a last line saying how much was left out, and the plan
lists the day in ``truncated_days``.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time
from types import MappingProxyType
from typing import TYPE_CHECKING

from moodlog.core.life import MOMENT_NOTE_MAX, Moment, Tag, free_key, free_label
from moodlog.core.models import MOOD_MAX, MOOD_MIN, NOTE_MAX, CheckIn, JournalData
from moodlog.exchange.daylio_fields import (
    clean_text,
    month_reader,
    month_words,
    parse_day_month,
    parse_time,
    split_list,
    split_names,
    strip_controls,
)
from moodlog.exchange.daylio_layout import (
    entry_like,
    full_date,
    label_key,
)
from moodlog.exchange.daylio_layout import guess_columns as _guess_columns
from moodlog.exchange.daylio_layout import looks_like_entry as looks_like_entry
from moodlog.exchange.errors import FormatError

_label_key = label_key  # its old name here, kept for code that still calls it

if TYPE_CHECKING:
    from moodlog.store import JournalStore

#: Daylio's five default labels on moodlog's 0-10 scale (0 = worst, 10 = best).
DEFAULT_MOOD_MAP: Mapping[str, int] = MappingProxyType(
    {"rad": 10, "good": 8, "meh": 5, "bad": 3, "awful": 0})
DEFAULT_MOOD_MAP_TEXT = ",".join(f"{k}={v}" for k, v in DEFAULT_MOOD_MAP.items())

#: The headers Daylio has written, oldest first.
KNOWN_HEADERS: tuple[tuple[str, ...], ...] = (
    ("year", "date", "weekday", "time", "mood", "activities", "note"),
    ("full_date", "date", "weekday", "time", "mood", "activities", "note"),
    ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"),
    ("full_date", "date", "weekday", "time", "mood", "activities", "scales", "note_title", "note"),
)
_REQUIRED = ("time", "mood")
_OPTIONAL = ("activities", "note", "note_title", "scales", "weekday", "date", "year", "full_date")
def _columns(line: str) -> list[str]:
    try:
        row = next(csv.reader([line]), [])
    except csv.Error:
        return []
    return [c.strip().casefold() for c in row]


def is_daylio(head: str) -> bool:
    """Whether the start of a file has a Daylio CSV header (with or without a BOM)."""
    first = head.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    names = _columns(first)
    if names[:1] == ["full_date"] or names[:2] == ["year", "date"]:
        return True
    try:
        row = next(csv.reader([first]), [])
    except csv.Error:
        return False
    return guess_columns(row) is not None


@dataclass(frozen=True, slots=True)
class Entry:
    """One Daylio row, read and checked; ``line`` is where it starts in the file."""

    line: int
    day: date
    time: time
    label: str
    activities: tuple[str, ...] = ()
    scales: tuple[str, ...] = ()
    title: str = ""
    note: str = ""

    @property
    def has_text(self) -> bool:
        return bool(self.title or self.note or self.activities or self.scales)


@dataclass(frozen=True, slots=True)
class DaylioExport:
    """A whole Daylio file, read and checked, not yet mapped onto moodlog's scale."""

    columns: tuple[str, ...]
    entries: tuple[Entry, ...]
    ignored_columns: tuple[str, ...] = ()
    missing_header: bool = False  # the columns were recognised from the data


def _header(row: list[str]) -> dict[str, int]:
    names = [c.strip().casefold() for c in row]
    index: dict[str, int] = {}
    for i, name in enumerate(names):
        if name in index:
            raise FormatError(f"line 1: the column {name!r} appears twice")
        index[name] = i
    if "full_date" not in index and not {"year", "date"} <= index.keys():
        raise FormatError("line 1: not a Daylio header: it needs a full_date column (or year "
                          f"and date), found {', '.join(names) or 'nothing'}")
    missing = [c for c in _REQUIRED if c not in index]
    if missing:
        raise FormatError(f"line 1: the Daylio header has no {', '.join(map(repr, missing))} "
                          f"column; found {', '.join(names)}")
    return index


def _entry(row: list[str], line: int, col: dict[str, int],
           months: Mapping[str, int] | None = None, date_format: str | None = None) -> Entry:
    def field_(name: str) -> str:
        i = col.get(name)
        return row[i] if i is not None else ""

    def fail(name: str, reason: object) -> FormatError:
        return FormatError(f"line {line}, {name}: {reason}")

    if "full_date" in col:
        try:
            day = full_date(field_("full_date"), date_format)
        except ValueError as exc:
            raise fail("full_date", exc) from None
    else:
        year = field_("year").strip()
        if not (year.isascii() and year.isdigit() and 1 <= len(year) <= 4 and int(year)):
            raise fail("year", f"{year!r} is not a year")
        try:
            day = parse_day_month(field_("date"), int(year), months)
        except ValueError as exc:
            raise fail("date", exc) from None
    try:
        at = parse_time(field_("time"))
    except ValueError as exc:
        raise fail("time", exc) from None
    label = " ".join(strip_controls(field_("mood")).split())
    if not label:
        raise fail("mood", "empty; every Daylio entry has a mood")
    return Entry(line, day, at, label, split_names(field_("activities")),
                 split_list(field_("scales")),
                 clean_text(field_("note_title")), clean_text(field_("note")))


def read(text: str, date_format: str | None = None) -> DaylioExport:
    """Read and check a whole Daylio CSV export (decoded text, BOM or not).

    ``date_format`` (a ``strptime`` format such as ``%m/%d/%Y``) reads ``full_date`` values
    that a spreadsheet rewrote. A file without its header line is read when
    :func:`guess_columns` is certain of its columns, and refused in those words otherwise.
    """
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        header = next(reader, None)
        if header is None:
            raise FormatError("the file is empty; expected a Daylio header on line 1")
        if not header:
            raise FormatError("line 1: empty; expected the Daylio header (full_date,date,...)")
        start = reader.line_num + 1
        for row in reader:
            line, start = start, reader.line_num + 1
            if row:
                rows.append((line, row))
    except csv.Error as exc:
        raise FormatError(f"line {start}: {exc}; the file may be damaged or cut short"
                          ) from None
    missing_header = False
    names = [c.strip().casefold() for c in header]
    named = names[:1] == ["full_date"] or names[:2] == ["year", "date"]
    if not named and entry_like(header):
        guessed = guess_columns(header)
        if guessed is None:
            raise FormatError(
                "line 1: the file has no header line (it starts with an entry), and moodlog "
                "cannot tell its columns from the data; add Daylio's header line "
                f"({','.join(KNOWN_HEADERS[-1])}) or export again from Daylio")
        rows.insert(0, (1, header))
        header, missing_header = list(guessed), True
    col = _header(header)
    months = None
    if "full_date" not in col:
        i = col["date"]
        months = month_reader(w for _, r in rows if len(r) > i for w in month_words(r[i]))
    entries: list[Entry] = []
    for line, row in rows:
        if len(row) == len(header) - 1:
            row = [*row, ""]  # a row missing its trailing empty field, as older exports wrote
        if len(row) != len(header):
            raise FormatError(
                f"line {line}: expected {len(header)} fields ({', '.join(header)}), found "
                f"{len(row)}; the file may be damaged or cut short")
        entries.append(_entry(row, line, col, months, date_format))
    if not entries:
        raise FormatError("the file has a Daylio header but no entries")
    ignored = tuple(c for c in col if c and c not in _REQUIRED and c not in _OPTIONAL)
    return DaylioExport(tuple(header), tuple(entries), ignored, missing_header)


def parse_mood_map(text: str) -> dict[str, int]:
    """``"rad=10,good=8"`` -> ``{"rad": 10, "good": 8}``; labels may contain spaces and '='."""
    out: dict[str, int] = {}
    for item in text.split(","):
        label, sep, value = item.rpartition("=")
        label, value = " ".join(label.split()), value.strip()
        if not sep or not label or not value.lstrip("-").isdecimal():
            raise ValueError(f"mood map entries look like LABEL=0..10, not {item.strip()!r}")
        if label_key(label) in map(label_key, out):
            raise ValueError(f"mood map: the label {label!r} is given twice")
        out[label] = check_mood(int(value), label)
    return out


def check_mood(value: object, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not MOOD_MIN <= value <= MOOD_MAX:
        raise ValueError(f"mood map: {label!r} must map to a whole number {MOOD_MIN}-{MOOD_MAX}"
                         f" (0 = worst, 10 = best), not {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class LabelUse:
    """A mood label found in the file, how often, and the 0-10 mood it maps to (None: unknown)."""

    label: str
    entries: int
    mood: int | None


def mean_mood(moods: Iterable[int]) -> int:
    """The mean of 0-10 moods rounded half up (7.5 -> 8), not to even as round() does."""
    values = list(moods)
    return (2 * sum(values) + len(values)) // (2 * len(values))


class LabelledDays:
    """What an import plan of mood words over days says of itself (Daylio's and the other
    apps' plans alike): its first and last day, the mood map in use, the words without one."""

    __slots__ = ()
    labels: tuple[LabelUse, ...]
    days: tuple[date, ...]

    @property
    def first_day(self) -> date:
        return self.days[0]

    @property
    def last_day(self) -> date:
        return self.days[-1]

    @property
    def mood_map(self) -> dict[str, int]:
        """The mapping in use for the labels of this file."""
        return {u.label: u.mood for u in self.labels if u.mood is not None}

    @property
    def unknown_labels(self) -> tuple[str, ...]:
        return tuple(u.label for u in self.labels if u.mood is None)


@dataclass(frozen=True, slots=True)
class DaylioPlan(LabelledDays):
    """What importing a Daylio file would add: for a preview, then for ``store.import_data``."""

    export: DaylioExport
    labels: tuple[LabelUse, ...]
    checkins: tuple[CheckIn, ...]  # empty while some label is unknown
    days: tuple[date, ...]
    merged_days: tuple[date, ...]  # days that had several entries
    truncated_days: tuple[date, ...] = ()
    tags: tuple[Tag, ...] = ()  # one per distinct activity name, in group "Daylio"
    moments: tuple[Moment, ...] = ()  # one per entry: its time, mood and text
    unused_map_labels: tuple[str, ...] = ()  # words of the user's map that match no label

    @property
    def entries(self) -> int:
        return len(self.export.entries)

    @property
    def merged_entries(self) -> int:
        """How many entries fell on days with several entries."""
        merged = set(self.merged_days)
        return sum(1 for e in self.export.entries if e.day in merged)

    def data(self) -> JournalData:
        """The check-ins to import; FormatError while a label has no mood."""
        unknown = [u for u in self.labels if u.mood is None]
        if unknown:
            listed = ", ".join(
                f"{u.label!r} ({u.entries} {'entry' if u.entries == 1 else 'entries'})"
                for u in unknown)
            example = ",".join(f"{u.label}=N" for u in unknown)
            raise FormatError(
                f"moodlog does not know what these Daylio mood labels mean: {listed}. Give each "
                f"a mood N from 0 (worst) to 10 (best) with --mood-map \"{example}\" (the "
                f"default map is {DEFAULT_MOOD_MAP_TEXT})")
        return JournalData(checkins=self.checkins, tags=self.tags, moments=self.moments)

    def conflicts(self, store: JournalStore) -> tuple[date, ...]:
        """Days of this plan that the journal already has a check-in for."""
        have = {c.day for c in store.checkins(self.first_day, self.last_day)}
        return tuple(d for d in self.days if d in have)


def _truncate(note: str) -> tuple[str, bool]:
    if len(note) <= NOTE_MAX:
        return note, False
    room = NOTE_MAX - len(_cut_line(len(note)))
    return note[:room].rstrip() + _cut_line(len(note) - room), True


def _cut_line(dropped: int) -> str:
    return f"\n[{dropped} more characters of this day's Daylio notes were not imported]"


def _day_note(entries: list[Entry]) -> str:
    several = len(entries) > 1
    blocks = []
    for e in entries:
        if not several and not e.has_text:
            continue
        lines = [" · ".join(x for x in (f"{e.time:%H:%M}", e.label, e.title) if x)]
        if e.note:
            lines.append(e.note)
        if e.activities:
            lines.append("Activities: " + ", ".join(e.activities))
        if e.scales:
            lines.append("Scales: " + ", ".join(e.scales))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def make_plan(export: DaylioExport, mood_map: Mapping[str, int] | None = None) -> DaylioPlan:
    """Map labels onto 0-10 (defaults overridden by ``mood_map``) and group entries by day."""
    mapping = {label_key(k): v for k, v in DEFAULT_MOOD_MAP.items()}
    for label, value in (mood_map or {}).items():
        mapping[label_key(label)] = check_mood(value, label)
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    by_day: dict[date, list[Entry]] = {}
    for e in export.entries:
        key = label_key(e.label)
        counts[key] += 1
        spelling.setdefault(key, e.label)
        by_day.setdefault(e.day, []).append(e)
    labels = tuple(sorted(
        (LabelUse(spelling[k], n, mapping.get(k)) for k, n in counts.items()),
        key=lambda u: (u.mood is None, -(u.mood or 0), -u.entries, u.label)))
    days = sorted(by_day)
    merged = tuple(d for d in days if len(by_day[d]) > 1)
    checkins: list[CheckIn] = []
    moments: list[Moment] = []
    truncated: list[date] = []
    tags = activity_tags(export.entries)
    key_of = {t.label_source: t.tag.key for t in tags}
    if all(u.mood is not None for u in labels):
        for d in days:
            # Rows run newest first: at equal times the later row is the earlier entry.
            entries = sorted(by_day[d], key=lambda e: (e.time, -e.line))
            note, cut = _truncate(_day_note(entries))
            if cut:
                truncated.append(d)
            mood = mean_mood(mapping[label_key(e.label)] for e in entries)
            day_tags = {key_of[a] for e in entries for a in e.activities}
            checkins.append(CheckIn(d, mood, note=note, tags=tuple(day_tags)))
            moments += [Moment(d, e.time, mapping[label_key(e.label)], _moment_note(e))
                        for e in entries]
    unused = tuple(label for label in (mood_map or {}) if label_key(label) not in counts)
    return DaylioPlan(export, labels, tuple(checkins), tuple(days), merged, tuple(truncated),
                      tuple(t.tag for t in tags), tuple(moments), unused)


@dataclass(frozen=True, slots=True)
class _ActivityTag:
    label_source: str  # the activity's name as Daylio wrote it
    tag: Tag


def activity_tags(entries: Iterable[Entry]) -> tuple[_ActivityTag, ...]:
    """One tag per distinct activity name, in first-seen order (oldest entry first).

    Names are kept verbatim; two names equal only after normalising (``Walk``, ``walk``) get
    distinct labels (``walk (2)``) rather than being merged.
    """
    out: list[_ActivityTag] = []
    for e in sorted(entries, key=lambda e: (e.day, e.time, -e.line)):
        for name in e.activities:
            if any(t.label_source == name for t in out):
                continue
            label = free_label(name[:80], [t.tag.label for t in out])
            key = free_key(label, [t.tag.key for t in out])
            out.append(_ActivityTag(name, Tag(key, label, "Daylio")))
    return tuple(out)


def _moment_note(e: Entry) -> str:
    text = "\n".join(x for x in (e.title, e.note) if x)
    if e.scales:
        text = "\n".join(x for x in (text, "Scales: " + ", ".join(e.scales)) if x)
    if len(text) > MOMENT_NOTE_MAX:  # the whole text is in the day's note as well
        text = text[:MOMENT_NOTE_MAX - 1] + "…"
    return text


def load(text: str, mood_map: Mapping[str, int] | None = None) -> DaylioPlan:
    """Read and plan in one step; FormatError if the file is bad or a label is unknown."""
    plan = make_plan(read(text), mood_map)
    plan.data()
    return plan



def guess_columns(row: list[str]) -> tuple[str, ...] | None:
    """The Daylio header a header-less first row must have had, when its data leave no doubt."""
    return _guess_columns(row, KNOWN_HEADERS)
