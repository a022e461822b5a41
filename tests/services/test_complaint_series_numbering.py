"""Each office numbers its complaints in its own series (issue 20): the office code is the
prefix when none was chosen, the series in force is kept on each case, and a series counts on
from its own greatest sequence of the fiscal year, whatever other series hold."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from vocdesk.db.models import Channel, Complaint, ComplaintCategory
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService
from vocdesk.services.complaints.numbering import CaseNumbering, series_of
from vocdesk.services.database import Database, open_database
from vocdesk.services.exchange.office import InstallationOffice

RECEIVED = datetime(2025, 11, 3, 2, 30, tzinfo=UTC)  # fiscal year 2569


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "series.sqlite")
    yield database
    database.dispose()


def _draft(db: Database, subject: str) -> CaseDraft:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "phone"))
        category = session.scalar(
            select(ComplaintCategory.id).order_by(ComplaintCategory.code).limit(1)
        )
    return CaseDraft(
        received_at=RECEIVED, channel_id=channel, category_id=category, subject=subject
    )


def _cases(db: Database) -> list[tuple[str, int, str]]:
    with db.session_scope() as session:
        rows = session.execute(
            select(Complaint.series, Complaint.sequence, Complaint.number).order_by(
                Complaint.number
            )
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_with_an_office_code_and_no_prefix_the_code_is_the_prefix(db: Database) -> None:
    cases = ComplaintCasesService(db)
    before = cases.register(_draft(db, "ก่อนตั้งสำนักงาน")).number
    InstallationOffice(db).set("BKK", "Bangkok")

    after = cases.register(_draft(db, "หลังตั้งสำนักงาน")).number

    # The series goes on past the office's older cases (issue 20's review: another office
    # receiving the older case where its number clashes shows it as BKK-2569/000001).
    assert (before, after) == ("2569/000001", "BKK-2569/000002")
    assert CaseNumbering(db).series_in_force() == "BKK-"
    assert _cases(db) == [("", 1, "2569/000001"), ("BKK-", 2, "BKK-2569/000002")]


def test_a_chosen_prefix_is_in_force_over_the_office_code(db: Database) -> None:
    InstallationOffice(db).set("BKK", "Bangkok")
    cases = ComplaintCasesService(db)
    cases.set_number_prefix("ศธ-")

    number = cases.register(_draft(db, "คำนำหน้าที่เลือก")).number
    cases.set_number_prefix("")
    back = cases.register(_draft(db, "กลับไปใช้รหัสสำนักงาน")).number

    assert (number, back) == ("ศธ-2569/000001", "BKK-2569/000001")


def test_two_series_number_apart_in_one_fiscal_year(db: Database) -> None:
    cases = ComplaintCasesService(db)
    InstallationOffice(db).set("BKK", "Bangkok")
    for subject in ("หนึ่ง", "สอง"):
        cases.register(_draft(db, subject))
    # Cases another office sent: its own series, further on than ours.
    with db.session_scope() as session:
        template = session.scalars(select(Complaint)).first()
        assert template is not None
        for sequence in (1, 2, 3, 7):
            session.add(Complaint(
                series="CNX-", fiscal_year=2569, sequence=sequence,
                number=f"CNX-2569/{sequence:06d}", received_at=template.received_at,
                channel_id=template.channel_id, category_id=template.category_id,
                subject="จากเชียงใหม่", status=template.status, origin_office="CNX",
            ))  # fmt: skip

    third = cases.register(_draft(db, "สาม")).number

    assert third == "BKK-2569/000003"  # ours goes on from 2, not from CNX's 7
    assert [c for c in _cases(db) if c[0] == "BKK-"] == [
        ("BKK-", 1, "BKK-2569/000001"),
        ("BKK-", 2, "BKK-2569/000002"),
        ("BKK-", 3, "BKK-2569/000003"),
    ]


@pytest.mark.parametrize(
    ("number", "series"),
    [
        ("BKK-2569/000123", "BKK-"),
        ("2569/000123", ""),
        ("ศธ2569/000123", "ศธ"),
        ("ศธ2569/123", ""),  # a platform's own form
        ("BKK-2568/000123", ""),  # another fiscal year
    ],
)
def test_the_series_is_read_from_a_number_as_migration_0017_reads_it(
    number: str, series: str
) -> None:
    assert series_of(number, 2569, 123) == series
