"""The listening plan: which method and channel is used for which segment, at which lifecycle
stage, how often and by whom."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocdesk.db.base import Entity, Travelling
from vocdesk.db.models._types import enum_column
from vocdesk.db.models.catalogues import Channel
from vocdesk.db.models.listening.entries import FeedbackEntry
from vocdesk.db.models.registry import Segment
from vocdesk.domain.enums import LifecycleStage
from vocdesk.domain.listening.improvement import ListeningFrequency


class ListeningPlanItem(Travelling, Entity):
    __tablename__ = "listening_plan_item"
    __table_args__ = (Index("ix_listening_plan_item_segment_stage", "segment_id", "stage"),)

    segment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("segment.id", ondelete="CASCADE"))
    stage: Mapped[LifecycleStage] = mapped_column(enum_column(LifecycleStage))
    channel_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("channel.id"))
    method: Mapped[str] = mapped_column(String(300))  # e.g. "แบบสำรวจความพึงพอใจประจำปี"
    frequency: Mapped[ListeningFrequency] = mapped_column(
        enum_column(ListeningFrequency), default=ListeningFrequency.CONTINUOUS
    )
    owner: Mapped[str] = mapped_column(String(200), default="")  # the unit or person responsible
    notes: Mapped[str] = mapped_column(default="")
    active: Mapped[bool] = mapped_column(default=True)

    segment: Mapped[Segment] = relationship()
    channel: Mapped[Channel] = relationship()


# The listening summaries and the coverage matrix count entries of one period grouped by these
# columns: with all of them in one index, every such count reads the index alone (a covering
# range scan on received_at) and never the entries with their long texts.
Index(
    "ix_feedback_entry_summary",
    FeedbackEntry.received_at,
    FeedbackEntry.segment_id,
    FeedbackEntry.stage,
    FeedbackEntry.channel_id,
    FeedbackEntry.type,
    FeedbackEntry.service_id,
)
