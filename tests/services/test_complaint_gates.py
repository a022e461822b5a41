"""Who may do what with complaint cases (issue 16), on a real SQLite file: staff record and work
their own cases (or unassigned ones), supervisors assign, close, reopen and work anyone's cases,
administrators change the categories; a confidential case stays closed to those the reading rule
does not allow. And every public method of the complaint, Timeline, improvement and Overview
services is gated."""

from __future__ import annotations

import inspect
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from vocdesk.db.models import Channel, ComplaintCategory
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.messages import UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.services.authorization import gate_of
from vocdesk.services.complaints.cases import (
    AttachmentFile,
    CaseDraft,
    ComplaintCasesService,
    Resolution,
)
from vocdesk.services.complaints.categories import CategoryRecord, ComplaintCategoriesService
from vocdesk.services.complaints.exporter import ComplaintExporter
from vocdesk.services.complaints.importer import ComplaintImporter
from vocdesk.services.complaints.queues import ComplaintsService
from vocdesk.services.database import Database
from vocdesk.services.listening.improvement import ImprovementActionsService
from vocdesk.services.overview.figures import OverviewService
from vocdesk.services.relationships.timeline import TimelineService

TODAY = date(2025, 11, 14)
RECEIVED = datetime(2025, 11, 3, 2, 30, tzinfo=UTC)


def _act(db: Database, login: str, role: Role, *grants: Permission) -> ComplaintCasesService:
    db.actor = Principal(login=login, role=role, grants=frozenset(grants))
    return ComplaintCasesService(db, today=lambda: TODAY)


def _draft(db: Database, **changes: object) -> CaseDraft:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "phone"))
        category = session.scalar(select(ComplaintCategory.id).order_by(ComplaintCategory.code))
    fields: dict = dict(received_at=RECEIVED, channel_id=channel, category_id=category,
                        subject="ไฟทางดับทั้งซอย")  # fmt: skip
    return CaseDraft(**(fields | changes))


def _resolution(db: Database) -> Resolution:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "phone"))
    return Resolution("ซ่อมแล้ว", datetime(2025, 11, 10, 3, tzinfo=UTC), channel)


def test_staff_work_their_own_case_and_a_supervisor_closes_it(empty_db: Database) -> None:
    staff = _act(empty_db, "somchai", Role.STAFF)
    case = staff.register(_draft(empty_db, assigned_to="somchai"))
    staff.transition(case.id, S.IN_PROGRESS)
    staff.add_attachment(case.id, AttachmentFile("photo.jpg", b"\xff\xd8"))

    with pytest.raises(UserError, match="assign, close and delete"):
        staff.transition(case.id, S.RESOLVED, resolution=_resolution(empty_db))
    assert not staff.case(case.id).manageable and staff.case(case.id).workable

    supervisor = _act(empty_db, "malee", Role.SUPERVISOR)
    supervisor.transition(case.id, S.RESOLVED, resolution=_resolution(empty_db))
    supervisor.transition(case.id, S.CLOSED)
    assert supervisor.case(case.id).status is S.CLOSED

    _act(empty_db, "somchai", Role.STAFF)
    with pytest.raises(UserError, match="assign, close and delete"):
        staff.transition(case.id, S.REOPENED, "ผู้ร้องแจ้งว่ายังดับอยู่")


def test_staff_may_not_assign_nor_work_someone_elses_case(empty_db: Database) -> None:
    supervisor = _act(empty_db, "malee", Role.SUPERVISOR)
    theirs = supervisor.register(_draft(empty_db, assigned_to="niran"))

    staff = _act(empty_db, "somchai", Role.STAFF)
    with pytest.raises(UserError, match="assigned to niran"):
        staff.transition(theirs.id, S.SCREENING)
    with pytest.raises(UserError, match="assign, close and delete"):
        staff.assign(theirs.id, "กองช่าง", "somchai")
    with pytest.raises(UserError, match="assign, close and delete"):
        staff.register(_draft(empty_db, assigned_to="niran"))
    assert not staff.case(theirs.id).workable

    own = staff.register(_draft(empty_db))  # unassigned: the shared in-tray
    staff.transition(own.id, S.SCREENING)
    with pytest.raises(UserError, match="assign, close and delete"):
        staff.update_case(own.id, _draft(empty_db, confidential=True))  # decides who reads it
    attachment = staff.add_attachment(own.id, AttachmentFile("a.txt", b"x"))
    with pytest.raises(UserError, match="assign, close and delete"):
        staff.remove_attachment(attachment)


def test_staff_may_not_read_a_confidential_case(empty_db: Database) -> None:
    supervisor = _act(empty_db, "malee", Role.SUPERVISOR)
    case = supervisor.register(
        _draft(empty_db, subject="เจ้าหน้าที่เรียกรับเงิน", confidential=True, assigned_to="niran")
    )

    staff = _act(empty_db, "somchai", Role.STAFF)
    seen = staff.case(case.id)
    assert seen.hidden and seen.subject == "" and not seen.workable
    with pytest.raises(UserError, match="is confidential"):
        staff.draft_of_case(case.id)
    (row,) = ComplaintsService(empty_db).list_complaints(TableQuery())  # the queues hide it too
    assert row.hidden and row.subject == ""
    granted = _act(empty_db, "somchai", Role.STAFF, Permission.CONFIDENTIAL)
    assert granted.case(case.id).subject == "เจ้าหน้าที่เรียกรับเงิน"


def test_only_administrators_change_the_categories_and_settings(empty_db: Database) -> None:
    for role in (Role.STAFF, Role.SUPERVISOR):
        cases = _act(empty_db, "somchai", role)
        categories = ComplaintCategoriesService(empty_db)
        assert categories.list_categories() and not categories.may_change()
        with pytest.raises(UserError, match="manage catalogues and settings"):
            categories.save(CategoryRecord("new", "ใหม่", "New"))
        with pytest.raises(UserError, match="manage catalogues and settings"):
            cases.set_number_prefix("ศธ-")

    cases = _act(empty_db, "admin", Role.ADMINISTRATOR)
    assert ComplaintCategoriesService(empty_db).may_change()
    ComplaintCategoriesService(empty_db).save(CategoryRecord("new", "ใหม่", "New"))
    cases.set_number_prefix("ศธ-")


SERVICES = (
    ComplaintCasesService, ComplaintsService, ComplaintCategoriesService, ComplaintExporter,
    ComplaintImporter, TimelineService, ImprovementActionsService, OverviewService,
)  # fmt: skip


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.__name__)
def test_every_public_method_is_gated(service: type) -> None:
    ungated = [
        name
        for name, method in inspect.getmembers(service, inspect.isfunction)
        if not name.startswith("_") and gate_of(method) is None
    ]
    assert ungated == []
