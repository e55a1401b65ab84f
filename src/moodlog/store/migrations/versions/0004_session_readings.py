"""Session readings and details: each treatment's before/after values become readings.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

The "before" values become the reading at minute 0 (before dosing); the "after" values a reading
whose time was never recorded (minutes NULL), so nothing is invented. Values are copied verbatim.
"""


import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_OLD = ("bp_before_systolic", "bp_before_diastolic", "bp_after_systolic", "bp_after_diastolic",
        "hr_before", "hr_after")


def upgrade() -> None:
    op.create_table(
        "treatment_readings",
        sa.Column("treatment_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("systolic", sa.Integer(), nullable=True),
        sa.Column("diastolic", sa.Integer(), nullable=True),
        sa.Column("heart_rate", sa.Integer(), nullable=True),
        sa.Column("spo2", sa.Integer(), nullable=True),
        sa.CheckConstraint("minutes IS NULL OR minutes BETWEEN 0 AND 720",
                           name="ck_treatment_readings_minutes_range"),
        sa.CheckConstraint("(systolic IS NULL) = (diastolic IS NULL)",
                           name="ck_treatment_readings_bp_pair"),
        sa.ForeignKeyConstraint(["treatment_id"], ["treatments.id"], ondelete="CASCADE",
                                name="fk_treatment_readings_treatment_id_treatments"),
        sa.PrimaryKeyConstraint("treatment_id", "position", name="pk_treatment_readings"),
    )
    op.create_table(
        "treatment_sessions",
        sa.Column("treatment_id", sa.Integer(), nullable=False),
        sa.Column("devices", sa.Integer(), nullable=True),
        sa.Column("weight_kg", sa.Float(), nullable=True),
        sa.Column("infusion_minutes", sa.Integer(), nullable=True),
        sa.Column("moaas", sa.Integer(), nullable=True),
        sa.Column("cadss", sa.Integer(), nullable=True),
        sa.Column("cadss_form", sa.String(10), nullable=False),
        sa.Column("observed_minutes", sa.Integer(), nullable=True),
        sa.Column("ready_note", sa.Text(), nullable=False),
        sa.CheckConstraint("moaas IS NULL OR moaas BETWEEN 0 AND 5",
                           name="ck_treatment_sessions_moaas_range"),
        sa.CheckConstraint("cadss_form IN ('cadss', 'cadss6')",
                           name="ck_treatment_sessions_cadss_form_known"),
        sa.ForeignKeyConstraint(["treatment_id"], ["treatments.id"], ondelete="CASCADE",
                                name="fk_treatment_sessions_treatment_id_treatments"),
        sa.PrimaryKeyConstraint("treatment_id", name="pk_treatment_sessions"),
    )
    # moodlog 1 stored SYS/DIA as a pair (both or neither), which the new check also demands.
    op.execute(
        "INSERT INTO treatment_readings (treatment_id, position, minutes, systolic, diastolic, "
        "heart_rate) SELECT id, 0, 0, bp_before_systolic, bp_before_diastolic, hr_before "
        "FROM treatments WHERE bp_before_systolic IS NOT NULL OR hr_before IS NOT NULL")
    op.execute(
        "INSERT INTO treatment_readings (treatment_id, position, minutes, systolic, diastolic, "
        "heart_rate) SELECT id, CASE WHEN bp_before_systolic IS NOT NULL OR hr_before IS NOT "
        "NULL THEN 1 ELSE 0 END, NULL, bp_after_systolic, bp_after_diastolic, hr_after "
        "FROM treatments WHERE bp_after_systolic IS NOT NULL OR hr_after IS NOT NULL")
    # SQLite 3.35+ drops a column in place: no table copy, so no cascade to the side effects.
    for column in _OLD:
        op.execute(f"ALTER TABLE treatments DROP COLUMN {column}")


def downgrade() -> None:
    for column in _OLD:
        op.add_column("treatments", sa.Column(column, sa.Integer(), nullable=True))
    op.execute(
        "UPDATE treatments SET (bp_before_systolic, bp_before_diastolic, hr_before) = "
        "(SELECT systolic, diastolic, heart_rate FROM treatment_readings r WHERE "
        "r.treatment_id = treatments.id AND r.minutes = 0 ORDER BY position LIMIT 1)")
    op.execute(
        "UPDATE treatments SET (bp_after_systolic, bp_after_diastolic, hr_after) = "
        "(SELECT systolic, diastolic, heart_rate FROM treatment_readings r WHERE "
        "r.treatment_id = treatments.id AND (r.minutes IS NULL OR r.minutes > 0) "
        "ORDER BY position DESC LIMIT 1)")
    op.drop_table("treatment_sessions")
    op.drop_table("treatment_readings")
