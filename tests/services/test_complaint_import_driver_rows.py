"""The complaint import writes its new cases and history lines through the driver's executemany
(issue 18, ``_DriverInsert``): each stored cell must be exactly what Core's insert stores for the
same values (same text, same SQLite type), the constant defaults included."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, insert, select

from vocdesk.db.models import Channel, Complaint, ComplaintCategory, ComplaintStatusChange
from vocdesk.domain.enums import ComplaintStatus, Priority
from vocdesk.domain.ids import new_id
from vocdesk.services.complaints.importer import _WRITTEN, _DriverInsert, _processor, _utc_text
from vocdesk.services.database import Database, open_database

CASES = cast(Table, Complaint.__table__)
CHANGES = cast(Table, ComplaintStatusChange.__table__)
MOMENT = datetime(2026, 1, 5, 2, 3, 4, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "driver.sqlite")[0]
    yield database
    database.dispose()


def _case(db: Database, number: str, sequence: int, **values: Any) -> dict[str, Any]:
    with db.session_scope() as session:
        category = session.scalars(select(ComplaintCategory.id)).first()
        channel = session.scalars(select(Channel.id)).first()
    row: dict[str, Any] = dict.fromkeys(_WRITTEN)
    row.update(id=new_id(), fiscal_year=2569, sequence=sequence, number=number,
               received_at=MOMENT, subject="รอคิวนาน", category_id=category, channel_id=channel,
               office_id=None, status=ComplaintStatus.IN_PROGRESS, priority=Priority.HIGH,
               details="บรรทัดหนึ่ง\nบรรทัดสอง", province="", district="", unit="",
               assigned_to="somchai", complainant_name="", complainant_contact="",
               forwarded_agency="", forwarded_reference="", resolution="",
               corrective_action="", follow_up_comment="", anonymous=False, confidential=True,
               resolved_at=datetime(2026, 1, 9, 17, 0, 0, 123456, tzinfo=UTC),
               forwarded_on=date(2026, 1, 6), follow_up_score=4, trust_restored=True,
               due_on=date(2026, 1, 26), reopen_count=0, created_at=MOMENT, updated_at=MOMENT,
               touched_at=MOMENT)  # fmt: skip
    row.update(values)
    return row


def _stored(db: Database, table: str, key: str, value: str) -> dict[str, tuple[str, Any]]:
    """Every column of the row as SQLite holds it: (its type, its value)."""
    with sqlite3.connect(db.location) as raw:
        names = [r[1] for r in raw.execute(f"PRAGMA table_info({table})")]
        cells = ", ".join(f"typeof({n}), {n}" for n in names)
        row = raw.execute(f"SELECT {cells} FROM {table} WHERE {key} = ?", (value,)).fetchone()
    return {name: (row[2 * i], row[2 * i + 1]) for i, name in enumerate(names)}


def test_a_case_is_stored_as_core_stores_it(db: Database) -> None:
    by_core = _case(db, "2569/000001", 1)
    by_driver = _case(db, "2569/000002", 2, id=new_id())
    writer = _DriverInsert(CASES, db.engine.dialect,
                           ("id", "fiscal_year", "sequence", "number", *_WRITTEN, "created_at", "updated_at",
                            "touched_at"))  # fmt: skip
    with db.session_scope() as session:
        session.execute(insert(CASES), [by_core])
        writer.write(session, [by_driver])

    core = _stored(db, "complaint", "number", "2569/000001")
    driver = _stored(db, "complaint", "number", "2569/000002")
    differing = {k for k in core if core[k] != driver[k]}
    assert differing == {"id", "number", "sequence"}
    assert driver["version"] == ("integer", 1)  # the server default, as Core leaves it
    assert driver["id"][1] == by_driver["id"].hex


def test_a_history_line_is_stored_as_core_stores_it(db: Database) -> None:
    case = _case(db, "2569/000003", 3)
    with db.session_scope() as session:
        session.execute(insert(CASES), [case])
    line = {"complaint_id": case["id"], "changed_at": MOMENT, "from_status": None,
            "to_status": ComplaintStatus.RECEIVED, "note": "นำเข้า", "created_at": MOMENT,
            "updated_at": MOMENT, "touched_at": MOMENT}  # fmt: skip
    writer = _DriverInsert(CHANGES, db.engine.dialect, ("id", "complaint_id", "changed_at",
                           "from_status", "to_status", "note", "created_at", "updated_at",
                           "touched_at"))  # fmt: skip
    core_id, driver_id = new_id(), new_id()
    with db.session_scope() as session:
        session.execute(insert(CHANGES), [{**line, "id": core_id}])  # changed_by: its default
        writer.write(session, [{**line, "id": driver_id}])

    core = _stored(db, "complaint_status_change", "id", core_id.hex)
    driver = _stored(db, "complaint_status_change", "id", driver_id.hex)
    assert {k for k in core if core[k] != driver[k]} == {"id"}
    assert driver["changed_by"] == ("text", "")


def test_a_column_with_a_computed_default_must_be_given() -> None:
    with pytest.raises(ValueError, match="created_at"):
        _DriverInsert(
            CHANGES, None, ("id", "complaint_id", "changed_at", "to_status", "touched_at")
        )


def test_moments_take_the_quick_text_only_as_their_type_stores_them(db: Database) -> None:
    column = CASES.c.received_at
    process = column.type._cached_bind_processor(db.engine.dialect)
    assert _processor(column.type, db.engine.dialect) is _utc_text
    zones = [
        timezone(timedelta(hours=h, minutes=m)) for h, m in ((7, 0), (0, 0), (-9, -30), (5, 45))
    ]
    moments = [datetime(2024, 2, 29, 23, 59, 59, 999_999, tzinfo=UTC) - timedelta(seconds=s * 7_919)
               for s in range(2_000)]  # fmt: skip
    for moment in moments:
        for zone in zones:
            assert _utc_text(moment.astimezone(zone)) == process(moment.astimezone(zone))
    assert _utc_text(None) is None


def test_repeated_values_are_stored_as_each_alone(db: Database) -> None:
    """Values processed once for the rows that share them (an instant in two zones is one)."""
    case = _case(db, "2569/000004", 4)
    with db.session_scope() as session:
        session.execute(insert(CASES), [case])
    bangkok = timezone(timedelta(hours=7))
    lines = [{"complaint_id": case["id"], "changed_at": at, "from_status": was,
              "to_status": to, "note": ""}
             for at, was, to in [(MOMENT, None, ComplaintStatus.RECEIVED),
                                 (MOMENT.astimezone(bangkok), ComplaintStatus.RECEIVED, "waiting"),
                                 (MOMENT, ComplaintStatus.WAITING, ComplaintStatus.RECEIVED),
                                 (MOMENT.replace(microsecond=7), "received", ComplaintStatus.RECEIVED)]]  # fmt: skip
    writer = _DriverInsert(CHANGES, db.engine.dialect, ("id", "complaint_id", "changed_at",
                           "from_status", "to_status", "note", "created_at", "updated_at",
                           "touched_at"))  # fmt: skip
    core_ids = [new_id() for _ in lines]
    driver_ids = [new_id() for _ in lines]
    stamps = {"created_at": MOMENT, "updated_at": MOMENT, "touched_at": MOMENT}
    with db.session_scope() as session:
        session.execute(
            insert(CHANGES),
            [{**line, **stamps, "id": i} for line, i in zip(lines, core_ids, strict=True)],
        )
        writer.write(
            session, [{**line, "id": i} for line, i in zip(lines, driver_ids, strict=True)], stamps
        )

    for core_id, driver_id in zip(core_ids, driver_ids, strict=True):
        core = _stored(db, "complaint_status_change", "id", core_id.hex)
        driver = _stored(db, "complaint_status_change", "id", driver_id.hex)
        assert {k for k in core if core[k] != driver[k]} == {"id"}


HISTORY_KEYS = ("id", "complaint_id", "changed_at", "from_status", "to_status", "note",
                "created_at", "updated_at", "touched_at")  # fmt: skip


def test_history_given_a_column_at_a_time_is_stored_as_core_stores_it(db: Database) -> None:
    """The import's history lines: ids made in bulk (``new_ids``) and the case's id processed
    once (``stored_value``), given as stored; the other columns processed as in ``write``."""
    case = _case(db, "2569/000005", 5)
    with db.session_scope() as session:
        session.execute(insert(CASES), [case])
    bangkok = timezone(timedelta(hours=7))
    moments = [
        MOMENT,
        MOMENT.astimezone(bangkok) + timedelta(days=1),
        MOMENT.replace(microsecond=9),
    ]
    statuses = [None, ComplaintStatus.RECEIVED, ComplaintStatus.IN_PROGRESS]
    to = [ComplaintStatus.RECEIVED, ComplaintStatus.IN_PROGRESS, ComplaintStatus.CLOSED]
    notes = ["รับเรื่อง", "", "ยุติ | เรื่อง"]
    writer = _DriverInsert(CHANGES, db.engine.dialect, HISTORY_KEYS)
    stamps = {"created_at": MOMENT, "updated_at": MOMENT, "touched_at": MOMENT}
    ids = writer.new_ids("id", 3)
    assert all(isinstance(i, str) and len(i) == 32 for i in ids)  # SQLite: the hex, no UUID made
    assert writer.stored_value("complaint_id", case["id"]) == case["id"].hex
    core_ids = [new_id() for _ in moments]
    with db.session_scope() as session:
        session.execute(insert(CHANGES), [
            {"id": i, "complaint_id": case["id"], "changed_at": at, "from_status": was,
             "to_status": status, "note": note, **stamps}
            for i, at, was, status, note in zip(core_ids, moments, statuses, to, notes, strict=True)
        ])  # fmt: skip
        writer.write_columns(
            session,
            {"id": ids, "complaint_id": [writer.stored_value("complaint_id", case["id"])] * 3,
             "changed_at": tuple(moments), "from_status": tuple(statuses), "to_status": tuple(to),
             "note": tuple(notes)},
            3, stamps, frozenset({"id", "complaint_id"}),
        )  # fmt: skip

    for core_id, driver_id in zip(core_ids, ids, strict=True):
        core = _stored(db, "complaint_status_change", "id", core_id.hex)
        driver = _stored(db, "complaint_status_change", "id", driver_id)
        assert {k for k in core if core[k] != driver[k]} == {"id"}
        assert uuid.UUID(hex=driver_id).version == 7
    with pytest.raises(ValueError, match="note"):
        writer.stored_columns({"id": ids, "complaint_id": ids, "changed_at": moments,
                               "from_status": statuses, "to_status": to, "note": notes[:2]},
                              3, stamps, frozenset({"id", "complaint_id"}))  # fmt: skip


def test_rows_and_columns_store_the_same() -> None:
    """``stored`` (rows as dictionaries) is ``stored_columns`` of the same values."""
    from sqlalchemy.dialects import sqlite

    writer = _DriverInsert(CHANGES, sqlite.dialect(), HISTORY_KEYS)
    case_id = new_id()
    rows = [{"id": new_id(), "complaint_id": case_id, "changed_at": MOMENT + timedelta(hours=n),
             "from_status": None if n == 0 else ComplaintStatus.RECEIVED,
             "to_status": ComplaintStatus.WAITING, "note": str(n)} for n in range(5)]  # fmt: skip
    stamps = {"created_at": MOMENT, "updated_at": MOMENT, "touched_at": MOMENT}
    columns = {key: [row[key] for row in rows] for key in rows[0]}
    assert writer.stored(rows, stamps) == writer.stored_columns(columns, 5, stamps)
