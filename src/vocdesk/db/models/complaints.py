"""Complaints handled to service standards, with the history of every status change."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocdesk.db.base import Base, Entity, Travelling, Versioned
from vocdesk.db.models._types import enum_column
from vocdesk.db.models.catalogues import Channel, Office, Service
from vocdesk.db.models.listening.entries import FeedbackEntry
from vocdesk.db.models.registry import Stakeholder
from vocdesk.domain.enums import ComplaintStatus, Priority


class ComplaintCategory(Travelling, Entity):
    """A kind of complaint with its service standard, in working days."""

    __tablename__ = "complaint_category"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    acknowledge_days: Mapped[int] = mapped_column(default=1)
    first_response_days: Mapped[int] = mapped_column(default=3)
    resolve_days: Mapped[int] = mapped_column(default=15)
    notify_days: Mapped[int] = mapped_column(default=15)
    warn_days_before: Mapped[int] = mapped_column(default=2)
    active: Mapped[bool] = mapped_column(default=True)  # retired categories stay for old cases


class ComplaintRootCause(Travelling, Entity):
    """The catalogue of root causes a resolution names (what went wrong, to learn from)."""

    __tablename__ = "complaint_root_cause"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)


class Complaint(Travelling, Versioned, Entity):
    __tablename__ = "complaint"
    __table_args__ = (
        # Each office numbers in its own series (issue 20): its code is the number's prefix.
        UniqueConstraint("series", "fiscal_year", "sequence"),
        Index("ix_complaint_status_due", "status", "due_on"),
        Index("ix_complaint_received_at", "received_at"),
        # The complaint report's cases resolved per month (whenever received).
        Index("ix_complaint_resolved_at", "resolved_at"),
        Index("ix_complaint_stakeholder", "stakeholder_id"),
        Index("ix_complaint_category", "category_id"),
        # The "mine" and "unassigned" queues.
        Index("ix_complaint_assigned_to_status", "assigned_to", "status"),
        Index("ix_complaint_duplicate_of_id", "duplicate_of_id"),
        Index("ix_complaint_feedback_entry_id", "feedback_entry_id"),
    )

    # The numbering series: the office's number prefix ("" for an office that set none).
    series: Mapped[str] = mapped_column(String(40), default="", server_default="")
    fiscal_year: Mapped[int]  # Buddhist Era; with sequence gives the readable number 2569/000123
    sequence: Mapped[int]
    number: Mapped[str] = mapped_column(String(40), unique=True)
    received_at: Mapped[datetime]
    channel_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("channel.id"))
    stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stakeholder.id"))
    anonymous: Mapped[bool] = mapped_column(default=False)
    subject: Mapped[str] = mapped_column(String(500))
    details: Mapped[str] = mapped_column(default="")
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaint_category.id"))
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service.id"))
    province: Mapped[str] = mapped_column(String(100), default="")
    district: Mapped[str] = mapped_column(String(100), default="")
    priority: Mapped[Priority] = mapped_column(enum_column(Priority), default=Priority.MEDIUM)
    confidential: Mapped[bool] = mapped_column(default=False)
    status: Mapped[ComplaintStatus] = mapped_column(
        enum_column(ComplaintStatus), default=ComplaintStatus.RECEIVED
    )
    office_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office.id"))
    assigned_to: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None]
    resolved_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    reopen_count: Mapped[int] = mapped_column(default=0)
    feedback_entry_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("feedback_entry.id"))
    resolution: Mapped[str] = mapped_column(default="")
    follow_up_score: Mapped[int | None]  # 1-5: the complainant's satisfaction with the handling
    trust_restored: Mapped[bool | None]
    # Issue 5: who the complainant is when not in the registry (a new person), the unit in
    # charge, the service-standard milestones, forwarding, resolution and follow-up.
    complainant_name: Mapped[str] = mapped_column(String(200), default="")
    complainant_contact: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(200), default="")
    acknowledged_at: Mapped[datetime | None]
    first_response_at: Mapped[datetime | None]
    notified_at: Mapped[datetime | None]  # the complainant was told the result
    notify_channel_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("channel.id"))
    forwarded_agency: Mapped[str] = mapped_column(String(300), default="")
    forwarded_on: Mapped[date | None]
    forwarded_reference: Mapped[str] = mapped_column(String(100), default="")
    root_cause_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("complaint_root_cause.id"))
    corrective_action: Mapped[str] = mapped_column(default="")
    follow_up_comment: Mapped[str] = mapped_column(default="")
    followed_up_at: Mapped[datetime | None]
    duplicate_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("complaint.id"))
    anonymised_at: Mapped[datetime | None]  # personal data replaced (issue 19)

    channel: Mapped[Channel] = relationship(foreign_keys=[channel_id])
    notify_channel: Mapped[Channel | None] = relationship(foreign_keys=[notify_channel_id])
    root_cause: Mapped[ComplaintRootCause | None] = relationship()
    category: Mapped[ComplaintCategory] = relationship()
    stakeholder: Mapped[Stakeholder | None] = relationship()
    service: Mapped[Service | None] = relationship()
    office: Mapped[Office | None] = relationship()
    feedback_entry: Mapped[FeedbackEntry | None] = relationship()
    history: Mapped[list[ComplaintStatusChange]] = relationship(
        order_by="ComplaintStatusChange.changed_at", cascade="all, delete-orphan"
    )


class ComplaintStatusChange(Travelling, Entity):
    """Who moved a case from which status to which, when, and why."""

    __tablename__ = "complaint_status_change"

    complaint_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), index=True
    )
    changed_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    from_status: Mapped[ComplaintStatus | None] = mapped_column(enum_column(ComplaintStatus))
    to_status: Mapped[ComplaintStatus] = mapped_column(enum_column(ComplaintStatus))
    note: Mapped[str] = mapped_column(default="")


class ComplaintAttachment(Travelling, Entity):
    """A file kept with a case, stored in the database itself so a backup carries it."""

    __tablename__ = "complaint_attachment"

    complaint_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[str] = mapped_column(String(200), default="")


class ComplaintAccess(Entity):
    """A person allowed to read one confidential case (besides the officer it is assigned to
    and the accounts granted confidential complaints: ``services.confidentiality``)."""

    __tablename__ = "complaint_access"
    __table_args__ = (UniqueConstraint("complaint_id", "user_name"),)

    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    user_name: Mapped[str] = mapped_column(String(200))


class ComplaintOfficer(Entity):
    """Before accounts (migration 0014): someone who could read every confidential case. The
    names were carried over to ``user_account.may_read_confidential``; nothing reads this table
    now, and a later migration may drop it."""

    __tablename__ = "complaint_officer"

    user_name: Mapped[str] = mapped_column(String(200), unique=True)


class ComplaintSetting(Base):
    """Settings of the complaint area kept with the data (shared by every PC using the file),
    e.g. the prefix of case numbers."""

    __tablename__ = "complaint_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(500), default="")
