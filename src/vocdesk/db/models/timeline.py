"""Relationships: activities (meetings, calls, visits, agreements, ...) with the people taking
part, reminders to get in touch, and how often each priority of segment should be contacted."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocdesk.db.base import Base, Entity, Travelling, Versioned, touched_at_column
from vocdesk.db.models._types import enum_column
from vocdesk.db.models.registry import Stakeholder
from vocdesk.domain.enums import (
    ActivityKind,
    LifecycleStage,
    Priority,
    ReminderSource,
    ReminderStatus,
)

# Other stakeholders taking part in an activity (the activity's own stakeholder is the first).
activity_participant = Table(
    "activity_participant",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "stakeholder_id", ForeignKey("stakeholder.id", ondelete="CASCADE"), primary_key=True,
        index=True,
    ),
    touched_at_column(),
)  # fmt: skip


class Activity(Travelling, Versioned, Entity):
    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_stakeholder_at", "stakeholder_id", "occurred_at"),
        Index("ix_activity_at", "occurred_at", "stakeholder_id"),  # a period's activities
    )

    stakeholder_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stakeholder.id"))
    occurred_at: Mapped[datetime]
    kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind))
    channel_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("channel.id"))
    stage: Mapped[LifecycleStage | None] = mapped_column(enum_column(LifecycleStage))
    subject: Mapped[str] = mapped_column(String(500))  # the one-line summary
    notes: Mapped[str] = mapped_column(default="")  # the details
    outcome: Mapped[str] = mapped_column(default="")
    staff: Mapped[str] = mapped_column(String(200), default="")  # the agency's people, by name
    follow_up_on: Mapped[date | None]
    anonymised_at: Mapped[datetime | None]  # personal data replaced (issue 19)

    stakeholder: Mapped[Stakeholder] = relationship()
    participants: Mapped[list[Stakeholder]] = relationship(secondary=activity_participant)


class Reminder(Travelling, Entity):
    """A contact to make by a day: an activity's or a complaint's follow-up, a stakeholder due a
    contact by its interval, or one set by hand. Snoozing moves ``due_on``."""

    __tablename__ = "reminder"
    __table_args__ = (
        Index("ix_reminder_status_due", "status", "due_on"),
        Index("ix_reminder_officer", "assigned_to", "status", "due_on"),
    )

    stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True
    )
    due_on: Mapped[date]
    assigned_to: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[ReminderSource] = mapped_column(enum_column(ReminderSource))
    activity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    complaint_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), index=True
    )
    note: Mapped[str] = mapped_column(default="")
    status: Mapped[ReminderStatus] = mapped_column(
        enum_column(ReminderStatus), default=ReminderStatus.OPEN
    )
    done_on: Mapped[date | None]


class ContactInterval(Travelling, Entity):
    """How often a stakeholder of a segment of this priority should be contacted, in months
    (a stakeholder's own ``contact_every_months`` overrides it)."""

    __tablename__ = "contact_interval"

    priority: Mapped[Priority] = mapped_column(enum_column(Priority), unique=True)
    months: Mapped[int]
