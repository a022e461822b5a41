"""Recording relationship activities (meetings, calls, visits, agreements, ...): load, create,
update and delete, each one transaction with its audit entry.

A follow-up date is a promise to get in touch again: the activity keeps one open reminder
(source ``activity``) due that day, assigned to the activity's staff or else the stakeholder's
relationship officer. Setting the date makes it, changing the date moves it, clearing the date
removes it; a reminder already done stays as it is. Working days, done and snooze are the
reminders service's; this module only keeps an activity and its reminder in step
(``sync_follow_up``, which the activities import uses too).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete, or_, select
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import Activity, AuditEntry, Channel, Reminder, Stakeholder
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_time
from vocdesk.domain.enums import (
    ActivityKind,
    AuditAction,
    LifecycleStage,
    ReminderSource,
    ReminderStatus,
)
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, user_error
from vocdesk.domain.tables import Named
from vocdesk.services.authorization import acting, requires
from vocdesk.services.database import Database, check_version
from vocdesk.services.pdpa.masking import sees_sensitive

CONTEXT = "ActivityCheck"
SUMMARY_MAX_LENGTH = 500  # the column's size
DETAILS_MAX_LENGTH = 10_000
OUTCOME_MAX_LENGTH = 2_000
STAFF_MAX_LENGTH = 200  # the column's size
MAX_PARTICIPANTS = 200
FUTURE_TOLERANCE = timedelta(minutes=10)  # a PC clock a little ahead is not an error
STAKEHOLDER_MATCHES = 20

__all__ = [
    "ActivityDraft",
    "ActivityRecord",
    "ActivityService",
    "InvalidActivity",
    "Party",
    "sync_follow_up",
]


@dataclass(frozen=True)
class ActivityDraft:
    """What the activity form holds."""

    stakeholder_id: uuid.UUID | None
    kind: ActivityKind
    occurred_at: datetime  # aware
    summary: str
    details: str = ""
    channel_id: uuid.UUID | None = None
    stage: LifecycleStage | None = None
    outcome: str = ""
    staff: str = ""
    follow_up_on: date | None = None
    participant_ids: tuple[uuid.UUID, ...] = ()  # other stakeholders taking part


@dataclass(frozen=True)
class Party:
    """A stakeholder as a picker lists it."""

    id: uuid.UUID
    name: str
    organisation: str = ""

    @property
    def text(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


@dataclass(frozen=True)
class ActivityRecord:
    """One activity as the form and the timeline show it."""

    id: uuid.UUID
    kind: ActivityKind
    occurred_at: datetime  # aware
    channel_id: uuid.UUID | None
    channel: Named | None
    stage: LifecycleStage | None
    summary: str
    details: str
    outcome: str
    staff: str
    follow_up_on: date | None
    stakeholder: Party
    participants: tuple[Party, ...]
    reminder_open: bool  # the follow-up's reminder is still to do
    created_at: datetime
    updated_at: datetime
    version: int | None = None  # the saved version read (migration 0012); update() checks it

    @property
    def draft(self) -> ActivityDraft:
        return ActivityDraft(
            stakeholder_id=self.stakeholder.id, kind=self.kind, occurred_at=self.occurred_at,
            summary=self.summary, details=self.details, channel_id=self.channel_id, stage=self.stage,
            outcome=self.outcome, staff=self.staff, follow_up_on=self.follow_up_on,
            participant_ids=tuple(p.id for p in self.participants),
        )  # fmt: skip


class InvalidActivity(UserError):
    """Every problem of a draft, by field name (the form shows them; nothing was written)."""

    def __init__(self, problems: dict[str, Message]) -> None:
        super().__init__(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "ActivityCheck", "The activity was not saved:\n{problems}"), {"problems": list(problems.values())}))  # fmt: skip
        self.problems = problems


def _message(text: str, **params: object) -> Message:
    return Message(CONTEXT, text, dict(params))


def _audit_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_audit_value(v) for v in value]
    return value


def _values_of(row: Activity) -> dict[str, Any]:
    return {
        "stakeholder_id": row.stakeholder_id, "kind": row.kind, "occurred_at": row.occurred_at,
        "channel_id": row.channel_id, "stage": row.stage, "summary": row.subject, "details": row.notes,
        "outcome": row.outcome, "staff": row.staff, "follow_up_on": row.follow_up_on,
        "participant_ids": sorted(str(p.id) for p in row.participants),
    }  # fmt: skip


def follow_up_officer(session: Session, stakeholder_id: uuid.UUID, staff: str) -> str:
    """Who a follow-up reminder is for: the activity's staff, else the relationship officer."""
    if staff:
        return staff
    return (
        session.scalar(
            select(Stakeholder.relationship_officer).where(Stakeholder.id == stakeholder_id)
        )
        or ""
    )


