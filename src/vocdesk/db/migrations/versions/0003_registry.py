"""stakeholder registry (issue 3): schema changes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 09:00:00

The schema changes of issue 3. The revisions of issues 3, 4 and 5 were laid out in one
chain up front so that the three areas could be built side by side; a revision with no change
of its own simply moves the file's version on.
"""

from __future__ import annotations

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
