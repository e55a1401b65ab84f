"""Life around the treatment: tags, moments, medications and their intake, full-text search.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""


import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen here on purpose (a migration must not change when the app does): the default tag
# groups, and the search index with its triggers and the statements that fill it.
_DEFAULT_TAGS = (
    ('People', ('family', 'friends', 'partner', 'colleagues', 'alone')),
    ('Activities', ('work', 'walk', 'exercise', 'outdoors', 'hobby', 'chores', 'screen time')),
    ('Health', ('therapy', 'meditation', 'alcohol', 'caffeine', 'good meal', 'skipped meal')),
    ('Sleep', ('nap', 'late night', 'woke up at night')),
)

_SEARCH = (
    ('CREATE VIRTUAL TABLE search_index USING fts5(body, kind UNINDEXED, day UNINDEXED, '
     "at UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"),
    ("CREATE TRIGGER search_checkins_ai AFTER INSERT ON checkins WHEN new.note <> '' "
     'BEGIN INSERT INTO search_index (rowid, body, kind, day, at)  VALUES (new.id * 8, '
     "new.note, 'checkin_note', new.day, ''); END"),
    ('CREATE TRIGGER search_checkins_ad AFTER DELETE ON checkins BEGIN DELETE FROM '
     'search_index WHERE rowid IN (old.id * 8, old.id * 8 + 1); END'),
    ('CREATE TRIGGER search_checkins_au AFTER UPDATE OF note, day ON checkins BEGIN '
     'DELETE FROM search_index WHERE rowid = old.id * 8; INSERT INTO search_index (rowid, '
     "body, kind, day, at)  SELECT new.id * 8, new.note, 'checkin_note', new.day, '' "
     "WHERE new.note <> ''; END"),
    ('CREATE TRIGGER search_checkin_tags_ai AFTER INSERT ON checkin_tags BEGIN DELETE '
     'FROM search_index WHERE rowid = new.checkin_id * 8 + 1; INSERT INTO search_index '
     "(rowid, body, kind, day, at)  SELECT ct.checkin_id * 8 + 1, group_concat(t.label, ' "
     "· '), 'checkin_tags', c.day, '' FROM checkin_tags ct JOIN tags t ON t.id = "
     'ct.tag_id JOIN checkins c ON c.id = ct.checkin_id  WHERE ct.checkin_id = '
     'new.checkin_id HAVING count(*) > 0; END'),
    ('CREATE TRIGGER search_checkin_tags_ad AFTER DELETE ON checkin_tags BEGIN DELETE '
     'FROM search_index WHERE rowid = old.checkin_id * 8 + 1; INSERT INTO search_index '
     "(rowid, body, kind, day, at)  SELECT ct.checkin_id * 8 + 1, group_concat(t.label, ' "
     "· '), 'checkin_tags', c.day, '' FROM checkin_tags ct JOIN tags t ON t.id = "
     'ct.tag_id JOIN checkins c ON c.id = ct.checkin_id  WHERE ct.checkin_id = '
     'old.checkin_id HAVING count(*) > 0; END'),
    ('CREATE TRIGGER search_tags_au AFTER UPDATE OF label ON tags BEGIN DELETE FROM '
     'search_index WHERE rowid IN (SELECT checkin_id * 8 + 1 FROM checkin_tags WHERE '
     'tag_id = new.id); INSERT INTO search_index (rowid, body, kind, day, at)  SELECT '
     "ct.checkin_id * 8 + 1, group_concat(t.label, ' · '), 'checkin_tags', c.day, '' FROM "
     'checkin_tags ct JOIN tags t ON t.id = ct.tag_id JOIN checkins c ON c.id = '
     'ct.checkin_id  WHERE ct.checkin_id IN (SELECT checkin_id FROM checkin_tags WHERE '
     'tag_id = new.id) GROUP BY ct.checkin_id; END'),
    ("CREATE TRIGGER search_moments_ai AFTER INSERT ON moments WHEN new.note <> '' BEGIN "
     'INSERT INTO search_index (rowid, body, kind, day, at)  VALUES (new.id * 8 + 2, '
     "new.note, 'moment', new.day, new.at); END"),
    ('CREATE TRIGGER search_moments_ad AFTER DELETE ON moments BEGIN DELETE FROM '
     'search_index WHERE rowid = old.id * 8 + 2; END'),
    ('CREATE TRIGGER search_moments_au AFTER UPDATE ON moments BEGIN DELETE FROM '
     'search_index WHERE rowid = old.id * 8 + 2; INSERT INTO search_index (rowid, body, '
     "kind, day, at)  SELECT new.id * 8 + 2, new.note, 'moment', new.day, new.at WHERE "
     "new.note <> ''; END"),
    ('CREATE TRIGGER search_treatments_ai AFTER INSERT ON treatments BEGIN INSERT INTO '
     'search_index (rowid, body, kind, day, at)  SELECT new.id * 8 + 3, new.note, '
     "'treatment_note', date(new.at), strftime('%H:%M', new.at) WHERE new.note <> ''; "
     'INSERT INTO search_index (rowid, body, kind, day, at)  SELECT new.id * 8 + 4, '
     "new.side_effects_note, 'side_effects_note', date(new.at), strftime('%H:%M', new.at) "
     "WHERE new.side_effects_note <> ''; END"),
    ('CREATE TRIGGER search_treatments_ad AFTER DELETE ON treatments BEGIN DELETE FROM '
     'search_index WHERE rowid IN (old.id * 8 + 3, old.id * 8 + 4); END'),
    ('CREATE TRIGGER search_treatments_au AFTER UPDATE ON treatments BEGIN DELETE FROM '
     'search_index WHERE rowid IN (old.id * 8 + 3, old.id * 8 + 4); INSERT INTO '
     'search_index (rowid, body, kind, day, at)  SELECT new.id * 8 + 3, new.note, '
     "'treatment_note', date(new.at), strftime('%H:%M', new.at) WHERE new.note <> ''; "
     'INSERT INTO search_index (rowid, body, kind, day, at)  SELECT new.id * 8 + 4, '
     "new.side_effects_note, 'side_effects_note', date(new.at), strftime('%H:%M', new.at) "
     "WHERE new.side_effects_note <> ''; END"),
    ('INSERT INTO search_index (rowid, body, kind, day, at)  SELECT id * 8, note, '
     "'checkin_note', day, '' FROM checkins WHERE note <> ''"),
    ('INSERT INTO search_index (rowid, body, kind, day, at)  SELECT ct.checkin_id * 8 + '
     "1, group_concat(t.label, ' · '), 'checkin_tags', c.day, '' FROM checkin_tags ct "
     'JOIN tags t ON t.id = ct.tag_id JOIN checkins c ON c.id = ct.checkin_id  GROUP BY '
     'ct.checkin_id'),
    ('INSERT INTO search_index (rowid, body, kind, day, at)  SELECT id * 8 + 2, note, '
     "'moment', day, at FROM moments WHERE note <> ''"),
    ('INSERT INTO search_index (rowid, body, kind, day, at)  SELECT id * 8 + 3, note, '
     "'treatment_note', date(at), strftime('%H:%M', at) FROM treatments WHERE note <> ''"),
    ('INSERT INTO search_index (rowid, body, kind, day, at)  SELECT id * 8 + 4, '
     "side_effects_note, 'side_effects_note', date(at), strftime('%H:%M', at) FROM "
     "treatments WHERE side_effects_note <> ''"),
)


def upgrade() -> None:
    tags = op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("label", sa.String(80), nullable=False),
        sa.Column("group_label", sa.String(80), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_tags"),
        sa.UniqueConstraint("key", name="uq_tags_key"),
    )
    op.create_table(
        "checkin_tags",
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["checkin_id"], ["checkins.id"], ondelete="CASCADE",
                                name="fk_checkin_tags_checkin_id_checkins"),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], ondelete="RESTRICT",
                                name="fk_checkin_tags_tag_id_tags"),
        sa.PrimaryKeyConstraint("checkin_id", "tag_id", name="pk_checkin_tags"),
    )
    op.create_index("ix_checkin_tags_tag_id", "checkin_tags", ["tag_id"])
    op.create_table(
        "moments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("at", sa.String(5), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.CheckConstraint("mood BETWEEN 0 AND 10", name="ck_moments_mood_range"),
        sa.PrimaryKeyConstraint("id", name="pk_moments"),
    )
    op.create_index("ix_moments_day", "moments", ["day"])
    op.create_table(
        "medications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("dose", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(20), nullable=False),
        sa.Column("schedule", sa.String(200), nullable=False),
        sa.Column("active_from", sa.Date(), nullable=True),
        sa.Column("active_to", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("dose IS NULL OR dose > 0", name="ck_medications_dose_positive"),
        sa.PrimaryKeyConstraint("id", name="pk_medications"),
        sa.UniqueConstraint("key", name="uq_medications_key"),
    )
    op.create_table(
        "medication_intake",
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("medication_id", sa.Integer(), nullable=False),
        sa.Column("taken", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["checkin_id"], ["checkins.id"], ondelete="CASCADE",
                                name="fk_medication_intake_checkin_id_checkins"),
        sa.ForeignKeyConstraint(["medication_id"], ["medications.id"], ondelete="RESTRICT",
                                name="fk_medication_intake_medication_id_medications"),
        sa.PrimaryKeyConstraint("checkin_id", "medication_id", name="pk_medication_intake"),
    )
    op.create_index("ix_medication_intake_medication_id", "medication_intake",
                    ["medication_id"])
    rows, position = [], 0
    for group, labels in _DEFAULT_TAGS:
        for label in labels:
            rows.append({"key": "_".join(label.split()), "label": label, "group_label": group,
                         "hidden": False, "position": position})
            position += 1
    op.bulk_insert(tags, rows)
    for statement in _SEARCH:
        op.execute(statement)


def downgrade() -> None:
    for (name,) in op.get_bind().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"):
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE search_index")
    for table in ("medication_intake", "medications", "moments", "checkin_tags", "tags"):
        op.drop_table(table)
