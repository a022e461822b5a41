"""A complaint's follow-up reminder, written in the complaint workflow's own transaction.

When a case is resolved and the complainant told the result, someone must ask the complainant,
a few working days later, whether the matter is settled (the follow-up satisfaction of
``CaseWorkflow.record_follow_up``). This shared part writes that ``Reminder`` (source
"complaint"); it lives outside both wings so that the complaints wing may call it without
importing the relationships wing (which reads the reminders: ``services.relationships.reminders``).

The rule: due ``follow_up_working_days`` working days after the day of the notice (the complaint
setting of that key, a whole number of at least 1; 5 when not set), assigned to the case's officer
(else the stakeholder's relationship officer). One reminder per case, ever: resolving again after
a reopening moves the open reminder's day; a done one is left alone.

Issue 19: asking a complainant whether their own matter is settled is part of handling the
complaint (the agency's public task, PDPA section 24(4)), so it needs no consent of its own; but
a person who withdrew the follow-up-survey consent, whose processing is restricted or whose data
was anonymised is not called (``services.pdpa.consents.not_refused``), and an anonymous case has
nobody to call. A complainant typed on the case, with no registry record, is called as before.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.db.models import Complaint, Reminder, Stakeholder
from vocdesk.db.models.complaints import ComplaintSetting
from vocdesk.domain.clock import thai_date
from vocdesk.domain.enums import ComplaintStatus, ReminderSource, ReminderStatus
from vocdesk.domain.pdpa.terms import ConsentPurpose
from vocdesk.domain.relationships import follow_up_due
from vocdesk.services.holidays import working_calendar
from vocdesk.services.pdpa.consents import has_not_refused

FOLLOW_UP_SETTING = "follow_up_working_days"  # ComplaintSetting key
FOLLOW_UP_WORKING_DAYS = 5  # when the setting is not there


def _follow_up_days(session: Session) -> int:
    raw = session.get(ComplaintSetting, FOLLOW_UP_SETTING)
    if raw is not None and raw.value.strip().isdigit() and int(raw.value) >= 1:
        return int(raw.value)
    return FOLLOW_UP_WORKING_DAYS


def schedule_complaint_follow_up(session: Session, case: Complaint) -> uuid.UUID | None:
    """The follow-up reminder of a case resolved and notified, in the caller's transaction.

    Idempotent: one reminder per case. An open one gets the day of the latest notice; a done one
    is left alone. Nothing for a case not notified or already followed up. Returns the reminder.
    """
    if case.notified_at is None or case.followed_up_at is not None:
        return None
    if case.status not in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED):
        return None
    if case.anonymous:
        return None  # nobody to call
    if case.stakeholder_id is not None and not has_not_refused(
        session, case.stakeholder_id, ConsentPurpose.FOLLOW_UP_SURVEY
    ):
        return None  # the person said no, or may not be processed (PDPA, issue 19)
    due_on = follow_up_due(
        thai_date(case.notified_at),
        _follow_up_days(session),
        working_calendar(session, case.office_id),
    )
    reminder = session.scalars(
        select(Reminder).where(Reminder.complaint_id == case.id).order_by(Reminder.created_at)
    ).first()
    if reminder is not None:
        if reminder.status is ReminderStatus.OPEN:
            reminder.due_on = due_on
        return reminder.id
    officer = case.assigned_to or ""
    if not officer and case.stakeholder_id is not None:
        officer = session.scalar(
            select(Stakeholder.relationship_officer).where(Stakeholder.id == case.stakeholder_id)
        ) or ""  # fmt: skip
    reminder = Reminder(
        id=uuid.uuid4(), stakeholder_id=case.stakeholder_id, due_on=due_on, assigned_to=officer,
        source=ReminderSource.COMPLAINT, complaint_id=case.id, status=ReminderStatus.OPEN,
        note=case.number,
    )  # fmt: skip
    session.add(reminder)
    session.flush()
    return reminder.id