def sync_follow_up(
    session: Session, activity: Activity, before: date | None, *, officer: str | None = None
) -> str | None:
    """Keep ``activity``'s open follow-up reminder in step with its ``follow_up_on`` (``before``
    is the date it had; None for a new activity). Returns what happened, for the audit trail:
    "created", "moved", "removed" or None."""
    reminder = session.scalar(
        select(Reminder).where(
            Reminder.activity_id == activity.id,
            Reminder.source == ReminderSource.ACTIVITY,
            Reminder.status == ReminderStatus.OPEN,
        )
    )
    due = activity.follow_up_on
    if due is None:
        if reminder is None:
            return None
        session.delete(reminder)
        return "removed"
    assigned = (
        officer
        if officer is not None
        else follow_up_officer(session, activity.stakeholder_id, activity.staff)
    )
    if reminder is not None:
        changed = (reminder.due_on, reminder.assigned_to, reminder.stakeholder_id) != (
            due, assigned, activity.stakeholder_id,
        )  # fmt: skip
        reminder.due_on, reminder.assigned_to = due, assigned
        reminder.stakeholder_id = activity.stakeholder_id
        return "moved" if changed else None
    if due == before:  # unchanged, and its reminder already done: nothing new to do
        return None
    session.add(
        Reminder(
            stakeholder_id=activity.stakeholder_id,
            due_on=due,
            assigned_to=assigned,
            source=ReminderSource.ACTIVITY,
            activity_id=activity.id,
            status=ReminderStatus.OPEN,
        )  # fmt: skip
    )
    return "created"


