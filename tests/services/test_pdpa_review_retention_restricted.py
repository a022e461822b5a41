"""Review of issue 19: a person whose processing is restricted (PDPA section 34: kept though it
would be erased) or with a request not yet answered keeps their own records out of the retention
review too, not only their registry record: their feedback, complaints, responses and
activities are not due, and a review does not touch them; other people's records are."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from test_pdpa_retention import (
    add_activity,
    add_complaint,
    add_feedback,
    add_person,
    add_response,
    thai,
)

from vocdesk.db.models import DataSubjectRequest, FeedbackEntry
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.pdpa.terms import RequestKind, RetentionAction, RetentionRecordType
from vocdesk.services.database import Database
from vocdesk.services.pdpa.retention import RetentionService

ADMIN = Principal(login="admin", role=Role.ADMINISTRATOR,
                  grants=frozenset({Permission.PERSONAL_DATA, Permission.CONFIDENTIAL}))  # fmt: skip
ON = date(2030, 6, 30)


def test_a_restricted_or_asking_persons_records_are_not_due(empty_db: Database) -> None:
    empty_db.actor = ADMIN
    retention = RetentionService(empty_db)
    for kind in RetentionRecordType:
        if kind is not RetentionRecordType.STAKEHOLDER:
            retention.set_policy(kind, 2, RetentionAction.ANONYMISE)
    old = thai(date(2020, 1, 1), 12)
    restricted = add_person(empty_db, old, restricted=True, restricted_on=date(2021, 1, 1))
    asking = add_person(empty_db, old)
    other = add_person(empty_db, old)
    with empty_db.session_scope() as session:
        session.add(DataSubjectRequest(stakeholder_id=asking, kind=RequestKind.ACCESS,
                                       received_on=date(2030, 6, 1), due_on=date(2030, 7, 1)))  # fmt: skip
    mine: dict[RetentionRecordType, set] = {}
    for person in (restricted, asking, other, None):
        ids = {
            RetentionRecordType.FEEDBACK: add_feedback(empty_db, old, person),
            RetentionRecordType.COMPLAINT: add_complaint(empty_db, old, stakeholder_id=person),
            RetentionRecordType.SURVEY_RESPONSE: add_response(empty_db, date(2020, 1, 1), person),
        }
        if person is not None:
            ids[RetentionRecordType.ACTIVITY] = add_activity(empty_db, person, old)
        if person in (other, None):
            for kind, record in ids.items():
                mine.setdefault(kind, set()).add(record)
    for kind, expected in mine.items():
        assert {r.id for r in retention.list_due(kind, on=ON)} == expected, kind
    counts = {c.record_type: c.count for c in retention.due_counts(on=ON)}
    assert counts[RetentionRecordType.FEEDBACK] == 2
    assert retention.review(RetentionRecordType.FEEDBACK, RetentionAction.ANONYMISE, ON, []) == 2
    with empty_db.session_scope() as session:
        kept = session.scalars(select(FeedbackEntry.stakeholder_id).where(
            FeedbackEntry.anonymised_at.is_(None))).all()  # fmt: skip
    assert set(kept) == {restricted, asking}
