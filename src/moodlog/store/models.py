"""The database schema as SQLAlchemy 2.0 typed ORM models.

The schema itself is owned by the Alembic revisions in ``migrations/versions``; a test checks that
these models and the migrated database agree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import cast

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Insert,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    insert,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCTimestamp(TypeDecorator[datetime]):
    """A timezone-aware instant stored as ISO 8601 text in UTC (sortable, unambiguous)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC timestamp column")
        return value.astimezone(UTC).isoformat(timespec="milliseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SymptomRow(Base):
    __tablename__ = "symptoms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(80))
    builtin: Mapped[bool] = mapped_column(default=False)
    hidden: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(Integer)


class CheckInRow(Base):
    __tablename__ = "checkins"
    __table_args__ = (
        CheckConstraint("mood BETWEEN 0 AND 10", name="mood_range"),
        CheckConstraint("sleep_hours IS NULL OR sleep_hours BETWEEN 0 AND 24", name="sleep_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    mood: Mapped[int] = mapped_column(Integer)
    sleep_hours: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCTimestamp)
    updated_at: Mapped[datetime] = mapped_column(UTCTimestamp)


class SymptomRatingRow(Base):
    __tablename__ = "symptom_ratings"
    __table_args__ = (CheckConstraint("severity BETWEEN 0 AND 3", name="severity_range"),)

    checkin_id: Mapped[int] = mapped_column(
        ForeignKey("checkins.id", ondelete="CASCADE"), primary_key=True
    )
    symptom_id: Mapped[int] = mapped_column(
        ForeignKey("symptoms.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    severity: Mapped[int] = mapped_column(Integer)


class TreatmentRow(Base):
    __tablename__ = "treatments"
    __table_args__ = (
        UniqueConstraint("at", "kind"),
        CheckConstraint("dose IS NULL OR dose > 0", name="dose_positive"),
        CheckConstraint("(dose IS NULL) = (dose_unit IS NULL)", name="dose_with_unit"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Local wall-clock time of the session, like a check-in's calendar date.
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    phase: Mapped[str | None] = mapped_column(String(40))
    dose: Mapped[float | None] = mapped_column(Float)
    dose_unit: Mapped[str | None] = mapped_column(String(10))
    clinic: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    side_effects_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCTimestamp)
    updated_at: Mapped[datetime] = mapped_column(UTCTimestamp)


class SideEffectRow(Base):
    __tablename__ = "treatment_side_effects"
    __table_args__ = (CheckConstraint("severity BETWEEN 0 AND 3", name="severity_range"),)

    treatment_id: Mapped[int] = mapped_column(
        ForeignKey("treatments.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    severity: Mapped[int] = mapped_column(Integer)


class ReadingRow(Base):
    """One set of vital signs during a session; ``minutes`` NULL = "after", time not recorded."""

    __tablename__ = "treatment_readings"
    __table_args__ = (
        CheckConstraint("minutes IS NULL OR minutes BETWEEN 0 AND 720", name="minutes_range"),
        CheckConstraint("(systolic IS NULL) = (diastolic IS NULL)", name="bp_pair"),
    )

    treatment_id: Mapped[int] = mapped_column(
        ForeignKey("treatments.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    minutes: Mapped[int | None]
    systolic: Mapped[int | None]
    diastolic: Mapped[int | None]
    heart_rate: Mapped[int | None]
    spo2: Mapped[int | None]


class SessionRow(Base):
    """Dose as given, the clinic's reported totals and the end of observation, per session."""

    __tablename__ = "treatment_sessions"
    __table_args__ = (
        CheckConstraint("moaas IS NULL OR moaas BETWEEN 0 AND 5", name="moaas_range"),
        CheckConstraint("cadss_form IN ('cadss', 'cadss6')", name="cadss_form_known"),
    )

    treatment_id: Mapped[int] = mapped_column(
        ForeignKey("treatments.id", ondelete="CASCADE"), primary_key=True
    )
    devices: Mapped[int | None]
    weight_kg: Mapped[float | None] = mapped_column(Float)
    infusion_minutes: Mapped[int | None]
    moaas: Mapped[int | None]
    cadss: Mapped[int | None]
    cadss_form: Mapped[str] = mapped_column(String(10), default="cadss")
    observed_minutes: Mapped[int | None]
    ready_note: Mapped[str] = mapped_column(Text, default="")


class QuestionnaireRow(Base):
    __tablename__ = "questionnaire_responses"
    __table_args__ = (
        UniqueConstraint("instrument", "day"),
        CheckConstraint("difficulty IS NULL OR difficulty BETWEEN 0 AND 3", name="difficulty"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date, index=True)
    difficulty: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(UTCTimestamp)
    updated_at: Mapped[datetime] = mapped_column(UTCTimestamp)


class AnswerRow(Base):
    """One answered item; an unanswered item has no row."""

    __tablename__ = "questionnaire_answers"
    __table_args__ = (CheckConstraint("answer BETWEEN 0 AND 3", name="answer_range"),)

    response_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaire_responses.id", ondelete="CASCADE"), primary_key=True
    )
    item: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1-based
    answer: Mapped[int] = mapped_column(Integer)


class ClinicianScoreRow(Base):
    __tablename__ = "clinician_scores"
    __table_args__ = (
        UniqueConstraint("instrument", "day"),
        CheckConstraint("total >= 0", name="total_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument: Mapped[str] = mapped_column(String(40))
    day: Mapped[date] = mapped_column(Date, index=True)
    total: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCTimestamp)


# ------------------------------------------------------------------ life around the treatment
class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(80))
    group_label: Mapped[str] = mapped_column(String(80))
    hidden: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(Integer)


class CheckInTagRow(Base):
    __tablename__ = "checkin_tags"

    checkin_id: Mapped[int] = mapped_column(
        ForeignKey("checkins.id", ondelete="CASCADE"), primary_key=True
    )
    # RESTRICT: a tag in use cannot vanish with a day's tags; it is hidden instead.
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class MomentRow(Base):
    """'How are you now' at a local wall-clock time; a day may have many, and no check-in."""

    __tablename__ = "moments"
    # Not unique per minute: Daylio has entries at the same minute, and both are kept.
    __table_args__ = (CheckConstraint("mood BETWEEN 0 AND 10", name="mood_range"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    at: Mapped[str] = mapped_column(String(5))  # HH:MM, sorts as text
    mood: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCTimestamp)


class MedicationRow(Base):
    __tablename__ = "medications"
    __table_args__ = (CheckConstraint("dose IS NULL OR dose > 0", name="dose_positive"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    dose: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20), default="")
    schedule: Mapped[str] = mapped_column(String(200), default="")
    active_from: Mapped[date | None] = mapped_column(Date)
    active_to: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer)


class IntakeRow(Base):
    """Taken or not taken on a check-in's day; an unanswered medication has no row."""

    __tablename__ = "medication_intake"

    checkin_id: Mapped[int] = mapped_column(
        ForeignKey("checkins.id", ondelete="CASCADE"), primary_key=True
    )
    medication_id: Mapped[int] = mapped_column(
        ForeignKey("medications.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    taken: Mapped[bool] = mapped_column()
class SafetyPlanItemRow(Base):
    """One line of the safety plan; in the people sections, ``text`` is the contact's name."""

    __tablename__ = "safety_plan_items"
    __table_args__ = (
        CheckConstraint(
            "section IN ('warning_signs', 'internal_coping', 'social_distraction', "
            "'people_to_ask', 'professionals', 'safe_environment', 'reasons_for_living')",
            name="section_known"),
        CheckConstraint("position >= 0", name="position_positive"),
    )

    section: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCTimestamp)


class MoodMapRow(Base):
    """One word of the mood map last used to import a format (``daylio``, ``bearable`` ...)."""

    __tablename__ = "mood_maps"
    __table_args__ = (
        CheckConstraint("mood BETWEEN 0 AND 10", name="mood_range"),
        CheckConstraint("format <> ''", name="format_named"),
    )

    format: Mapped[str] = mapped_column(String(20), primary_key=True)
    label: Mapped[str] = mapped_column(Text, primary_key=True)
    mood: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)


def core_insert(model: type[Base]) -> Insert:
    """A Core INSERT into ``model``'s table: executemany without the ORM's per-row bookkeeping
    (about a third of the Python time of an ORM bulk insert)."""
    return insert(cast(Table, model.__table__))
