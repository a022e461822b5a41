"""PDPA (issue 19): the privacy notice's versions and who was shown which, consents per purpose,
the data subject's requests, and retention periods with the log of their reviews."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.db.base import Entity, Travelling, Versioned
from vocdesk.db.models._types import enum_column
from vocdesk.domain.pdpa.terms import (
    ConsentPurpose,
    NoticePlace,
    RequestKind,
    RequestStatus,
    RetentionAction,
    RetentionRecordType,
)


class PrivacyNotice(Travelling, Entity):
    """One published version of the agency's privacy notice; a new text is a new version, and
    the old ones stay, so what a person was shown can be read again."""

    __tablename__ = "privacy_notice"

    version: Mapped[int] = mapped_column(unique=True)
    text_th: Mapped[str] = mapped_column(default="")
    text_en: Mapped[str] = mapped_column(default="")
    published_at: Mapped[datetime]
    published_by: Mapped[str] = mapped_column(String(200), default="")


class PrivacyNoticeShown(Travelling, Entity):
    """A person was shown a version of the notice, where and by whom."""

    __tablename__ = "privacy_notice_shown"
    __table_args__ = (Index("ix_privacy_notice_shown_person", "stakeholder_id", "shown_at"),)

    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE")
    )
    notice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("privacy_notice.id"))
    shown_at: Mapped[datetime]
    place: Mapped[NoticePlace] = mapped_column(enum_column(NoticePlace))
    shown_by: Mapped[str] = mapped_column(String(200), default="")


class Consent(Travelling, Entity):
    """A consent to one purpose, from the day it was given until the day it was withdrawn.
    Giving it again after a withdrawal is a new row, so the history stays."""

    __tablename__ = "consent"
    __table_args__ = (Index("ix_consent_person_purpose", "stakeholder_id", "purpose"),)

    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE")
    )
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_column(ConsentPurpose))
    given_on: Mapped[date]
    given_channel_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("channel.id"))
    notice_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("privacy_notice.id"))
    withdrawn_on: Mapped[date | None]
    withdrawn_channel_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("channel.id"))
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(default="")


class DataSubjectRequest(Travelling, Versioned, Entity):
    """A request of a data subject, answered within ``REQUEST_DAYS`` calendar days."""

    __tablename__ = "data_subject_request"
    __table_args__ = (
        Index("ix_data_subject_request_status_due", "status", "due_on"),
        Index("ix_data_subject_request_person", "stakeholder_id"),
    )

    stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stakeholder.id"))
    kind: Mapped[RequestKind] = mapped_column(enum_column(RequestKind))
    received_on: Mapped[date]
    due_on: Mapped[date]
    channel_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("channel.id"))
    requester: Mapped[str] = mapped_column(String(300), default="")  # who asked, if not the person
    details: Mapped[str] = mapped_column(default="")
    officer: Mapped[str] = mapped_column(String(200), default="")  # the login answering it
    status: Mapped[RequestStatus] = mapped_column(
        enum_column(RequestStatus), default=RequestStatus.OPEN
    )
    outcome: Mapped[str] = mapped_column(default="")
    closed_on: Mapped[date | None]


class RetentionPolicy(Travelling, Entity):
    """How long one kind of record is kept, and what is done with it afterwards."""

    __tablename__ = "retention_policy"

    record_type: Mapped[RetentionRecordType] = mapped_column(
        enum_column(RetentionRecordType), unique=True
    )
    keep_years: Mapped[int]
    action: Mapped[RetentionAction] = mapped_column(
        enum_column(RetentionAction), default=RetentionAction.ANONYMISE
    )


class RetentionRun(Entity):
    """The log of a retention review: who anonymised or deleted how many records of a kind that
    were due on a day. The records themselves are named on the audit trail."""

    __tablename__ = "retention_run"

    at: Mapped[datetime]
    user: Mapped[str] = mapped_column(String(200), default="")
    record_type: Mapped[RetentionRecordType] = mapped_column(enum_column(RetentionRecordType))
    action: Mapped[RetentionAction] = mapped_column(enum_column(RetentionAction))
    due_before: Mapped[date]  # records whose period ended before this day
    count: Mapped[int]
