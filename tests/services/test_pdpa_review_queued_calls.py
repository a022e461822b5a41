"""Review of issue 19: the calls already queued for a person stop when their processing is
restricted (an objection or a restriction answered) or their data anonymised, as they stop when
the follow-up consent is withdrawn; a reminder written by hand, or one already done, stays."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from vocdesk.db.models import Reminder, Stakeholder
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import ReminderSource, ReminderStatus
from vocdesk.domain.pdpa.terms import RequestKind, RequestStatus
from vocdesk.services.database import Database
from vocdesk.services.pdpa.anonymise import AnonymiseService
from vocdesk.services.pdpa.requests import DataSubjectRequestsService, RequestAnswer, RequestDraft

TODAY = date(2026, 3, 20)


@pytest.fixture
def queued(empty_db: Database) -> uuid.UUID:
    person_id = uuid.uuid4()
    with empty_db.session_scope() as session:
        session.add(Stakeholder(id=person_id, name="มาลี ทดสอบ", phone="0812345678"))
        session.flush()
        for source, status in ((ReminderSource.COMPLAINT, ReminderStatus.OPEN),
                               (ReminderSource.CONTACT_INTERVAL, ReminderStatus.OPEN),
                               (ReminderSource.MANUAL, ReminderStatus.OPEN),
                               (ReminderSource.COMPLAINT, ReminderStatus.DONE)):  # fmt: skip
            session.add(Reminder(stakeholder_id=person_id, due_on=TODAY, source=source,
                                 status=status, note="โทรหามาลี"))  # fmt: skip
    empty_db.actor = Principal(login="admin", role=Role.ADMINISTRATOR,
                               grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip
    return person_id


def _left(db: Database, person_id: uuid.UUID) -> set[tuple[str, str]]:
    with db.session_scope() as session:
        rows = session.execute(
            select(Reminder.source, Reminder.status).where(Reminder.stakeholder_id == person_id)
        ).all()
    return {(source.value, status.value) for source, status in rows}


KEPT = {("manual", "open"), ("complaint", "done")}


@pytest.mark.parametrize("kind", [RequestKind.OBJECTION, RequestKind.RESTRICTION])
def test_a_restriction_stops_the_queued_calls(
    empty_db: Database, queued: uuid.UUID, kind: RequestKind
):
    service = DataSubjectRequestsService(empty_db, today=lambda: TODAY)
    request_id = service.log(RequestDraft(str(queued), kind, date(2026, 3, 2)))
    service.answer(request_id, RequestAnswer(RequestStatus.DONE, "ระงับแล้ว"))
    assert _left(empty_db, queued) == KEPT


def test_an_anonymisation_stops_the_queued_calls(empty_db: Database, queued: uuid.UUID):
    AnonymiseService(empty_db).anonymise_person(queued)
    assert _left(empty_db, queued) == KEPT
