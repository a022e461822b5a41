"""Exporting and importing complaints obey the one reading rule (services.confidentiality): a
case the person exporting may not read is left out of the file (and they are told how many); an
import keeps what its person may not read, and cannot change who handles or reads a case for
someone not allowed to (issue 16: an import of one's own login as the assignee was accepted)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintStatusChange,
)
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.messages import UserError
from vocdesk.services.complaints.exporter import ComplaintExporter
from vocdesk.services.complaints.importer import ComplaintImporter
from vocdesk.services.database import Database, open_database
from vocdesk.services.transfer import ImportSummary, import_file

SECRET = {
    "subject": "ร้องเรียนเจ้าหน้าที่เรียกรับเงิน", "details": "เรียกเงิน 500 บาท\nที่จุดบริการ",
    "complainant_name": "นางสาวผู้แจ้ง", "complainant_contact": "081-234-5678",
    "resolution": "ตั้งกรรมการสอบข้อเท็จจริง", "corrective_action": "หมุนเวียนเจ้าหน้าที่",
    "follow_up_comment": "พอใจ",
}  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    with database.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        category = session.scalar(
            select(ComplaintCategory.id).where(ComplaintCategory.code == "other")
        )
        received = datetime(2025, 10, 6, 2, tzinfo=UTC)
        secret = Complaint(fiscal_year=2569, sequence=1, number="2569/000001", received_at=received,
                           channel_id=channel, category_id=category, status=S.IN_PROGRESS, confidential=True,
                           assigned_to="somchai", due_on=date(2025, 10, 27), **SECRET)  # fmt: skip
        plain = Complaint(fiscal_year=2569, sequence=2, number="2569/000002", received_at=received,
                          channel_id=channel, category_id=category, status=S.RECEIVED,
                          subject="ถนนชำรุดหน้าโรงเรียน", due_on=date(2025, 10, 27))  # fmt: skip
        session.add_all([secret, plain])
        session.flush()
        session.add_all([
            ComplaintStatusChange(complaint_id=secret.id, changed_at=received, from_status=None,
                                  to_status=S.RECEIVED, note=""),
            ComplaintStatusChange(complaint_id=secret.id, changed_at=datetime(2025, 10, 7, 3, tzinfo=UTC),
                                  from_status=S.RECEIVED, to_status=S.IN_PROGRESS, note="ผู้ถูกร้องคือนายสมศักดิ์"),
            ComplaintStatusChange(complaint_id=plain.id, changed_at=received, from_status=None,
                                  to_status=S.RECEIVED, note=""),
        ])  # fmt: skip
    yield database
    database.dispose()


# Supervisors (they export and import): clerk holds no confidential grant; somchai is the one the
# secret case is assigned to; officer holds the grant. All may read personal data.
GRANTS = {"clerk": (), "somchai": (), "officer": (Permission.CONFIDENTIAL,)}


def _act(db: Database, user: str, role: Role = Role.SUPERVISOR) -> None:
    grants = frozenset({Permission.PERSONAL_DATA, *GRANTS.get(user, ())})
    db.actor = Principal(login=user, role=role, grants=grants)


def _export(
    db: Database, path: Path, user: str, search: str = ""
) -> tuple[dict[str, dict[str, str]], ComplaintExporter]:
    _act(db, user)
    # Whole contacts (PDPA, issue 19: a masked export does not import again)
    exporter = ComplaintExporter(db, today=lambda: date(2025, 10, 31), unmasked=True)
    exporter.export(path, search=search)
    with path.open(encoding="utf-8-sig", newline="") as file:
        return {row["number"]: row for row in csv.DictReader(file)}, exporter


def _import(db: Database, path: Path, user: str) -> ImportSummary:
    _act(db, user)
    return import_file(ComplaintImporter(db), path)


def _secret(db: Database) -> Complaint:
    with db.session_scope() as session:
        return session.scalar(select(Complaint).where(Complaint.number == "2569/000001"))


def test_a_case_the_exporter_may_not_read_is_left_out_and_counted(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "clerk.csv"
    rows, exporter = _export(db, path, "clerk")

    assert list(rows) == ["2569/000002"]
    assert rows["2569/000002"]["subject"] == "ถนนชำรุดหน้าโรงเรียน"
    text = path.read_text(encoding="utf-8-sig")
    assert all(value.split("\n")[0] not in text for value in SECRET.values())
    assert "นายสมศักดิ์" not in text
    # One notice counting one case: the window shows Qt's plural form of it.
    assert exporter.left_out == 1
    assert [(n.count, n.text) for n in exporter.notices] == [
        (1, "%Ln confidential case(s) you may not read were left out of the file.")
    ]


@pytest.mark.parametrize(
    "user", ["somchai", "officer"]
)  # the officer assigned, an account granted confidential complaints
def test_those_allowed_export_a_confidential_case_in_full(
    db: Database, tmp_path: Path, user: str
) -> None:
    rows, exporter = _export(db, tmp_path / "full.csv", user)

    assert rows["2569/000001"]["subject"] == SECRET["subject"]
    assert rows["2569/000001"]["details"] == SECRET["details"]
    assert "นายสมศักดิ์" in rows["2569/000001"]["history"]
    assert exporter.notices == [] and exporter.left_out == 0


def test_search_never_finds_a_case_the_exporter_may_not_read(db: Database, tmp_path: Path) -> None:
    assert _export(db, tmp_path / "a.csv", "clerk", search="เรียกรับเงิน")[0] == {}
    assert _export(db, tmp_path / "b.csv", "clerk", search="000001")[0] == {}
    assert list(_export(db, tmp_path / "c.csv", "somchai", search="เรียกรับเงิน")[0]) == [
        "2569/000001"
    ]


def test_staff_may_not_export_or_import(db: Database, tmp_path: Path) -> None:
    _act(db, "clerk", Role.STAFF)
    with pytest.raises(UserError, match="export files"):
        ComplaintExporter(db).export(tmp_path / "staff.csv")
    path = tmp_path / "in.csv"
    path.write_text("number,received,subject\n,2025-10-08 09:00,ถนนพัง\n", encoding="utf-8")
    with pytest.raises(UserError, match="import files"):
        import_file(ComplaintImporter(db), path)


def _blanked_file(path: Path, **cells: str) -> Path:
    """The secret case as a file exported before such cases were left out carried it (its
    protected fields blank), with ``cells`` changed."""
    row = {"number": "2569/000001", "received": "2025-10-06T09:00:00+07:00", "subject": "",
           "status": "in_progress", "assigned to": "somchai", "confidential": "yes"} | cells  # fmt: skip
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    return path


def test_importing_a_blanked_file_again_keeps_what_the_importer_may_not_read(
    db: Database, tmp_path: Path
) -> None:
    summary = _import(db, _blanked_file(tmp_path / "old.csv", status="waiting"), "clerk")

    assert (summary.added, summary.updated) == (0, 1)
    assert [n.english() for n in summary.notices] == [
        "One confidential case you may not read kept its contents and history; the file changed only its other columns."
    ]
    secret = _secret(db)
    assert {key: getattr(secret, key) for key in SECRET} == SECRET
    assert (secret.confidential, secret.assigned_to, secret.status) == (True, "somchai", S.WAITING)
    with db.session_scope() as session:
        notes = session.scalars(select(ComplaintStatusChange.note).join(Complaint)
                                .where(Complaint.number == "2569/000001")
                                .order_by(ComplaintStatusChange.changed_at)).all()  # fmt: skip
    assert notes[:2] == ["", "ผู้ถูกร้องคือนายสมศักดิ์"]


def test_an_import_cannot_assign_a_confidential_case_to_oneself(
    db: Database, tmp_path: Path
) -> None:
    """Issue 16's row: `vocdesk import complaints` of the case with `assigned to` set to one's
    own login was accepted, and afterwards that person read everything."""
    path = _blanked_file(tmp_path / "mine.csv", **{"assigned to": "clerk"})

    with pytest.raises(UserError) as raised:
        _import(db, path, "clerk")

    message = raised.value.message.english()
    assert "Row 2, column E: clerk may not change who handles or may read this case" in message
    assert _secret(db).assigned_to == "somchai"
    _act(db, "clerk")
    rows, _ = _export(db, tmp_path / "after.csv", "clerk")
    assert "2569/000001" not in rows  # still not readable by the clerk


def test_an_import_cannot_lift_the_confidential_flag_of_a_case_one_may_not_read(
    db: Database, tmp_path: Path
) -> None:
    path = _blanked_file(tmp_path / "open.csv", confidential="no")

    with pytest.raises(UserError) as raised:
        _import(db, path, "clerk")

    assert "Row 2, column F: clerk may not change" in raised.value.message.english()
    assert _secret(db).confidential is True


def test_those_allowed_may_reassign_by_import(db: Database, tmp_path: Path) -> None:
    rows, _ = _export(db, tmp_path / "full.csv", "officer")
    path = tmp_path / "reassigned.csv"
    text = (tmp_path / "full.csv").read_text(encoding="utf-8-sig")
    path.write_text(text.replace(",somchai,", ",malee,"), encoding="utf-8-sig")

    _import(db, path, "officer")

    assert _secret(db).assigned_to == "malee"


def test_an_officers_export_imports_again_unchanged_confidential_cases_included(
    db: Database, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    before, _ = _export(db, first, "officer")

    summary = _import(db, first, "officer")
    after, _ = _export(db, second, "officer")

    assert (summary.added, summary.updated, summary.notices) == (0, 2, [])
    assert after == before
    assert {key: getattr(_secret(db), key) for key in SECRET} == SECRET


def test_a_new_case_without_a_subject_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "new.csv"
    path.write_text("number,received,subject\n2569/000009,2025-10-08 09:00,\n", encoding="utf-8")

    with pytest.raises(Exception) as raised:
        _import(db, path, "clerk")

    assert "Row 2, column C: a new case needs its subject" in raised.value.message.english()


def test_the_export_search_finds_what_the_complaints_tab_finds(
    db: Database, tmp_path: Path
) -> None:
    from vocdesk.domain.tables import TableQuery
    from vocdesk.services.complaints.queues import ComplaintsService

    with db.session_scope() as session:
        plain = session.scalar(select(Complaint).where(Complaint.number == "2569/000002"))
        plain.unit, plain.assigned_to = "กองช่าง", "malee"
        other_name = session.scalar(
            select(ComplaintCategory.name_th).where(ComplaintCategory.code == "other")
        )
    _act(db, "clerk")
    tab = ComplaintsService(db)

    for words in ("กองช่าง", "malee", other_name, "2569/00000"):
        found_by_tab = sorted(  # what the tab shows by its number only, the export leaves out
            row.number for row in tab.list_complaints(TableQuery(search=words)) if not row.hidden
        )
        exported = sorted(_export(db, tmp_path / "found.csv", "clerk", search=words)[0])
        assert exported == found_by_tab, words
    assert sorted(_export(db, tmp_path / "unit.csv", "clerk", search="กองช่าง")[0]) == [
        "2569/000002"
    ]
