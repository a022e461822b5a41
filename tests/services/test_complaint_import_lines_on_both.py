"""The complaint import's history lines written a column at a time, their ids made in bulk
(issue 18), on SQLite and on PostgreSQL: each line stored with its case, moment, statuses and
note, and ids that are UUIDv7s in the order the lines were written."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from vocdesk.db.models import Complaint, ComplaintStatusChange
from vocdesk.domain.enums import ComplaintStatus
from vocdesk.services.database import Database
from vocdesk.services.transfer import import_file, importer_for


def test_new_cases_and_their_lines(empty_db: Database, tmp_path: Path) -> None:
    source = tmp_path / "cases.csv"
    rows = ["number,received,subject,status,history"]
    for n in range(1, 8):
        rows.append(
            f'2569/{n:06d},2026-01-0{n}T09:00:00+07:00,เรื่องที่ {n},closed,"'
            f"2026-01-0{n}T09:00:00+07:00 | received | รับเรื่อง\n"
            f"2026-01-0{n}T15:30:00+07:00 | in_progress | กำลังดำเนินการ {n}\n"
            f'2026-01-0{n + 1}T10:00:00+07:00 | closed | ยุติ"'
        )
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert import_file(importer_for("complaints", empty_db), source).added == 7

    with empty_db.session_scope() as session:
        numbers = {
            key: number for key, number in session.execute(select(Complaint.id, Complaint.number))
        }
        lines = session.execute(
            select(ComplaintStatusChange.id, ComplaintStatusChange.complaint_id,
                   ComplaintStatusChange.changed_at, ComplaintStatusChange.from_status,
                   ComplaintStatusChange.to_status, ComplaintStatusChange.note)
            .order_by(ComplaintStatusChange.id)
        ).all()  # fmt: skip
    assert len(lines) == 21
    for n in range(1, 8):
        mine = [line for line in lines if numbers[line.complaint_id] == f"2569/{n:06d}"]
        assert [(line.changed_at.astimezone(UTC), line.from_status, line.to_status, line.note)
                for line in mine] == [
            (datetime(2026, 1, n, 2, tzinfo=UTC), None, ComplaintStatus.RECEIVED, "รับเรื่อง"),
            (datetime(2026, 1, n, 8, 30, tzinfo=UTC), ComplaintStatus.RECEIVED,
             ComplaintStatus.IN_PROGRESS, f"กำลังดำเนินการ {n}"),
            (datetime(2026, 1, n + 1, 3, tzinfo=UTC), ComplaintStatus.IN_PROGRESS,
             ComplaintStatus.CLOSED, "ยุติ"),
        ]  # fmt: skip
    ids = [uuid.UUID(str(line.id)) for line in lines]
    assert all(key.version == 7 for key in ids)
    # Written case by case, line by line: the ids' order is the cases' and the lines' order.
    assert [numbers[line.complaint_id] for line in lines] == sorted(
        numbers[line.complaint_id] for line in lines
    )
