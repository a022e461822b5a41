"""record versions: optimistic locking of the records people edit (issue 17)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 02:45:00

Two VocDesk windows may have one file open (two officers on a shared drive). Each record people
edit — a stakeholder, a listening entry, a complaint, a survey, an activity — gets a ``version``
counted up by every save (SQLAlchemy's ``version_id_col``): an UPDATE names the version it read,
and a save of a record the other window changed meanwhile finds no row and is refused with a
clear message instead of silently overwriting the other's work. Existing rows start at 1.

Plain ADD COLUMN (and DROP COLUMN on the way down), not batch mode: batch mode rebuilds a table
and loses what hangs on it, such as the listening entries' search index triggers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

VERSIONED = ("stakeholder", "feedback_entry", "complaint", "survey", "activity")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(
            table, sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in VERSIONED:
        if sqlite:  # SQLite 3.35+ drops a column in place
            op.execute(f"ALTER TABLE {table} DROP COLUMN version")
        else:
            op.drop_column(table, "version")
