"""Review of issue 19: an erasure request answered as done closes with the anonymisation, in
one piece: the request's own texts (details, outcome) and its audit entries are scrubbed of the
person, and the window's version of the request (read before the anonymisation changed it) does
not refuse the answer."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from vocdesk.db.models import AuditEntry, DataSubjectRequest, Stakeholder
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.pdpa.terms import RequestKind, RequestStatus
from vocdesk.services.database import Database
from vocdesk.services.pdpa.requests import DataSubjectRequestsService, RequestAnswer, RequestDraft

TODAY = date(2026, 3, 20)
NAME = "มาลี ทดสอบ"


@pytest.fixture
def admin_db(empty_db: Database) -> Database:
    with empty_db.session_scope() as session:
        session.add(Stakeholder(name=NAME, national_id="1101700203451", phone="0812345678"))
    empty_db.actor = Principal(login="admin", role=Role.ADMINISTRATOR,
                               grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip
    return empty_db


def _person_id(db: Database):
    with db.session_scope() as session:
        return session.scalars(select(Stakeholder.id)).one()


def test_an_erasure_answered_with_the_windows_version_closes_and_keeps_no_name(
    admin_db: Database,
):
    service = DataSubjectRequestsService(admin_db, today=lambda: TODAY)
    request_id = service.log(RequestDraft(
        str(_person_id(admin_db)), RequestKind.ERASURE, date(2026, 3, 2),
        details=f"คุณ{NAME} โทร 081-234-5678 ขอให้ลบข้อมูล"))  # fmt: skip
    shown = service.get(request_id)  # what the window holds
    service.answer(request_id, RequestAnswer(
        RequestStatus.DONE, f"ลบข้อมูลของ {NAME} แล้ว", version=shown.version))  # fmt: skip
    row = service.get(request_id)
    assert row.status is RequestStatus.DONE
    with admin_db.session_scope() as session:
        stored = session.get(DataSubjectRequest, request_id)
        assert stored is not None
        texts = [stored.details, stored.outcome, stored.requester]
        trail = session.scalars(select(AuditEntry)).all()
        texts += [json.dumps(e.changes, ensure_ascii=False) for e in trail]
    for text in texts:
        assert "มาลี" not in text and "5678" not in text, text


def test_an_erasure_request_of_a_person_anonymised_already_closes(admin_db: Database):
    from vocdesk.services.pdpa.anonymise import AnonymiseService

    service = DataSubjectRequestsService(admin_db, today=lambda: TODAY)
    person = _person_id(admin_db)
    request_id = service.log(RequestDraft(str(person), RequestKind.ERASURE, date(2026, 3, 2)))
    AnonymiseService(admin_db).anonymise_person(person)  # vocdesk pdpa anonymise, say
    service.answer(request_id, RequestAnswer(RequestStatus.DONE, "ลบแล้วด้วยคำสั่ง"))
    assert service.get(request_id).status is RequestStatus.DONE
