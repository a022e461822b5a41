"""ExchangeService end to end between two real office files: a bundle sent is received whole
and once, and a field both offices changed is a conflict to review and settle, a confidential
case's only by those who may read it (issue 20)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from vocdesk.db import models as m
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database, open_database
from vocdesk.services.demo import generate_demo
from vocdesk.services.exchange.office import InstallationOffice
from vocdesk.services.exchange.service import ExchangeService

PASSPHRASE = "ช้างเผือก-2569-CNX"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("receive_demo") / "demo.sqlite"
    database, _ = open_database(path)
    generate_demo(database)
    InstallationOffice(database).set("CNX", "สำนักงานเชียงใหม่")
    database.dispose()
    return path


@dataclass
class Offices:
    cnx: Database
    bkk: Database
    folder: Path


@pytest.fixture
def offices(demo_file: Path, tmp_path: Path) -> Iterator[Offices]:
    shutil.copy(demo_file, tmp_path / "cnx.sqlite")
    cnx, _ = open_database(tmp_path / "cnx.sqlite")
    bkk, _ = open_database(tmp_path / "bkk.sqlite")
    InstallationOffice(bkk).set("BKK", "สำนักงานใหญ่")
    yield Offices(cnx, bkk, tmp_path)
    cnx.dispose()
    bkk.dispose()


def _count(db: Database, model: type) -> int:
    with db.session_scope() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(model))


def _exchange(source: Database, target: Database, out: Path, to: str) -> object:
    ExchangeService(source).send(out, PASSPHRASE, to_office=to)
    return ExchangeService(target).receive(out, PASSPHRASE)


def test_a_bundle_sent_is_received_whole_and_only_once(offices: Offices) -> None:
    out = offices.folder / "cnx-to-bkk.vocbundle"
    ExchangeService(offices.cnx).send(out, PASSPHRASE, to_office="BKK")
    header = ExchangeService(offices.bkk).describe(out)

    summary = ExchangeService(offices.bkk).receive(out, PASSPHRASE)
    again = ExchangeService(offices.bkk).receive(out, PASSPHRASE)

    assert (header.from_office, header.to_office) == ("CNX", "BKK")
    for model in (m.Stakeholder, m.Complaint, m.FeedbackEntry, m.SurveyAnswer, m.Reminder):
        assert _count(offices.bkk, model) == _count(offices.cnx, model), model
    assert summary.inserted > 0 and not summary.already_received
    assert again.already_received and again.changed == 0
    with offices.bkk.session_scope() as session:
        audits = session.scalars(sa.select(m.AuditEntry).where(m.AuditEntry.entity == "bundle"))
        assert [a.changes["from_office"] for a in audits] == ["CNX"]  # the second one: nothing
    assert [
        (p.office_code, p.last_received_sequence) for p in ExchangeService(offices.bkk).peers()
    ] == [("CNX", 1)]


def _edit_in_both(offices: Offices, model: type, field: str, key: object) -> None:
    """CNX then BKK change ``field`` of the same record, neither seeing the other's change."""
    for db, value in ((offices.cnx, "แก้ที่เชียงใหม่"), (offices.bkk, "แก้ที่กรุงเทพ")):
        with db.session_scope() as session:
            setattr(session.get(model, key), field, value)


def test_a_field_changed_in_both_offices_is_kept_for_review_and_settled(offices: Offices) -> None:
    _exchange(offices.cnx, offices.bkk, offices.folder / "1.vocbundle", "BKK")
    with offices.cnx.session_scope() as session:
        person = session.scalars(sa.select(m.Stakeholder.id).limit(1)).one()
    _edit_in_both(offices, m.Stakeholder, "notes", person)

    summary = _exchange(offices.bkk, offices.cnx, offices.folder / "2.vocbundle", "CNX")

    service = ExchangeService(offices.cnx)
    assert summary.conflicts == 1
    assert service.open_conflict_count() == 1  # the File menu's count
    [conflict] = service.conflicts()
    assert (conflict.table, conflict.field, conflict.kept) == ("stakeholder", "notes", "incoming")
    with offices.cnx.session_scope() as session:
        assert session.get(m.Stakeholder, person).notes == "แก้ที่กรุงเทพ"  # the newer edit

    service.resolve(conflict.id, take_incoming=False)

    with offices.cnx.session_scope() as session:
        assert session.get(m.Stakeholder, person).notes == "แก้ที่เชียงใหม่"
    assert service.conflicts() == [] and service.open_conflict_count() == 0
    assert [c.resolved_by for c in service.conflicts(open_only=False)] != [""]


def test_a_confidential_case_s_conflict_is_for_those_who_may_read_it(offices: Offices) -> None:
    with offices.cnx.session_scope() as session:
        case = session.scalars(sa.select(m.Complaint).limit(1)).one()
        case.confidential, case.assigned_to = True, "someone_else"
        case_id = case.id
    _exchange(offices.cnx, offices.bkk, offices.folder / "1.vocbundle", "BKK")
    _edit_in_both(offices, m.Complaint, "subject", case_id)
    _exchange(offices.bkk, offices.cnx, offices.folder / "2.vocbundle", "CNX")
    service = ExchangeService(offices.cnx)

    offices.cnx.actor = Principal(login="somchai", role=Role.SUPERVISOR)
    assert service.conflicts() == [] and service.open_conflict_count() == 0
    with offices.cnx.session_scope() as session:
        conflict_id = session.scalars(sa.select(m.SyncConflict.id)).one()
    with pytest.raises(UserError):
        service.resolve(conflict_id, take_incoming=False)

    offices.cnx.actor = Principal(
        login="malee", role=Role.SUPERVISOR, grants=frozenset({Permission.CONFIDENTIAL})
    )
    assert [c.field for c in service.conflicts()] == ["subject"]
    assert service.open_conflict_count() == 1
    service.resolve(conflict_id, take_incoming=False)
    with offices.cnx.session_scope() as session:
        assert session.get(m.Complaint, case_id).subject == "แก้ที่เชียงใหม่"
