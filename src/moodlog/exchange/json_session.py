"""The parts of moodlog JSON format version 2 about the session record (issue 19).

Each treatment: ``"readings": [{"minutes", "systolic", "diastolic", "heart_rate", "spo2"}]``
(``minutes`` from the start of dosing, null = "after", time not recorded) and ``"session"``:
``{"devices", "weight_kg", "infusion_minutes", "moaas", "cadss", "cadss_form",
"observed_minutes", "ready_note"}`` or null. MOAA/S and CADSS are totals as reported by the clinic.
Files written before readings existed carry ``bp_before``/``bp_after``/``hr_before``/``hr_after``:
they read as a reading at minute 0 and one "after" without a time, exactly as the 0004 migration
turns a journal's old columns into readings.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from moodlog.core.models import Treatment
from moodlog.core.session import Reading, SessionDetails
from moodlog.exchange.errors import FormatError
from moodlog.exchange.json_life import Reader

_READING_KEYS = tuple(f.name for f in fields(Reading))
_SESSION_TYPES: dict[str, Any] = {
    "devices": int, "weight_kg": (int, float), "infusion_minutes": int, "moaas": int,
    "cadss": int, "cadss_form": str, "observed_minutes": int, "ready_note": str,
}


def dump_parts(t: Treatment) -> dict[str, Any]:
    return {
        "readings": [asdict(r) for r in t.readings],
        "session": None if t.session.is_empty() else asdict(t.session),
    }


def _build_reading(where: str, values: dict[str, Any]) -> Reading:
    try:
        return Reading(**values)
    except ValueError as exc:
        raise FormatError(f"{where}: {exc}") from None


def _legacy(o: Reader) -> tuple[Reading, ...]:
    def bp(key: str) -> tuple[int | None, int | None]:
        raw = o.get(key, dict, default=None, nullable=True)
        if raw is None:
            return None, None
        sys_, dia = raw.get("systolic"), raw.get("diastolic")
        if not isinstance(sys_, int) or not isinstance(dia, int):
            raise FormatError(f"{o.at(key)}: expected systolic and diastolic whole numbers")
        return sys_, dia

    out = []
    for minutes, part in ((0, "before"), (None, "after")):
        sys_, dia = bp(f"bp_{part}")
        hr = o.get(f"hr_{part}", int, default=None, nullable=True)
        if sys_ is not None or hr is not None:
            out.append(_build_reading(o.at(f"bp_{part}"), {
                "minutes": minutes, "systolic": sys_, "diastolic": dia, "heart_rate": hr}))
    return tuple(out)


def read_parts(o: Reader, make: Any) -> dict[str, Any]:
    """The ``readings`` and ``session`` arguments of a treatment read from ``o``.

    ``make(value, where)`` builds a reader for a nested object (json_format's ``_Obj``).
    """
    if "readings" not in o.value:
        return {"readings": _legacy(o), "session": SessionDetails()}
    readings = []
    for i, raw in enumerate(o.list("readings")):
        r = make(raw, f"{o.at('readings')}[{i}]")
        values = {key: r.get(key, int, default=None, nullable=True) for key in _READING_KEYS}
        readings.append(_build_reading(r.where, values))
    raw_session = o.get("session", dict, default=None, nullable=True)
    session = SessionDetails()
    if raw_session is not None:
        s = make(raw_session, o.at("session"))
        values = {key: s.get(key, kind, default=None, nullable=True)
                  for key, kind in _SESSION_TYPES.items()}
        values["cadss_form"] = values["cadss_form"] or "cadss"
        values["ready_note"] = values["ready_note"] or ""
        try:
            session = SessionDetails(**values)
        except ValueError as exc:
            raise FormatError(f"{s.where}: {exc}") from None
    return {"readings": tuple(readings), "session": session}
