"""Reading the complaint cases: queues, which ones are past their due date, and confidentiality.

A case is open until the complainant has been told the result or the case ended otherwise
(closed, rejected, withdrawn); only open cases can be overdue, and a case waiting for the
complainant or another agency is not overdue while it waits (its clock is stopped; the due date
moves on when work resumes). "Today" comes from a clock passed in, so tests and reports can ask
about any day.

Confidential cases (e.g. a report of misconduct): their subject and details are shown only to
the people the one reading rule allows (``services.confidentiality``); everyone else
sees the number, dates and status, so queues and counts stay complete, and a search finds such a
case by its number only. "Who is reading" is the signed-in person
(``services.authorization.acting``), read at each call.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    String,
    and_,
    case,
    false,
    func,
    not_,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session

from vocdesk.db.models import Complaint, ComplaintCategory, Holiday
from vocdesk.db.repositories.query import (
    Lookup,
    Sorting,
    deferred_page,
    enum_order,
    localised,
    search_filter,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_today
from vocdesk.domain.complaints.workflow import (
    FINISHED_STATUSES,
    OPEN_STATUSES,
    PAUSING_STATUSES,
)
from vocdesk.domain.enums import ComplaintStatus, Priority
from vocdesk.domain.tables import Named, TableQuery
from vocdesk.services import holidays
from vocdesk.services.authorization import acting, requires
from vocdesk.services.confidentiality import readable_condition
from vocdesk.services.database import Database

__all__ = [
    "FINISHED_STATUSES",
    "OPEN_STATUSES",
    "ComplaintRow",
    "ComplaintsService",
    "Named",
    "OverdueCase",
    "Queue",
    "TableQuery",
    "readable_condition",
    "search_condition",
]

# Statuses whose clock runs: open and not paused.
RUNNING_STATUSES = tuple(s for s in OPEN_STATUSES if s not in PAUSING_STATUSES)


class Queue(StrEnum):
    ALL = "all"
    MINE = "mine"
    UNASSIGNED = "unassigned"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    WAITING = "waiting"
    OPEN = "open"


# Queues holding a small share of the cases, each with an index of its own.
NARROW_QUEUES = frozenset(
    {Queue.MINE, Queue.UNASSIGNED, Queue.DUE_SOON, Queue.OVERDUE, Queue.WAITING}
)


@dataclass(frozen=True)
class ComplaintRow:
    id: uuid.UUID
    number: str
    received_at: datetime
    subject: str  # empty when ``hidden``
    category: Named
    status: ComplaintStatus
    priority: Priority
    assigned_to: str
    due_on: date | None
    overdue: bool
    unit: str = ""
    confidential: bool = False
    hidden: bool = False  # confidential, and the reader is not allowed to see its contents


@dataclass(frozen=True)
class OverdueCase:
    """An overdue case as the Overview lists it for supervisors."""

    id: uuid.UUID
    number: str
    subject: str  # empty when hidden
    category: Named
    status: ComplaintStatus
    unit: str
    assigned_to: str
    due_on: date
    days_late: int  # calendar days past the due date
    hidden: bool


def overdue_condition(today: date) -> ColumnElement[bool]:
    return and_(Complaint.status.in_(RUNNING_STATUSES), Complaint.due_on < today)


def due_soon_condition(session: Session, today: date) -> ColumnElement[bool]:
    """Open, running, not yet overdue, and within its category's warning time, in working days
    of the case's office (an office with days of its own counts on its calendar, issue 15)."""
    by_days: dict[int, list[Any]] = {}
    for days, category_id in session.execute(
        select(ComplaintCategory.warn_days_before, ComplaintCategory.id)
    ).all():
        by_days.setdefault(max(0, days), []).append(category_id)
    if not by_days:
        return false()
    own = [o for o in session.scalars(select(Holiday.office_id).where(
        Holiday.office_id.is_not(None)).distinct()) if o is not None]  # fmt: skip
    the_rest = (
        or_(Complaint.office_id.is_(None), Complaint.office_id.not_in(own)) if own else true()
    )
    calendars = [(the_rest, holidays.working_calendar(session))] + [
        (Complaint.office_id == office, holidays.working_calendar(session, office))
        for office in own
    ]
    # One condition per distinct warning time and calendar: categories and offices are few.
    within = or_(
        *(
            and_(
                Complaint.category_id.in_(ids),
                whose,
                Complaint.due_on <= calendar.add_working_days(today, days),
            )
            for days, ids in by_days.items()
            for whose, calendar in calendars
        )
    )
    return and_(Complaint.status.in_(RUNNING_STATUSES), Complaint.due_on >= today, within)


