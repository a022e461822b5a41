"""Accounts of the people who use VocDesk, and the tokens scripts sign in with (issue 16)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.db.base import Entity
from vocdesk.db.models._types import enum_column
from vocdesk.domain.accounts import Role


class UserAccount(Entity):
    """One person's account. ``login`` is kept without surrounding spaces (``normalized_login``);
    an empty ``password_hash`` (an officer name carried over from before accounts) cannot sign
    in until an administrator sets a password."""

    __tablename__ = "user_account"

    login: Mapped[str] = mapped_column(String(200), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.STAFF)
    may_read_confidential: Mapped[bool] = mapped_column(default=False)
    may_read_personal_data: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    must_change_password: Mapped[bool] = mapped_column(default=False)
    failed_sign_ins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(default=None)


class AccessToken(Entity):
    """A token an administrator issued for scripts to sign in as one account. Only its SHA-256
    is kept: a token is 32 random bytes, so a fast hash is as safe as a slow one here."""

    __tablename__ = "access_token"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)
