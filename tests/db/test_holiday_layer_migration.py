"""Migration 0011 on a real file made at revision 0010 with holidays and a complaint in it: the
days 0002 seeded leave (the national calendar has them), the agency's own days stay as its layer,
the case is untouched, and the working days of the upgraded file are the national calendar's with
the agency's days on top."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import MetaData, Table, insert, select

from vocdesk.db import models
from vocdesk.db.engine import make_engine, sqlite_url
from vocdesk.db.migrate import _config, head_revision
from vocdesk.domain.working_days import HolidayChange
from vocdesk.services.database import open_database
from vocdesk.services.holidays import HolidaysService, working_calendar

CASE_ID = uuid.UUID("0190f5d2-0000-7000-8000-000000000001")


def _filler(column) -> object:
    """A value for a column the old schema requires (reflected: ids are CHAR(32) text)."""
    python_type = column.type.python_type
    if column.name == "id" or column.name.endswith("_id"):
        return uuid.uuid4().hex
    if python_type is datetime:
        return datetime(2026, 2, 27, 3, 0, tzinfo=UTC)
    if python_type is date:
        return date(2026, 2, 27)
    if python_type is bool:
        return False
    if python_type is int:
        return 0
    return ""


def _file_at_0010(path: Path) -> None:
    engine = make_engine(sqlite_url(path))
    try:
        with engine.begin() as connection:
            command.upgrade(_config(connection), "0010")
            meta = MetaData()
            holiday = Table("holiday", meta, autoload_with=connection)
            complaint = Table("complaint", meta, autoload_with=connection)
            now = datetime(2026, 1, 5, tzinfo=UTC)
            connection.execute(insert(holiday), [
                # Imported by the agency before 0011: a lunar day the package also has, and a
                # day of its own.
                {"id": uuid.uuid4().hex, "day": date(2026, 3, 3), "name": "วันมาฆบูชา",
                 "created_at": now, "updated_at": now},
                {"id": uuid.uuid4().hex, "day": date(2026, 3, 2), "name": "วันหยุดของกรม",
                 "created_at": now, "updated_at": now},
            ])  # fmt: skip
            category_id = (
                connection.execute(
                    select(Table("complaint_category", meta, autoload_with=connection).c.id)
                )
                .scalars()
                .first()
            )
            values = {
                c.name: _filler(c) for c in complaint.columns
                if not c.nullable and c.default is None and c.server_default is None
            }  # fmt: skip
            channel_id = (
                connection.execute(select(Table("channel", meta, autoload_with=connection).c.id))
                .scalars()
                .first()
            )
            values.update(id=CASE_ID.hex, category_id=category_id, channel_id=channel_id,
                          priority="medium", status="received",
                          number="2569/000001", due_on=date(2026, 3, 20))  # fmt: skip
            connection.execute(insert(complaint), [values])
    finally:
        engine.dispose()


def test_a_file_at_0010_with_holidays_and_a_case_upgrades_to_the_layer(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    _file_at_0010(path)
    seeded = sqlite3.connect(path).execute("SELECT count(*) FROM holiday").fetchone()[0]
    assert seeded == 45 + 2  # 0002's fixed-date days of 2025-2027 and the agency's two

    db, result = open_database(path)
    try:
        assert (result.from_revision, result.to_revision) == ("0010", head_revision())
        with db.session_scope() as session:
            rows = {
                (h.day, h.name, h.change, h.office_id)
                for h in session.scalars(select(models.Holiday))
            }
            case = session.get_one(models.Complaint, CASE_ID)
            calendar = working_calendar(session)
            assert case.number == "2569/000001" and case.due_on == date(2026, 3, 20)
        assert rows == {
            (date(2026, 3, 3), "วันมาฆบูชา", HolidayChange.ADDED, None),
            (date(2026, 3, 2), "วันหยุดของกรม", HolidayChange.ADDED, None),
        }
        # 0002's days are still off (the national calendar), so are the lunar day and the
        # agency's own; a plain Wednesday is a working day.
        for day_off in (date(2026, 4, 13), date(2026, 10, 23), date(2026, 3, 3), date(2026, 3, 2),
                        date(2026, 5, 13)):  # fmt: skip
            assert not calendar.is_working_day(day_off), day_off
        assert calendar.is_working_day(date(2026, 3, 4))
        # The open case's due date, counted on the old list, is counted again on request.
        recounted = HolidaysService(db, today=lambda: date(2026, 3, 1)).recount(
            date(2026, 1, 1), date(2026, 12, 31)
        )
        assert recounted.cases == 1
        with db.session_scope() as session:
            assert session.get_one(models.Complaint, CASE_ID).due_on != date(2026, 3, 20)
    finally:
        db.dispose()
