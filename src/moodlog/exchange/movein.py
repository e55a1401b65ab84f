"""What every importer from another mood tracker shares: readings, days, and the plan.

An importer (Bearable, iMoodJournal, Pixels, eMoods) reads its file into a :class:`MoveInExport`:
the *readings* (each entry that carries a mood, as the app's own word or number, and the time
when the app has one) and the *days* (symptom ratings on moodlog's 0-3 scale, sleep, tag names
and labelled lines for the day's note). :func:`make_plan` then maps mood words onto 0-10 through
the importer's documented default map overridden by the user's ``--mood-map``, exactly as for
Daylio: several moods on a day become one check-in with their mean rounded half up, each reading
with a time becomes a moment. A day with no mood at all cannot be a check-in (moodlog's mood is
never guessed); such days are listed in ``moodless_days`` and imported as nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from typing import TYPE_CHECKING

from moodlog.core.life import (
    LABEL_MAX,
    MOMENT_NOTE_MAX,
    Medication,
    Moment,
    Tag,
    free_key,
    free_label,
    normalise_label,
)
from moodlog.core.models import NOTE_MAX, CheckIn, JournalData, SymptomDef
from moodlog.core.plain_text import is_refused
from moodlog.exchange.daylio import LabelledDays, LabelUse, check_mood, mean_mood
from moodlog.exchange.daylio_layout import label_key as _label_key
from moodlog.exchange.errors import FormatError

if TYPE_CHECKING:
    from moodlog.store import JournalStore


@dataclass(frozen=True, slots=True)
class Reading:
    """One mood the file records: where, when, the app's word for it, and its text."""

    line: int
    day: date
    at: time | None
    mood: str
    note: str = ""
    when: str = ""  # the app's part of the day ("pm") when it has no clock time


@dataclass(slots=True)
class DayDraft:
    """What a file says about one day besides its moods; filled in while reading."""

    day: date
    ratings: dict[str, int] = field(default_factory=dict)
    sleep_hours: float | None = None
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Medications recorded as taken: (name, unit, amount or None, the row as a note line).
    meds: list[tuple[str, str, float | None, str]] = field(default_factory=list)

    def tag(self, name: str) -> None:
        # Nothing a label refuses: control characters (C1 ones such as U+0080 included),
        # invisible formatting (a stray U+FEFF) and the like.
        if not (name.isascii() and name.isprintable()):  # else nothing refused: no need to look
            name = "".join(c for c in name if not is_refused(c))
        name = " ".join(name.split())
        if name and name not in self.tags:
            self.tags.append(name)

    def rate(self, key: str, severity: int) -> None:
        """Keep the worst severity a day reports for a symptom."""
        self.ratings[key] = max(severity, self.ratings.get(key, severity))


@dataclass(frozen=True, slots=True)
class MoveInExport:
    """A whole file of another app, read and checked, not yet mapped onto moodlog's mood."""

    kind: str  # "bearable", "imoodjournal", "pixels", "emoods"
    app: str  # the app's name, also the group of its tags
    records: int  # rows or entries in the file
    readings: tuple[Reading, ...]
    days: tuple[DayDraft, ...]
    default_map: Mapping[str, int]
    symptoms: tuple[SymptomDef, ...] = ()
    about: tuple[str, ...] = ()  # lines for the import report: how the file was read


class Days:
    """The day drafts of a file being read, created on first mention."""

    def __init__(self) -> None:
        self._days: dict[date, DayDraft] = {}

    def __getitem__(self, day: date) -> DayDraft:
        draft = self._days.get(day)
        if draft is None:
            draft = self._days[day] = DayDraft(day)
        return draft

    def all(self) -> tuple[DayDraft, ...]:
        return tuple(self._days[d] for d in sorted(self._days))


