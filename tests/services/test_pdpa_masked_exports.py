"""Masked exports and lists (PDPA, issue 19): EXPORT alone writes the registry and the complaints
with their personal columns masked and a sensitive person's free texts left out; whole values
need the personal-data grant and an explicit choice, and are audited; a masked file cannot be
imported back over the people's data; the Stakeholders list masks phones and IDs unless a
holder of the grant asks, and each row so shown is audited as VIEW."""

from __future__ import annotations

import csv
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from vocdesk.db.models import AuditEntry, Channel, Complaint, ComplaintCategory, Stakeholder
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import AuditAction, ComplaintStatus
from vocdesk.domain.ids import new_id
from vocdesk.domain.messages import UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database
from vocdesk.services.registry.stakeholders import RegistryService
from vocdesk.services.transfer import export_file, exporter_for, import_file, importer_for

SUPERVISOR = Principal(login="wipa", role=Role.SUPERVISOR)
ADMINISTRATOR = Principal(
    login="admin",
    role=Role.ADMINISTRATOR,
    grants=frozenset({Permission.PERSONAL_DATA, Permission.CONFIDENTIAL}),
)
PEOPLE = [  # national ID, phone, e-mail, LINE, address, sensitive
    ("1112034563562", "+66812345678", "somchai@example.com", "somchai99",
     "99/1 หมู่ 3 ถ.พหลโยธิน ต.คลองหนึ่ง อ.คลองหลวง จ.ปทุมธานี 12120", False),
    ("3101700123452", "+6621234567", "wipa.k@example.org", "wipak",
     "12 ซอยสุขุมวิท 55 เขตวัฒนา กรุงเทพมหานคร 10110", True),
]  # fmt: skip
SECRET_NOTE = "ป่วยเป็นโรคเบาหวาน"  # health: PDPA s.26
SECRET_DETAILS = "ถูกปฏิเสธการรักษาเพราะนับถือศาสนา"
CONTACT = "โทร 089-765-4321 หรือ wipa.k@example.org"


@pytest.fixture
def db(empty_db: Database) -> Database:
    with empty_db.session_scope() as session:
        channel = session.scalars(select(Channel.id)).first()
        category = session.scalars(select(ComplaintCategory.id)).first()
        for n, (national_id, phone, email, line, address, sensitive) in enumerate(PEOPLE):
            person = Stakeholder(
                name=f"บุคคล {n}", national_id=national_id, phone=phone, email=email,
                line_id=line, address=address, province="ปทุมธานี",
                notes=SECRET_NOTE if sensitive else "มาติดต่อบ่อย", sensitive=sensitive,
            )  # fmt: skip
            session.add(person)
            session.flush()
            session.add(
                Complaint(
                    id=new_id(), number=f"69/{n + 1:04d}", fiscal_year=2569, sequence=n + 1,
                    received_at=datetime(2026, 1, 5, 3, tzinfo=UTC), channel_id=channel,
                    category_id=category, subject="ร้องเรียนการให้บริการ",
                    details=SECRET_DETAILS if sensitive else "รอคิวนาน",
                    status=ComplaintStatus.RECEIVED, stakeholder_id=person.id,
                    complainant_name=person.name, complainant_contact=CONTACT,
                )
            )  # fmt: skip
    return empty_db


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def _exports(db: Database) -> list[dict[str, object]]:
    with db.session_scope() as session:
        return [
            dict(entry.changes)
            for entry in session.scalars(
                select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT)
            )
        ]


def _no_identifier_whole(text: str) -> None:
    for national_id, phone, email, line, address, _ in PEOPLE:
        assert national_id not in re.sub(r"\D", "", text)
        local = "0" + phone.removeprefix("+66")
        assert local not in re.sub(r"[\s\-]", "", text)
        assert email not in text and line not in text
        assert address not in text and address.split()[0] + " " not in text
    assert "0897654321" not in re.sub(r"[\s\-]", "", text)


def test_export_alone_writes_the_registry_masked(db: Database, tmp_path: Path) -> None:
    # Given a supervisor without the personal-data grant
    db.actor = SUPERVISOR
    target = tmp_path / "registry.csv"
    # When they export the registry
    count = export_file(exporter_for("stakeholders", db), target)
    # Then every record is there, no ID, phone, e-mail, LINE ID or address whole
    assert count == len(PEOPLE)
    text = _text(target)
    _no_identifier_whole(text)
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    assert {row["national id"] for row in rows} == {"1-1120-xxxxx-56-2", "3-1017-xxxxx-45-2"}
    assert {row["phone"] for row in rows} == {"08x-xxx-5678", "02-xxx-4567"}
    assert "xxx อ.คลองหลวง จ.ปทุมธานี 12120" in {row["address"] for row in rows}
    # And the sensitive person's notes are left out, the other's kept
    assert SECRET_NOTE not in text and "มาติดต่อบ่อย" in text
    # And the audit trail says it went out masked
    assert _exports(db) == [
        {
            "kind": "stakeholders",
            "file": "registry.csv",
            "rows": 2,
            "filters": [],
            "unmasked": False,
        }
    ]


