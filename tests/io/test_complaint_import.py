"""Importing and exporting complaint cases through the transfer contract, on real files.

tests/data/complaints/platform_export.csv is shaped like a Thai complaint platform's export:
its own ticket numbers and status names, Thai headings, UTC times with short offsets, multi-line
details and several agencies in one cell.
"""

from __future__ import annotations

import csv
import getpass
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from round_trip_records import COMPLAINTS, lost_in_round_trip, read_records, unvaried_columns
from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintStatusChange,
    Office,
)
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.enums import Priority
from vocdesk.domain.messages import UserError
from vocdesk.services.complaints.exporter import ComplaintExporter
from vocdesk.services.database import Database, open_database
from vocdesk.services.transfer import (
    check_file,
    exporter_for,
    import_file,
    importer_for,
)

DATA = Path(__file__).parent.parent / "data" / "complaints"
PLATFORM = DATA / "platform_export.csv"
STATUS_MAP = {
    "status": {"เสร็จสิ้น": "resolved", "กำลังดำเนินการ": "in_progress", "รอรับเรื่อง": "received"}
}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    yield database
    database.dispose()


def _cases(db: Database) -> dict[str, Complaint]:
    with db.session_scope() as session:
        return {c.number: c for c in session.scalars(select(Complaint))}


def _count(db: Database, entity: type) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(entity)) or 0


def _import(db: Database, path: Path, value_maps: dict | None = STATUS_MAP):
    return import_file(importer_for("complaints", db, value_maps=value_maps), path)


def test_a_platform_export_imports_with_its_own_status_names(db: Database) -> None:
    summary = _import(db, PLATFORM)

    assert (summary.added, summary.updated) == (3, 0)
    assert [n.params["name"] for n in summary.notices] == ["Traffy Fondue"]  # a new channel
    cases = _cases(db)
    lamp = cases["2024-9XKLTQ"]
    assert lamp.status is S.RESOLVED
    assert lamp.received_at == datetime(2024, 3, 5, 10, 22, tzinfo=UTC)  # "+00" kept as UTC
    assert lamp.resolved_at == datetime(2024, 3, 7, 20, 15, tzinfo=UTC)  # 03:15 at +07
    assert lamp.details == "ไฟดับหลายจุด\nตั้งแต่ซอย 3 ถึงซอย 7\nกลางคืนมืดมาก อันตราย"
    assert lamp.forwarded_agency == "กองช่าง; การไฟฟ้าส่วนภูมิภาค"
    assert (lamp.fiscal_year, lamp.province) == (2567, "ขอนแก่น")
    assert lamp.due_on == date(2024, 3, 26)  # 15 working days after Tue 5 Mar
    assert cases["2024-A77RZP"].forwarded_agency == "การประปาส่วนภูมิภาค; เทศบาลนคร"
    assert cases["2024-B12CDE"].received_at == datetime(2024, 3, 7, 14, 40, tzinfo=UTC)
    assert len({(c.fiscal_year, c.sequence) for c in cases.values()}) == 3  # numbered apart


def test_a_new_case_gets_the_history_its_dates_tell(db: Database) -> None:
    _import(db, PLATFORM)
    with db.session_scope() as session:
        lamp = session.scalar(select(Complaint).where(Complaint.number == "2024-9XKLTQ"))
        history = [(c.from_status, c.to_status, c.changed_at) for c in lamp.history]
    assert history == [
        (None, S.RECEIVED, datetime(2024, 3, 5, 10, 22, tzinfo=UTC)),
        (S.RECEIVED, S.RESOLVED, datetime(2024, 3, 7, 20, 15, tzinfo=UTC)),
    ]


def test_an_unmapped_status_is_a_problem_with_its_row_and_column_and_nothing_is_written(
    db: Database,
) -> None:
    with pytest.raises(UserError) as raised:
        _import(db, PLATFORM, value_maps={"status": {"เสร็จสิ้น": "resolved"}})

    text = raised.value.message.english()
    assert "Row 4, column F: “รอรับเรื่อง” is not one of" in text
    assert "Row 3" not in text  # กำลังดำเนินการ is our own word for in progress: no map needed
    assert _count(db, Complaint) == 0
    assert _count(db, ComplaintStatusChange) == 0


