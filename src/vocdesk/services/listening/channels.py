"""The channels catalogue: the ways the agency hears people (walk-in counter, hotline 1111, LINE
official account, ...), each marked digital or not, editable by the agency. A channel in use is
made inactive rather than deleted, so that past entries keep it."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vocdesk.db.models import Channel, Complaint, FeedbackEntry
from vocdesk.domain.accounts import Permission
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, counted_error, user_error
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database

CONTEXT = "ChannelCheck"
NAME_MAX_LENGTH = 200
CODE_MAX_LENGTH = 40


@dataclass(frozen=True)
class ChannelRow:
    id: uuid.UUID
    code: str
    name_th: str
    name_en: str
    is_digital: bool
    active: bool
    sort_order: int
    uses: int  # listening-log entries and complaints that came through it


@dataclass(frozen=True)
class ChannelDraft:
    name_th: str
    name_en: str = ""
    is_digital: bool = False
    active: bool = True


def code_for(name: str, taken: set[str]) -> str:
    """A code for a new channel: its English (or Thai) name in lower case with "_", made unique."""
    base = re.sub(r"\W+", "_", name.strip().lower()).strip("_")[: CODE_MAX_LENGTH - 4] or "channel"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def add_channel(session: Session, draft: ChannelDraft) -> Channel:
    """Add a channel inside the caller's transaction (the catalogue dialog, an import)."""
    name_th, name_en = _checked_names(session, draft, None)
    taken = set(session.scalars(select(Channel.code)))
    last = session.scalar(select(func.max(Channel.sort_order))) or 0
    channel = Channel(
        code=code_for(name_en or name_th, taken), name_th=name_th, name_en=name_en,
        is_digital=draft.is_digital, active=draft.active, sort_order=last + 1,
    )  # fmt: skip
    session.add(channel)
    session.flush()
    return channel


def _checked_names(
    session: Session, draft: ChannelDraft, own_id: uuid.UUID | None
) -> tuple[str, str]:
    name_th, name_en = " ".join(draft.name_th.split()), " ".join(draft.name_en.split())
    if not name_th and not name_en:
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ChannelCheck", "Give the channel a name."))
    if max(len(name_th), len(name_en)) > NAME_MAX_LENGTH:
        raise user_error(
            CONTEXT, QT_TRANSLATE_NOOP("ChannelCheck", "A channel's name has at most {limit} characters."),
            limit=NAME_MAX_LENGTH,
        )  # fmt: skip
    names = [name.lower() for name in (name_th, name_en) if name]
    clash = session.scalar(
        select(Channel.name_th).where(
            or_(func.lower(Channel.name_th).in_(names), func.lower(Channel.name_en).in_(names)),
            Channel.id != own_id if own_id is not None else true(),
        )
    )
    if clash is not None:
        raise user_error(
            CONTEXT, QT_TRANSLATE_NOOP("ChannelCheck", "There is already a channel named “{name}”."),
            name=name_th or name_en,
        )  # fmt: skip
    return name_th or name_en, name_en or name_th


class ChannelsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @requires(Permission.READ)
    def list_channels(self) -> list[ChannelRow]:
        entries = (
            select(FeedbackEntry.channel_id, func.count().label("n"))
            .group_by(FeedbackEntry.channel_id)
            .subquery()
        )
        complaints = (
            select(Complaint.channel_id, func.count().label("n"))
            .group_by(Complaint.channel_id)
            .subquery()
        )
        stmt = (
            select(Channel, func.coalesce(entries.c.n, 0) + func.coalesce(complaints.c.n, 0))
            .outerjoin(entries, entries.c.channel_id == Channel.id)
            .outerjoin(complaints, complaints.c.channel_id == Channel.id)
            .order_by(Channel.sort_order, Channel.name_th)
        )
        with self._db.session_scope() as session:
            return [
                ChannelRow(
                    c.id, c.code, c.name_th, c.name_en, c.is_digital, c.active, c.sort_order, uses
                )
                for c, uses in session.execute(stmt)
            ]

    @requires(Permission.MANAGE_CATALOGUES)
    def add(self, draft: ChannelDraft) -> uuid.UUID:
        with self._db.session_scope() as session:
            return add_channel(session, draft).id

    @requires(Permission.MANAGE_CATALOGUES)
    def update(self, channel_id: uuid.UUID, draft: ChannelDraft) -> None:
        with self._db.session_scope() as session:
            channel = self._get(session, channel_id)
            channel.name_th, channel.name_en = _checked_names(session, draft, channel_id)
            channel.is_digital = draft.is_digital
            channel.active = draft.active

    @requires(Permission.MANAGE_CATALOGUES)
    def delete(self, channel_id: uuid.UUID) -> None:
        """Delete an unused channel; one in use must be made inactive instead."""
        with self._db.session_scope() as session:
            channel = self._get(session, channel_id)
            uses = (
                session.scalar(select(func.count()).where(FeedbackEntry.channel_id == channel_id))
                or 0
            ) + (
                session.scalar(select(func.count()).where(Complaint.channel_id == channel_id)) or 0
            )
            if uses:
                raise counted_error(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "ChannelCheck",
                        "“{name}” is used by %Ln entries and complaints, so it cannot be deleted; "
                        "make it inactive instead.",
                        None, uses,
                    ),
                    uses, name=channel.name_th,
                )  # fmt: skip
            session.delete(channel)
            try:
                session.flush()
            except IntegrityError:  # still named elsewhere: a plan, a stakeholder's preference, ...
                raise user_error(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "ChannelCheck",
                        "“{name}” is still in use, so it cannot be deleted; make it inactive instead.",
                    ),
                    name=channel.name_th,
                ) from None

    @requires(Permission.MANAGE_CATALOGUES)
    def move(self, channel_id: uuid.UUID, step: int) -> None:
        """Move a channel up (-1) or down (+1) in the pickers' order."""
        with self._db.session_scope() as session:
            ordered = list(
                session.scalars(select(Channel).order_by(Channel.sort_order, Channel.name_th))
            )
            index = next(i for i, c in enumerate(ordered) if c.id == channel_id)
            target = index + step
            if 0 <= target < len(ordered):
                ordered[index], ordered[target] = ordered[target], ordered[index]
                for position, channel in enumerate(ordered, start=1):
                    channel.sort_order = position

    @staticmethod
    def _get(session: Session, channel_id: uuid.UUID) -> Channel:
        channel = session.get(Channel, channel_id)
        if channel is None:
            raise user_error(
                CONTEXT, QT_TRANSLATE_NOOP("ChannelCheck", "The channel no longer exists.")
            )
        return channel
