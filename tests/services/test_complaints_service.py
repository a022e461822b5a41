"""The Complaints tab's rows: open cases past their due date are flagged overdue."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from vocdesk.db.models import Channel, Complaint, ComplaintCategory
from vocdesk.domain.enums import ComplaintStatus
from vocdesk.domain.tables import TableQuery
from vocdesk.services.complaints.queues import ComplaintsService
from vocdesk.services.database import Database

TODAY = date(2025, 11, 14)


def _add_case(
    db: Database, sequence: int, status: ComplaintStatus, due: date | None, subject: str = "เรื่อง"
) -> None:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).limit(1))
        category = session.scalar(select(ComplaintCategory.id).limit(1))
        session.add(
            Complaint(
                fiscal_year=2569,
                sequence=sequence,
                number=f"2569/{sequence:06d}",
                received_at=datetime(2025, 10, 1 + sequence, 2, tzinfo=UTC),
                channel_id=channel,
                subject=subject,
                category_id=category,
                status=status,
                due_on=due,
            )  # fmt: skip
        )


def test_only_open_cases_past_their_due_date_are_overdue(empty_db: Database) -> None:
    _add_case(empty_db, 1, ComplaintStatus.IN_PROGRESS, date(2025, 11, 13))  # overdue
    _add_case(empty_db, 2, ComplaintStatus.IN_PROGRESS, date(2025, 11, 14))  # due today: not yet
    _add_case(empty_db, 3, ComplaintStatus.CLOSED, date(2025, 11, 1))  # finished
    _add_case(empty_db, 4, ComplaintStatus.REOPENED, date(2025, 11, 2))  # reopened: open again
    _add_case(empty_db, 5, ComplaintStatus.RECEIVED, None)  # no due date yet
    service = ComplaintsService(empty_db, today=lambda: TODAY)

    rows = {row.number: row.overdue for row in service.list_complaints(TableQuery())}

    assert rows == {
        "2569/000001": True, "2569/000002": False, "2569/000003": False,
        "2569/000004": True, "2569/000005": False,
    }  # fmt: skip
    assert service.count_overdue() == 2


def test_sorting_by_overdue_puts_overdue_cases_first_when_descending(empty_db: Database) -> None:
    _add_case(empty_db, 1, ComplaintStatus.IN_PROGRESS, date(2025, 12, 1))
    _add_case(empty_db, 2, ComplaintStatus.SCREENING, date(2025, 11, 1))
    service = ComplaintsService(empty_db, today=lambda: TODAY)

    rows = service.list_complaints(TableQuery(sort_key="overdue", descending=True))

    assert [row.overdue for row in rows] == [True, False]


def test_a_case_waiting_for_the_complainant_is_not_overdue_while_its_clock_is_stopped(
    empty_db: Database,
) -> None:
    _add_case(empty_db, 1, ComplaintStatus.WAITING, date(2025, 11, 1))
    service = ComplaintsService(empty_db, today=lambda: TODAY)

    assert [row.overdue for row in service.list_complaints(TableQuery())] == [False]
    assert service.count_overdue() == 0


def test_newest_cases_come_first_and_missing_due_dates_sort_last(empty_db: Database) -> None:
    _add_case(empty_db, 1, ComplaintStatus.RECEIVED, None)
    _add_case(empty_db, 2, ComplaintStatus.RECEIVED, date(2025, 12, 1))
    _add_case(empty_db, 3, ComplaintStatus.RECEIVED, date(2025, 11, 20))
    service = ComplaintsService(empty_db, today=lambda: TODAY)

    newest = service.list_complaints(TableQuery())
    by_due = service.list_complaints(TableQuery(sort_key="due"))
    by_due_desc = service.list_complaints(TableQuery(sort_key="due", descending=True))

    assert [r.number[-1] for r in newest] == ["3", "2", "1"]
    assert [r.number[-1] for r in by_due] == ["3", "2", "1"]
    assert [r.number[-1] for r in by_due_desc] == ["2", "3", "1"]


def test_search_finds_a_case_by_number_or_subject(empty_db: Database) -> None:
    _add_case(empty_db, 1, ComplaintStatus.RECEIVED, None, subject="ไฟฟ้าดับ")
    _add_case(empty_db, 2, ComplaintStatus.RECEIVED, None, subject="น้ำไม่ไหล")
    service = ComplaintsService(empty_db, today=lambda: TODAY)

    assert [r.subject for r in service.list_complaints(TableQuery(search="000002"))] == ["น้ำไม่ไหล"]
    assert [r.number for r in service.list_complaints(TableQuery(search="ไฟฟ้า"))] == ["2569/000001"]
    assert service.count_complaints(TableQuery(search="ไฟฟ้า")) == 1
    assert service.count_complaints(TableQuery()) == 2
