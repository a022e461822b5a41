"""An imported case without a due date gets the one the complaints service would keep: its
category's resolve target counted from receipt, the paused days of its history left out."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from vocdesk.db.models import Complaint, ComplaintCategory
from vocdesk.services.complaints.importer import ComplaintImporter
from vocdesk.services.database import Database, open_database
from vocdesk.services.transfer import import_file

# Received Tue 4 Mar 2025 (category "other": 15 working days); waiting Fri 7 to Tue 11 (Fri 7,
# Mon 10, Tue 11 paused): due 15 working days after 4 Mar is Tue 25 Mar, plus 3 paused = Fri 28 Mar.
HISTORY = ("2025-03-04 09:00 | received\n2025-03-07 10:00 | waiting | ขอสำเนาเอกสาร\n"
           "2025-03-12 09:00 | in_progress")  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    yield database
    database.dispose()


def _write(path: Path, *rows: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(
            [["number", "received", "subject", "category", "status", "due", "history"], *rows]
        )
    return path


def _import(db: Database, path: Path) -> None:
    import_file(ComplaintImporter(db, today=lambda: date(2025, 3, 31)), path)


def _due(db: Database, number: str = "2568/000042") -> date | None:
    with db.session_scope() as session:
        return session.scalar(select(Complaint.due_on).where(Complaint.number == number))


def test_a_new_case_without_a_due_date_leaves_out_the_paused_days_of_its_history(
    db: Database, tmp_path: Path
) -> None:
    _import(
        db,
        _write(
            tmp_path / "a.csv",
            ["2568/000042", "2025-03-04 09:00", "ขอข้อมูล", "other", "in_progress", "", HISTORY],
        ),
    )

    assert _due(db) == date(2025, 3, 28)


def test_a_re_import_that_adds_a_pause_moves_the_due_date(db: Database, tmp_path: Path) -> None:
    _import(
        db,
        _write(
            tmp_path / "a.csv",
            [
                "2568/000042",
                "2025-03-04 09:00",
                "ขอข้อมูล",
                "other",
                "in_progress",
                "",
                "2025-03-04 09:00 | received\n2025-03-12 09:00 | in_progress",
            ],
        ),
    )
    assert _due(db) == date(2025, 3, 25)

    # The file as exported (its due date as stored), with the pause now in its history.
    _import(
        db,
        _write(
            tmp_path / "b.csv",
            [
                "2568/000042",
                "2025-03-04 09:00",
                "ขอข้อมูล",
                "other",
                "in_progress",
                "2025-03-25",
                HISTORY,
            ],
        ),
    )

    assert _due(db) == date(2025, 3, 28)


def test_a_re_import_that_changes_the_category_counts_its_standard(
    db: Database, tmp_path: Path
) -> None:
    with db.session_scope() as session:
        fast = session.scalar(select(ComplaintCategory).where(ComplaintCategory.code == "other"))
        session.add(ComplaintCategory(code="urgent", name_th="เร่งด่วน", name_en="Urgent", acknowledge_days=1,
                                      first_response_days=1, resolve_days=5, notify_days=5,
                                      warn_days_before=1))  # fmt: skip
        assert fast.resolve_days == 15
    _import(
        db,
        _write(
            tmp_path / "a.csv",
            ["2568/000042", "2025-03-04 09:00", "ขอข้อมูล", "other", "in_progress", "", HISTORY],
        ),
    )

    _import(
        db,
        _write(
            tmp_path / "b.csv",
            [
                "2568/000042",
                "2025-03-04 09:00",
                "ขอข้อมูล",
                "urgent",
                "in_progress",
                "2025-03-28",
                HISTORY,
            ],
        ),
    )

    # 5 working days after Tue 4 Mar with Fri 7, Mon 10, Tue 11 paused: Wed 5, Thu 6, Wed 12, Thu 13, Fri 14.
    assert _due(db) == date(2025, 3, 14)


def test_a_due_date_in_the_file_is_kept(db: Database, tmp_path: Path) -> None:
    _import(
        db,
        _write(
            tmp_path / "a.csv",
            [
                "2568/000042",
                "2025-03-04 09:00",
                "ขอข้อมูล",
                "other",
                "in_progress",
                "2025-04-30",
                HISTORY,
            ],
        ),
    )

    assert _due(db) == date(2025, 4, 30)


def test_the_export_says_whether_the_result_was_notified_within_standard(
    db: Database, tmp_path: Path
) -> None:
    from vocdesk.services.complaints.exporter import ComplaintExporter

    # "other": told within 15 working days. Told Fri 28 Mar: 18 working days after Tue 4 Mar,
    # less the 3 paused days = 15: in time. Told Mon 31 Mar: 16: late. Not told, still open on
    # 31 Mar at 16 working days: late already.
    _import(
        db,
        _write(
            tmp_path / "a.csv",
            ["2568/000042", "2025-03-04 09:00", "ขอข้อมูล", "other", "resolved", "", HISTORY],
            ["2568/000043", "2025-03-04 09:00", "ขอข้อมูล", "other", "resolved", "", HISTORY],
            ["2568/000044", "2025-03-04 09:00", "ขอข้อมูล", "other", "in_progress", "", HISTORY],
        ),
    )
    with db.session_scope() as session:
        for number, told in (("2568/000042", "2025-03-28"), ("2568/000043", "2025-03-31")):
            case = session.scalar(select(Complaint).where(Complaint.number == number))
            case.notified_at = case.resolved_at = datetime.fromisoformat(f"{told}T08:00:00+07:00")
    exported = tmp_path / "out.csv"
    ComplaintExporter(db, today=lambda: date(2025, 3, 31)).export(exported)

    with exported.open(encoding="utf-8-sig", newline="") as file:
        rows = {row["number"]: row["notified within standard"] for row in csv.DictReader(file)}
    assert rows == {"2568/000042": "yes", "2568/000043": "no", "2568/000044": "no"}
    summary = import_file(ComplaintImporter(db), exported)  # export-only: ignored
    assert (summary.added, summary.updated) == (0, 3)
