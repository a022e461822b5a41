"""Which records are past their retention period on a day, as SQL conditions (issue 19).

Each kind of record counts its period from its own moment (docs/pdpa.md § Retention):

- a complaint from when it was closed, else resolved; a case still open (or reopened) is never
  due, nor one finished without either moment;
- feedback from when it was received; a survey response from the day it was submitted; an
  activity from when it took place;
- a person in the registry from their last contact: the latest of their activities (their own
  and those they took part in), feedback, complaints (received, resolved or closed), survey
  responses and the record's creation. A person kept "until" a day (``retention_until``) is due
  the day after it instead. A person with a complaint still open, or a request of theirs not
  yet answered, is never due, nor one whose processing is restricted (an objection or a
  restriction request: PDPA section 34 lets a person ask the agency to keep their data it would
  otherwise erase). Organisations are not data subjects and are never due.

The records of a person who is restricted, or whose request is not yet answered, are never
due either (their feedback, complaints, responses and activities: ``_person_not_held``).
Records already anonymised are never due again. Stored moments are UTC; the day a record is
counted from is its Thai day (``domain.clock``), so the boundary is a Thai midnight: a moment
before ``start_of_thai_day(last_due_start + 1)`` is due. Each condition is a range an index
walks where the schema has one (complaints by status, feedback and activities by time);
survey responses and the registry are scanned (docs/pdpa.md says the figures).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, not_, or_, select

from vocdesk.db.base import Entity
from vocdesk.db.models import (
    Activity,
    Complaint,
    DataSubjectRequest,
    FeedbackEntry,
    Stakeholder,
    SurveyResponse,
)
from vocdesk.db.models.timeline import activity_participant
from vocdesk.domain.clock import start_of_thai_day
from vocdesk.domain.enums import ComplaintStatus, PartyType
from vocdesk.domain.pdpa.retention import last_due_start
from vocdesk.domain.pdpa.terms import RequestStatus, RetentionRecordType

# A case in one of these states is finished; any other (reopened included) is still worked.
FINISHED = (
    ComplaintStatus.RESOLVED,
    ComplaintStatus.CLOSED,
    ComplaintStatus.REJECTED,
    ComplaintStatus.WITHDRAWN,
)

MODELS: dict[RetentionRecordType, type[Entity]] = {
    RetentionRecordType.STAKEHOLDER: Stakeholder,
    RetentionRecordType.FEEDBACK: FeedbackEntry,
    RetentionRecordType.COMPLAINT: Complaint,
    RetentionRecordType.SURVEY_RESPONSE: SurveyResponse,
    RetentionRecordType.ACTIVITY: Activity,
}


def model_of(record_type: RetentionRecordType) -> Any:
    """The table a record type's rows live in (typed loosely: the columns differ per type)."""
    return MODELS[record_type]


def limits(day: date, keep_years: int) -> tuple[date, datetime]:
    """The last Thai day a due record may be counted from, and the UTC moment after it."""
    last = last_due_start(day, keep_years)
    return last, start_of_thai_day(last + timedelta(days=1))


def counted_from(record_type: RetentionRecordType) -> Any:
    """The column (or expression) a record's period counts from, for lists and their order."""
    if record_type == RetentionRecordType.COMPLAINT:
        return func.coalesce(Complaint.closed_at, Complaint.resolved_at)
    if record_type == RetentionRecordType.FEEDBACK:
        return FeedbackEntry.received_at
    if record_type == RetentionRecordType.SURVEY_RESPONSE:
        return SurveyResponse.submitted_on
    if record_type == RetentionRecordType.ACTIVITY:
        return Activity.occurred_at
    return Stakeholder.created_at


def due_condition(
    record_type: RetentionRecordType, day: date, keep_years: int
) -> ColumnElement[bool]:
    """The records of ``record_type`` due on Thai ``day`` under a period of ``keep_years``."""
    last_day, limit = limits(day, keep_years)
    if record_type == RetentionRecordType.COMPLAINT:
        return and_(
            Complaint.status.in_(FINISHED),
            Complaint.anonymised_at.is_(None),
            func.coalesce(Complaint.closed_at, Complaint.resolved_at) < limit,
            _person_not_held(Complaint.stakeholder_id),
        )
    if record_type == RetentionRecordType.FEEDBACK:
        return and_(FeedbackEntry.received_at < limit, FeedbackEntry.anonymised_at.is_(None),
                    _person_not_held(FeedbackEntry.stakeholder_id))  # fmt: skip
    if record_type == RetentionRecordType.SURVEY_RESPONSE:
        return and_(SurveyResponse.submitted_on <= last_day, SurveyResponse.anonymised_at.is_(None),
                    _person_not_held(SurveyResponse.stakeholder_id))  # fmt: skip
    if record_type == RetentionRecordType.ACTIVITY:
        return and_(Activity.occurred_at < limit, Activity.anonymised_at.is_(None),
                    _person_not_held(Activity.stakeholder_id))  # fmt: skip
    return _stakeholder_due(day, last_day, limit)


def _person_not_held(person: Any) -> ColumnElement[bool]:
    """A record's person (``person``: its stakeholder column) does not hold it back from the
    review: nobody, or a person neither restricted (section 34: kept though it would be erased)
    nor with a request not yet answered (their records may be what they asked about). Both sets
    are small, so SQLite reads each once into a list the rows are checked against."""
    held = select(Stakeholder.id).where(Stakeholder.restricted.is_(True))
    asking = select(DataSubjectRequest.stakeholder_id).where(
        DataSubjectRequest.status == RequestStatus.OPEN,
        DataSubjectRequest.stakeholder_id.is_not(None),
    )
    return or_(person.is_(None), and_(person.not_in(held), person.not_in(asking)))


def _stakeholder_due(day: date, last_day: date, limit: datetime) -> ColumnElement[bool]:
    person = Stakeholder.id
    own_activity = exists().where(Activity.stakeholder_id == person, Activity.occurred_at >= limit)
    took_part = exists(
        select(activity_participant.c.activity_id)
        .join(Activity, Activity.id == activity_participant.c.activity_id)
        .where(activity_participant.c.stakeholder_id == person, Activity.occurred_at >= limit)
    )
    feedback = exists().where(
        FeedbackEntry.stakeholder_id == person, FeedbackEntry.received_at >= limit
    )
    complaint = exists().where(
        Complaint.stakeholder_id == person,
        or_(
            Complaint.received_at >= limit,
            Complaint.resolved_at >= limit,
            Complaint.closed_at >= limit,
        ),
    )
    response = exists().where(
        SurveyResponse.stakeholder_id == person, SurveyResponse.submitted_on > last_day
    )
    open_case = exists().where(
        Complaint.stakeholder_id == person, Complaint.status.not_in(FINISHED)
    )
    open_request = exists().where(
        DataSubjectRequest.stakeholder_id == person,
        DataSubjectRequest.status == RequestStatus.OPEN,
    )
    by_last_contact = and_(
        Stakeholder.retention_until.is_(None),
        Stakeholder.created_at < limit,
        not_(own_activity),
        not_(took_part),
        not_(feedback),
        not_(complaint),
        not_(response),
    )
    by_kept_until = and_(
        Stakeholder.retention_until.is_not(None), Stakeholder.retention_until < day
    )
    return and_(
        Stakeholder.anonymised_at.is_(None),
        Stakeholder.party_type == PartyType.PERSON,
        Stakeholder.restricted.is_(False),
        or_(by_last_contact, by_kept_until),
        not_(open_case),
        not_(open_request),
    )
