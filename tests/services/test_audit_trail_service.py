"""The audit trail browser's service (issue 16): read-only, for administrators, filterable,
paged newest first, exportable (and the export itself audited), confidential text withheld."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from vocdesk.db.models import AuditEntry, Channel, Complaint, ComplaintCategory
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.clock import thai_date
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.services.accounts import AccountsService
from vocdesk.services.audit import (
    AuditFilter,
    AuditTrailService,
    FieldChange,
    field_changes,
)
from vocdesk.services.authorization import gate_of
from vocdesk.services.backups import BackupsService, automatic_backup
from vocdesk.services.database import Database, open_database

ADMIN = Principal(
    login="admin", role=Role.ADMINISTRATOR, grants=frozenset({Permission.CONFIDENTIAL})
)
ADMIN_WITHOUT_GRANT = Principal(login="itadmin", role=Role.ADMINISTRATOR)
STAFF = Principal(login="somchai", role=Role.STAFF)
START = datetime(2026, 1, 5, 3, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "audit.sqlite")
    database.actor = ADMIN
    yield database
    database.dispose()


def _case(db: Database, number: str, *, confidential: bool) -> uuid.UUID:
    with db.session_scope() as session:
        channel = session.scalars(select(Channel.id)).first()
        category = session.scalars(select(ComplaintCategory.id)).first()
        if category is None:
            row = ComplaintCategory(code="general", name_th="ทั่วไป", name_en="General")
            session.add(row)
            session.flush()
            category = row.id
        case = Complaint(fiscal_year=2569, sequence=int(number[-3:]), number=number, received_at=START,
                         channel_id=channel, subject="เรื่องลับ ถนนพัง", details="รายละเอียด",
                         category_id=category, confidential=confidential)  # fmt: skip
        session.add(case)
        session.flush()
        return case.id


def _entry(db: Database, minutes: int, action: AuditAction, entity: str, entity_id: uuid.UUID,
           changes: dict[str, object], user: str = "somchai") -> None:  # fmt: skip
    with db.session_scope() as session:
        session.add(AuditEntry(at=START + timedelta(minutes=minutes), user=user, action=action,
                               entity=entity, entity_id=entity_id, changes=changes))  # fmt: skip


@pytest.fixture
def trail(db: Database) -> dict[str, uuid.UUID]:
    """A few dozen entries of several kinds over three days."""
    secret = _case(db, "2569/000001", confidential=True)
    open_case = _case(db, "2569/000002", confidential=False)
    people = [uuid.uuid4() for _ in range(10)]
    for i, person in enumerate(people):
        _entry(db, i, AuditAction.CREATE, "stakeholder", person, {"segment": "general_public"})
        _entry(db, 60 + i, AuditAction.UPDATE, "stakeholder", person,
               {"phone": ["0812345678", "0899999999"], "name": ["สมชาย", "สมชาย ใจดี"]},
               user="malee")  # fmt: skip
    _entry(db, 1440, AuditAction.UPDATE, "complaint", secret,
           {"before": {"subject": "เรื่องลับ ถนนพัง", "assigned_to": ""},
            "after": {"subject": "เรื่องลับ ถนนพังมาก", "assigned_to": "malee"}})  # fmt: skip
    _entry(db, 1441, AuditAction.UPDATE, "complaint", open_case,
           {"before": {"subject": "ไฟดับ"}, "after": {"subject": "ไฟดับทั้งซอย"}})  # fmt: skip
    _entry(db, 1442, AuditAction.MERGE, "complaint", open_case, {"into": "2569/000001"})
    for i in range(8):
        _entry(db, 2880 + i, AuditAction.SIGN_IN, "user_account", uuid.uuid4(), {}, user="admin")
    return {"secret": secret, "open": open_case, "person": people[0]}


def test_staff_may_not_read_or_export_the_trail(db: Database, trail: dict, tmp_path: Path) -> None:
    db.actor = STAFF
    service = AuditTrailService(db)

    for call in (
        service.count_entries,
        lambda: service.entries(TableQuery(), 0, 10),
        service.users,
        lambda: service.export(tmp_path / "trail.csv"),
    ):
        with pytest.raises(UserError, match="view the audit trail"):
            call()
    assert not (tmp_path / "trail.csv").exists()


def test_the_service_only_reads_every_public_method_is_gated() -> None:
    public = [name for name in vars(AuditTrailService) if not name.startswith("_")]

    assert sorted(public) == ["count_entries", "entities", "entries", "export", "users"]
    assert all(
        gate_of(getattr(AuditTrailService, name)) == Permission.VIEW_AUDIT for name in public
    )


def test_entries_come_newest_first_in_pages(db: Database, trail: dict) -> None:
    service = AuditTrailService(db)

    total = service.count_entries()
    first = service.entries(TableQuery(), 0, 10)
    second = service.entries(TableQuery(), 10, 10)

    assert total == 31  # 10 created, 10 changed, 3 on cases, 8 sign-ins
    assert len(first) == 10 and len(second) == 10
    moments = [row.at for row in first + second]
    assert moments == sorted(moments, reverse=True)
    assert first[0].action == AuditAction.SIGN_IN and first[0].user == "admin"
    assert {row.id for row in first}.isdisjoint({row.id for row in second})


def test_filters_by_period_user_action_entity_and_id(db: Database, trail: dict) -> None:
    service = AuditTrailService(db)

    def count(**filters: object) -> int:
        return service.count_entries(TableQuery(), AuditFilter(**filters))  # type: ignore[arg-type]

    assert count(user="malee") == 10
    assert count(action=AuditAction.CREATE) == 10
    assert count(entity="complaint") == 3
    assert count(entity="stakeholder", action=AuditAction.UPDATE, user="malee") == 10
    first_day = thai_date(START)
    assert count(start=first_day, end=first_day) == 20
    assert count(start=first_day + timedelta(days=2)) == 8
    assert count(end=date(2025, 12, 31)) == 0
    assert count(text=trail["person"].hex[:12]) == 2
    assert count(text=str(trail["person"])) == 2  # with its dashes, as copied from elsewhere
    assert sorted(service.users()) == ["admin", "malee", "somchai"]
    assert service.entities() == ["complaint", "stakeholder", "user_account"]


def test_words_are_found_in_the_changes_thai_too(db: Database, trail: dict) -> None:
    service = AuditTrailService(db)

    assert service.count_entries(TableQuery(), AuditFilter(text="ไฟดับทั้งซอย")) == 1
    assert service.count_entries(TableQuery(search="0899999999")) == 10
    assert service.count_entries(TableQuery(search="ใจดี 0899999999")) == 10


def test_a_summary_reads_field_before_and_after(db: Database, trail: dict) -> None:
    service = AuditTrailService(db)

    changed = service.entries(TableQuery(), 0, 1, AuditFilter(user="malee"))[0]
    merged = service.entries(TableQuery(), 0, 1, AuditFilter(action=AuditAction.MERGE))[0]
    case = service.entries(TableQuery(), 0, 1, AuditFilter(text="ไฟดับทั้งซอย"))[0]

    assert changed.summary() == "phone: 0812345678 → 0899999999; name: สมชาย → สมชาย ใจดี"
    assert merged.summary() == "into: 2569/000001"
    assert case.summary() == "subject: ไฟดับ → ไฟดับทั้งซอย"
    assert field_changes({"before": {"unit": "A"}}) == (FieldChange("unit", "A", None),)


def test_confidential_case_text_is_withheld_from_an_administrator_without_the_grant(
    db: Database, trail: dict
) -> None:
    db.actor = ADMIN_WITHOUT_GRANT
    service = AuditTrailService(db)

    rows = service.entries(TableQuery(), 0, 50, AuditFilter(entity="complaint"))
    secret = next(r for r in rows if r.entity_id == trail["secret"])
    public = next(
        r for r in rows if r.entity_id == trail["open"] and r.action == AuditAction.UPDATE
    )

    assert "ถนนพัง" not in secret.summary()
    assert secret.summary() == "subject: (confidential); assigned_to: — → malee"
    assert public.summary() == "subject: ไฟดับ → ไฟดับทั้งซอย"
    assert service.count_entries(TableQuery(search="ถนนพังมาก")) == 0  # not found by its words

    db.actor = ADMIN
    assert service.count_entries(TableQuery(search="ถนนพังมาก")) == 1
    shown = service.entries(TableQuery(), 0, 1, AuditFilter(text="ถนนพังมาก"))[0]
    assert shown.summary() == "subject: เรื่องลับ ถนนพัง → เรื่องลับ ถนนพังมาก; assigned_to: — → malee"


def test_export_to_csv_and_xlsx_writes_the_rows_and_is_itself_audited(
    db: Database, trail: dict, tmp_path: Path
) -> None:
    db.actor = ADMIN_WITHOUT_GRANT
    service = AuditTrailService(db)

    written = service.export(tmp_path / "trail.csv", AuditFilter(entity="complaint"))
    with (tmp_path / "trail.csv").open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert written == 3 and len(lines) == 4
    assert lines[0] == ["at", "user", "action", "entity", "entity_id", "changes"]
    assert "ถนนพัง" not in (tmp_path / "trail.csv").read_text(encoding="utf-8-sig")

    db.actor = ADMIN
    assert (
        service.export(tmp_path / "trail.xlsx", AuditFilter(user="malee", text="0899999999")) == 10
    )
    sheet = openpyxl.load_workbook(tmp_path / "trail.xlsx", read_only=True).active
    assert sheet is not None
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert len(values) == 11 and values[1][5].startswith("phone: 0812345678 → 0899999999")

    exports = service.entries(TableQuery(), 0, 10, AuditFilter(action=AuditAction.EXPORT))
    assert [(e.user, dict((c.field, c.after) for c in e.changes)["file"]) for e in exports] == [
        ("admin", "trail.xlsx"), ("itadmin", "trail.csv"),
    ]  # fmt: skip
    note = exports[0].summary()
    assert "filters: user, search" in note and "0899999999" not in note  # which, never the values


def test_a_real_change_of_an_account_is_in_the_trail(db: Database) -> None:
    db.actor = None  # no administrator yet: the setting-up principal acts
    accounts = AccountsService(db)
    accounts.create_first_administrator("boss", "correct horse battery")
    service = AuditTrailService(db)

    rows = service.entries(TableQuery(), 0, 10, AuditFilter(entity="user_account"))

    assert rows and all(row.entity == "user_account" for row in rows)
    assert "correct horse" not in " ".join(row.summary() for row in rows)


def test_a_restore_is_gated_and_written_to_the_restored_databases_trail(
    db: Database, tmp_path: Path
) -> None:
    assert db.path is not None
    copy = automatic_backup(db.path, "manual")
    assert copy is not None

    db.actor = STAFF
    with pytest.raises(UserError, match="restore backups"):
        BackupsService(db).restore(copy)
    with pytest.raises(UserError, match="restore backups"):
        BackupsService(db).back_up_now()

    db.actor = ADMIN
    result = BackupsService(db).restore(copy)

    rows = AuditTrailService(db).entries(
        TableQuery(), 0, 5, AuditFilter(action=AuditAction.RESTORE)
    )
    assert len(rows) == 1 and rows[0].user == "admin" and rows[0].entity == "database"
    assert f"backup: {copy.name}" in rows[0].summary()
    assert result.previous_copy is not None
