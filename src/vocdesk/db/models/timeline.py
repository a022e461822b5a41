"""Relationship activities: meetings, calls and visits, with the next planned contact."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocdesk.db.base import Entity
from vocdesk.db.models._types import enum_column
from vocdesk.db.models.registry import Stakeholder
from vocdesk.domain.enums import ActivityKind


class Activity(Entity):
    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_stakeholder_at", "stakeholder_id", "occurred_at"),)

    stakeholder_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stakeholder.id"))
    occurred_at: Mapped[datetime]
    kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind))
    subject: Mapped[str] = mapped_column(String(500))
    notes: Mapped[str] = mapped_column(default="")
    staff: Mapped[str] = mapped_column(String(200), default="")
    next_contact_on: Mapped[date | None]

    stakeholder: Mapped[Stakeholder] = relationship()
