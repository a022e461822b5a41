"""Alembic environment: always run with a connection handed in by ``vocdesk.db.migrate``."""

from __future__ import annotations

from alembic import context

from vocdesk.db import models  # noqa: F401  (registers every table on Base.metadata)
from vocdesk.db.base import Base
from vocdesk.db.migrate import compared_by_alembic

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("Run migrations through vocdesk.db.migrate, which supplies a connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies the table
    compare_type=True,
    # The listening log's search indexes (SQLite's FTS5 tables, PostgreSQL's trigram indexes)
    # are made by hand in their migrations, not by the ORM.
    include_name=compared_by_alembic,
)
with context.begin_transaction():
    context.run_migrations()
