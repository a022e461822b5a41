"""Recording and editing listening-log entries, one user action per transaction.

An entry's segment is taken from its stakeholder unless the user chose one; an anonymous entry
has the segment the user chose, or none. Every problem is a translated message naming the field.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import (
    Channel,
    FeedbackEntry,
    Office,
    Segment,
    Service,
    Stakeholder,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_time
from vocdesk.domain.enums import FeedbackType, LifecycleStage, Sentiment
from vocdesk.domain.listening.log import FeedbackStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, user_error
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database, check_version
from vocdesk.services.listening.log import CatalogueChoices, catalogue_choices

CONTEXT = "FeedbackEntryCheck"
TEXT_MAX_LENGTH = 10_000  # a long letter fits; a pasted book does not
STAFF_MAX_LENGTH = 200  # the column's size
REFERENCE_MAX_LENGTH = 100
FUTURE_TOLERANCE = timedelta(minutes=10)  # a PC clock a little ahead is not an error


@dataclass(frozen=True)
class FeedbackDraft:
    """What the entry form holds; ``segment_id`` None takes the stakeholder's segment."""

    received_at: datetime  # aware
    channel_id: uuid.UUID | None
    stage: LifecycleStage
    type: FeedbackType
    text: str
    sentiment: Sentiment = Sentiment.NEUTRAL
    stakeholder_id: uuid.UUID | None = None  # None: anonymous
    segment_id: uuid.UUID | None = None
    service_id: uuid.UUID | None = None
    office_id: uuid.UUID | None = None
    staff: str = ""
    status: FeedbackStatus = FeedbackStatus.NEW
    reference: str = ""


@dataclass(frozen=True)
class RecordedEntry:
    id: uuid.UUID
    number: int


@dataclass(frozen=True)
class StoredEntry:
    """An entry as the form edits it: the draft, its number and the stakeholder's name."""

    id: uuid.UUID
    number: int
    draft: FeedbackDraft
    stakeholder_name: str | None
    version: int | None = None  # the saved version read (migration 0012); update() checks it


class ListeningEntryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @requires(Permission.READ)
    def choices(self) -> CatalogueChoices:
        """The pickers' items for a new or edited entry: retired channels and services left out."""
        with self._db.session_scope() as session:
            return catalogue_choices(session, active_only=True)

    @requires(Permission.RECORD)
    def record(self, draft: FeedbackDraft) -> RecordedEntry:
        """Add one entry; returns its id and the number the database gave it."""
        with self._db.session_scope() as session:
            entry = FeedbackEntry()
            self._fill(session, entry, draft)
            session.add(entry)
            session.flush()
            number = session.scalar(
                select(FeedbackEntry.number).where(FeedbackEntry.id == entry.id)
            )
            return RecordedEntry(entry.id, number or 0)

    @requires(Permission.RECORD)
    def update(
        self, entry_id: uuid.UUID, draft: FeedbackDraft, *, version: int | None = None
    ) -> int:
        """Save ``draft`` over the entry; ``version``, the one the form read (``get``), refuses
        the save if another window saved the entry since. Returns the version saved."""
        with self._db.session_scope() as session:
            entry = session.get(FeedbackEntry, entry_id)
            if entry is None:
                raise _gone()
            check_version(entry, version)
            self._fill(session, entry, draft)
            session.flush()
            return entry.version

    @requires(Permission.RECORD)
    def set_status(self, entry_id: uuid.UUID, status: FeedbackStatus) -> None:
        with self._db.session_scope() as session:
            entry = session.get(FeedbackEntry, entry_id)
            if entry is None:
                raise _gone()
            entry.status = status

    @requires(Permission.RECORD)
    def set_statuses(self, entry_ids: list[uuid.UUID], status: FeedbackStatus) -> int:
        """Give several entries one status in one transaction (e.g. those just reviewed)."""
        with self._db.session_scope() as session:
            # An UPDATE executes to a CursorResult, the Result that counts the rows.
            changed = cast(
                CursorResult[Any],
                session.execute(
                    update(FeedbackEntry)
                    .where(FeedbackEntry.id.in_(entry_ids))
                    .values(status=status, updated_at=utc_now())
                ),
            )
            return changed.rowcount or 0

    @requires(Permission.MANAGE_CASES)
    def delete(self, entry_id: uuid.UUID) -> None:
        with self._db.session_scope() as session:
            entry = session.get(FeedbackEntry, entry_id)
            if entry is None:
                raise _gone()
            session.delete(entry)

    @requires(Permission.READ)
    def get(self, entry_id: uuid.UUID) -> StoredEntry:
        with self._db.session_scope() as session:
            e = session.get(FeedbackEntry, entry_id)
            if e is None:
                raise _gone()
            draft = FeedbackDraft(
                received_at=e.received_at, channel_id=e.channel_id, stage=e.stage, type=e.type, text=e.text,
                sentiment=e.sentiment, stakeholder_id=e.stakeholder_id, segment_id=e.segment_id,
                service_id=e.service_id, office_id=e.office_id, staff=e.staff, status=e.status,
                reference=e.reference,
            )  # fmt: skip
            name = e.stakeholder.name if e.stakeholder is not None else None
            return StoredEntry(e.id, e.number or 0, draft, name, e.version)

    @staticmethod
    def _fill(session: Session, entry: FeedbackEntry, draft: FeedbackDraft) -> None:
        text = draft.text.strip()
        if not text:
            raise user_error(
                CONTEXT, QT_TRANSLATE_NOOP("FeedbackEntryCheck", "Write what was heard.")
            )
        if len(text) > TEXT_MAX_LENGTH:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP("FeedbackEntryCheck", "What was heard has {length} characters; at most {limit} fit."),
                length=len(text), limit=TEXT_MAX_LENGTH,
            )  # fmt: skip
        staff = draft.staff.strip()
        if len(staff) > STAFF_MAX_LENGTH:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP("FeedbackEntryCheck", "The staff member's name is longer than {limit} characters."),
                limit=STAFF_MAX_LENGTH,
            )  # fmt: skip
        if len(draft.reference.strip()) > REFERENCE_MAX_LENGTH:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP("FeedbackEntryCheck", "The reference is longer than {limit} characters."),
                limit=REFERENCE_MAX_LENGTH,
            )  # fmt: skip
        if draft.received_at.tzinfo is None:
            raise ValueError("received_at must be aware")
        if draft.received_at > datetime.now(draft.received_at.tzinfo) + FUTURE_TOLERANCE:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP("FeedbackEntryCheck", "The time heard ({moment}) is in the future."),
                moment=thai_time(draft.received_at).strftime("%Y-%m-%d %H:%M"),
            )  # fmt: skip
        if draft.channel_id is None or session.get(Channel, draft.channel_id) is None:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP("FeedbackEntryCheck", "Choose the channel it came through."),
            )
        for model, value, what in (
            (Service, draft.service_id, QT_TRANSLATE_NOOP("FeedbackEntryCheck", "The service")),
            (Office, draft.office_id, QT_TRANSLATE_NOOP("FeedbackEntryCheck", "The office")),
            (Segment, draft.segment_id, QT_TRANSLATE_NOOP("FeedbackEntryCheck", "The segment")),
            (
                Stakeholder,
                draft.stakeholder_id,
                QT_TRANSLATE_NOOP("FeedbackEntryCheck", "The stakeholder"),
            ),
        ):
            if value is not None and session.get(model, value) is None:
                raise user_error(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("FeedbackEntryCheck", "{what} chosen no longer exists; choose again."),
                    what=Message(CONTEXT, what),
                )  # fmt: skip
        segment_id = draft.segment_id
        if segment_id is None and draft.stakeholder_id is not None:
            stakeholder = session.get(Stakeholder, draft.stakeholder_id)  # known to exist: above
            if stakeholder is not None:
                segment_id = stakeholder.segment_id
        entry.received_at = draft.received_at
        entry.channel_id = draft.channel_id
        entry.stage = draft.stage
        entry.type = draft.type
        entry.sentiment = draft.sentiment
        entry.text = text
        entry.stakeholder_id = draft.stakeholder_id
        entry.segment_id = segment_id
        entry.service_id = draft.service_id
        entry.office_id = draft.office_id
        entry.staff = staff
        entry.status = draft.status
        entry.reference = draft.reference.strip()


def _gone() -> UserError:
    return user_error(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "FeedbackEntryCheck", "The entry no longer exists: someone else deleted it."
        ),
    )
