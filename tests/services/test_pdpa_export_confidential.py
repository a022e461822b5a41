"""A person's confidential complaint cases go into their access export whole, so only an officer
the confidentiality rule lets read those cases gathers such a person (issue 19 with issue 16)."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from sample_data import fill
from sqlalchemy import select

from vocdesk.db.models import Complaint
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.pdpa.access_export import AccessExportService
from vocdesk.services.pdpa.person_data import PersonDataService

SECRET = "ร้องเรียนเจ้าหน้าที่เรียกรับเงิน"


def _person_with_a_confidential_case(db: Database):
    fill(db, today=date(2025, 11, 14), stakeholders=6, feedback=10, complaints=12, surveys=1,
         responses_per_survey=2)  # fmt: skip
    with db.session_scope() as session:
        case = session.scalars(
            select(Complaint).where(Complaint.stakeholder_id.is_not(None))
        ).first()
        assert case is not None
        case.confidential, case.subject, case.assigned_to = True, SECRET, "somsri"
        return case.stakeholder_id


def _officer(*grants: Permission) -> Principal:
    return Principal(login="dpo", role=Role.SUPERVISOR, grants=frozenset(grants))


def test_an_officer_who_may_not_read_the_case_is_refused(empty_db: Database, tmp_path: Path):
    person = _person_with_a_confidential_case(empty_db)
    empty_db.actor = _officer(Permission.PERSONAL_DATA)
    out = tmp_path / "person.zip"

    with pytest.raises(UserError, match="confidential"):
        AccessExportService(empty_db).export(person, out, "en")
    with pytest.raises(UserError, match="confidential"):
        PersonDataService(empty_db).gather(person)
    assert not out.exists()


def test_an_officer_granted_confidential_cases_exports_them_whole(
    empty_db: Database, tmp_path: Path
):
    person = _person_with_a_confidential_case(empty_db)
    empty_db.actor = _officer(Permission.PERSONAL_DATA, Permission.CONFIDENTIAL)
    out = tmp_path / "person.zip"

    AccessExportService(empty_db).export(person, out, "en")

    with zipfile.ZipFile(out) as archive:
        assert SECRET in archive.read("person.json").decode("utf-8")
