"""How many reminders to get in touch are due: a shared part, so that the Overview and the status
bar count them exactly as the reminders list (``services.relationships.reminders``) shows them,
without the Overview wing importing the relationships wing.

A reminder counts while it is open, unless it is a complaint's follow-up whose case has been
followed up since (the complainant's satisfaction recorded) or is no longer resolved or closed
(reopened). Due today: its day is today; overdue: its day is before today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, case, func, or_, select

from vocdesk.db.models import Complaint, Reminder
from vocdesk.domain.enums import ComplaintStatus, ReminderStatus
from vocdesk.services.database import Database

# A complaint's reminder shows while its case is resolved or closed (not reopened meanwhile).
FOLLOWED_UP_AFTER = (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED)


@dataclass(frozen=True)
class ReminderCounts:
    due_today: int  # due exactly today
    overdue: int  # due before today

    @property
    def due(self) -> int:
        return self.due_today + self.overdue


def reminder_shown() -> ColumnElement[bool]:
    """Open, and not a complaint's follow-up already made (or of a case reopened since); needs
    ``Complaint`` outer-joined on the reminder's ``complaint_id``."""
    return and_(
        Reminder.status == ReminderStatus.OPEN,
        or_(
            Reminder.complaint_id.is_(None),
            and_(Complaint.followed_up_at.is_(None), Complaint.status.in_(FOLLOWED_UP_AFTER)),
        ),
    )


def due_reminder_counts(db: Database, today: date, officer: str | None = None) -> ReminderCounts:
    """Open reminders due on ``today`` and overdue, of one officer or everyone; an indexed count
    (``ix_reminder_status_due``), a few milliseconds with thousands of reminders."""
    due_today = func.sum(case((Reminder.due_on == today, 1), else_=0))  # (any SQL, not iif)
    overdue = func.sum(case((Reminder.due_on < today, 1), else_=0))
    where = [reminder_shown(), Reminder.due_on <= today]
    if officer is not None:
        where.append(Reminder.assigned_to == officer)
    stmt = (
        select(due_today, overdue)
        .select_from(Reminder)
        .outerjoin(Complaint, Complaint.id == Reminder.complaint_id)
        .where(*where)
    )
    with db.session_scope() as session:
        row = session.execute(stmt).one()
    return ReminderCounts(due_today=int(row[0] or 0), overdue=int(row[1] or 0))