def test_one_bad_row_stops_the_whole_file(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    path.write_text(
        "number,received,subject,category,status,resolved\n"
        "2568/000001,2025-01-06 09:00,ถนนชำรุด,other,received,\n"
        "2568/000002,06/01/2568 10:00,ไฟดับ,no-such-category,resolved,2025-01-05 09:00\n",
        encoding="utf-8",
    )
    table = check_file(importer_for("complaints", db), path)

    messages = [(p.row, p.column, p.message.english()) for p in table.problems]
    assert (
        3,
        "D",
        "there is no complaint category “no-such-category” (give its code, or its Thai or English name).",
    ) in messages  # noqa: E501
    assert any(
        row == 3 and column == "F" and "before the case was received" in text
        for row, column, text in messages
    )
    with pytest.raises(UserError):
        import_file(importer_for("complaints", db), path)
    assert _count(db, Complaint) == 0


def test_a_thai_windows_file_imports(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "cp874.csv"
    text = "เลขที่เรื่อง,วันที่รับเรื่อง,เรื่อง,ประเภท,สถานะ\n2568/000010,15/01/2568 09:30,ขอให้ซ่อมถนน,เรื่องอื่น ๆ,ยุติเรื่อง\n"
    path.write_bytes(text.encode("cp874"))

    _import(db, path, value_maps=None)  # ยุติเรื่อง: our own Thai word for closed

    case = _cases(db)["2568/000010"]
    assert (case.subject, case.status, case.fiscal_year, case.sequence) == (
        "ขอให้ซ่อมถนน",
        S.CLOSED,
        2568,
        10,
    )
    assert case.received_at == datetime(2025, 1, 15, 2, 30, tzinfo=UTC)  # 09:30 Thai time


def test_importing_again_updates_instead_of_duplicating(db: Database, tmp_path: Path) -> None:
    _import(db, PLATFORM)
    changed = tmp_path / "again.csv"
    changed.write_text(
        PLATFORM.read_text(encoding="utf-8").replace("รอรับเรื่อง", "กำลังดำเนินการ"), encoding="utf-8"
    )

    summary = _import(db, changed)

    assert (summary.added, summary.updated) == (0, 3)
    assert _count(db, Complaint) == 3
    assert _cases(db)["2024-B12CDE"].status is S.IN_PROGRESS
    with db.session_scope() as session:
        channels = session.scalar(select(func.count()).where(Channel.code == "Traffy Fondue"))
        moves = session.scalars(select(ComplaintStatusChange.to_status).join(Complaint)
                                .where(Complaint.number == "2024-B12CDE")
                                .order_by(ComplaintStatusChange.changed_at)).all()  # fmt: skip
    assert channels == 1  # added once
    assert moves == [S.RECEIVED, S.IN_PROGRESS]  # the status change is in the history


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_again_unchanged(db: Database, tmp_path: Path, suffix: str) -> None:
    _import(db, PLATFORM)
    first = tmp_path / f"first{suffix}"
    second = tmp_path / f"second{suffix}"
    exporter = exporter_for("complaints", db, unmasked=True)

    assert exporter.export(first) == 3
    summary = import_file(importer_for("complaints", db), first)  # no status map: our own values
    exporter.export(second)

    assert (summary.added, summary.updated) == (0, 3)
    assert _count(db, Complaint) == 3
    assert _rows(first) == _rows(second)


def _offices(db: Database) -> None:
    with db.session_scope() as session:
        session.add_all([
            Office(code="hq", name_th="สำนักงานใหญ่", name_en="Head office"),
            Office(code="kk", name_th="สำนักงานเขตขอนแก่น", name_en="Khon Kaen office"),
        ])  # fmt: skip


def _at(day: int, hour: int, month: int = 3, year: int = 2025) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def _cases_with_every_column(db: Database) -> None:
    """Three cases written with the ORM, not through the importer the round trip tests, so that
    each column the file carries has a value in some case and another in some other case: an
    importer that skipped a column would leave one default in all three."""
    _offices(db)
    with db.session_scope() as session:
        channel = {c.code: c.id for c in session.scalars(select(Channel))}
        category = {c.code: c.id for c in session.scalars(select(ComplaintCategory))}
        office = {o.code: o.id for o in session.scalars(select(Office))}
        # Whoever exports may read confidential cases, so the export carries them whole.
        db.actor = Principal(login=getpass.getuser(), role=Role.ADMINISTRATOR,
                             grants=frozenset({Permission.CONFIDENTIAL, Permission.PERSONAL_DATA}))  # fmt: skip
        forwarded = Complaint(
            fiscal_year=2568,
            sequence=7,
            number="2568/000007",
            received_at=_at(4, 2),
            channel_id=channel["line_oa"],
            subject="ไฟฟ้าส่องสว่างดับ",
            details="ดับหลายจุด\nตั้งแต่ซอย 3",
            category_id=category["service_delay"],
            province="ขอนแก่น",
            district="เมืองขอนแก่น",
            priority=Priority.HIGH,
            confidential=True,
            status=S.RESOLVED,
            office_id=office["kk"],
            assigned_to="นายวีระ",
            unit="กองช่าง",
            complainant_name="นางสาวกานดา ใจดี",
            complainant_contact="081 234 5678",
            acknowledged_at=_at(4, 3),
            first_response_at=_at(5, 4),
            resolved_at=_at(12, 8),
            notified_at=_at(13, 9),
            due_on=date(2025, 3, 25),
            forwarded_agency="การไฟฟ้าส่วนภูมิภาค; เทศบาลนครขอนแก่น",
            forwarded_on=date(2025, 3, 6),
            forwarded_reference="ขก 0001/123",
            resolution="เปลี่ยนหลอดไฟครบทุกจุด",
            corrective_action="ตรวจไฟถนนทุกเดือน",
            follow_up_score=4,
            follow_up_comment="พอใจ",
            trust_restored=True,
        )
        anonymous = Complaint(
            fiscal_year=2569,
            sequence=1,
            number="2569/000001",
            received_at=_at(3, 1, month=11),
            channel_id=channel["website"],
            anonymous=True,
            subject="เจ้าหน้าที่พูดจาไม่สุภาพ",
            category_id=category["staff_conduct"],
            due_on=date(2025, 11, 24),
        )
        reopened = Complaint(
            fiscal_year=2568, sequence=12, number="2568/000012", received_at=_at(10, 3, month=1),
            channel_id=channel["phone"], subject="น้ำประปาไม่ไหล", details="สามวันแล้ว",
            category_id=category["other"], province="เชียงใหม่", district="สันทราย",
            priority=Priority.LOW, status=S.CLOSED, office_id=office["hq"], assigned_to="นางสาวกานดา",
            unit="กองประปา", complainant_name="นายสมชาย รักษ์ไทย", complainant_contact="somchai@example.com",
            acknowledged_at=_at(10, 4, month=1), first_response_at=_at(13, 2, month=1),
            resolved_at=_at(20, 9, month=1), notified_at=_at(21, 9, month=1), closed_at=_at(3, 10, month=2),
            due_on=date(2025, 1, 31), reopen_count=1, resolution="ซ่อมท่อแล้ว",
            corrective_action="เปลี่ยนท่อทั้งสาย", follow_up_score=2, follow_up_comment="ยังไหลอ่อน",
            trust_restored=False, forwarded_agency="การประปาส่วนภูมิภาค", forwarded_on=date(2025, 1, 11),
            forwarded_reference="ชม 0002/45",
        )  # fmt: skip
        session.add_all([forwarded, anonymous, reopened])
        session.flush()
        moves = {
            forwarded: [(_at(4, 2), S.RECEIVED, ""), (_at(6, 3), S.FORWARDED, "ส่งต่อ กฟภ."),
                        (_at(12, 8), S.RESOLVED, "แจ้งผลทางโทรศัพท์")],
            anonymous: [(_at(3, 1, month=11), S.RECEIVED, "")],
            reopened: [(_at(10, 3, month=1), S.RECEIVED, ""), (_at(20, 9, month=1), S.RESOLVED, ""),
                       (_at(22, 2, month=1), S.REOPENED, "ผู้ร้องแจ้งว่ายังไม่ไหล"),
                       (_at(3, 10, month=2), S.CLOSED, "ยุติเรื่อง")],
        }  # fmt: skip
        for case, history in moves.items():
            previous = None
            for changed_at, status, note in history:
                session.add(ComplaintStatusChange(complaint_id=case.id, changed_at=changed_at,
                                                  from_status=previous, to_status=status, note=note))  # fmt: skip
                previous = status


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imported_into_a_fresh_database_gives_back_every_column(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    # Into the database that wrote the file, an importer skipping a column would go unseen.
    _cases_with_every_column(db)
    exported = tmp_path / f"cases{suffix}"
    assert exporter_for("complaints", db, unmasked=True).export(exported) == 3
    fresh, _ = open_database(tmp_path / "fresh.sqlite")
    try:
        _offices(fresh)  # no kind's file brings the offices: they are there before the import

        summary = import_file(importer_for("complaints", fresh), exported)

        before, after = read_records(db, COMPLAINTS), read_records(fresh, COMPLAINTS)
    finally:
        fresh.dispose()
    assert (summary.added, summary.updated) == (3, 0)
    assert unvaried_columns(before) == []  # every column could show a skipping importer
    assert lost_in_round_trip(before, after) == {}


def test_the_export_gives_working_days_taken_and_whether_the_standard_was_met(
    db: Database, tmp_path: Path
) -> None:
    _import(db, PLATFORM)
    path = tmp_path / "cases.csv"
    ComplaintExporter(db, today=lambda: date(2024, 4, 30), unmasked=True).export(path)

    rows = {row["number"]: row for row in _rows(path)}
    lamp = rows["2024-9XKLTQ"]
    # Received Tue 5 Mar (Thai time), resolved Fri 8 Mar 03:15 Thai time: 6, 7, 8 = 3 days of 15.
    assert (lamp["working days"], lamp["met standard"], lamp["due"]) == ("3", "yes", "2024-03-26")
    assert lamp["received"] == "2024-03-05T17:22:00+07:00"
    # Still in progress on 30 Apr, far past its 15 days (other: 15): late already.
    assert (rows["2024-A77RZP"]["working days"], rows["2024-A77RZP"]["met standard"]) == ("", "no")
    assert "ไฟดับหลายจุด\nตั้งแต่ซอย 3" in lamp["details"]


def test_the_importer_offers_a_status_map_for_its_status_column(db: Database) -> None:
    importer = importer_for("complaints", db)
    assert importer.value_columns == {"status": S}
    assert importer.spec.column("status").header == "status"


def _rows(path: Path) -> list[dict[str, str]]:
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True).active
        values = [
            ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
        ]
        return [dict(zip(values[0], row, strict=True)) for row in values[1:]]
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_a_history_column_is_kept_and_its_pauses_leave_the_working_days(
    db: Database, tmp_path: Path
) -> None:
    # Received Tue 4 Mar 2025, waiting from Fri 7 until work resumed Wed 12 (Fri 7, Mon 10 and
    # Tue 11 paused), resolved Fri 14: 8 working days less 3 paused = 5.
    path = tmp_path / "history.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([
            ["number", "received", "subject", "category", "status", "resolved", "history"],
            ["2568/000042", "2025-03-04 09:00", "ขอข้อมูลเพิ่มเติม", "information", "resolved", "2025-03-14 15:00",
             "2025-03-04T09:00:00+07:00 | received\n2025-03-07 10:00 | รอข้อมูลจากผู้ร้อง | ขอสำเนาเอกสาร\n"
             "2025-03-12 09:00 | in_progress\n2025-03-14 15:00 | resolved | แจ้งผลทางโทรศัพท์"],
        ])  # fmt: skip

    _import(db, path, value_maps=None)
    exported = tmp_path / "out.csv"
    ComplaintExporter(db, today=lambda: date(2025, 3, 31), unmasked=True).export(exported)

    with db.session_scope() as session:
        case = session.scalar(select(Complaint).where(Complaint.number == "2568/000042"))
        moves = [(c.from_status, c.to_status, c.note) for c in case.history]
    assert moves == [
        (None, S.RECEIVED, ""), (S.RECEIVED, S.WAITING, "ขอสำเนาเอกสาร"),
        (S.WAITING, S.IN_PROGRESS, ""), (S.IN_PROGRESS, S.RESOLVED, "แจ้งผลทางโทรศัพท์"),
    ]  # fmt: skip
    row = _rows(exported)[0]
    assert (row["working days"], row["met standard"]) == ("5", "yes")
    assert row["history"].splitlines()[1] == "2025-03-07T10:00:00+07:00 | waiting | ขอสำเนาเอกสาร"


def test_the_wizard_is_offered_only_the_platform_status_words_we_do_not_know(db: Database) -> None:
    from vocdesk.io.sheet import read_sheet
    from vocdesk.io.table_spec import match_columns
    from vocdesk.services.transfer import rejected_values

    importer = importer_for("complaints", db)
    sheet = read_sheet(PLATFORM)

    refused = rejected_values(importer, sheet, match_columns(importer.spec, sheet.headers))

    assert refused == {"status": ["เสร็จสิ้น", "รอรับเรื่อง"]}  # กำลังดำเนินการ is our own word