def scale_map(low: int, high: int) -> dict[str, int]:
    """A 1..N scale onto 0-10, linear, rounded half up: 1-5 gives 0, 3, 5, 8, 10."""
    span = high - low
    return {str(v): (20 * (v - low) + span) // (2 * span) for v in range(low, high + 1)}


@dataclass(frozen=True, slots=True)
class MoveInPlan(LabelledDays):
    """What importing the file would add; the same questions as a Daylio plan answers."""

    export: MoveInExport
    labels: tuple[LabelUse, ...]
    checkins: tuple[CheckIn, ...]  # empty while some label is unknown
    days: tuple[date, ...]
    merged_days: tuple[date, ...]
    moodless_days: tuple[date, ...]
    truncated_days: tuple[date, ...] = ()
    tags: tuple[Tag, ...] = ()
    moments: tuple[Moment, ...] = ()
    unused_map_labels: tuple[str, ...] = ()
    medications: tuple[Medication, ...] = ()

    @property
    def entries(self) -> int:
        return self.export.records

    @property
    def merged_entries(self) -> int:
        merged = set(self.merged_days)
        return sum(1 for r in self.export.readings if r.day in merged)

    def data(self) -> JournalData:
        """The records to import; FormatError while a mood word has no 0-10 value."""
        unknown = [u for u in self.labels if u.mood is None]
        if unknown:
            listed = ", ".join(f"{u.label!r} ({u.entries})" for u in unknown)
            example = ",".join(f"{u.label}=N" for u in unknown)
            raise FormatError(
                f"moodlog does not know what these {self.export.app} moods mean: {listed}. "
                f"Give each a mood N from 0 (worst) to 10 (best) with --mood-map \"{example}\"")
        used = {k for c in self.checkins for k in c.ratings}
        symptoms = tuple(s for s in self.export.symptoms if s.key in used)
        return JournalData(symptoms=symptoms, checkins=self.checkins,
                           tags=self.tags, moments=self.moments, medications=self.medications)

    def conflicts(self, store: JournalStore) -> tuple[date, ...]:
        if not self.days:
            return ()
        have = {c.day for c in store.checkins(self.first_day, self.last_day)}
        return tuple(d for d in self.days if d in have)


def _tags(drafts: Iterable[DayDraft], group: str) -> dict[str, Tag]:
    out: dict[str, Tag] = {}
    for draft in drafts:
        for name in draft.tags:
            if name not in out:
                label = free_label(name[:80], [t.label for t in out.values()])
                out[name] = Tag(free_key(label, [t.key for t in out.values()]), label, group)
    return out


@dataclass(frozen=True, slots=True)
class _Meds:
    """The medications of a file: one record per name and unit, and who took what when."""

    records: tuple[Medication, ...]
    keys: dict[tuple[str, str], str]  # (folded name, unit) -> key
    varying: frozenset[str]  # keys whose amount changes: each day's amount stays in its note


def _medications(drafts: Iterable[DayDraft]) -> _Meds:
    """One :class:`Medication` per name and unit, its dose the amount when it never changes
    (else none, and each day's note keeps its line), active from its first to its last day."""
    seen: dict[tuple[str, str], list[tuple[date, float | None, str]]] = {}
    for draft in drafts:
        for name, unit, amount, _ in draft.meds:
            seen.setdefault((normalise_label(name), unit), []).append((draft.day, amount, name))
    units: Counter[str] = Counter(folded for folded, _ in seen)
    records: list[Medication] = []
    keys: dict[tuple[str, str], str] = {}
    varying: set[str] = set()
    for (folded, unit), uses in seen.items():
        name = uses[0][2][:LABEL_MAX]
        if units[folded] > 1 and unit:  # Magnesium (mg) and Magnesium (g) stay two
            name = f"{name[:LABEL_MAX - len(unit) - 3]} ({unit})"
        name = free_label(name, [m.name for m in records])
        key = free_key(name, [m.key for m in records])
        amounts = {a for _, a, _ in uses}
        dose = next(iter(amounts)) if len(amounts) == 1 else None
        if len(amounts) > 1:
            varying.add(key)
        days = [d for d, _, _ in uses]
        records.append(Medication(key, name, dose, unit[:20], active_from=min(days),
                                  active_to=max(days)))
        keys[(folded, unit)] = key
    return _Meds(tuple(records), keys, frozenset(varying))


def _cut(note: str, app: str) -> tuple[str, bool]:
    if len(note) <= NOTE_MAX:
        return note, False
    line = f"\n[{{}} more characters of this day's {app} notes were not imported]"
    room = NOTE_MAX - len(line.format(len(note)))
    return note[:room].rstrip() + line.format(len(note) - room), True


def _reading_line(r: Reading) -> str:
    head = " · ".join(x for x in (f"{r.at:%H:%M}" if r.at else r.when, f"mood {r.mood}") if x)
    return f"{head}\n{r.note}" if r.note else head


def make_plan(export: MoveInExport, mood_map: Mapping[str, int] | None = None) -> MoveInPlan:
    """Map mood words onto 0-10 (the importer's defaults, then ``mood_map``); one day each."""
    mapping = {_label_key(k): v for k, v in export.default_map.items()}
    for label, value in (mood_map or {}).items():
        mapping[_label_key(label)] = check_mood(value, label)
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    by_day: dict[date, list[Reading]] = {}
    for r in export.readings:
        counts[_label_key(r.mood)] += 1
        spelling.setdefault(_label_key(r.mood), r.mood)
        by_day.setdefault(r.day, []).append(r)
    labels = tuple(sorted(
        (LabelUse(spelling[k], n, mapping.get(k)) for k, n in counts.items()),
        key=lambda u: (u.mood is None, -(u.mood or 0), -u.entries, u.label)))
    drafts = {d.day: d for d in export.days}
    days = sorted(by_day)
    moodless = tuple(sorted(d for d in drafts if d not in by_day))
    tags = _tags((drafts[d] for d in days if d in drafts), export.app)
    meds = _medications(drafts[d] for d in days if d in drafts)
    checkins: list[CheckIn] = []
    moments: list[Moment] = []
    truncated: list[date] = []
    if all(u.mood is not None for u in labels):
        for d in days:
            readings = sorted(by_day[d], key=lambda r: (r.at is None, r.at or time(), r.line))
            draft = drafts.get(d, DayDraft(d))
            taken = {meds.keys[(normalise_label(n), u)]: line for n, u, _, line in draft.meds}
            lines = [*draft.notes, *(line for k, line in taken.items() if k in meds.varying)]
            texts = [_reading_line(r) for r in readings if len(readings) > 1 or r.note]
            note, cut = _cut("\n\n".join(x for x in ("\n".join(lines), *texts) if x),
                             export.app)
            if cut:
                truncated.append(d)
            moods = [mapping[_label_key(r.mood)] for r in readings]
            checkins.append(CheckIn(d, mean_mood(moods), ratings=draft.ratings,
                                    sleep_hours=draft.sleep_hours, note=note,
                                    tags=tuple(tags[n].key for n in draft.tags),
                                    medications_taken=dict.fromkeys(taken, True)))
            moments += [Moment(d, r.at, mood, r.note[:MOMENT_NOTE_MAX])
                        for r, mood in zip(readings, moods, strict=True) if r.at is not None]
    unused = tuple(label for label in (mood_map or {}) if _label_key(label) not in counts)
    return MoveInPlan(export, labels, tuple(checkins), tuple(days),
                      tuple(d for d in days if len(by_day[d]) > 1), moodless, tuple(truncated),
                      tuple(tags.values()), tuple(moments), unused, meds.records)
