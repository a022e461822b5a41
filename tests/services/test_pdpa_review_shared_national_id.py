"""Review of issue 19: a national ID two records share names nobody in particular. The access
export, a request's person and its link are refused it (merge the records first, or give the
record's id), as the anonymisation is; one of the two chosen silently would give the person
half their data, or link their request to the other record."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from vocdesk.db.models import Stakeholder
from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.messages import UserError
from vocdesk.domain.pdpa.terms import RequestKind
from vocdesk.services.database import Database
from vocdesk.services.pdpa.person_data import PersonDataService
from vocdesk.services.pdpa.requests import DataSubjectRequestsService, RequestDraft

NATIONAL_ID = "1101700203451"


def test_a_shared_national_id_is_refused_and_a_record_id_is_not(empty_db: Database) -> None:
    ids = [uuid.uuid4(), uuid.uuid4()]
    with empty_db.session_scope() as session:
        for row_id, name in zip(ids, ("มาลี ทดสอบ", "มาลี ทดสอบ (ซ้ำ)"), strict=True):
            session.add(Stakeholder(id=row_id, name=name, national_id=NATIONAL_ID))
    empty_db.actor = Principal(login="somchai", role=Role.STAFF)
    finder = PersonDataService(empty_db)
    with pytest.raises(UserError, match="merge"):
        finder.find("1-1017-00203-45-1")
    assert finder.find(str(ids[1])).id == ids[1]
    requests = DataSubjectRequestsService(empty_db, today=lambda: date(2026, 3, 20))
    with pytest.raises(UserError, match="merge"):
        requests.log(RequestDraft(NATIONAL_ID, RequestKind.ACCESS, date(2026, 3, 1)))
    logged = requests.log(RequestDraft("", RequestKind.ACCESS, date(2026, 3, 1), requester="ทนาย"))
    with pytest.raises(UserError, match="merge"):
        requests.link_person(logged, NATIONAL_ID)
    requests.link_person(logged, str(ids[0]))
    assert requests.get(logged).stakeholder_id == ids[0]
