"""agency settings kept with the data (issue 12): the letterhead of every report

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 01:20:00

Reports print the agency's name and logo in their header, and questionnaires a privacy notice;
these are set once per database (Settings dialog, ``vocdesk settings set``), so every PC that
opens the file prints the same. A key, its text, and for the logo the image's bytes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )


def downgrade() -> None:
    op.drop_table("app_setting")
