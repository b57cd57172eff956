"""Alembic environment of the intake service: always runs on the connection handed over in ``config.attributes``."""

from alembic import context

from app.intake.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True, version_table="intake_alembic_version")
with context.begin_transaction():
    context.run_migrations()
