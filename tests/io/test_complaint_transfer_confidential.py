"""Exporting and importing complaints obeys the queues' confidentiality rule: whoever exports gets
a case they may not read without its contents, finds it by its number only, and importing such a
file again does not wipe what they were not allowed to read."""

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
    ComplaintOfficer,
    ComplaintStatusChange,
)
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.services.complaints.exporter import ComplaintExporter
from vocdesk.services.complaints.importer import ComplaintImporter
from vocdesk.services.database import Database, open_database
from vocdesk.services.transfer import import_file

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
            ComplaintOfficer(user_name="officer"),
        ])  # fmt: skip
    yield database
    database.dispose()


def _export(
    db: Database, path: Path, user: str, search: str = ""
) -> tuple[dict[str, dict[str, str]], ComplaintExporter]:
    exporter = ComplaintExporter(db, today=lambda: date(2025, 10, 31), current_user=lambda: user)
    exporter.export(path, search=search)
    with path.open(encoding="utf-8-sig", newline="") as file:
        return {row["number"]: row for row in csv.DictReader(file)}, exporter


def _secret(db: Database) -> Complaint:
    with db.session_scope() as session:
        return session.scalar(select(Complaint).where(Complaint.number == "2569/000001"))


def test_a_case_the_exporter_may_not_read_goes_out_with_its_contents_blank(
    db: Database, tmp_path: Path
) -> None:
    rows, exporter = _export(db, tmp_path / "clerk.csv", "clerk")

    secret = rows["2569/000001"]
    assert {key: secret[header] for key, header in (
        ("subject", "subject"), ("details", "details"), ("complainant_name", "complainant"),
        ("complainant_contact", "contact"), ("resolution", "resolution"),
        ("corrective_action", "corrective action"), ("follow_up_comment", "follow-up comment"),
    )} == dict.fromkeys(SECRET, "")  # fmt: skip
    assert (secret["status"], secret["confidential"], secret["received"]) == (
        "in_progress",
        "yes",
        "2025-10-06T09:00:00+07:00",
    )
    assert "นายสมศักดิ์" not in secret["history"] and secret["history"].count("\n") == 1
    assert rows["2569/000002"]["subject"] == "ถนนชำรุดหน้าโรงเรียน"
    # One notice counting one case: the window shows Qt's plural form of it ("One confidential
    # case you may not read was exported …"; tests/ui/test_w_i18n_messages.py checks the forms).
    assert [(n.count, n.text) for n in exporter.notices] == [(
        1,
        "%Ln confidential case(s) you may not read were exported with their number, dates and "
        "status only: their contents are blank.",
    )]  # fmt: skip


@pytest.mark.parametrize(
    "user", ["somchai", "officer"]
)  # the officer assigned, a confidential-complaint officer
def test_those_allowed_export_a_confidential_case_in_full(
    db: Database, tmp_path: Path, user: str
) -> None:
    rows, exporter = _export(db, tmp_path / "full.csv", user)

    assert rows["2569/000001"]["subject"] == SECRET["subject"]
    assert rows["2569/000001"]["details"] == SECRET["details"]
    assert "นายสมศักดิ์" in rows["2569/000001"]["history"]
    assert exporter.notices == []


def test_search_finds_a_case_the_exporter_may_not_read_by_its_number_only(
    db: Database, tmp_path: Path
) -> None:
    assert _export(db, tmp_path / "a.csv", "clerk", search="เรียกรับเงิน")[0] == {}
    assert list(_export(db, tmp_path / "b.csv", "clerk", search="000001")[0]) == ["2569/000001"]
    assert list(_export(db, tmp_path / "c.csv", "somchai", search="เรียกรับเงิน")[0]) == [
        "2569/000001"
    ]


def test_importing_a_blanked_export_again_keeps_what_the_importer_may_not_read(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "clerk.csv"
    _export(db, path, "clerk")
    # The clerk edits the file (the plain case's subject), then imports it again.
    path.write_text(path.read_text(encoding="utf-8-sig").replace("ถนนชำรุดหน้าโรงเรียน", "ถนนชำรุดมาก"),
                    encoding="utf-8-sig")  # fmt: skip

    summary = import_file(ComplaintImporter(db, current_user=lambda: "clerk"), path)

    assert (summary.added, summary.updated) == (0, 2)
    assert [n.english() for n in summary.notices] == [
        "One confidential case you may not read kept its contents and history; the file changed only its other columns."
    ]
    secret = _secret(db)
    assert {key: getattr(secret, key) for key in SECRET} == SECRET
    assert secret.confidential is True
    with db.session_scope() as session:
        notes = session.scalars(select(ComplaintStatusChange.note).join(Complaint)
                                .where(Complaint.number == "2569/000001")
                                .order_by(ComplaintStatusChange.changed_at)).all()  # fmt: skip
        plain = session.scalar(select(Complaint.subject).where(Complaint.number == "2569/000002"))
    assert notes == ["", "ผู้ถูกร้องคือนายสมศักดิ์"]
    assert plain == "ถนนชำรุดมาก"


def test_an_officers_export_imports_again_unchanged_confidential_cases_included(
    db: Database, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    before, _ = _export(db, first, "officer")

    summary = import_file(ComplaintImporter(db, current_user=lambda: "officer"), first)
    after, _ = _export(db, second, "officer")

    assert (summary.added, summary.updated, summary.notices) == (0, 2, [])
    assert after == before
    assert {key: getattr(_secret(db), key) for key in SECRET} == SECRET


def test_a_new_case_without_a_subject_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "new.csv"
    path.write_text("number,received,subject\n2569/000009,2025-10-08 09:00,\n", encoding="utf-8")

    with pytest.raises(Exception) as raised:
        import_file(ComplaintImporter(db, current_user=lambda: "clerk"), path)

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
    tab = ComplaintsService(db, current_user=lambda: "clerk")

    for words in ("กองช่าง", "malee", other_name, "2569/00000"):
        found_by_tab = sorted(row.number for row in tab.list_complaints(TableQuery(search=words)))
        exported = sorted(_export(db, tmp_path / "found.csv", "clerk", search=words)[0])
        assert exported == found_by_tab, words
    assert sorted(_export(db, tmp_path / "unit.csv", "clerk", search="กองช่าง")[0]) == [
        "2569/000002"
    ]
