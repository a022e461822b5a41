"""The complaints export on SQLite (issue 18) reads the cases as stored and has SQLite write the
history column: every row is the one the typed values give (``_typed_rows``, the way the export
read them before and any other database still does), masked and unmasked, with a search, for a
demo's cases and for the edge cases the quick paths must hand over (moments not stored as
SQLAlchemy writes them, Thai days after midnight, pauses, a sensitive complainant, a note with a
line break, a confidential case left out). The deadline cells counted from a table of working
days are the domain's, day by day."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from vocdesk.db.models import Complaint, ComplaintStatusChange, Stakeholder
from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.complaints.kpis import milestone_in_time
from vocdesk.domain.complaints.service_standard import working_days_taken
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.io.cells import format_bool
from vocdesk.io.table_file import write_rows
from vocdesk.services.complaints.due import working_calendar
from vocdesk.services.complaints.export_deadlines import ExportDeadlines, WorkingDayTable
from vocdesk.services.complaints.exporter import ComplaintExporter
from vocdesk.services.database import Database, open_database
from vocdesk.services.demo import DEMO_TODAY, generate_demo
from vocdesk.services.transfer import mask_rows


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db, _ = open_database(tmp_path_factory.mktemp("export") / "demo.sqlite")
    generate_demo(db, scale=1)
    _add_edge_cases(db)
    yield db
    db.dispose()


def _add_edge_cases(db: Database) -> None:
    with db.session_scope() as session:
        cases = list(session.scalars(select(Complaint).order_by(Complaint.number).limit(6)))
        person = session.scalars(select(Stakeholder)).first()
        assert len(cases) == 6 and person is not None
        person.sensitive = True
        cases[0].stakeholder_id = person.id
        cases[1].received_at = datetime(2026, 3, 2, 17, 30, 1, 999_999, tzinfo=UTC)  # Thai: 3 March
        cases[2].confidential = True
        cases[2].assigned_to = "someone-else"
        cases[3].status = S.WAITING  # paused now, since a day after receipt
        session.add(ComplaintStatusChange(complaint_id=cases[3].id, to_status=S.WAITING,
                                          changed_at=cases[3].received_at + timedelta(days=1, hours=20),
                                          note="รอเอกสาร\nจากผู้ร้อง"))  # fmt: skip
        session.add(ComplaintStatusChange(complaint_id=cases[0].id, to_status=S.IN_PROGRESS,
                                          changed_at=cases[0].received_at + timedelta(hours=3),
                                          note="บันทึกส่วนตัว\nของผู้ร้อง"))  # fmt: skip
        ids = [case.id.hex for case in cases]
    with db.session_scope() as session:
        # Moments another tool might have stored: no fraction; ISO with a "T".
        session.execute(text("UPDATE complaint SET resolved_at = '2026-03-05 10:00:00' WHERE id = :id"),
                        {"id": ids[4]})  # fmt: skip
        session.execute(text("UPDATE complaint_status_change SET changed_at = substr(changed_at, 1, 19)"
                             " WHERE complaint_id = :id"), {"id": ids[5]})  # fmt: skip


def _both(exporter: ComplaintExporter, search: str = "") -> tuple[list[list[Any]], list[list[Any]]]:
    stored = list(exporter._stored_rows(search, None))
    typed = list(exporter._typed_rows(search, None))
    return stored, typed


@pytest.mark.parametrize("unmasked", [False, True])
def test_every_row_is_the_typed_one(demo: Database, unmasked: bool) -> None:
    exporter = ComplaintExporter(demo, today=lambda: DEMO_TODAY, unmasked=unmasked)
    stored, typed = _both(exporter)
    assert len(stored) == len(typed) > 500
    for mine, theirs in zip(stored, typed, strict=True):
        assert mine == theirs
        assert [type(cell) for cell in mine] == [type(cell) for cell in theirs]
    keys = [column.key for column in exporter.spec.columns]
    histories = {row[keys.index("number")]: row[keys.index("history")] for row in stored}
    assert any("\n" in history for history in histories.values())
    assert any(row[keys.index("working_days")] != "" for row in stored)


def test_the_written_files_are_the_same_bytes(demo: Database, tmp_path: Path) -> None:
    exporter = ComplaintExporter(demo, today=lambda: DEMO_TODAY)
    written = exporter.export(tmp_path / "stored.csv")
    count = write_rows(exporter.spec.headers, mask_rows(exporter.spec, exporter._typed_rows("", None)),
                       tmp_path / "typed.csv")  # fmt: skip
    assert written == count
    assert (tmp_path / "stored.csv").read_bytes() == (tmp_path / "typed.csv").read_bytes()
    exporter.export(tmp_path / "stored.xlsx")
    with (tmp_path / "stored.csv").open(encoding="utf-8-sig", newline="") as source:
        assert len(list(csv.reader(source))) == written + 1


def test_a_search_and_a_reader_without_the_grant(demo: Database) -> None:
    demo.actor = Principal(login="somchai", role=Role.SUPERVISOR)
    try:
        exporter = ComplaintExporter(demo, today=lambda: DEMO_TODAY)
        stored, typed = _both(exporter)
        assert stored == typed
        assert exporter.left_out >= 1  # the confidential case assigned to someone else
        keys = [column.key for column in exporter.spec.columns]
        number = stored[len(stored) // 2][keys.index("number")]
        stored, typed = _both(exporter, number)
        assert stored == typed and 1 <= len(stored) < 100
    finally:
        demo.actor = None


def test_deadline_cells_are_the_domains(demo: Database) -> None:
    with demo.session_scope() as session:
        calendar = working_calendar(session)
    today = date(2026, 6, 30)
    cells = ExportDeadlines(calendar, today)
    table = WorkingDayTable(calendar)
    start = date(2024, 12, 1)
    for offset in range(0, 600, 7):
        received = start + timedelta(days=offset)
        for later in (0, 1, 2, 5, 9, 16, 30, 61):
            done = received + timedelta(days=later)
            assert table.between(received.toordinal(), done.toordinal()) == calendar.working_days_between(
                received, done)  # fmt: skip
            for resolved, notified, still_open in ((done, None, False), (None, done, True),
                                                   (None, None, True), (None, None, False)):  # fmt: skip
                expected = (
                    "" if resolved is None else working_days_taken(calendar, received, resolved),
                    format_bool(milestone_in_time(calendar, received, resolved, 15, today, still_open=still_open)),
                    format_bool(milestone_in_time(calendar, received, notified, 10, today, still_open=still_open)),
                )  # fmt: skip
                assert cells.cells(received.toordinal(), _ordinal(resolved), _ordinal(notified), 15, 10,
                                   still_open=still_open, pauses=[]) == expected  # fmt: skip
    pauses = [(date(2025, 3, 3), date(2025, 3, 10))]
    expected_paused = (
        working_days_taken(calendar, date(2025, 3, 1), date(2025, 3, 31), pauses),
        format_bool(milestone_in_time(calendar, date(2025, 3, 1), date(2025, 3, 31), 15, today,
                                      still_open=False, pauses=pauses)),
        "",
    )  # fmt: skip
    assert cells.cells(date(2025, 3, 1).toordinal(), date(2025, 3, 31).toordinal(), None, 15, 10,
                       still_open=False, pauses=pauses) == expected_paused  # fmt: skip


def _ordinal(day: date | None) -> int | None:
    return None if day is None else day.toordinal()


def test_a_moment_stored_in_another_form_is_read_as_core_reads_it(demo: Database) -> None:
    with demo.session_scope() as session:
        number = session.scalar(
            text("SELECT number FROM complaint WHERE resolved_at = '2026-03-05 10:00:00'")
        )
    assert number is not None
    exporter = ComplaintExporter(demo, today=lambda: DEMO_TODAY, unmasked=True)
    keys = [column.key for column in exporter.spec.columns]
    row = next(r for r in exporter._stored_rows("", None) if r[keys.index("number")] == number)
    assert row[keys.index("resolved_at")] == "2026-03-05T17:00:00+07:00"