class ActivityService:
    def __init__(self, db: Database, user: str | None = None) -> None:
        self._db = db
        self._given_user = user

    @property
    def _user(self) -> str:
        """Who is stamped on the audit entries: the person signed in, read at each call (an
        explicit ``user`` given to the constructor, as tests do, wins)."""
        return self._given_user if self._given_user is not None else acting(self._db).login

    # --- reading for the form ------------------------------------------------------------
    @requires(Permission.READ)
    def load(self, activity_id: uuid.UUID) -> ActivityRecord:
        with self._db.session_scope() as session:
            row = self._get(session, activity_id)
            channel = session.get(Channel, row.channel_id) if row.channel_id else None
            reminder_open = (
                session.scalar(
                    select(Reminder.id).where(
                        Reminder.activity_id == row.id, Reminder.status == ReminderStatus.OPEN
                    )
                )
                is not None
            )
            people = sorted(row.participants, key=lambda p: (p.name, str(p.id)))
            withheld = self._withheld(row)  # PDPA s.26: a sensitive person's free texts
            return ActivityRecord(
                id=row.id, kind=row.kind, occurred_at=thai_time(row.occurred_at), channel_id=row.channel_id,
                channel=Named(channel.name_th, channel.name_en) if channel is not None else None,
                stage=row.stage, summary=row.subject, details="" if withheld else row.notes,
                outcome="" if withheld else row.outcome, staff=row.staff, follow_up_on=row.follow_up_on,
                stakeholder=Party(row.stakeholder.id, row.stakeholder.name, row.stakeholder.organisation),
                participants=tuple(Party(p.id, p.name, p.organisation) for p in people),
                reminder_open=reminder_open, created_at=row.created_at, updated_at=row.updated_at,
                version=row.version,
            )  # fmt: skip

    @requires(Permission.READ)
    def channel_choices(self, keep: uuid.UUID | None = None) -> list[tuple[uuid.UUID, Named]]:
        """The channels in use, in catalogue order; ``keep`` (an edited activity's retired
        channel) is listed too."""
        condition: ColumnElement[bool] = Channel.active.is_(True)
        if keep is not None:
            condition = or_(condition, Channel.id == keep)
        stmt = select(Channel.id, Channel.name_th, Channel.name_en).where(condition)
        with self._db.session_scope() as session:
            rows = session.execute(stmt.order_by(Channel.sort_order, Channel.name_th)).all()
        return [(r.id, Named(r.name_th, r.name_en)) for r in rows]

    @requires(Permission.READ)
    def find_stakeholders(self, words: str, limit: int = STAKEHOLDER_MATCHES) -> list[Party]:
        """Stakeholders in use matching ``words`` (name, organisation, phone or ID), as the
        Stakeholders tab's search finds them: the stakeholder and participant pickers."""
        from vocdesk.domain.tables import TableQuery
        from vocdesk.services.registry.stakeholders import RegistryService

        if not words.strip():
            return []
        rows = RegistryService(self._db).list_stakeholders(TableQuery(search=words), 0, limit)
        return [Party(r.id, r.name, r.organisation) for r in rows]

    @requires(Permission.READ)
    def stakeholder(self, stakeholder_id: uuid.UUID) -> Party:
        with self._db.session_scope() as session:
            row = session.get(Stakeholder, stakeholder_id)
            if row is None:
                raise _stakeholder_gone()
            return Party(row.id, row.name, row.organisation)

    @requires(Permission.READ)
    def follow_up_officer(self, stakeholder_id: uuid.UUID, staff: str = "") -> str:
        """Who a follow-up would be assigned to (shown beside the date in the form)."""
        with self._db.session_scope() as session:
            return follow_up_officer(session, stakeholder_id, staff.strip())

    # --- changing ------------------------------------------------------------------------
    @requires(Permission.RECORD)
    def create(self, draft: ActivityDraft) -> uuid.UUID:
        """Record an activity (and its follow-up reminder); returns its id."""
        with self._db.session_scope() as session:
            row = Activity()
            self._fill(session, row, draft)
            session.add(row)
            session.flush()
            reminder = sync_follow_up(session, row, None)
            changes = {
                k: _audit_value(v) for k, v in _values_of(row).items() if v not in (None, "", [])
            }
            if reminder:
                changes["reminder"] = reminder
            self._audit(session, AuditAction.CREATE, row.id, changes)
            return row.id

    def _withheld(self, row: Activity) -> bool:
        """Whether the activity's details and outcome are withheld from the person acting: its
        stakeholder is marked sensitive (PDPA s.26) and they lack the personal-data grant."""
        return bool(row.stakeholder.sensitive) and not sees_sensitive(self._db)

    @requires(Permission.RECORD)
    def update(
        self, activity_id: uuid.UUID, draft: ActivityDraft, *, version: int | None = None
    ) -> int:
        """Save ``draft`` over the activity; ``version``, the one the form read (``load``),
        refuses the save if another window saved the activity since. Returns the version saved."""
        with self._db.session_scope() as session:
            row = self._get(session, activity_id)
            check_version(row, version)
            before = _values_of(row)
            withheld = self._withheld(row)
            self._fill(session, row, draft)
            if withheld:  # not shown to this reader (``load``): kept as stored
                row.notes, row.outcome = before["details"], before["outcome"]
            session.flush()
            reminder = None
            if (before["follow_up_on"], before["staff"], before["stakeholder_id"]) != (
                row.follow_up_on, row.staff, row.stakeholder_id,
            ):  # fmt: skip
                reminder = sync_follow_up(session, row, before["follow_up_on"])
            after = _values_of(row)
            changes: dict[str, Any] = {
                k: [_audit_value(before[k]), _audit_value(after[k])]
                for k in after
                if before[k] != after[k]
            }
            if reminder:
                changes["reminder"] = reminder
            if changes:
                self._audit(session, AuditAction.UPDATE, row.id, changes)
            session.flush()
            return row.version

    @requires(Permission.MANAGE_CASES)
    def delete(self, activity_id: uuid.UUID) -> None:
        """Delete the activity, its participants' links and its reminders."""
        with self._db.session_scope() as session:
            row = self._get(session, activity_id)
            snapshot = {k: _audit_value(v) for k, v in _values_of(row).items()}
            session.execute(delete(Reminder).where(Reminder.activity_id == activity_id))
            session.delete(row)
            self._audit(session, AuditAction.DELETE, activity_id, snapshot)

    # --- helpers -------------------------------------------------------------------------
    @staticmethod
    def _fill(session: Session, row: Activity, draft: ActivityDraft) -> None:
        problems: dict[str, Message] = {}
        stakeholder = (
            session.get(Stakeholder, draft.stakeholder_id)
            if draft.stakeholder_id is not None
            else None
        )
        if draft.stakeholder_id is None:
            problems["stakeholder"] = _message(
                QT_TRANSLATE_NOOP("ActivityCheck", "Choose the stakeholder.")
            )
        elif stakeholder is None:
            problems["stakeholder"] = _message(QT_TRANSLATE_NOOP(
                "ActivityCheck", "The stakeholder chosen no longer exists; choose again."))  # fmt: skip
        summary = " ".join(draft.summary.split())
        if not summary:
            problems["summary"] = _message(
                QT_TRANSLATE_NOOP("ActivityCheck", "Write the summary: what the activity was.")
            )
        for name, text, limit, what in (
            ("summary", summary, SUMMARY_MAX_LENGTH, QT_TRANSLATE_NOOP("ActivityCheck", "The summary")),
            ("details", draft.details.strip(), DETAILS_MAX_LENGTH, QT_TRANSLATE_NOOP("ActivityCheck", "The details")),
            ("outcome", draft.outcome.strip(), OUTCOME_MAX_LENGTH, QT_TRANSLATE_NOOP("ActivityCheck", "The outcome")),
            ("staff", draft.staff.strip(), STAFF_MAX_LENGTH, QT_TRANSLATE_NOOP("ActivityCheck", "The staff")),
        ):  # fmt: skip
            if len(text) > limit:
                problems[name] = _message(QT_TRANSLATE_NOOP(
                    "ActivityCheck", "{what} has {length} characters; at most {limit} fit."),
                    what=Message(CONTEXT, what), length=len(text), limit=limit)  # fmt: skip
        if draft.occurred_at.tzinfo is None:
            raise ValueError("occurred_at must be aware")
        if draft.occurred_at > datetime.now(draft.occurred_at.tzinfo) + FUTURE_TOLERANCE:
            problems["occurred_at"] = _message(QT_TRANSLATE_NOOP(
                "ActivityCheck", "The date and time ({moment}) are in the future; record an activity once it has taken place and plan the next one with the follow-up date."),
                moment=thai_time(draft.occurred_at).strftime("%Y-%m-%d %H:%M"))  # fmt: skip
        day = thai_time(draft.occurred_at).date()
        if draft.follow_up_on is not None and draft.follow_up_on < day:
            problems["follow_up_on"] = _message(QT_TRANSLATE_NOOP(
                "ActivityCheck", "The follow-up date is before the activity; choose a later day or clear it."))  # fmt: skip
        if draft.channel_id is not None and session.get(Channel, draft.channel_id) is None:
            problems["channel"] = _message(QT_TRANSLATE_NOOP(
                "ActivityCheck", "The channel chosen no longer exists; choose again."))  # fmt: skip
        wanted = [p for p in dict.fromkeys(draft.participant_ids) if p != draft.stakeholder_id]
        if len(wanted) > MAX_PARTICIPANTS:
            problems["participants"] = Message(CONTEXT, QT_TRANSLATE_NOOP(
                "ActivityCheck", "%Ln participant(s) are listed; at most {limit} fit.", None, len(wanted)),
                {"limit": MAX_PARTICIPANTS}, len(wanted))  # fmt: skip
            wanted = []
        people = (
            list(session.scalars(select(Stakeholder).where(Stakeholder.id.in_(wanted))))
            if wanted
            else []
        )
        if len(people) < len(wanted):
            gone = len(wanted) - len(people)
            problems["participants"] = Message(CONTEXT, QT_TRANSLATE_NOOP(
                "ActivityCheck", "%n of the participants no longer exist; remove them and add them again.", None, gone),
                {}, gone)  # fmt: skip
        if problems:
            raise InvalidActivity(problems)
        order = {person: index for index, person in enumerate(wanted)}
        row.stakeholder_id = draft.stakeholder_id  # type: ignore[assignment]  # checked above
        row.kind = draft.kind
        row.occurred_at = draft.occurred_at
        row.channel_id = draft.channel_id
        row.stage = draft.stage
        row.subject = summary
        row.notes = draft.details.strip()
        row.outcome = draft.outcome.strip()
        row.staff = draft.staff.strip()
        row.follow_up_on = draft.follow_up_on
        row.participants = sorted(people, key=lambda p: order[p.id])

    @staticmethod
    def _get(session: Session, activity_id: uuid.UUID) -> Activity:
        row = session.get(Activity, activity_id)
        if row is None:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                "ActivityCheck", "The activity no longer exists: someone else deleted it."))  # fmt: skip
        return row

    def _audit(
        self, session: Session, action: AuditAction, entity_id: uuid.UUID, changes: dict[str, Any]
    ) -> None:
        session.add(AuditEntry(at=utc_now(), user=self._user, action=action, entity="activity",
                               entity_id=entity_id, changes=changes))  # fmt: skip


def _stakeholder_gone() -> UserError:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP(
        "ActivityCheck", "The stakeholder no longer exists; it may have been merged or deleted."))  # fmt: skip
