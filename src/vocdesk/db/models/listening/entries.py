"""Listening log: every piece of feedback, from every channel, at every lifecycle stage.

The words heard are searched through an FTS5 index (``feedback_fts``, trigram tokenizer: it
finds a Thai word inside a sentence written without spaces). The index is an external-content
table over ``feedback_entry`` created by migration 0004 and kept in step by triggers; it is not
part of the ORM. Its rows are keyed by ``number``, an integer the database gives every entry:
FTS5 needs an integer key, and the table's implicit rowid may change on VACUUM. Words of one or
two characters, which a trigram index cannot find, are looked up in ``feedback_gram`` (every two
characters of an entry's lower-cased words and staff member, with its number; migration 0015,
kept by triggers, not part of the ORM either).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocdesk.db.base import Entity, Travelling, Versioned
from vocdesk.db.models._types import enum_column
from vocdesk.db.models.catalogues import Channel, Office, Service
from vocdesk.db.models.registry import Segment, Stakeholder
from vocdesk.domain.enums import FeedbackType, LifecycleStage, Sentiment
from vocdesk.domain.listening.log import FeedbackStatus

SEARCH_INDEX_TABLE = "feedback_fts"
SHORT_WORD_INDEX_TABLE = "feedback_gram"


def is_search_index_table(name: str | None) -> bool:
    """The FTS5 table and its shadow tables (feedback_fts_data, ...) and the short-word table,
    which only the migrations manage: schema comparisons leave them out."""
    return name is not None and (
        name in (SEARCH_INDEX_TABLE, SHORT_WORD_INDEX_TABLE)
        or name.startswith(SEARCH_INDEX_TABLE + "_")
    )


class FeedbackEntry(Travelling, Versioned, Entity):
    """One thing heard from someone (or from no one in particular: anonymous)."""

    __tablename__ = "feedback_entry"
    __table_args__ = (
        Index("ix_feedback_entry_received_at", "received_at"),
        Index("ix_feedback_entry_channel_stage", "channel_id", "stage"),
        # The stakeholder, segment and service indexes hold the number (migration 0015): a
        # search counts the entries of the names it found from the index alone.
        Index("ix_feedback_entry_stakeholder", "stakeholder_id", "number"),
        Index("ix_feedback_entry_segment", "segment_id", "number"),
        Index("ix_feedback_entry_service", "service_id", "number"),
        # One office's counts for a period read this index alone (the Overview's office filter).
        Index(
            "ix_feedback_entry_office_summary",
            "office_id",
            "received_at",
            "segment_id",
            "stage",
            "channel_id",
            "type",
            "service_id",
        ),  # fmt: skip
        Index("ix_feedback_entry_number", "number", unique=True),
        Index("ix_feedback_entry_reference", "reference"),
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
    anonymised_at: Mapped[datetime | None]  # personal data replaced (issue 19)
    staff: Mapped[str] = mapped_column(String(200), default="")
    # Given by the database on insert (the next number; see the migration's trigger) and never
    # changed: the entry's number for people and the full-text index's key.
    number: Mapped[int | None] = mapped_column(default=None)
    # The entry's reference in the source it came from (a letter's number, a post's id), kept so
    # that importing that source again updates the entries instead of adding them twice.
    reference: Mapped[str] = mapped_column(String(100), default="", server_default="")
    status: Mapped[FeedbackStatus] = mapped_column(
        enum_column(FeedbackStatus),
        default=FeedbackStatus.NEW,
        server_default=FeedbackStatus.NEW.value,
    )

    channel: Mapped[Channel] = relationship()
    stakeholder: Mapped[Stakeholder | None] = relationship()
    segment: Mapped[Segment | None] = relationship()
    service: Mapped[Service | None] = relationship()
    office: Mapped[Office | None] = relationship()
