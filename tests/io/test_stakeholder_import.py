"""Importing and exporting stakeholders through the transfer contract, on real files: all or
nothing on bad files, Thai and English headings, cp874 and XLSX, re-import updates, and an
export that imports again unchanged."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vocdesk.db.models import Stakeholder
from vocdesk.domain.enums import StakeholderStatus
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database, open_database
from vocdesk.services.registry.edit import RegistryEditService
from vocdesk.services.registry.stakeholders import RegistryFilter
from vocdesk.services.registry.transfer import StakeholderExporter, StakeholderImporter
from vocdesk.services.transfer import (
    check_file,
    exporter_for,
    import_file,
    importer_for,
)

TODAY = date(2026, 11, 28)
ID_1, ID_2 = "1101700230708", "3100600123454"  # valid check digits

HEADINGS = [
    "reference",
    "name",
    "kind",
    "status",
    "segment",
    "national id",
    "phone",
    "email",
    "province",
    "consent to follow-up",
    "consent date",
    "tags",
]
ROWS = [
    [
        "R-1",
        "นางสาวสมศรี ใจดี",
        "service_recipient",
        "current",
        "general_public",
        ID_1,
        "081-234-5678",
        "somsri@example.com",
        "เชียงใหม่",
        "yes",
        "2026-01-05",
        "อาสา; ผู้สูงอายุ",
    ],
    [
        "R-2",
        "บริษัท ไทยพัฒนา จำกัด",
        "stakeholder",
        "potential",
        "Businesses",
        "",
        "02 123 4567",
        "",
        "กทม.",
        "no",
        "",
        "",
    ],
]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "registry.sqlite")
    yield database
    database.dispose()


def _importer(db: Database) -> StakeholderImporter:
    return StakeholderImporter(db, today=lambda: TODAY)


def _write_csv(
    path: Path, rows: list[list[str]], headings: list[str] = HEADINGS, encoding: str = "utf-8-sig"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headings)
        writer.writerows(rows)
    return path


def _count(db: Database) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count(Stakeholder.id))) or 0


def test_a_good_file_is_imported_and_normalised(db: Database, tmp_path: Path) -> None:
    summary = import_file(_importer(db), _write_csv(tmp_path / "people.csv", ROWS))
    assert (summary.added, summary.updated) == (2, 0)
    with db.session_scope() as session:
        somsri = session.scalar(select(Stakeholder).where(Stakeholder.external_ref == "R-1"))
        assert somsri.phone == "+66812345678" and somsri.national_id == ID_1
        assert somsri.tags == ["อาสา", "ผู้สูงอายุ"] and somsri.consent_date == date(2026, 1, 5)
        assert somsri.name_key == "สมศรีใจดี"
        company = session.scalar(select(Stakeholder).where(Stakeholder.external_ref == "R-2"))
        assert company.province == "กรุงเทพมหานคร" and company.status is StakeholderStatus.POTENTIAL
        assert company.segment is not None and company.segment.code == "business"


def test_thai_headings_and_a_cp874_file_are_read(db: Database, tmp_path: Path) -> None:
    thai = [
        "รหัสอ้างอิง",
        "ชื่อ",
        "ประเภท",
        "สถานะ",
        "กลุ่มผู้รับบริการ",
        "เลขประจำตัวประชาชน",
        "โทรศัพท์",
        "อีเมล",
        "จังหวัด",
        "ยินยอมให้ติดตามผล",
        "วันที่ให้ความยินยอม",
        "แท็ก",
    ]
    rows = [
        [
            "R-1",
            "นายสมชาย ใจดี",
            "ผู้รับบริการ",
            "ปัจจุบัน",
            "ประชาชนทั่วไป",
            ID_1,
            "0812345678",
            "",
            "ลำปาง",
            "ใช่",
            "05/01/2569",
            "",
        ]
    ]
    summary = import_file(
        _importer(db), _write_csv(tmp_path / "thai.csv", rows, thai, encoding="cp874")
    )
    assert summary.added == 1
    with db.session_scope() as session:
        person = session.scalar(select(Stakeholder))
        assert person.consent_date == date(2026, 1, 5) and person.province == "ลำปาง"


def test_an_xlsx_file_is_imported(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(HEADINGS)
    for row in ROWS:
        book.active.append(row)
    book.save(tmp_path / "people.xlsx")
    assert import_file(_importer(db), tmp_path / "people.xlsx").added == 2


def test_reimporting_updates_instead_of_duplicating(db: Database, tmp_path: Path) -> None:
    import_file(_importer(db), _write_csv(tmp_path / "a.csv", ROWS))
    changed = [list(ROWS[0]), list(ROWS[1])]
    changed[0][0] = "R-1-new"  # matched by national ID, and gets the new reference
    changed[0][3] = "former"
    changed[1][7] = "info@thaipattana.co.th"  # matched by reference
    summary = import_file(_importer(db), _write_csv(tmp_path / "b.csv", changed))
    assert (summary.added, summary.updated) == (0, 2)
    assert _count(db) == 2
    with db.session_scope() as session:
        person = session.scalar(select(Stakeholder).where(Stakeholder.national_id == ID_1))
        assert person.external_ref == "R-1-new" and person.status is StakeholderStatus.FORMER


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("bad_id", "Row 2, column F"),
        ("bad_date", "Row 3, column K"),
        ("missing_column", "there is no column “name”"),
        ("empty", "no data rows"),
        ("huge_cell", "Row 2, column B"),
        ("unknown_segment", "no segment “VIP”"),
        ("same_id_twice", "also on row 2"),
        ("bad_phone_and_province", "Row 2, column I"),
    ],
)
def test_a_bad_file_imports_nothing_and_names_row_and_column(
    db: Database, tmp_path: Path, case: str, expected: str
) -> None:
    rows = [list(r) for r in ROWS]
    headings = list(HEADINGS)
    if case == "bad_id":
        rows[0][5] = "1101700230709"
    elif case == "bad_date":
        rows[1][10] = "31/02/2569"
    elif case == "missing_column":
        headings[1] = "who"
    elif case == "empty":
        rows = []
    elif case == "huge_cell":
        rows[0][1] = "ก" * 20_000
    elif case == "unknown_segment":
        rows[1][4] = "VIP"
    elif case == "same_id_twice":
        rows[1][5] = ID_1
    elif case == "bad_phone_and_province":
        rows[0][6], rows[0][8] = "12345", "Atlantis"
    path = _write_csv(tmp_path / f"{case}.csv", rows, headings)
    with pytest.raises(UserError) as caught:
        import_file(_importer(db), path)
    assert "Nothing was imported" in str(caught.value)
    assert expected in str(caught.value)
    assert _count(db) == 0


def test_a_file_in_an_unknown_encoding_is_refused(db: Database, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "utf16.csv", ROWS, encoding="utf-16")
    with pytest.raises(UserError, match="UTF-8|cp874"):
        import_file(_importer(db), path)
    assert _count(db) == 0


def test_every_problem_of_a_file_is_listed_at_once(db: Database, tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[0][5], rows[1][10] = "1101700230709", "not a date"
    table = check_file(_importer(db), _write_csv(tmp_path / "two.csv", rows))
    assert sorted((p.row, p.column) for p in table.problems) == [(2, "F"), (3, "K")]


def test_an_export_imports_again_unchanged(db: Database, tmp_path: Path) -> None:
    import_file(_importer(db), _write_csv(tmp_path / "in.csv", ROWS))
    edit = RegistryEditService(db, today=lambda: TODAY)
    with db.session_scope() as session:
        first_id = session.scalar(select(Stakeholder.id).where(Stakeholder.external_ref == "R-1"))
    edit.set_archived(first_id)
    exporter = exporter_for("stakeholders", db, unmasked=True)
    first = tmp_path / "first.csv"
    assert exporter.export(first, filters=RegistryFilter()) == 1
    everyone = tmp_path / "all.xlsx"
    assert exporter.export(everyone) == 1  # the registry in use: archived records stay out
    archived = tmp_path / "archived.csv"
    assert exporter.export(archived, filters=RegistryFilter(archived=True)) == 1

    # Into the same registry: nothing changes; into a new one: the same export comes out.
    summary = import_file(importer_for("stakeholders", db), first)
    assert (summary.added, summary.updated) == (0, 1)
    again = tmp_path / "again.csv"
    exporter.export(again)
    assert again.read_bytes() == first.read_bytes()

    other, _ = open_database(tmp_path / "other.sqlite")
    try:
        assert import_file(StakeholderImporter(other, today=lambda: TODAY), first).added == 1
        assert import_file(StakeholderImporter(other, today=lambda: TODAY), archived).added == 1
        copy = tmp_path / "copy.csv"
        StakeholderExporter(other, unmasked=True).export(copy)
        assert copy.read_bytes() == first.read_bytes()
        copy_archived = tmp_path / "copy-archived.csv"
        StakeholderExporter(other, unmasked=True).export(
            copy_archived, filters=RegistryFilter(archived=True)
        )
        assert copy_archived.read_bytes() == archived.read_bytes()
    finally:
        other.dispose()


def test_an_export_of_a_search_writes_only_the_matching_rows(db: Database, tmp_path: Path) -> None:
    import_file(_importer(db), _write_csv(tmp_path / "in.csv", ROWS))
    path = tmp_path / "search.csv"
    assert StakeholderExporter(db, unmasked=True).export(path, search="ไทยพัฒนา") == 1
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("id,reference,name,party type")
    assert "ไทยพัฒนา" in text and "สมศรี" not in text


def test_records_without_id_number_or_reference_update_by_their_vocdesk_id(
    db: Database, tmp_path: Path
) -> None:
    rows = [
        [
            "",
            "ชุมชนบ้านดอนแก้ว",
            "stakeholder",
            "current",
            "community",
            "",
            "",
            "",
            "ลำพูน",
            "no",
            "",
            "",
        ],
        ["", "นายไม่มี รหัส", "service_recipient", "current", "", "", "", "", "", "no", "", ""],
    ]
    import_file(_importer(db), _write_csv(tmp_path / "nokeys.csv", rows))
    exported = tmp_path / "nokeys-export.csv"
    StakeholderExporter(db, unmasked=True).export(exported)
    summary = import_file(_importer(db), exported)
    assert (summary.added, summary.updated) == (0, 2)
    assert _count(db) == 2
    again = tmp_path / "again.csv"
    StakeholderExporter(db, unmasked=True).export(again)
    assert again.read_bytes() == exported.read_bytes()
    with exported.open(encoding="utf-8-sig") as source:
        lines = source.read().splitlines()
    lines[1] = "not-an-id" + lines[1][lines[1].index(",") :]
    bad = tmp_path / "bad-id.csv"
    bad.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(UserError, match="Row 2, column A: “not-an-id” is not a VocDesk record id"):
        import_file(_importer(db), bad)


def test_a_zero_byte_file_and_a_cell_beyond_the_readers_limit_import_nothing(
    db: Database, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(UserError):
        import_file(_importer(db), empty)
    rows = [list(r) for r in ROWS]
    rows[1][11] = "x" * 1_200_000  # more than any spreadsheet cell holds (32,767 in Excel)
    with pytest.raises(UserError) as caught:
        import_file(_importer(db), _write_csv(tmp_path / "giant.csv", rows))
    assert "row 3, column L holds 1200000 characters" in str(caught.value)  # where, to shorten it
    assert _count(db) == 0


def test_reimporting_an_unchanged_file_writes_and_audits_nothing(
    db: Database, tmp_path: Path
) -> None:
    from vocdesk.db.models import AuditEntry

    def audits() -> int:
        with db.session_scope() as session:
            return session.scalar(select(func.count(AuditEntry.id))) or 0

    import_file(_importer(db), _write_csv(tmp_path / "a.csv", ROWS))
    exported = tmp_path / "export.csv"
    StakeholderExporter(db, unmasked=True).export(exported)
    before = audits()
    summary = import_file(_importer(db), exported)
    assert (summary.added, summary.updated) == (0, 2)
    assert [n.count for n in summary.notices] == [2]
    assert audits() == before
    changed = [list(r) for r in ROWS]
    changed[1][3] = "former"
    summary = import_file(_importer(db), _write_csv(tmp_path / "b.csv", changed))
    assert [n.count for n in summary.notices] == [1]
    assert audits() == before + 1
