"""Staying in touch: reminders to get in touch, the "next contact due" list, contact intervals.

A **reminder** (``Reminder``) is a contact to make by a day, assigned to an officer: an
activity's follow-up date, a complaint's follow-up, a stakeholder due a contact by its interval,
or one set by hand. It is open until marked done (``done_on`` today); snoozing moves its day,
reassigning its officer. A complaint's reminder whose case has since been followed up (the
complainant's satisfaction recorded) no longer shows: the follow-up it asked for was made.

The **next contact due** list: stakeholders not archived, with an interval (their own or their
segment priority's, ``domain.relationships``), whose next contact falls due by a day. Their last
contact is their latest **activity**, as its stakeholder or as a participant: an activity is the
agency reaching out (meeting, call, visit, ...). Feedback entries and complaints do not count:
they are the stakeholder reaching the agency about one matter, and answering a complaint does
not keep a partnership alive. A stakeholder never contacted counts from the day it was
registered. A stakeholder with an open "contact due" reminder is left out: it is in the reminders
list already. The candidates are found in SQL (indexed look-ups of each stakeholder's latest
activity) and only the few near their day get the exact working-day date in Python.

A **complaint's follow-up**: when a case is resolved and the complainant told the result, a
reminder falls due ``follow_up_working_days`` working days after the notice (the complaint
setting of that key; 5 when not set), assigned to the case's officer (else the stakeholder's).
One reminder per case, ever: resolving again after a reopening moves the open one's day. Its
working days, when it falls due and when it is put off, are its case's office's (an office's
provincial day is not one); every other reminder counts on the agency's calendar.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    String,
    cast,
    exists,
    func,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import (
    Activity,
    AuditEntry,
    Complaint,
    ContactInterval,
    Reminder,
    Segment,
    Stakeholder,
    activity_participant,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_date, thai_today
from vocdesk.domain.enums import (
    AuditAction,
    ComplaintStatus,
    Priority,
    ReminderSource,
    ReminderStatus,
)
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.pdpa.terms import ConsentPurpose
from vocdesk.domain.relationships import (
    MAX_INTERVAL_MONTHS,
    MIN_INTERVAL_MONTHS,
    is_overdue,
    next_contact_due,
    snooze_by_working_days,
    valid_interval,
)
from vocdesk.domain.working_days import WorkingCalendar
from vocdesk.services.authorization import acting, requires
from vocdesk.services.database import Database
from vocdesk.services.follow_ups import (
    FOLLOW_UP_SETTING,
    FOLLOW_UP_WORKING_DAYS,
    schedule_complaint_follow_up,
)
from vocdesk.services.holidays import working_calendar
from vocdesk.services.pdpa.consents import not_refused
from vocdesk.services.periods import THAI_ZONE
from vocdesk.services.reminder_counts import (
    ReminderCounts,
    due_reminder_counts,
    reminder_shown,
)

CONTEXT = "Reminders"
NOTE_MAX_LENGTH = 2000
PAGE_SIZE = 200

__all__ = [
    "FOLLOW_UP_SETTING",
    "FOLLOW_UP_WORKING_DAYS",
    "ContactDue",
    "ContactDuePage",
    "ContactIntervalRow",
    "ReminderCounts",
    "ReminderDraft",
    "ReminderFilter",
    "ReminderRow",
    "ReminderScope",
    "ReminderSort",
    "RemindersService",
    "SegmentChoice",
    "schedule_complaint_follow_up",
]


class ReminderScope(StrEnum):
    DUE = "due"  # due on the day or earlier
    OVERDUE = "overdue"  # due before the day
    OPEN = "open"  # every open reminder, whatever its day


class ReminderSort(StrEnum):
    DUE_ON = "due_on"
    STAKEHOLDER = "stakeholder"
    OFFICER = "officer"
    SOURCE = "source"


@dataclass(frozen=True)
class ReminderFilter:
    scope: ReminderScope = ReminderScope.DUE
    officer: str | None = None  # None: every officer; "": not assigned
    segment_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ReminderRow:
    id: uuid.UUID
    due_on: date
    overdue: bool
    source: ReminderSource
    stakeholder_id: uuid.UUID | None
    stakeholder_name: str
    segment_th: str
    segment_en: str
    assigned_to: str
    note: str
    complaint_id: uuid.UUID | None
    complaint_number: str
    activity_id: uuid.UUID | None


@dataclass(frozen=True)
class ReminderDraft:
    stakeholder_id: uuid.UUID
    due_on: date
    assigned_to: str = ""
    note: str = ""


@dataclass(frozen=True)
class ContactDue:
    stakeholder_id: uuid.UUID
    name: str
    organisation: str
    segment_th: str
    segment_en: str
    officer: str
    last_contact: date | None  # None: never contacted (counted from registration)
    months: int
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class ContactDuePage:
    rows: list[ContactDue]
    total: int


@dataclass(frozen=True)
class ContactIntervalRow:
    priority: Priority
    months: int


@dataclass(frozen=True)
class SegmentChoice:
    id: uuid.UUID
    code: str
    name_th: str
    name_en: str


_PRIORITY_ORDER = (Priority.HIGH, Priority.MEDIUM, Priority.LOW)


def _working_calendar(session: Session, reminder: Reminder | None = None) -> WorkingCalendar:
    """The working days a reminder counts on: a complaint's follow-up, its case's office's;
    any other (a contact to make with a stakeholder, who belongs to no office), the agency's."""
    office_id = None
    if reminder is not None and reminder.complaint_id is not None:
        office_id = session.scalar(
            select(Complaint.office_id).where(Complaint.id == reminder.complaint_id)
        )
    return working_calendar(session, office_id)


