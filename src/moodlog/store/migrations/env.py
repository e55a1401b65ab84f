"""Alembic environment: always run in-process on a connection that moodlog hands over."""

from alembic import context

from moodlog.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - moodlog never runs Alembic from its own CLI
    raise RuntimeError("moodlog migrations run only through moodlog.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only change tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