def test_export_alone_writes_complaints_masked(db: Database, tmp_path: Path) -> None:
    db.actor = SUPERVISOR
    target = tmp_path / "complaints.csv"
    assert export_file(exporter_for("complaints", db), target) == len(PEOPLE)
    text = _text(target)
    _no_identifier_whole(text)
    assert "โทร 08x-xxx-4321 หรือ w***@example.org" in text
    # The sensitive complainant's details are left out; the other's stay
    assert SECRET_DETAILS not in text and "รอคิวนาน" in text
    assert _exports(db)[0]["unmasked"] is False


def test_unmasked_needs_the_grant_and_is_audited(db: Database, tmp_path: Path) -> None:
    # Given a supervisor without the grant: whole values are refused, nothing written
    db.actor = SUPERVISOR
    with pytest.raises(UserError, match="personal data"):
        exporter_for("stakeholders", db, unmasked=True)
    with pytest.raises(UserError, match="personal data"):
        exporter_for("complaints", db, unmasked=True)
    assert _exports(db) == []
    # Given an administrator with the grant who asks for them
    db.actor = ADMINISTRATOR
    target = tmp_path / "whole.csv"
    export_file(exporter_for("stakeholders", db, unmasked=True), target)
    text = _text(target)
    assert all(national_id in text for national_id, *_ in PEOPLE)
    assert SECRET_NOTE in text
    assert _exports(db)[0]["unmasked"] is True
    # And the same administrator not asking gets the masked file
    masked = tmp_path / "masked.csv"
    export_file(exporter_for("stakeholders", db), masked)
    _no_identifier_whole(_text(masked))


def test_an_unmasked_export_imports_again_and_a_masked_one_is_refused(
    db: Database, tmp_path: Path
) -> None:
    db.actor = ADMINISTRATOR
    whole, masked = tmp_path / "whole.csv", tmp_path / "masked.csv"
    export_file(exporter_for("stakeholders", db, unmasked=True), whole)
    export_file(exporter_for("stakeholders", db), masked)
    # The unmasked export round-trips: every row matches a record already there
    summary = import_file(importer_for("stakeholders", db), whole)
    assert summary.added == 0
    # A masked export would write masks over the people's data: refused, row by row
    with pytest.raises(UserError, match="masked by an export"):
        import_file(importer_for("stakeholders", db), masked)
    with db.session_scope() as session:
        assert sorted(session.scalars(select(Stakeholder.address))) == sorted(p[4] for p in PEOPLE)


def test_the_list_masks_phones_and_ids_unless_a_holder_of_the_grant_asks(db: Database) -> None:
    registry = RegistryService(db)
    # Given a supervisor: masked, and asking for the whole values is refused
    db.actor = SUPERVISOR
    rows = registry.list_stakeholders(TableQuery())
    assert {r.phone for r in rows} == {"08x-xxx-5678", "02-xxx-4567"}
    assert {r.national_id for r in rows} == {"1-1120-xxxxx-56-2", "3-1017-xxxxx-45-2"}
    assert [r.sensitive for r in rows] == [False, True]
    assert not registry.may_reveal_personal()
    with pytest.raises(UserError, match="personal data"):
        registry.list_stakeholders(TableQuery(), reveal_personal=True)
    # Given an administrator with the grant who asks
    db.actor = ADMINISTRATOR
    assert registry.may_reveal_personal()
    rows = registry.list_stakeholders(TableQuery(), reveal_personal=True)
    assert {r.phone for r in rows} == {"081 234 5678", "02 123 4567"}
    assert {r.national_id for r in rows} == {"1-1120-34563-56-2", "3-1017-00123-45-2"}
    # Then each record shown is on the audit trail as VIEWed, by whom and where
    with db.session_scope() as session:
        views = list(
            session.execute(
                select(AuditEntry.user, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.changes)
                .where(AuditEntry.action == AuditAction.VIEW)
            )
        )  # fmt: skip
    assert {(user, entity) for user, entity, _, _ in views} == {("admin", "stakeholder")}
    assert {uuid.UUID(str(record)) for _, _, record, _ in views} == {r.id for r in rows}
    assert views[0][3] == {"shown": "stakeholders list", "unmasked": True}


def test_the_sensitive_mark_travels_with_an_unmasked_export(db: Database, tmp_path: Path) -> None:
    from vocdesk.services.database import open_database

    db.actor = ADMINISTRATOR
    whole = tmp_path / "whole.csv"
    export_file(exporter_for("stakeholders", db, unmasked=True), whole)
    rows = list(csv.DictReader(whole.open(encoding="utf-8-sig")))
    assert sorted(row["sensitive"] for row in rows) == ["no", "yes"]
    # Imported into another database, the marked person is marked there too
    other, _ = open_database(tmp_path / "other.sqlite", create=True)
    try:
        other.actor = ADMINISTRATOR
        import_file(importer_for("stakeholders", other), whole)
        with other.session_scope() as session:
            marked = dict(session.execute(select(Stakeholder.name, Stakeholder.sensitive)).all())
        assert marked == {"บุคคล 0": False, "บุคคล 1": True}
    finally:
        other.dispose()
    # A file without the column leaves the marks as they are
    without = tmp_path / "without.csv"
    with without.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.DictWriter(file, [k for k in rows[0] if k != "sensitive"])
        writer.writeheader()
        writer.writerows({k: v for k, v in row.items() if k != "sensitive"} for row in rows)
    import_file(importer_for("stakeholders", db), without)
    with db.session_scope() as session:
        assert sorted(session.scalars(select(Stakeholder.sensitive))) == [False, True]