def _audit(session: Session, user: str, action: AuditAction, reminder_id: uuid.UUID,
           changes: dict[str, Any]) -> None:  # fmt: skip
    session.add(AuditEntry(at=utc_now(), user=user, action=action, entity="reminder",
                           entity_id=reminder_id, changes=changes))  # fmt: skip


class RemindersService:
    def __init__(
        self, db: Database, today: Callable[[], date] = thai_today, user: str | None = None
    ) -> None:
        self._db = db
        self._today = today
        self._given_user = user

    @property
    def _user(self) -> str:
        """Who is stamped on the audit entries: the person signed in, read at each call (an
        explicit ``user`` given to the constructor, as tests do, wins)."""
        return self._given_user if self._given_user is not None else acting(self._db).login

    @requires(Permission.READ)
    def today(self) -> date:
        """The day the lists are computed for (the agency's today)."""
        return self._today()

    # --- reading ---------------------------------------------------------------------------
    @staticmethod
    def _visible() -> ColumnElement[bool]:
        return reminder_shown()

    def _where(self, filt: ReminderFilter, day: date) -> list[ColumnElement[bool]]:
        where = [self._visible()]
        if filt.scope is ReminderScope.DUE:
            where.append(Reminder.due_on <= day)
        elif filt.scope is ReminderScope.OVERDUE:
            where.append(Reminder.due_on < day)
        if filt.officer is not None:
            where.append(Reminder.assigned_to == filt.officer)
        if filt.segment_id is not None:
            where.append(Stakeholder.segment_id == filt.segment_id)
        return where

    @requires(Permission.READ)
    def list_reminders(
        self, filt: ReminderFilter = ReminderFilter(), *, offset: int = 0, limit: int = PAGE_SIZE,  # noqa: B008
        sort: ReminderSort = ReminderSort.DUE_ON, descending: bool = False,
    ) -> list[ReminderRow]:  # fmt: skip
        """Open reminders in ``filt``'s scope on today, one page, sorted (then by due day)."""
        today = self._today()
        key: Any = {
            ReminderSort.DUE_ON: Reminder.due_on,
            ReminderSort.STAKEHOLDER: Stakeholder.name,
            ReminderSort.OFFICER: Reminder.assigned_to,
            ReminderSort.SOURCE: Reminder.source,
        }[ReminderSort(sort)]
        order = [key.desc() if descending else key.asc(), Reminder.due_on, Reminder.id]
        stmt = (
            select(Reminder, Stakeholder.name, Segment.name_th, Segment.name_en, Complaint.number)
            .outerjoin(Stakeholder, Stakeholder.id == Reminder.stakeholder_id)
            .outerjoin(Segment, Segment.id == Stakeholder.segment_id)
            .outerjoin(Complaint, Complaint.id == Reminder.complaint_id)
            .where(*self._where(filt, today))
            .order_by(*order)
            .offset(max(offset, 0))
            .limit(max(limit, 0))
        )
        with self._db.session_scope() as session:
            return [
                ReminderRow(
                    id=r.id,
                    due_on=r.due_on,
                    overdue=is_overdue(r.due_on, today),
                    source=r.source,
                    stakeholder_id=r.stakeholder_id,
                    stakeholder_name=name or "",
                    segment_th=seg_th or "",
                    segment_en=seg_en or "",
                    assigned_to=r.assigned_to,
                    note=r.note,
                    complaint_id=r.complaint_id,
                    complaint_number=number or "",
                    activity_id=r.activity_id,
                )  # fmt: skip
                for r, name, seg_th, seg_en, number in session.execute(stmt)
            ]

    @requires(Permission.READ)
    def count_reminders(self, filt: ReminderFilter = ReminderFilter()) -> int:  # noqa: B008
        stmt = (
            select(func.count(Reminder.id))
            .outerjoin(Complaint, Complaint.id == Reminder.complaint_id)
            .where(*self._where(filt, self._today()))
        )
        if filt.segment_id is not None:
            stmt = stmt.outerjoin(Stakeholder, Stakeholder.id == Reminder.stakeholder_id)
        with self._db.session_scope() as session:
            return int(session.scalar(stmt) or 0)

    @requires(Permission.READ)
    def due_counts(self, officer: str | None = None) -> ReminderCounts:
        """Open reminders due today and overdue (for the status bar and the Overview)."""
        return due_reminder_counts(self._db, self._today(), officer)

    @requires(Permission.READ)
    def officers(self) -> list[str]:
        """Everyone named as an officer on an open reminder or as a stakeholder's officer."""
        with self._db.session_scope() as session:
            names = set(
                session.scalars(
                    select(Reminder.assigned_to)
                    .where(Reminder.status == ReminderStatus.OPEN)
                    .distinct()
                )
            )
            names |= set(session.scalars(select(Stakeholder.relationship_officer).distinct()))
        return sorted(name for name in names if name)

    @requires(Permission.READ)
    def segments(self) -> list[SegmentChoice]:
        with self._db.session_scope() as session:
            return [
                SegmentChoice(s.id, s.code, s.name_th, s.name_en)
                for s in session.scalars(select(Segment).order_by(Segment.sort_order, Segment.code))
            ]

    # --- acting on reminders -----------------------------------------------------------------
    def _open(self, session: Session, reminder_id: uuid.UUID) -> Reminder:
        reminder = session.get(Reminder, reminder_id)
        if reminder is None:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Reminders",
                             "The reminder no longer exists; the list was refreshed."))  # fmt: skip
        if reminder.status is not ReminderStatus.OPEN:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Reminders",
                             "The reminder is already done."))  # fmt: skip
        return reminder

    @requires(Permission.RECORD)
    def mark_done(self, reminder_id: uuid.UUID) -> None:
        """Done today."""
        with self._db.session_scope() as session:
            reminder = self._open(session, reminder_id)
            reminder.status, reminder.done_on = ReminderStatus.DONE, self._today()
            _audit(session, self._user, AuditAction.UPDATE, reminder.id,
                   {"status": ["open", "done"], "done_on": reminder.done_on.isoformat()})  # fmt: skip

    @requires(Permission.RECORD)
    def snooze(
        self, reminder_id: uuid.UUID, *, working_days: int | None = None, to: date | None = None
    ) -> date:
        """Put off by ``working_days`` (from today or the due day, the later) or to the day ``to``
        (today or later). Returns the new due day."""
        if (working_days is None) == (to is None):
            raise ValueError("snooze by working days or to a day, one of the two")
        today = self._today()
        if to is not None and to < today:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Reminders",
                             "A reminder cannot be put off to a day in the past."))  # fmt: skip
        if working_days is not None and working_days < 1:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Reminders",
                             "Put a reminder off by at least one working day."))  # fmt: skip
        with self._db.session_scope() as session:
            reminder = self._open(session, reminder_id)
            before = reminder.due_on
            if working_days is not None:
                new_day = snooze_by_working_days(
                    before, working_days, today, _working_calendar(session, reminder)
                )
            else:
                assert to is not None
                new_day = to
            reminder.due_on = new_day
            _audit(session, self._user, AuditAction.UPDATE, reminder.id,
                   {"due_on": [before.isoformat(), new_day.isoformat()]})  # fmt: skip
        return new_day

    @requires(Permission.RECORD)
    def reassign(self, reminder_id: uuid.UUID, officer: str) -> None:
        officer = officer.strip()
        if len(officer) > 200:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Reminders",
                             "An officer's name is at most 200 characters."))  # fmt: skip
        with self._db.session_scope() as session:
            reminder = self._open(session, reminder_id)
            before = reminder.assigned_to
            reminder.assigned_to = officer
            _audit(session, self._user, AuditAction.UPDATE, reminder.id,
                   {"assigned_to": [before, officer]})  # fmt: skip

    @requires(Permission.RECORD)
    def add_reminder(self, draft: ReminderDraft) -> uuid.UUID:
        """A reminder set by hand, for a stakeholder, due today or later."""
        if draft.due_on < self._today():
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Reminders",
                             "A new reminder cannot be due in the past."))  # fmt: skip
        if len(draft.note) > NOTE_MAX_LENGTH or len(draft.assigned_to.strip()) > 200:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Reminders",
                             "The note or the officer's name is too long."))  # fmt: skip
        with self._db.session_scope() as session:
            if session.get(Stakeholder, draft.stakeholder_id) is None:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Reminders",
                                 "The stakeholder no longer exists."))  # fmt: skip
            reminder = Reminder(
                id=uuid.uuid4(), stakeholder_id=draft.stakeholder_id, due_on=draft.due_on,
                assigned_to=draft.assigned_to.strip(), source=ReminderSource.MANUAL,
                note=draft.note.strip(), status=ReminderStatus.OPEN,
            )  # fmt: skip
            session.add(reminder)
            _audit(session, self._user, AuditAction.CREATE, reminder.id,
                   {"due_on": draft.due_on.isoformat(), "source": "manual"})  # fmt: skip
            return reminder.id

    # --- next contacts due ---------------------------------------------------------------------
    @requires(Permission.READ)
    def next_contacts_due(
        self, *, officer: str | None = None, segment_id: uuid.UUID | None = None,
        by: date | None = None, offset: int = 0, limit: int = PAGE_SIZE,
    ) -> ContactDuePage:  # fmt: skip
        """Stakeholders whose next contact falls due by ``by`` (today when None), earliest
        first, one page, with the total."""
        today = self._today()
        by = by or today
        with self._db.session_scope() as session:
            working = _working_calendar(session)
            due = [
                candidate
                for candidate in self._contact_candidates(session, officer, segment_id, by, working)
                if candidate[0] <= by
            ]
        due.sort(key=lambda c: c[:3])
        start = max(offset, 0)
        page = [_contact_due(c, today) for c in due[start : start + max(limit, 0)]]
        return ContactDuePage(page, len(due))

    @staticmethod
    def _contact_candidates(
        session: Session, officer: str | None, segment_id: uuid.UUID | None, by: date,
        working: WorkingCalendar, stakeholder_id: uuid.UUID | None = None,
    ) -> list[_Candidate]:  # fmt: skip
        """(due day, name, stored id, last contact, months, the row) of the stakeholders whose
        rough due day (see below) is by ``by``; the exact day is the first element."""
        s = Stakeholder
        last_main = (
            select(func.max(Activity.occurred_at))
            .where(Activity.stakeholder_id == s.id)
            .scalar_subquery()
        )
        last_part = (
            select(func.max(Activity.occurred_at))
            .select_from(activity_participant)
            .join(Activity, Activity.id == activity_participant.c.activity_id)
            .where(activity_participant.c.stakeholder_id == s.id)
            .scalar_subquery()
        )
        months = func.coalesce(s.contact_every_months, ContactInterval.months)
        inner = (
            select(
                type_coerce(s.id, String).label("id"), s.name.label("name"), s.organisation.label("organisation"),
                s.relationship_officer.label("officer"), s.created_at.label("created_at"),
                Segment.name_th.label("seg_th"), Segment.name_en.label("seg_en"),
                months.label("months"), last_main.label("last_main"), last_part.label("last_part"),
            )
            .select_from(s)
            .outerjoin(Segment, Segment.id == s.segment_id)
            .outerjoin(ContactInterval, ContactInterval.priority == Segment.priority)
            .where(
                s.archived.is_(False), months.is_not(None), not_refused(ConsentPurpose.SERVICE),
                ~exists().where(Reminder.stakeholder_id == s.id,
                                Reminder.status == ReminderStatus.OPEN,
                                Reminder.source == ReminderSource.CONTACT_INTERVAL),
            )
        )  # fmt: skip
        if officer is not None:
            inner = inner.where(s.relationship_officer == officer)
        if segment_id is not None:
            inner = inner.where(s.segment_id == segment_id)
        if stakeholder_id is not None:
            inner = inner.where(s.id == stakeholder_id)
        sub = inner.subquery()
        # The stored moments are UTC text; the Thai day is 7 hours on. SQLite's "+N months"
        # overflows into the next month (31 Jan + 1 month = 3 March) rather than clamping, at
        # most 3 days late, so "3 days earlier than that is after ``by``" is never due.
        postgres = session.get_bind().dialect.name == "postgresql"
        later = func.greatest if postgres else func.max
        base = func.coalesce(
            later(func.coalesce(sub.c.last_main, sub.c.last_part),
                  func.coalesce(sub.c.last_part, sub.c.last_main)),
            sub.c.created_at,
        )  # fmt: skip
        if postgres:  # a timestamptz: its Thai time plus the months (clamped: 31 Jan -> 29 Feb)
            thai = func.timezone(literal_column(f"'{THAI_ZONE}'"), base)
            rough = cast(thai + func.make_interval(0, sub.c.months, 0, -3), Date)
            stmt = select(sub).where(rough <= by)
        else:
            rough_due = func.date(base, "+7 hours", "+" + cast(sub.c.months, String) + " months",
                                  "-3 days")  # fmt: skip
            stmt = select(sub).where(rough_due <= by.isoformat())
        out: list[_Candidate] = []
        for r in session.execute(stmt).mappings():
            lasts = [v for v in (r["last_main"], r["last_part"]) if v is not None]
            last = thai_date(max(_as_datetime(v) for v in lasts)) if lasts else None
            start = last if last is not None else thai_date(_as_datetime(r["created_at"]))
            months_n = int(r["months"])
            out.append((next_contact_due(start, months_n, working), r["name"], str(r["id"]),
                        last, months_n, r))  # fmt: skip
        return out

    @requires(Permission.RECORD)
    def remind_contact(self, stakeholder_id: uuid.UUID) -> uuid.UUID:
        """Turn a stakeholder's due contact into a reminder ("contact due"), for its officer, due
        the day the contact falls due. Idempotent: an open one is returned as it is."""
        with self._db.session_scope() as session:
            existing = session.scalars(
                select(Reminder.id).where(
                    Reminder.stakeholder_id == stakeholder_id,
                    Reminder.status == ReminderStatus.OPEN,
                    Reminder.source == ReminderSource.CONTACT_INTERVAL,
                )
            ).first()
            if existing is not None:
                return existing
            stakeholder = session.get(Stakeholder, stakeholder_id)
            if stakeholder is None or stakeholder.archived:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Reminders",
                                 "The stakeholder no longer exists or was archived."))  # fmt: skip
            candidates = self._contact_candidates(
                session, None, None, date.max, _working_calendar(session), stakeholder_id
            )
            if not candidates:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Reminders",
                                 "This stakeholder has no contact interval."))  # fmt: skip
            reminder = Reminder(
                id=uuid.uuid4(), stakeholder_id=stakeholder_id, due_on=candidates[0][0],
                assigned_to=stakeholder.relationship_officer,
                source=ReminderSource.CONTACT_INTERVAL, status=ReminderStatus.OPEN,
            )  # fmt: skip
            session.add(reminder)
            _audit(session, self._user, AuditAction.CREATE, reminder.id,
                   {"due_on": candidates[0][0].isoformat(), "source": "contact_interval"})  # fmt: skip
            return reminder.id

    # --- complaints' follow-ups -----------------------------------------------------------------
    @requires(Permission.RECORD)
    def add_complaint_follow_up(self, case_id: uuid.UUID) -> uuid.UUID | None:
        """The follow-up reminder of one case (see ``schedule_complaint_follow_up``)."""
        with self._db.session_scope() as session:
            case = session.get(Complaint, case_id)
            if case is None:
                return None
            return schedule_complaint_follow_up(session, case)

    @requires(Permission.RECORD)
    def add_complaint_follow_ups(self) -> int:
        """Reminders for every case resolved, notified and not followed up that has none yet
        (cases resolved before reminders existed, or imported). Returns how many were added."""
        stmt = select(Complaint).where(
            Complaint.status.in_([ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED]),
            Complaint.notified_at.is_not(None),
            Complaint.followed_up_at.is_(None),
            ~exists().where(Reminder.complaint_id == Complaint.id),
        )
        with self._db.session_scope() as session:
            added = 0
            for case in session.scalars(stmt).all():
                if schedule_complaint_follow_up(session, case) is not None:
                    added += 1
            return added

    # --- contact intervals ----------------------------------------------------------------------
    @requires(Permission.READ)
    def contact_intervals(self) -> list[ContactIntervalRow]:
        with self._db.session_scope() as session:
            stmt = select(ContactInterval.priority, ContactInterval.months)
            months = {priority: n for priority, n in session.execute(stmt)}
        return [ContactIntervalRow(p, int(months[p])) for p in _PRIORITY_ORDER if p in months]

    @requires(Permission.MANAGE_CATALOGUES)
    def save_contact_intervals(self, months: Mapping[Priority, int]) -> None:
        """The three intervals (1-60 months each), all or nothing."""
        for priority in _PRIORITY_ORDER:
            value = months.get(priority)
            if value is None or not valid_interval(value):
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Reminders",
                                 "Each contact interval is from {low} to {high} months."),
                                 low=MIN_INTERVAL_MONTHS, high=MAX_INTERVAL_MONTHS)  # fmt: skip
        with self._db.session_scope() as session:
            rows = {c.priority: c for c in session.scalars(select(ContactInterval))}
            for priority in _PRIORITY_ORDER:
                row = rows.get(priority)
                if row is None:
                    session.add(ContactInterval(priority=priority, months=months[priority]))
                elif row.months != months[priority]:
                    before = row.months
                    row.months = months[priority]
                    session.add(AuditEntry(at=utc_now(), user=self._user, action=AuditAction.UPDATE,
                                           entity="contact_interval", entity_id=row.id,
                                           changes={"months": [before, row.months]}))  # fmt: skip


# (exact due day, name, stored id, last contact day, months, the row read)
_Candidate = tuple[date, str, str, date | None, int, Any]


def _contact_due(c: _Candidate, today: date) -> ContactDue:
    due_on, name, raw_id, last, months, r = c
    return ContactDue(
        stakeholder_id=uuid.UUID(raw_id), name=name, organisation=r["organisation"],
        segment_th=r["seg_th"] or "", segment_en=r["seg_en"] or "", officer=r["officer"],
        last_contact=last, months=months, due_on=due_on, overdue=is_overdue(due_on, today),
    )  # fmt: skip


def _as_datetime(value: Any) -> datetime:
    """A stored UTC moment read back from a raw subquery column (text in SQLite)."""
    if isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
