"""listening plan, coverage and improvement actions (issue 4): schema changes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 09:00:00

The schema changes of issue 4 (plan, actions). The revisions of issues 3, 4 and 5 were laid out in one
chain up front so that the three areas could be built side by side; a revision with no change
of its own simply moves the file's version on.
"""

from __future__ import annotations

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
