"""Initial schema: symptoms, check-ins, ratings, treatments, questionnaires, clinician scores.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""


import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The twelve built-in symptoms as they were when this revision was written (frozen here on
# purpose: a migration must not change when the app's catalogue does).
_BUILTINS = (
    ("sadness", "Sadness, tearfulness, hopelessness"),
    ("irritability", "Angry outbursts, irritability or frustration"),
    ("loss_of_interest", "Loss of interest in hobbies or sexual intimacy"),
    ("sleep_problems", "Problems sleeping, too much or too little"),
    ("fatigue", "Fatigue and low energy"),
    ("appetite_change", "Eating problems, sudden weight gain or loss"),
    ("anxiety", "Anxiety, tension or restlessness"),
    ("slowed", "Slowed speech, thinking or body movements"),
    ("worthlessness", "Feelings of worthlessness or guilt, self-blame"),
    ("concentration", "Trouble thinking, concentrating, deciding or remembering"),
    ("thoughts_of_death", "Preoccupation with death or suicide"),
    ("physical_pain", "Unexplained physical problems, like back pain or headaches"),
)


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    ]


def upgrade() -> None:
    symptoms = op.create_table(
        "symptoms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("label", sa.String(80), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_symptoms"),
        sa.UniqueConstraint("key", name="uq_symptoms_key"),
    )
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=False),
        sa.Column("sleep_hours", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.CheckConstraint("mood BETWEEN 0 AND 10", name="ck_checkins_mood_range"),
        sa.CheckConstraint(
            "sleep_hours IS NULL OR sleep_hours BETWEEN 0 AND 24", name="ck_checkins_sleep_range"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_checkins"),
        sa.UniqueConstraint("day", name="uq_checkins_day"),
    )
    op.create_table(
        "symptom_ratings",
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("symptom_id", sa.Integer(), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.CheckConstraint("severity BETWEEN 0 AND 3", name="ck_symptom_ratings_severity_range"),
        sa.ForeignKeyConstraint(
            ["checkin_id"], ["checkins.id"], ondelete="CASCADE",
            name="fk_symptom_ratings_checkin_id_checkins",
        ),
        sa.ForeignKeyConstraint(
            ["symptom_id"], ["symptoms.id"], ondelete="RESTRICT",
            name="fk_symptom_ratings_symptom_id_symptoms",
        ),
        sa.PrimaryKeyConstraint("checkin_id", "symptom_id", name="pk_symptom_ratings"),
    )
    op.create_index("ix_symptom_ratings_symptom_id", "symptom_ratings", ["symptom_id"])
    op.create_table(
        "treatments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("phase", sa.String(40), nullable=True),
        sa.Column("dose", sa.Float(), nullable=True),
        sa.Column("dose_unit", sa.String(10), nullable=True),
        sa.Column("clinic", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("bp_before_systolic", sa.Integer(), nullable=True),
        sa.Column("bp_before_diastolic", sa.Integer(), nullable=True),
        sa.Column("bp_after_systolic", sa.Integer(), nullable=True),
        sa.Column("bp_after_diastolic", sa.Integer(), nullable=True),
        sa.Column("hr_before", sa.Integer(), nullable=True),
        sa.Column("hr_after", sa.Integer(), nullable=True),
        sa.Column("side_effects_note", sa.Text(), nullable=False),
        *_stamps(),
        sa.CheckConstraint("dose IS NULL OR dose > 0", name="ck_treatments_dose_positive"),
        sa.CheckConstraint(
            "(dose IS NULL) = (dose_unit IS NULL)", name="ck_treatments_dose_with_unit"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_treatments"),
        sa.UniqueConstraint("at", "kind", name="uq_treatments_at_kind"),
    )
    op.create_index("ix_treatments_at", "treatments", ["at"])
    op.create_table(
        "treatment_side_effects",
        sa.Column("treatment_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "severity BETWEEN 0 AND 3", name="ck_treatment_side_effects_severity_range"
        ),
        sa.ForeignKeyConstraint(
            ["treatment_id"], ["treatments.id"], ondelete="CASCADE",
            name="fk_treatment_side_effects_treatment_id_treatments",
        ),
        sa.PrimaryKeyConstraint("treatment_id", "key", name="pk_treatment_side_effects"),
    )
    op.create_table(
        "questionnaire_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument", sa.String(20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("difficulty", sa.Integer(), nullable=True),
        *_stamps(),
        sa.CheckConstraint(
            "difficulty IS NULL OR difficulty BETWEEN 0 AND 3",
            name="ck_questionnaire_responses_difficulty",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_questionnaire_responses"),
        sa.UniqueConstraint(
            "instrument", "day", name="uq_questionnaire_responses_instrument_day"
        ),
    )
    op.create_index("ix_questionnaire_responses_day", "questionnaire_responses", ["day"])
    op.create_table(
        "questionnaire_answers",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.Integer(), nullable=False),
        sa.Column("answer", sa.Integer(), nullable=False),
        sa.CheckConstraint("answer BETWEEN 0 AND 3", name="ck_questionnaire_answers_answer_range"),
        sa.ForeignKeyConstraint(
            ["response_id"], ["questionnaire_responses.id"], ondelete="CASCADE",
            name="fk_questionnaire_answers_response_id_questionnaire_responses",
        ),
        sa.PrimaryKeyConstraint("response_id", "item", name="pk_questionnaire_answers"),
    )
    op.create_table(
        "clinician_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument", sa.String(40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.CheckConstraint("total >= 0", name="ck_clinician_scores_total_positive"),
        sa.PrimaryKeyConstraint("id", name="pk_clinician_scores"),
        sa.UniqueConstraint("instrument", "day", name="uq_clinician_scores_instrument_day"),
    )
    op.create_index("ix_clinician_scores_day", "clinician_scores", ["day"])

    op.bulk_insert(
        symptoms,
        [
            {"key": key, "label": label, "builtin": True, "hidden": False, "position": i}
            for i, (key, label) in enumerate(_BUILTINS)
        ],
    )


def downgrade() -> None:
    for table in (
        "clinician_scores",
        "questionnaire_answers",
        "questionnaire_responses",
        "treatment_side_effects",
        "treatments",
        "symptom_ratings",
        "checkins",
        "symptoms",
    ):
        op.drop_table(table)
