"""The data subject's requests (issue 19): logged with a 30-day deadline, shown like a service
standard, answered with their outcome on the audit trail; an objection restricts the person."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from vocdesk.db.models import AuditEntry, Stakeholder
from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.messages import UserError
from vocdesk.domain.pdpa.terms import RequestKind, RequestStatus
from vocdesk.services.database import Database
from vocdesk.services.pdpa.requests import (
    DataSubjectRequestsService,
    RequestAnswer,
    RequestDraft,
    RequestFilter,
)

TODAY = date(2026, 3, 20)


@pytest.fixture
def person(empty_db: Database) -> Stakeholder:
    with empty_db.session_scope() as session:
        row = Stakeholder(name="มาลี ทดสอบ", national_id="1101700203451")
        session.add(row)
    empty_db.actor = Principal(login="somchai", role=Role.STAFF)
    return row


def _service(db: Database, today: date = TODAY) -> DataSubjectRequestsService:
    return DataSubjectRequestsService(db, today=lambda: today)


def test_a_request_is_due_thirty_calendar_days_after_it_was_received(
    empty_db: Database, person: Stakeholder
):
    service = _service(empty_db)
    request_id = service.log(
        RequestDraft("1-1017-00203-45-1", RequestKind.ACCESS, date(2026, 3, 1))
    )
    row = service.get(request_id)
    assert row.due_on == date(2026, 3, 31) and row.person_name == "มาลี ทดสอบ"
    assert row.clock.days_left == 11 and not row.clock.due_soon and not row.clock.overdue
    assert _service(empty_db, date(2026, 3, 27)).get(request_id).clock.due_soon
    late = _service(empty_db, date(2026, 4, 2)).get(request_id).clock
    assert late.overdue and late.days_left == -2
    assert service.get(request_id).officer == "somchai"


def test_lists_filter_open_overdue_kind_and_period(empty_db: Database, person: Stakeholder):
    service = _service(empty_db)
    old = service.log(RequestDraft(str(person.id), RequestKind.ACCESS, date(2026, 1, 5)))
    service.log(RequestDraft(str(person.id), RequestKind.CORRECTION, date(2026, 3, 10)))
    service.log(RequestDraft("", RequestKind.ERASURE, date(2026, 3, 15), requester="ทนายความ"))
    assert service.count() == 3
    assert [r.id for r in service.page(RequestFilter(overdue_only=True))] == [old]
    assert service.count(RequestFilter(kind=RequestKind.CORRECTION)) == 1
    period = RequestFilter(received_from=date(2026, 3, 1), received_to=date(2026, 3, 31))
    assert service.count(period) == 2
    # open ones first, by their due day
    assert service.page()[0].id == old
    assert [r.id for r in service.page(offset=1, limit=1)] != [old]


def test_an_answered_objection_restricts_the_person_and_is_audited(
    empty_db: Database, person: Stakeholder
):
    service = _service(empty_db)
    request_id = service.log(RequestDraft(str(person.id), RequestKind.OBJECTION, date(2026, 3, 1)))
    service.assign(request_id, "malee")
    service.answer(request_id, RequestAnswer(RequestStatus.DONE, "หยุดส่งแบบสำรวจแล้ว"))
    row = service.get(request_id)
    assert row.status is RequestStatus.DONE and row.closed_on == TODAY and row.officer == "malee"
    assert row.restricted
    with empty_db.session_scope() as session:
        stored = session.get(Stakeholder, person.id)
        assert stored is not None and stored.restricted and stored.restricted_on == TODAY
        trail = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == request_id)).all()
    assert [e.changes.get("status") for e in trail][-1] == ["open", "done"]
    with pytest.raises(UserError):
        service.answer(request_id, RequestAnswer(RequestStatus.REFUSED, "again"))
    service.lift_restriction(person.id)
    assert not service.get(request_id).restricted


def test_a_refusal_needs_its_ground_and_changes_no_record(empty_db: Database, person: Stakeholder):
    service = _service(empty_db)
    request_id = service.log(
        RequestDraft(str(person.id), RequestKind.RESTRICTION, date(2026, 3, 1))
    )
    with pytest.raises(UserError):
        service.answer(request_id, RequestAnswer(RequestStatus.REFUSED, "  "))
    service.answer(request_id, RequestAnswer(RequestStatus.REFUSED, "มาตรา 34 วรรคสอง"))
    assert not service.get(request_id).restricted


def test_an_erasure_needs_the_erase_permission(empty_db: Database, person: Stakeholder):
    service = _service(empty_db)
    request_id = service.log(RequestDraft(str(person.id), RequestKind.ERASURE, date(2026, 3, 1)))
    with pytest.raises(UserError):
        service.answer(request_id, RequestAnswer(RequestStatus.DONE, "ลบแล้ว"))
    assert service.get(request_id).status is RequestStatus.OPEN


def test_an_erasure_answered_anonymises_the_person(empty_db: Database, person: Stakeholder):
    from vocdesk.domain.accounts import Permission

    empty_db.actor = Principal(login="admin", role=Role.ADMINISTRATOR,
                               grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip
    service = _service(empty_db)
    request_id = service.log(RequestDraft(str(person.id), RequestKind.ERASURE, date(2026, 3, 1)))
    service.answer(request_id, RequestAnswer(RequestStatus.DONE, "ทำให้เป็นข้อมูลนิรนามแล้ว"))
    with empty_db.session_scope() as session:
        stored = session.get(Stakeholder, person.id)
        assert stored is not None and stored.anonymised_at is not None
        assert stored.name != "มาลี ทดสอบ" and not stored.national_id
    assert service.get(request_id).status is RequestStatus.DONE


def test_a_request_needs_a_person_or_a_requester(empty_db: Database, person: Stakeholder):
    with pytest.raises(UserError):
        _service(empty_db).log(RequestDraft("", RequestKind.ACCESS, TODAY))
    with pytest.raises(UserError):
        _service(empty_db).log(RequestDraft(str(person.id), RequestKind.ACCESS, date(2026, 3, 21)))


def test_a_withdrawal_of_consent_answered_withdraws_the_consents_named(
    empty_db: Database, person: Stakeholder
):
    from vocdesk.domain.pdpa.terms import ConsentPurpose
    from vocdesk.services.pdpa.consents import ConsentsService

    consents = ConsentsService(empty_db, today=lambda: TODAY)
    consents.give(person.id, ConsentPurpose.FOLLOW_UP_SURVEY, date(2026, 1, 10))
    consents.give(person.id, ConsentPurpose.NEWS, date(2026, 1, 10))
    service = _service(empty_db)
    request_id = service.log(
        RequestDraft(str(person.id), RequestKind.WITHDRAW_CONSENT, date(2026, 3, 2))
    )
    with pytest.raises(UserError):  # which consents: said, not guessed
        service.answer(request_id, RequestAnswer(RequestStatus.DONE, "ถอนแล้ว"))
    service.answer(request_id, RequestAnswer(RequestStatus.DONE, "ถอนความยินยอมรับแบบสำรวจแล้ว",
                                             purposes=(ConsentPurpose.FOLLOW_UP_SURVEY,)))  # fmt: skip
    states = {state.purpose: state.given for state in consents.states(person.id)}
    assert states[ConsentPurpose.FOLLOW_UP_SURVEY] is False
    assert states[ConsentPurpose.NEWS] is True
