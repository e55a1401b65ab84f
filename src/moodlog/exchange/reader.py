"""Reading a file to import, whatever its format; shared by ``moodlog import`` and the window.

The steps, each of which can stop with a one-line ValueError before the journal is touched::

    text = reader.read_text(path)              # UTF-8, with or without a BOM
    kind = reader.sniff(path, text)            # "json", "daylio", "bearable", "pixels", ...
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
from moodlog.exchange import bearable, daylio, emoods, imoodjournal, json_format, movein, pixels
from moodlog.exchange.daylio import DaylioExport, DaylioPlan, LabelUse
from moodlog.exchange.errors import FormatError
from moodlog.exchange.movein import MoveInExport, MoveInPlan

if TYPE_CHECKING:
    from moodlog.store import JournalStore

#: The formats a file to import can have (``auto`` recognises them by their header).
KINDS = ("json", "daylio", "bearable", "imoodjournal", "pixels", "emoods")
#: The apps other than moodlog, by format, for messages and the window.
APPS = {"daylio": "Daylio", "bearable": "Bearable", "imoodjournal": "iMoodJournal",
        "pixels": "Pixels", "emoods": "eMoods"}
_OTHER_APPS = {"bearable": bearable.read, "imoodjournal": imoodjournal.read,
               "pixels": pixels.read, "emoods": emoods.read}
_SNIFF_CHARS = 4096


def read_text(path: str | Path) -> str:
    """The file's text; ValueError if it is a folder or not UTF-8, OSError if unreadable.

    An eMoods backup (a zip file) gives the text of the ``entry.csv`` inside it.
    """
    file = Path(path)
    if file.is_dir():
        raise ValueError(f"{path} is a folder, not a file")
    raw = file.read_bytes()
    if emoods.is_zip(raw):
        return emoods.unzip(raw, str(path))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ValueError(f"{path} is not UTF-8 text (line {line}, byte {exc.start}); save it "
                         "as UTF-8 and try again") from None


def sniff(path: str | Path, text: str) -> str:
    """One of :data:`KINDS`, from the start of the file; ValueError for anything else."""
    head = text[:_SNIFF_CHARS]
    if json_format.is_moodlog_json(head):
        return "json"
    if daylio.is_daylio(head):
        return "daylio"
    for kind, recognise in (("bearable", bearable.is_bearable),
                            ("imoodjournal", imoodjournal.is_imoodjournal),
                            ("emoods", emoods.is_emoods), ("pixels", pixels.is_pixels)):
        if recognise(head):
            return kind
    if daylio.looks_like_entry(head):
        raise ValueError(f"{path} looks like a Daylio export that has no header line, and "
                         "moodlog cannot tell its columns from the data; add Daylio's header "
                         f"line ({','.join(daylio.KNOWN_HEADERS[-1])}) or export again")
    if text.startswith("date,mood,"):
        raise ValueError(f"{path} is a moodlog CSV export, which is for spreadsheets; import a "
                         "moodlog JSON export instead (moodlog export json FILE)")
    raise ValueError(f"{path} is not a file moodlog can import (expected a moodlog JSON "
                     "export, or an export of Daylio, Bearable, iMoodJournal, Pixels or eMoods)")


def parse(path: str | Path, text: str, kind: str, date_format: str | None = None) -> ImportFile:
    """Read and check every record of ``text`` as ``kind``; FormatError names path and place.

    ``date_format`` (Daylio only) reads dates a spreadsheet rewrote, e.g. ``%m/%d/%Y``.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown import format {kind!r}; expected one of {', '.join(KINDS)}")
    if date_format and kind != "daylio":
        raise ValueError("--date-format only applies to Daylio files")
    try:
        if kind == "daylio":
            return ImportFile(str(path), kind, daylio_export=daylio.read(text, date_format))
        if kind in _OTHER_APPS:
            return ImportFile(str(path), kind, movein_export=_OTHER_APPS[kind](text))
        return ImportFile(str(path), kind, json_data=json_format.load(text))
    except FormatError as exc:
        raise FormatError(f"{path}: {exc}") from None


def read_file(path: str | Path, fmt: str = "auto", date_format: str | None = None) -> ImportFile:
    """Decode, recognise (when ``fmt`` is ``auto``) and parse the file at ``path``."""
    text = read_text(path)
    return parse(path, text, sniff(path, text) if fmt == "auto" else fmt, date_format)


