"""Reading a file to import, whatever its format; shared by ``moodlog import`` and the window.

The steps, each of which can stop with a one-line ValueError before the journal is touched::

    text = reader.read_text(path)              # UTF-8, with or without a BOM
    kind = reader.sniff(path, text)            # "json" (a moodlog export) or "daylio"
    source = reader.parse(path, text, kind)    # every record checked (FormatError: place, field)
    plan = source.plan(mood_map)               # cheap: redo it whenever the mood map changes
    plan.days, plan.first_day, plan.merged_days, plan.unknown_labels, plan.conflicts(store)
    store.import_data(plan.data(), replace=...)  # one all-or-nothing transaction

:func:`read_file` does the first three steps in one call.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from moodlog.core.models import JournalCounts, JournalData
from moodlog.exchange import daylio, json_format
from moodlog.exchange.daylio import DaylioExport, DaylioPlan, LabelUse
from moodlog.exchange.errors import FormatError

if TYPE_CHECKING:
    from moodlog.store import JournalStore

#: The formats a file to import can have (``auto`` recognises them by their header).
KINDS = ("json", "daylio")
_SNIFF_CHARS = 4096


def read_text(path: str | Path) -> str:
    """The file's text; ValueError if it is a folder or not UTF-8, OSError if unreadable."""
    file = Path(path)
    if file.is_dir():
        raise ValueError(f"{path} is a folder, not a file")
    raw = file.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ValueError(f"{path} is not UTF-8 text (line {line}, byte {exc.start}); save it "
                         "as UTF-8 and try again") from None


def sniff(path: str | Path, text: str) -> str:
    """``"json"`` or ``"daylio"``, from the start of the file; ValueError for anything else."""
    head = text[:_SNIFF_CHARS]
    if json_format.is_moodlog_json(head):
        return "json"
    if daylio.is_daylio(head):
        return "daylio"
    if text.startswith("date,mood,"):
        raise ValueError(f"{path} is a moodlog CSV export, which is for spreadsheets; import a "
                         "moodlog JSON export instead (moodlog export json FILE)")
    raise ValueError(f"{path} is not a file moodlog can import (expected a moodlog JSON "
                     "export or a Daylio CSV export)")


def parse(path: str | Path, text: str, kind: str) -> ImportFile:
    """Read and check every record of ``text`` as ``kind``; FormatError names path and place."""
    if kind not in KINDS:
        raise ValueError(f"unknown import format {kind!r}; expected one of {', '.join(KINDS)}")
    try:
        if kind == "daylio":
            return ImportFile(str(path), kind, daylio_export=daylio.read(text))
        return ImportFile(str(path), kind, json_data=json_format.load(text))
    except FormatError as exc:
        raise FormatError(f"{path}: {exc}") from None


def read_file(path: str | Path, fmt: str = "auto") -> ImportFile:
    """Decode, recognise (when ``fmt`` is ``auto``) and parse the file at ``path``."""
    text = read_text(path)
    return parse(path, text, sniff(path, text) if fmt == "auto" else fmt)


@dataclass(frozen=True, slots=True)
class ImportFile:
    """A file read and checked, not yet mapped onto the journal: exactly one payload is set."""

    path: str
    kind: str
    json_data: JournalData | None = None
    daylio_export: DaylioExport | None = None

    def plan(self, mood_map: Mapping[str, int] | None = None) -> ImportPlan:
        """What importing would add; ``mood_map`` (Daylio only) overrides the default labels."""
        if self.daylio_export is not None:
            return ImportPlan(self, daylio.make_plan(self.daylio_export, mood_map))
        if mood_map:
            raise ValueError("a mood map only applies to Daylio files")
        assert self.json_data is not None
        return ImportPlan(self, None)


def _span(data: JournalData) -> list[date]:
    days = [c.day for c in data.checkins]
    days += [t.at.date() for t in data.treatments]
    days += [q.day for q in data.questionnaires]
    days += [s.day for s in data.clinician_scores]
    return days


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """A preview of an import, the same for both formats, and the data to write."""

    source: ImportFile
    daylio: DaylioPlan | None

    @property
    def kind(self) -> str:
        return self.source.kind

    @property
    def entries(self) -> int:
        """Records in the file: Daylio entries, or everything a moodlog export holds."""
        if self.daylio is not None:
            return self.daylio.entries
        return self.counts.total

    @property
    def days(self) -> tuple[date, ...]:
        """The days that get a check-in, oldest first."""
        if self.daylio is not None:
            return self.daylio.days
        return tuple(sorted({c.day for c in self._json.checkins}))

    @property
    def first_day(self) -> date | None:
        if self.daylio is not None:
            return self.daylio.first_day
        return min(_span(self._json), default=None)

    @property
    def last_day(self) -> date | None:
        if self.daylio is not None:
            return self.daylio.last_day
        return max(_span(self._json), default=None)

    @property
    def merged_days(self) -> tuple[date, ...]:
        """Days whose several Daylio entries become one check-in (none for moodlog JSON)."""
        return self.daylio.merged_days if self.daylio is not None else ()

    @property
    def merged_entries(self) -> int:
        return self.daylio.merged_entries if self.daylio is not None else 0

    @property
    def labels(self) -> tuple[LabelUse, ...]:
        """Daylio mood labels with their counts and 0-10 values (None: not known yet)."""
        return self.daylio.labels if self.daylio is not None else ()

    @property
    def unknown_labels(self) -> tuple[str, ...]:
        return self.daylio.unknown_labels if self.daylio is not None else ()

    @property
    def ready(self) -> bool:
        """Whether :meth:`data` can be called: every mood label has a value."""
        return not self.unknown_labels

    @property
    def counts(self) -> JournalCounts:
        """How many of each kind of entry the file brings, before days already in the journal."""
        if self.daylio is not None:
            days = self.daylio.days
            return JournalCounts(checkins=len(days), first_day=days[0], last_day=days[-1])
        data = self._json
        return JournalCounts(len(data.checkins), len(data.treatments), len(data.questionnaires),
                             len(data.clinician_scores), self.first_day, self.last_day)

    def data(self) -> JournalData:
        """What to hand to ``store.import_data``; FormatError while a mood label is unknown."""
        if self.daylio is None:
            return self._json
        try:
            return self.daylio.data()
        except FormatError as exc:
            raise FormatError(f"{self.source.path}: {exc}") from None

    def conflicts(self, store: JournalStore) -> tuple[date, ...]:
        """Days of this file that the journal already has a check-in for."""
        if self.daylio is not None:
            return self.daylio.conflicts(store)
        days = self.days
        if not days:
            return ()
        have = {c.day for c in store.checkins(days[0], days[-1])}
        return tuple(d for d in days if d in have)

    @property
    def _json(self) -> JournalData:
        assert self.source.json_data is not None
        return self.source.json_data
