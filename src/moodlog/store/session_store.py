"""Store side of the session record: readings and session details of each treatment.

Written in the same transaction as the treatment row they belong to (``bulk.insert_treatments``)
and read back beside it (``queries.treatments``); deleting a treatment cascades to both tables.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from moodlog.core.models import Treatment
from moodlog.core.session import Reading, SessionDetails
from moodlog.store.many import insert_rows
from moodlog.store.models import ReadingRow, SessionRow


def insert_parts(s: Session, ids: Sequence[int], treatments: Sequence[Treatment]) -> None:
    """Insert the readings and (non-empty) session details of freshly inserted treatments."""
    readings = [
        {"treatment_id": tid, "position": i, **asdict(r)}
        for tid, t in zip(ids, treatments, strict=True)
        for i, r in enumerate(t.readings)
    ]
    if readings:
        insert_rows(s, ReadingRow, readings)
    details = [
        {"treatment_id": tid, **asdict(t.session)}
        for tid, t in zip(ids, treatments, strict=True)
        if not t.session.is_empty()
    ]
    if details:
        insert_rows(s, SessionRow, details)


def load_parts(s: Session, stmt_filter: Any = None) -> tuple[
        dict[int, tuple[Reading, ...]], dict[int, SessionDetails]]:
    """Readings and details by treatment id (``stmt_filter`` narrows to some treatment ids)."""
    readings: dict[int, list[Reading]] = defaultdict(list)
    q = select(ReadingRow).order_by(ReadingRow.treatment_id, ReadingRow.position)
    if stmt_filter is not None:
        q = q.where(ReadingRow.treatment_id.in_(stmt_filter))
    for r in s.execute(q).scalars():
        readings[r.treatment_id].append(Reading(r.minutes, r.systolic, r.diastolic,
                                                r.heart_rate, r.spo2))
    d = select(SessionRow)
    if stmt_filter is not None:
        d = d.where(SessionRow.treatment_id.in_(stmt_filter))
    details = {
        row.treatment_id: SessionDetails(
            row.devices, row.weight_kg, row.infusion_minutes, row.moaas, row.cadss,
            row.cadss_form, row.observed_minutes, row.ready_note)
        for row in s.execute(d).scalars()
    }
    return {k: tuple(v) for k, v in readings.items()}, details