@dataclass(frozen=True, slots=True)
class ImportFile:
    """A file read and checked, not yet mapped onto the journal: exactly one payload is set."""

    path: str
    kind: str
    json_data: JournalData | None = None
    daylio_export: DaylioExport | None = None
    movein_export: MoveInExport | None = None

    @property
    def app(self) -> str:
        """The app that wrote the file ("moodlog" for a moodlog export)."""
        return APPS.get(self.kind, "moodlog")

    def plan(self, mood_map: Mapping[str, int] | None = None) -> ImportPlan:
        """What importing would add; ``mood_map`` (other apps only) overrides default moods."""
        if self.daylio_export is not None:
            return ImportPlan(self, daylio.make_plan(self.daylio_export, mood_map))
        if self.movein_export is not None:
            return ImportPlan(self, None, movein.make_plan(self.movein_export, mood_map))
        if mood_map:
            raise ValueError("a mood map only applies to files of other apps")
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
    movein: MoveInPlan | None = None

    @property
    def mapped(self) -> DaylioPlan | MoveInPlan | None:
        """The plan of a file from another app (its moods mapped onto 0-10), or None."""
        return self.daylio if self.daylio is not None else self.movein

    @property
    def unused_map_labels(self) -> tuple[str, ...]:
        """Words of the given mood map that match no mood in the file."""
        return self.mapped.unused_map_labels if self.mapped is not None else ()

    @property
    def moodless_days(self) -> tuple[date, ...]:
        """Days the file has data for but no mood: not imported (a mood is never guessed)."""
        return self.movein.moodless_days if self.movein is not None else ()

    @property
    def kind(self) -> str:
        return self.source.kind

    @property
    def entries(self) -> int:
        """Records in the file: Daylio entries, or everything a moodlog export holds."""
        if self.mapped is not None:
            return self.mapped.entries
        return self.counts.total

    @property
    def days(self) -> tuple[date, ...]:
        """The days that get a check-in, oldest first."""
        if self.mapped is not None:
            return self.mapped.days
        return tuple(sorted({c.day for c in self._json.checkins}))

    @property
    def first_day(self) -> date | None:
        if self.mapped is not None:
            return self.mapped.first_day
        return min(_span(self._json), default=None)

    @property
    def last_day(self) -> date | None:
        if self.mapped is not None:
            return self.mapped.last_day
        return max(_span(self._json), default=None)

    @property
    def merged_days(self) -> tuple[date, ...]:
        """Days whose several Daylio entries become one check-in (none for moodlog JSON)."""
        return self.mapped.merged_days if self.mapped is not None else ()

    @property
    def merged_entries(self) -> int:
        return self.mapped.merged_entries if self.mapped is not None else 0

    @property
    def labels(self) -> tuple[LabelUse, ...]:
        """Daylio mood labels with their counts and 0-10 values (None: not known yet)."""
        return self.mapped.labels if self.mapped is not None else ()

    @property
    def unknown_labels(self) -> tuple[str, ...]:
        return self.mapped.unknown_labels if self.mapped is not None else ()

    @property
    def ready(self) -> bool:
        """Whether :meth:`data` can be called: every mood label has a value."""
        return not self.unknown_labels

    @property
    def counts(self) -> JournalCounts:
        """How many of each kind of entry the file brings, before days already in the journal."""
        if self.mapped is not None:
            days = self.mapped.days
            return JournalCounts(checkins=len(days), first_day=days[0], last_day=days[-1])
        data = self._json
        return JournalCounts(len(data.checkins), len(data.treatments), len(data.questionnaires),
                             len(data.clinician_scores), self.first_day, self.last_day)

    def data(self) -> JournalData:
        """What to hand to ``store.import_data``; FormatError while a mood label is unknown."""
        if self.mapped is None:
            return self._json
        try:
            return self.mapped.data()
        except FormatError as exc:
            raise FormatError(f"{self.source.path}: {exc}") from None

    def conflicts(self, store: JournalStore) -> tuple[date, ...]:
        """Days of this file that the journal already has a check-in for."""
        if self.mapped is not None:
            return self.mapped.conflicts(store)
        days = self.days
        if not days:
            return ()
        have = {c.day for c in store.checkins(days[0], days[-1])}
        return tuple(d for d in days if d in have)

    @property
    def _json(self) -> JournalData:
        assert self.source.json_data is not None
        return self.source.json_data
