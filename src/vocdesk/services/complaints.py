"""Reading the complaint cases, with which ones are past their due date.

A case is open until the complainant has been told the result or the case ended otherwise
(closed, rejected, withdrawn); only open cases can be overdue. "Today" comes from a clock
passed in, so tests and reports can ask about any day.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select

from vocdesk.db.models import Complaint, ComplaintCategory
from vocdesk.db.repositories.query import (
    Lookup,
    Named,
    Sorting,
    TableQuery,
    deferred_page,
    enum_order,
    localised,
    search_filter,
)
from vocdesk.domain.clock import thai_today
from vocdesk.domain.enums import ComplaintStatus, Priority
from vocdesk.services.database import Database

__all__ = ["OPEN_STATUSES", "ComplaintRow", "ComplaintsService", "Named", "TableQuery"]

FINISHED_STATUSES = frozenset(
    {ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED, ComplaintStatus.REJECTED, ComplaintStatus.WITHDRAWN}
)
OPEN_STATUSES = tuple(s for s in ComplaintStatus if s not in FINISHED_STATUSES)


@dataclass(frozen=True)
class ComplaintRow:
    id: uuid.UUID
    number: str
    received_at: datetime
    subject: str
    category: Named
    status: ComplaintStatus
    priority: Priority
    assigned_to: str
    due_on: date | None
    overdue: bool


def overdue_condition(today: date) -> ColumnElement[bool]:
    return and_(Complaint.status.in_(OPEN_STATUSES), Complaint.due_on < today)


class ComplaintsService:
    SORT_KEYS = (
        "number", "received", "subject", "category", "status",
        "priority", "assigned", "due", "overdue",
    )  # fmt: skip

    def __init__(self, db: Database, today: Callable[[], date] = thai_today) -> None:
        self._db = db
        self._today = today

    @staticmethod
    def _joined(stmt: Select[Any]) -> Select[Any]:
        return stmt.join(ComplaintCategory, Complaint.category_id == ComplaintCategory.id)

    @staticmethod
    def _searched(stmt: Select[Any], query: TableQuery) -> Select[Any]:
        condition = search_filter(
            query,
            [Complaint.number, Complaint.subject, Complaint.assigned_to],
            [Lookup(Complaint.category_id, ComplaintCategory, ("name_th", "name_en"))],
        )
        return stmt if condition is None else stmt.where(condition)

    def list_complaints(
        self, query: TableQuery, offset: int = 0, limit: int = 200
    ) -> list[ComplaintRow]:
        overdue = case((overdue_condition(self._today()), 1), else_=0)
        sort_columns: dict[str, ColumnElement[Any]] = {
            "number": Complaint.number,  # "2569/000123": zero-padded, so text order is number order
            "received": Complaint.received_at,
            "subject": Complaint.subject,
            "category": localised(query, ComplaintCategory.name_th, ComplaintCategory.name_en),
            "status": enum_order(Complaint.status, ComplaintStatus),
            "priority": enum_order(Complaint.priority, Priority),
            "assigned": Complaint.assigned_to,
            "due": Complaint.due_on,
            "overdue": overdue,
        }
        columns = (
            Complaint.id, Complaint.number, Complaint.received_at, Complaint.subject,
            ComplaintCategory.name_th, ComplaintCategory.name_en, Complaint.status,
            Complaint.priority, Complaint.assigned_to, Complaint.due_on,
            overdue.label("overdue"),
        )  # fmt: skip
        sorting = Sorting(
            sort_columns, "received", Complaint.id, default_descending=True,
            nullable_keys=frozenset({"due"}),
        )  # fmt: skip
        stmt = deferred_page(
            self._joined(select(*columns)),
            self._searched(self._joined(select(Complaint.id)), query),
            query, sorting, offset, limit,
        )  # fmt: skip
        with self._db.session_scope() as session:
            return [
                ComplaintRow(
                    id=r.id,
                    number=r.number,
                    received_at=r.received_at,
                    subject=r.subject,
                    category=Named(r.name_th, r.name_en),
                    status=r.status,
                    priority=r.priority,
                    assigned_to=r.assigned_to,
                    due_on=r.due_on,
                    overdue=bool(r.overdue),
                )
                for r in session.execute(stmt)
            ]

    def count_complaints(self, query: TableQuery) -> int:
        stmt = self._searched(select(func.count(Complaint.id)), query)
        with self._db.session_scope() as session:
            return session.scalar(stmt) or 0

    def count_overdue(self) -> int:
        stmt = select(func.count(Complaint.id)).where(overdue_condition(self._today()))
        with self._db.session_scope() as session:
            return session.scalar(stmt) or 0

