"""This installation's office on a real SQLite file: its code and name kept and checked, the
records made here stamped with the code without looking changed, and a code that other offices
already know (a bundle was sent) kept."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sample_data import fill
from sqlalchemy import select

from vocdesk.db.base import utc_now
from vocdesk.db.models import AuditEntry, Channel, Complaint, Stakeholder, SyncBundle
from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database, open_database
from vocdesk.services.exchange.office import InstallationOffice, stamp_origin, travelling_tables


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    yield database
    database.dispose()


def test_a_new_database_needs_its_office(db: Database) -> None:
    office = InstallationOffice(db)

    assert office.needs_office() is True
    assert (office.code(), office.name()) == ("", "")


def test_the_code_is_upper_cased_and_the_name_tidied(db: Database) -> None:
    office = InstallationOffice(db)

    office.set(" bkk-1 ", "  สำนักงาน   กรุงเทพ ")

    assert (office.code(), office.name()) == ("BKK-1", "สำนักงาน กรุงเทพ")
    assert office.needs_office() is False


@pytest.mark.parametrize("code", ["", "B", "ABCDEFGHIJKLM", "BK K", "กทม", "BKK_1", "BKK/1"])
def test_a_code_out_of_the_rule_is_refused(db: Database, code: str) -> None:
    with pytest.raises(UserError, match="office code"):
        InstallationOffice(db).set(code, "Bangkok")

    assert InstallationOffice(db).code() == ""


def test_a_name_is_required(db: Database) -> None:
    with pytest.raises(UserError, match="name"):
        InstallationOffice(db).set("BKK", "   ")


def test_setting_the_code_stamps_every_record_made_here_without_touching_it(
    db: Database,
) -> None:
    fill(db, stakeholders=5, feedback=10, complaints=8, surveys=1, responses_per_survey=3,
         today=date(2025, 11, 14))  # fmt: skip
    with db.session_scope() as session:
        before = {s.id: (s.updated_at, s.touched_at, s.version)
                  for s in session.scalars(select(Stakeholder))}  # fmt: skip
        other = session.scalars(select(Channel)).first()
        assert other is not None
        other.origin_office = "CNX"  # received from another office: stays its own
        other_id = other.id

    InstallationOffice(db).set("BKK", "Bangkok")

    with db.session_scope() as session:
        after = {s.id: (s.updated_at, s.touched_at, s.version)
                 for s in session.scalars(select(Stakeholder))}  # fmt: skip
        assert after == before
        assert set(session.scalars(select(Stakeholder.origin_office))) == {"BKK"}
        assert set(session.scalars(select(Complaint.origin_office))) == {"BKK"}
        assert set(session.scalars(select(Complaint.edited_office))) == {""}
        assert session.get(Channel, other_id).origin_office == "CNX"  # type: ignore[union-attr]
        for table in travelling_tables():
            assert (
                session.execute(
                    select(table.c.id).where(table.c.origin_office == "").limit(1)
                ).first()
                is None
            ), table.name


def test_stamping_again_only_fills_new_records(db: Database) -> None:
    fill(db, stakeholders=2, feedback=2, complaints=2, surveys=1, responses_per_survey=1,
         today=date(2025, 11, 14))  # fmt: skip
    with db.session_scope() as session:
        assert stamp_origin(session, "BKK") > 0
    with db.session_scope() as session:
        assert stamp_origin(session, "BKK") == 0


def test_the_code_may_change_until_a_bundle_was_sent_and_the_change_is_audited(
    db: Database,
) -> None:
    fill(db, stakeholders=2, feedback=2, complaints=2, surveys=1, responses_per_survey=1,
         today=date(2025, 11, 14))  # fmt: skip
    office = InstallationOffice(db)
    office.set("BKK", "Bangkok")

    office.set("BKK-1", "Bangkok 1")  # nothing sent yet: the records follow the new code

    with db.session_scope() as session:
        assert set(session.scalars(select(Stakeholder.origin_office))) == {"BKK-1"}
        session.add(SyncBundle(bundle_id=uuid.uuid4(), direction="sent", office_code="CNX",
                               sequence=1, made_at=utc_now(), done_at=utc_now()))  # fmt: skip
    with pytest.raises(UserError, match="cannot change"):
        office.set("BKK-2", "Bangkok 2")
    office.set("bkk-1", "Bangkok head office")  # the name still may

    assert (office.code(), office.name()) == ("BKK-1", "Bangkok head office")
    assert office.code_may_change() is False
    with db.session_scope() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "app_setting").order_by(AuditEntry.at)
        ).all()
        assert [e.changes for e in entries] == [
            {"office_code": ["", "BKK"], "office_name": ["", "Bangkok"]},
            {"office_code": ["BKK", "BKK-1"], "office_name": ["Bangkok", "Bangkok 1"]},
            {"office_name": ["Bangkok 1", "Bangkok head office"]},
        ]


def test_staff_may_read_the_office_but_not_set_it(db: Database) -> None:
    InstallationOffice(db).set("BKK", "Bangkok")
    db.actor = Principal(login="somchai", role=Role.STAFF)

    assert InstallationOffice(db).code() == "BKK"
    with pytest.raises(UserError):
        InstallationOffice(db).set("CNX", "Chiang Mai")


def test_the_name_alone_then_the_code_alone_as_the_command_line_sets_them(
    db: Database,
) -> None:
    office = InstallationOffice(db)
    with pytest.raises(UserError, match="name first"):
        office.set_code("BKK")

    office.set_name("Bangkok")
    assert office.needs_office() is True
    office.set_code("bkk")

    assert (office.code(), office.name()) == ("BKK", "Bangkok")
