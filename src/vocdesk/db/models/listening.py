"""Listening log: every piece of feedback, from every channel, at every lifecycle stage."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocdesk.db.base import Entity
from vocdesk.db.models._types import enum_column
from vocdesk.db.models.catalogues import Channel, Office, Service
from vocdesk.db.models.registry import Segment, Stakeholder
from vocdesk.domain.enums import FeedbackType, LifecycleStage, Sentiment


class FeedbackEntry(Entity):
    """One thing heard from someone (or from no one in particular: anonymous)."""

    __tablename__ = "feedback_entry"
    __table_args__ = (
        Index("ix_feedback_entry_received_at", "received_at"),
        Index("ix_feedback_entry_channel_stage", "channel_id", "stage"),
        Index("ix_feedback_entry_stakeholder", "stakeholder_id"),
        Index("ix_feedback_entry_segment", "segment_id"),
    )

    received_at: Mapped[datetime]
    channel_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("channel.id"))
    stage: Mapped[LifecycleStage] = mapped_column(enum_column(LifecycleStage))
    type: Mapped[FeedbackType] = mapped_column(enum_column(FeedbackType))
    sentiment: Mapped[Sentiment] = mapped_column(enum_column(Sentiment), default=Sentiment.NEUTRAL)
    text: Mapped[str]
    stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stakeholder.id"))
    segment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("segment.id"))
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service.id"))
    office_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office.id"))
    staff: Mapped[str] = mapped_column(String(200), default="")

    channel: Mapped[Channel] = relationship()
    stakeholder: Mapped[Stakeholder | None] = relationship()
    segment: Mapped[Segment | None] = relationship()
    service: Mapped[Service | None] = relationship()
    office: Mapped[Office | None] = relationship()
