"""stakeholder registry (issue 3): schema changes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 09:00:00

The schema changes of issue 3. The revisions of issues 3, 4 and 5 were laid out in one
chain up front so that the three areas could be built side by side; a revision with no change
of its own simply moves the file's version on.

Stakeholders get a second phone, the moment they were archived, and the keys duplicates are
matched on (a name without its title, spaces or case; an e-mail in lower case), each indexed.
Existing rows get their keys here, computed by a frozen copy of the rule of that day (a released
migration must give the same rows forever, so it imports nothing from the application).
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TITLES = (
    "นางสาว", "เด็กหญิง", "เด็กชาย", "ด.ญ.", "ด.ช.", "น.ส.", "นาย", "นาง", "คุณ",
    "ดร.", "mrs.", "mrs", "miss", "mr.", "mr", "ms.", "ms", "dr.", "dr",
)  # fmt: skip
_NOT_NAME = re.compile(r"[\s.,\-_'’()/]+")


def _name_key(name: str) -> str:
    text = " ".join(name.split()).casefold()
    for title in _TITLES:
        if text.startswith(title):
            rest = text[len(title) :]
            if title.isascii() and title[-1].isalpha() and rest[:1].isalpha():
                continue
            text = rest.lstrip()
            break
    return _NOT_NAME.sub("", text)


def upgrade() -> None:
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phone2", sa.String(length=20), server_default="", nullable=False))
        batch_op.add_column(sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("name_key", sa.String(length=300), server_default="", nullable=False))
        batch_op.add_column(sa.Column("email_key", sa.String(length=200), server_default="", nullable=False))
        batch_op.create_index("ix_stakeholder_phone2", ["phone2"], unique=False)
        batch_op.create_index("ix_stakeholder_email_key", ["email_key"], unique=False)
        batch_op.create_index("ix_stakeholder_name_key", ["name_key"], unique=False)
        batch_op.create_index("ix_stakeholder_status_archived", ["status", "archived"], unique=False)

    connection = op.get_bind()
    stakeholder = sa.table(
        "stakeholder", sa.column("id", sa.Uuid()), sa.column("name", sa.String()),
        sa.column("email", sa.String()), sa.column("name_key", sa.String()), sa.column("email_key", sa.String()),
    )  # fmt: skip
    rows = connection.execute(sa.select(stakeholder.c.id, stakeholder.c.name, stakeholder.c.email)).all()
    if rows:
        connection.execute(
            stakeholder.update().where(stakeholder.c.id == sa.bindparam("row_id")),
            [{"row_id": r.id, "name_key": _name_key(r.name or ""), "email_key": (r.email or "").strip().lower()}
             for r in rows],
        )  # fmt: skip


def downgrade() -> None:
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.drop_index("ix_stakeholder_status_archived")
        batch_op.drop_index("ix_stakeholder_name_key")
        batch_op.drop_index("ix_stakeholder_email_key")
        batch_op.drop_index("ix_stakeholder_phone2")
        batch_op.drop_column("email_key")
        batch_op.drop_column("name_key")
        batch_op.drop_column("archived_at")
        batch_op.drop_column("phone2")
