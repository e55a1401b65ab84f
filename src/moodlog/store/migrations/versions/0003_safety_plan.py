"""The personal safety plan: one row per line of its seven sections.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""


import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The section keys as they were when this revision was written (frozen here on purpose).
_SECTIONS = ("warning_signs", "internal_coping", "social_distraction", "people_to_ask",
             "professionals", "safe_environment", "reasons_for_living")


def upgrade() -> None:
    known = ", ".join(f"'{key}'" for key in _SECTIONS)
    op.create_table(
        "safety_plan_items",
        sa.Column("section", sa.String(40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.CheckConstraint(f"section IN ({known})", name="ck_safety_plan_items_section_known"),
        sa.CheckConstraint("position >= 0", name="ck_safety_plan_items_position_positive"),
        sa.PrimaryKeyConstraint("section", "position", name="pk_safety_plan_items"),
    )


def downgrade() -> None:
    op.drop_table("safety_plan_items")
