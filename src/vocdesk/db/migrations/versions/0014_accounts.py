"""accounts and access tokens (issue 16): who signs in, and the officer names carried over

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 04:30:00

Before this revision the person acting was the operating system's login name, kept as text in
``complaint.assigned_to``, ``complaint_access``, ``complaint_officer`` and ``audit_entry.user``.
Each distinct name becomes an account of the same login (role staff, no password: it cannot
sign in until an administrator sets one), so cases stay assigned to whom they were; the
database's confidential-complaint officers get the confidential grant. The first administrator
is made when the database is next opened in the window (or with ``vocdesk users add``).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from vocdesk.domain.accounts import normalized_login
from vocdesk.domain.ids import new_id

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_account",
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "staff",
                "supervisor",
                "administrator",
                name="role",
                native_enum=False,
                create_constraint=False,
                length=32,
            ),
            nullable=False,
        ),  # fmt: skip
        sa.Column("may_read_confidential", sa.Boolean(), nullable=False),
        sa.Column("may_read_personal_data", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("failed_sign_ins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_sign_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("login", name=op.f("uq_user_account_login")),
    )
    op.create_table(
        "access_token",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["user_account.id"],
            ondelete="CASCADE",
            name=op.f("fk_access_token_account_id_user_account"),
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_access_token_token_hash")),
    )
    op.create_index(op.f("ix_access_token_account_id"), "access_token", ["account_id"])
    _carry_over_officer_names()


def downgrade() -> None:
    op.drop_index(op.f("ix_access_token_account_id"), table_name="access_token")
    op.drop_table("access_token")
    op.drop_table("user_account")


def _carry_over_officer_names() -> None:
    bind = op.get_bind()
    officers = {normalized_login(n) for (n,) in bind.execute(sa.text(
        "SELECT user_name FROM complaint_officer"))}  # fmt: skip
    names: set[str] = set(officers)
    for query in (
        "SELECT DISTINCT assigned_to FROM complaint",
        "SELECT DISTINCT user_name FROM complaint_access",
        'SELECT DISTINCT "user" FROM audit_entry',
    ):
        names.update(normalized_login(n) for (n,) in bind.execute(sa.text(query)) if n)
    names.discard("")
    if not names:
        return
    now = datetime.now(UTC)
    accounts = sa.table(
        "user_account",
        sa.column("id", sa.Uuid()),
        sa.column("login", sa.String()),
        sa.column("display_name", sa.String()),
        sa.column("password_hash", sa.String()),
        sa.column("role", sa.String()),
        sa.column("may_read_confidential", sa.Boolean()),
        sa.column("may_read_personal_data", sa.Boolean()),
        sa.column("active", sa.Boolean()),
        sa.column("must_change_password", sa.Boolean()),
        sa.column("failed_sign_ins", sa.Integer()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    rows = [
        {
            "id": _id(),
            "login": name,
            "display_name": name,
            "password_hash": "",
            "role": "staff",
            "may_read_confidential": name in officers,
            "may_read_personal_data": False,
            "active": True,
            "must_change_password": True,
            "failed_sign_ins": 0,
            "created_at": now,
            "updated_at": now,
        }  # fmt: skip
        for name in sorted(names)
    ]
    op.bulk_insert(accounts, rows)


def _id() -> uuid.UUID:
    return new_id()
