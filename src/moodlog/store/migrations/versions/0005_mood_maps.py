"""The mood map last used for each import format, kept inside the journal.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

Until now the window kept it in ``<journal>.mood-maps.json`` beside the journal: plain text next
to an encrypted journal, and lost with a restored backup. ``JournalStore.open`` moves such a
file's maps into this table once and removes the file (store/mood_maps.py).
"""


import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mood_maps",
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("mood BETWEEN 0 AND 10", name="ck_mood_maps_mood_range"),
        sa.CheckConstraint("format <> ''", name="ck_mood_maps_format_named"),
        sa.PrimaryKeyConstraint("format", "label", name="pk_mood_maps"),
    )


def downgrade() -> None:
    op.drop_table("mood_maps")
