"""A complaint case's due date and paused days, as the workflow, the case view, the import and
the export all count them.

The due date kept on a case (``due_on``) is the resolve deadline: its category's resolve target
in working days from the day of receipt, the days it waited for the complainant (its history's
pauses) left out. It is counted again on every move of the case.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.db.models import Complaint, ComplaintCategory, ComplaintStatusChange
from vocdesk.domain.clock import thai_date
from vocdesk.domain.complaints.service_standard import Pause, due_date, pauses_from_history
from vocdesk.domain.enums import ComplaintStatus
from vocdesk.domain.working_days import WorkingCalendar
from vocdesk.services import holidays


def case_pauses(history: Iterable[tuple[datetime, ComplaintStatus]], today: date) -> list[Pause]:
    """A case's paused days from its history: (stored UTC moment, status entered), in order."""
    return pauses_from_history([(thai_date(at), status) for at, status in history], today)


def resolve_due_on(
    calendar: WorkingCalendar, received_at: datetime, resolve_days: int,
    history: Iterable[tuple[datetime, ComplaintStatus]], today: date,
) -> date:  # fmt: skip
    """The due date kept on a case (``due_on``): its category's resolve target counted from the
    day of receipt, the paused days of its history left out. The workflow and the import both
    keep it so."""
    return due_date(calendar, thai_date(received_at), resolve_days, case_pauses(history, today))


def working_calendar(session: Session, office_id: uuid.UUID | None = None) -> WorkingCalendar:
    """The working days of an office (or the whole agency): weekends, the national holidays and
    the agency's layer over them off (``services.holidays``)."""
    return holidays.working_calendar(session, office_id)


def case_moves(session: Session, case_id: uuid.UUID) -> list[tuple[datetime, ComplaintStatus]]:
    """A case's history as (stored UTC moment, status entered), in order."""
    return [
        (changed_at, status)
        for changed_at, status in session.execute(
            select(ComplaintStatusChange.changed_at, ComplaintStatusChange.to_status)
            .where(ComplaintStatusChange.complaint_id == case_id)
            .order_by(ComplaintStatusChange.changed_at, ComplaintStatusChange.id)
        )
    ]


def update_due(session: Session, case: Complaint, today: date) -> None:
    """Count ``case``'s due date again from its category and its (flushed) history."""
    category = session.get_one(ComplaintCategory, case.category_id)
    case.due_on = resolve_due_on(
        working_calendar(session, case.office_id),
        case.received_at,
        category.resolve_days,
        case_moves(session, case.id),
        today,
    )
