"""Stakeholder registry: segments with priorities, and the people and organisations in them."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Column, ForeignKey, Index, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocdesk.db.base import Base, Entity, Travelling, Versioned, touched_at_column
from vocdesk.db.models._types import enum_column
from vocdesk.db.models.catalogues import Channel, Service
from vocdesk.domain.enums import (
    PartyType,
    Priority,
    SegmentKind,
    StakeholderKind,
    StakeholderStatus,
)

segment_services = Table(
    "segment_service",
    Base.metadata,
    Column("segment_id", ForeignKey("segment.id", ondelete="CASCADE"), primary_key=True),
    Column("service_id", ForeignKey("service.id", ondelete="CASCADE"), primary_key=True),
    touched_at_column(),
)


class Segment(Travelling, Entity):
    """A group of service recipients or stakeholders, with its priority and what it needs."""

    __tablename__ = "segment"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    kind: Mapped[SegmentKind] = mapped_column(enum_column(SegmentKind))
    priority: Mapped[Priority] = mapped_column(enum_column(Priority), default=Priority.MEDIUM)
    description: Mapped[str] = mapped_column(default="")
    requirements: Mapped[list[str]] = mapped_column(JSON, default=list)
    expectations: Mapped[list[str]] = mapped_column(JSON, default=list)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)

    services: Mapped[list[Service]] = relationship(secondary=segment_services, lazy="selectin")


class Stakeholder(Travelling, Versioned, Entity):
    """A person or organisation the agency serves, listens to, partners with or compares with."""

    __tablename__ = "stakeholder"
    __table_args__ = (
        Index("ix_stakeholder_name", "name"),
        Index("ix_stakeholder_segment_status", "segment_id", "status"),
        Index("ix_stakeholder_national_id", "national_id"),
        Index("ix_stakeholder_phone", "phone"),
        Index("ix_stakeholder_province", "province"),
        Index("ix_stakeholder_organisation", "organisation"),  # an organisation's people
        # Duplicate checks (issue 3): one indexed look-up per key, even with 100,000 records.
        Index("ix_stakeholder_phone2", "phone2"),
        Index("ix_stakeholder_email_key", "email_key"),
        Index("ix_stakeholder_name_key", "name_key"),
        # The tab's counts by status (registry or archive) read this small index, not the table.
        # Status first: with "archived" leading, SQLite would pick it for every list (archived =
        # 0) and sort 100,000 names instead of walking the name index.
        Index("ix_stakeholder_status_archived", "status", "archived"),
    )

    party_type: Mapped[PartyType] = mapped_column(enum_column(PartyType), default=PartyType.PERSON)
    kind: Mapped[StakeholderKind] = mapped_column(
        enum_column(StakeholderKind), default=StakeholderKind.SERVICE_RECIPIENT
    )
    status: Mapped[StakeholderStatus] = mapped_column(
        enum_column(StakeholderStatus), default=StakeholderStatus.CURRENT
    )
    name: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    segment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("segment.id"))
    national_id: Mapped[str | None] = mapped_column(String(13))
    phone: Mapped[str] = mapped_column(String(20), default="")  # E.164, or a 4-digit hotline
    phone2: Mapped[str] = mapped_column(
        String(20), default="", server_default=""
    )  # a second number
    email: Mapped[str] = mapped_column(String(200), default="")
    line_id: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    preferred_channel_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("channel.id"))
    external_ref: Mapped[str | None] = mapped_column(String(100), unique=True)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(default="")
    # Who at the agency keeps in touch, and how often (months; None: the segment priority's).
    relationship_officer: Mapped[str] = mapped_column(String(200), default="", server_default="")
    contact_every_months: Mapped[int | None]
    # PDPA: why we may hold the data, what the person agreed to, and until when we keep it.
    lawful_basis: Mapped[str] = mapped_column(String(40), default="")
    consent_follow_up: Mapped[bool] = mapped_column(default=False)
    consent_date: Mapped[date | None]
    retention_until: Mapped[date | None]
    # Issue 19: processing restricted (an objection or a restriction request: kept, counted in
    # statistics, left out of contact lists and follow-up); special-category data (section 26);
    # and when the person's data was anonymised (erasure, or the end of its retention period).
    restricted: Mapped[bool] = mapped_column(default=False, server_default="0")
    restricted_on: Mapped[date | None]
    sensitive: Mapped[bool] = mapped_column(default=False, server_default="0")
    anonymised_at: Mapped[datetime | None]
    archived: Mapped[bool] = mapped_column(default=False)
    archived_at: Mapped[datetime | None]
    # Keys of domain.registry (name_key, email_key), kept beside the values for duplicate look-ups.
    name_key: Mapped[str] = mapped_column(String(300), default="", server_default="")
    email_key: Mapped[str] = mapped_column(String(200), default="", server_default="")

    segment: Mapped[Segment | None] = relationship(lazy="joined")
    preferred_channel: Mapped[Channel | None] = relationship()
