"""The parts of moodlog JSON format version 2 about life around the treatment.

Top level: ``"tags": [{"key", "label", "group", "hidden"}]``, ``"medications": [{"key", "name",
"dose", "unit", "schedule", "active_from", "active_to"}]`` and ``"moments"`` of the days that have
no check-in (``{"date", "time", "mood", "note"}``). Each check-in: ``"tags": ["key", ...]``,
``"moments": [{"time": "HH:MM", "mood", "note"}]`` and ``"medications_taken": {"key": true|false}``
(unanswered left out). A version 1 file has none of these and reads as having none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import Any, Protocol

from moodlog.core.dates import parse_date
from moodlog.core.life import Medication, Moment, Tag, parse_moment_time
from moodlog.core.models import CheckIn, JournalData
from moodlog.exchange.errors import FormatError


class Reader(Protocol):
    """The JSON-object reader of :mod:`moodlog.exchange.json_format` (``_Obj``)."""

    where: str
    value: dict[str, Any]

    def at(self, key: str) -> str: ...
    def get(self, key: str, kind: Any, default: Any = ..., nullable: bool = False) -> Any: ...
    def list(self, key: str) -> list[Any]: ...


# ------------------------------------------------------------------------------ writing
def _moment(m: Moment, with_date: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"date": m.day.isoformat()} if with_date else {}
    out.update({"time": f"{m.at:%H:%M}", "mood": m.mood, "note": m.note})
    return out


def add_to_document(doc: dict[str, Any], data: JournalData) -> None:
    """Put the tags, medications and moments of ``data`` into an export document."""
    by_day: dict[date, list[Moment]] = defaultdict(list)
    for m in data.moments:
        by_day[m.day].append(m)
    for entry, checkin in zip(doc["checkins"], data.checkins, strict=True):
        entry["tags"] = list(checkin.tags)
        entry["moments"] = [_moment(m, False) for m in by_day.pop(checkin.day, [])]
        entry["medications_taken"] = dict(checkin.medications_taken)
    doc["tags"] = [{"key": t.key, "label": t.label, "group": t.group, "hidden": t.hidden}
                   for t in data.tags]
    doc["medications"] = [
        {"key": m.key, "name": m.name, "dose": m.dose, "unit": m.unit, "schedule": m.schedule,
         "active_from": m.active_from.isoformat() if m.active_from else None,
         "active_to": m.active_to.isoformat() if m.active_to else None}
        for m in data.medications
    ]
    doc["moments"] = [_moment(m, True) for day in sorted(by_day) for m in by_day[day]]


# ------------------------------------------------------------------------------ reading
def _build(where: str, factory: Callable[[], Any]) -> Any:
    try:
        return factory()
    except FormatError:
        raise
    except ValueError as exc:
        raise FormatError(f"{where}: {exc}") from None


def checkin_extras(o: Reader) -> dict[str, Any]:
    """The ``tags`` and ``medications_taken`` arguments of a check-in read from ``o``."""
    tags = o.list("tags")
    for i, key in enumerate(tags):
        if not isinstance(key, str):
            raise FormatError(f"{o.at('tags')}[{i}]: expected a tag key (text)")
    taken = o.get("medications_taken", dict, default={})
    return {"tags": tuple(tags), "medications_taken": dict(taken)}


def _read_moment(o: Reader, day: date | None) -> Moment:
    def make() -> Moment:
        when = day if day is not None else parse_date(o.get("date", str), "date")
        return Moment(when, parse_moment_time(o.get("time", str)), o.get("mood", int),
                      o.get("note", str, default=""))
    return _build(o.where, make)


def read_parts(
    doc: Reader, checkin_docs: Sequence[Any], checkins: Sequence[CheckIn],
    wrap: Callable[[Any, str], Reader],
) -> dict[str, tuple[Any, ...]]:
    """The ``tags``, ``medications`` and ``moments`` of a document, for JournalData."""
    tags = []
    for i, raw in enumerate(doc.list("tags")):
        o = wrap(raw, f"tags[{i}]")
        tags.append(_build(o.where, partial(_tag, o)))
    meds = []
    for i, raw in enumerate(doc.list("medications")):
        o = wrap(raw, f"medications[{i}]")
        meds.append(_build(o.where, partial(_medication, o)))
    moments = []
    for i, (raw, checkin) in enumerate(zip(checkin_docs, checkins, strict=True)):
        entry = wrap(raw, f"checkins[{i}]")
        for j, item in enumerate(entry.list("moments")):
            moments.append(_read_moment(wrap(item, f"checkins[{i}].moments[{j}]"),
                                        checkin.day))
    for i, item in enumerate(doc.list("moments")):
        moments.append(_read_moment(wrap(item, f"moments[{i}]"), None))
    moments.sort(key=lambda m: (m.day, m.at))
    return {"tags": tuple(tags), "medications": tuple(meds), "moments": tuple(moments)}


def _tag(o: Reader) -> Tag:
    return Tag(o.get("key", str), o.get("label", str), o.get("group", str, default="Other"),
               o.get("hidden", bool, default=False))


def _medication(o: Reader) -> Medication:
    return Medication(
        o.get("key", str), o.get("name", str),
        o.get("dose", (int, float), default=None, nullable=True),
        o.get("unit", str, default=""), o.get("schedule", str, default=""),
        _date(o, "active_from"), _date(o, "active_to"))


def _date(o: Reader, key: str) -> date | None:
    text = o.get(key, str, default=None, nullable=True)
    return parse_date(text, key) if text else None