def search_condition(
    query: TableQuery, readable: ColumnElement[bool]
) -> ColumnElement[bool] | None:
    """The cases the search of ``query`` finds (None: no search words): by number, subject,
    officer, unit or category; a case the reader may not read (not ``readable``) by its number
    only, so its words do not give it away. The queues and the export search alike."""
    full = search_filter(
        query,
        [Complaint.number, Complaint.subject, Complaint.assigned_to, Complaint.unit],
        [Lookup(Complaint.category_id, ComplaintCategory, ("name_th", "name_en"))],
    )
    by_number = search_filter(query, [Complaint.number])
    if full is None or by_number is None:  # no search words
        return None
    return or_(and_(readable, full), and_(not_(readable), by_number))


class ComplaintsService:
    SORT_KEYS = (
        "number", "received", "subject", "category", "status",
        "priority", "assigned", "due", "overdue",
    )  # fmt: skip

    def __init__(self, db: Database, today: Callable[[], date] = thai_today) -> None:
        self._db = db
        self._today = today

    @property
    def current_user(self) -> str:
        """The login of the person signed in ("mine" is the cases assigned to it)."""
        return acting(self._db).login

    @staticmethod
    def _joined(stmt: Select[Any]) -> Select[Any]:
        return stmt.join(ComplaintCategory, Complaint.category_id == ComplaintCategory.id)

    def _filtered(
        self,
        session: Session,
        stmt: Select[Any],
        query: TableQuery,
        queue: Queue,
        readable: ColumnElement[bool],
    ) -> Select[Any]:
        queue = Queue(queue)
        today = self._today()
        if queue is Queue.MINE:
            stmt = stmt.where(
                Complaint.assigned_to == self.current_user, Complaint.status.in_(OPEN_STATUSES)
            )
        elif queue is Queue.UNASSIGNED:
            stmt = stmt.where(Complaint.assigned_to == "", Complaint.status.in_(OPEN_STATUSES))
        elif queue is Queue.DUE_SOON:
            stmt = stmt.where(due_soon_condition(session, today))
        elif queue is Queue.OVERDUE:
            stmt = stmt.where(overdue_condition(today))
        elif queue is Queue.WAITING:
            stmt = stmt.where(Complaint.status.in_(PAUSING_STATUSES))
        elif queue is Queue.OPEN:
            stmt = stmt.where(Complaint.status.in_(OPEN_STATUSES))
        found = search_condition(query, readable)
        return stmt if found is None else stmt.where(found)

    def _reader(self, session: Session) -> tuple[str, ColumnElement[bool]]:
        principal = acting(self._db)
        return principal.login, readable_condition(principal)

    @requires(Permission.READ)
    def list_complaints(
        self, query: TableQuery, offset: int = 0, limit: int = 200, queue: Queue = Queue.ALL
    ) -> list[ComplaintRow]:
        overdue = case((overdue_condition(self._today()), 1), else_=0)
        received: SQLColumnExpression[Any] = Complaint.received_at
        if Queue(queue) in NARROW_QUEUES:
            # A narrow queue is found by its own index and then sorted: walking the whole
            # received_at index for its few old rows took 185 ms of 50,000 cases (overdue).
            received = type_coerce(Complaint.received_at, String).concat("")
        sort_columns: dict[str, SQLColumnExpression[Any]] = {
            "number": Complaint.number,  # "2569/000123": zero-padded, so text order is number order
            "received": received,
            "subject": Complaint.subject,
            "category": localised(query, ComplaintCategory.name_th, ComplaintCategory.name_en),
            "status": enum_order(Complaint.status, ComplaintStatus),
            "priority": enum_order(Complaint.priority, Priority),
            "assigned": Complaint.assigned_to,
            "due": Complaint.due_on,
            "overdue": overdue,
        }
        sorting = Sorting(
            sort_columns, "received", Complaint.id, default_descending=True,
            nullable_keys=frozenset({"due"}),
        )  # fmt: skip
        with self._db.session_scope() as session:
            _user, readable = self._reader(session)
            columns = (
                Complaint.id, Complaint.number, Complaint.received_at, Complaint.subject,
                ComplaintCategory.name_th, ComplaintCategory.name_en, Complaint.status,
                Complaint.priority, Complaint.assigned_to, Complaint.due_on,
                overdue.label("overdue"), Complaint.unit, Complaint.confidential,
                case((readable, 0), else_=1).label("hidden"),
            )  # fmt: skip
            # The keys need the category only to sort by it: joined, SQLite drove the query
            # from the category table through all cases (open cases by due date: 728 ms of 200,000).
            keys = select(Complaint.id)
            if query.sort_key == "category":
                keys = self._joined(keys)
            keys = self._filtered(session, keys, query, queue, readable)
            stmt = deferred_page(
                self._joined(select(*columns)), keys, query, sorting, offset, limit
            )
            return [
                ComplaintRow(
                    id=r.id,
                    number=r.number,
                    received_at=r.received_at,
                    subject="" if r.hidden else r.subject,
                    category=Named(r.name_th, r.name_en),
                    status=r.status,
                    priority=r.priority,
                    assigned_to=r.assigned_to,
                    due_on=r.due_on,
                    overdue=bool(r.overdue),
                    unit=r.unit,
                    confidential=r.confidential,
                    hidden=bool(r.hidden),
                )
                for r in session.execute(stmt)
            ]

    @requires(Permission.READ)
    def count_complaints(self, query: TableQuery, queue: Queue = Queue.ALL) -> int:
        with self._db.session_scope() as session:
            _user, readable = self._reader(session)
            stmt = self._filtered(
                session, select(func.count()).select_from(Complaint), query, queue, readable
            )
            return session.scalar(stmt) or 0

    @requires(Permission.READ)
    def queue_counts(self) -> dict[Queue, int]:
        """How many cases each queue holds (for the queue selector)."""
        return {queue: self.count_complaints(TableQuery(), queue) for queue in Queue}

    @requires(Permission.READ)
    def count_overdue(self) -> int:
        stmt = select(func.count()).select_from(Complaint).where(overdue_condition(self._today()))
        with self._db.session_scope() as session:
            return session.scalar(stmt) or 0

    @requires(Permission.READ)
    def list_overdue(self, limit: int = 500) -> list[OverdueCase]:
        """Overdue cases, the longest overdue first, for supervisors (the Overview)."""
        today = self._today()
        with self._db.session_scope() as session:
            _user, readable = self._reader(session)
            stmt = (
                self._joined(
                    select(
                        Complaint.id,
                        Complaint.number,
                        Complaint.subject,
                        ComplaintCategory.name_th,
                        ComplaintCategory.name_en,
                        Complaint.status,
                        Complaint.unit,
                        Complaint.assigned_to,
                        Complaint.due_on,
                        case((readable, 0), else_=1).label("hidden"),
                    )  # fmt: skip
                )
                .where(overdue_condition(today))
                .order_by(Complaint.due_on, Complaint.number)
                .limit(limit)
            )
            return [
                OverdueCase(
                    id=r.id,
                    number=r.number,
                    subject="" if r.hidden else r.subject,
                    category=Named(r.name_th, r.name_en),
                    status=r.status,
                    unit=r.unit,
                    assigned_to=r.assigned_to,
                    due_on=r.due_on,
                    days_late=(today - r.due_on).days,
                    hidden=bool(r.hidden),
                )  # fmt: skip
                for r in session.execute(stmt)
            ]
