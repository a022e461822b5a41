"""The stakeholder import's quick paths (issue 18) give what the long ways give: phone numbers
grouped by their leading digits (``PhoneForms``) against the cell read by ``normalise_phone``
(``_phone``) for numbers of every five-digit start; the identifiers checked once, by their cells; rows written through the
driver (``DriverInsert``) stored exactly as Core's insert stores them."""

from __future__ import annotations

import csv
import random
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, select

from vocdesk.db.driver_insert import DriverInsert
from vocdesk.db.models import AuditEntry, Segment, Stakeholder
from vocdesk.domain.enums import AuditAction, PartyType, StakeholderKind, StakeholderStatus
from vocdesk.io.cells import CellError
from vocdesk.services.database import Database, open_database
from vocdesk.services.registry.transfer import StakeholderImporter
from vocdesk.services.registry.transfer_columns import PhoneForms, _phone
from vocdesk.services.transfer import check_file, import_file


def _long_way(text: str) -> tuple[str, Any]:
    """The phone cell as it was read before: ``normalise_phone`` of each number."""
    try:
        return "ok", _phone(text)
    except CellError as error:
        return "error", (error.message.text, error.message.params)


def _quick_way(forms: PhoneForms, text: str) -> tuple[str, Any]:
    try:
        return "ok", forms(text)
    except CellError as error:
        return "error", (error.message.text, error.message.params)


def test_phone_forms_give_what_normalise_phone_gives_for_every_five_digit_start() -> None:
    rng = random.Random(18)
    numbers = []
    for start in range(1000, 10000):  # "0" and four digits: 01000 .. 09999
        for length in (9, 10):
            sixth = str(rng.randrange(10))
            for _ in range(2):  # two of the same (first six digits, length): the second is quick
                rest = "".join(rng.choice("0123456789") for _ in range(length - 6))
                numbers.append(f"0{start}{sixth}{rest}")
    rng.shuffle(numbers)
    forms = PhoneForms()
    quick = 0
    for number in numbers:
        assert _quick_way(forms, number) == _long_way(number), number
    # The quick path was taken: most valid numbers found their group already.
    for number in numbers:
        found = forms._plain.get((number[:6], len(number)))
        quick += bool(found)
    assert quick > len(numbers) // 4


@pytest.mark.parametrize(
    "text",
    ["081-234-5678", "+66 81 234 5678", "(02) 123 4567", "๐๘๑๒๓๔๕๖๗๘", "1111", "0212", "0691234567",
     "+1 202 555 0100", "08x1234567", " 0812345678 ", "'0812345678"],
)  # fmt: skip
def test_phone_forms_read_other_writings_the_long_way(text: str) -> None:
    forms = PhoneForms()
    forms("0812345679")  # a group known already
    expected = _long_way(text)
    assert _quick_way(forms, text) == expected
    assert _quick_way(forms, text) == expected  # and again, from what it remembers


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["reference", "name", "national id", "phone", "phone 2", "segment"])
        writer.writerows(rows)
    return path


@pytest.fixture
def db(tmp_path: Path) -> Any:
    database, _ = open_database(tmp_path / "registry.sqlite")
    yield database
    database.dispose()


def test_identifiers_are_checked_once_and_stored_normalised(db: Database, tmp_path: Path) -> None:
    source = _write(tmp_path / "people.csv", [
        ["R-1", "นาย ก", "1-1017-00230-70-8", "081-234-5678", "0812345678", "general_public"],
        ["R-2", "นาง ข", "", "", "02 123 4567", ""],
        ["R-3", "นาง ค", "3100600123450", "0812345670", "+66 2 123 4567", ""],
    ])  # fmt: skip
    summary = import_file(StakeholderImporter(db, today=lambda: date(2026, 11, 30)), source)
    assert (summary.added, summary.updated) == (3, 0)
    with db.session_scope() as session:
        stored = {
            s.external_ref: (s.national_id, s.phone, s.phone2)
            for s in session.scalars(select(Stakeholder))
        }
    assert stored == {
        "R-1": ("1101700230708", "+66812345678", ""),  # the second phone repeated the first
        "R-2": (None, "", "+6621234567"),
        "R-3": ("3100600123450", "+66812345670", "+6621234567"),
    }


def test_bad_identifiers_give_the_problems_they_gave(db: Database, tmp_path: Path) -> None:
    source = _write(tmp_path / "bad.csv", [
        ["R-1", "นาย ก", "1101700230709", "0212", "0691234567", ""],
    ])  # fmt: skip
    table = check_file(StakeholderImporter(db, today=lambda: date(2026, 11, 30)), source)
    found = {(p.column, p.message.text) for p in table.problems}
    expected_phone = _long_way("0212")[1][0]
    expected_second = _long_way("0691234567")[1][0]
    assert ("D", expected_phone) in found and ("E", expected_second) in found
    assert any(column == "C" for column, _ in found)  # the national ID's check digit
    assert len(found) == 3


def _cells(path: Path, table: str) -> list[tuple[Any, ...]]:
    raw = sqlite3.connect(path)
    try:
        columns = [row[1] for row in raw.execute(f"PRAGMA table_info({table})")]
        listed = ", ".join(f"{c}, typeof({c})" for c in columns)
        return sorted(raw.execute(f"SELECT {listed} FROM {table}").fetchall(), key=repr)
    finally:
        raw.close()


def _rows(segment_id: uuid.UUID, now: datetime) -> list[dict[str, Any]]:
    rows = []
    for n in range(40):
        rows.append({
            "id": uuid.uuid4(), "party_type": PartyType.ORGANISATION if n % 3 else PartyType.PERSON,
            "kind": StakeholderKind.PARTNER if n % 2 else StakeholderKind.SERVICE_RECIPIENT,
            "status": StakeholderStatus.FORMER if n % 5 else StakeholderStatus.CURRENT,
            "name": f"คุณ ทดสอบ {n}", "organisation": "" if n % 4 else "สมาคม",
            "segment_id": segment_id if n % 2 else None, "national_id": None if n % 3 else f"{n:013d}",
            "phone": f"+668123456{n:02d}", "phone2": "", "email": f"a{n}@example.co.th" if n % 2 else "",
            "line_id": "", "address": "1 ถนน\nพหลโยธิน" if n == 7 else "", "province": "เชียงใหม่",
            "preferred_channel_id": None, "external_ref": f"R-{n}" if n % 6 else None,
            "tags": ["อาสา", "สื่อ"] if n % 3 == 0 else ([] if n % 3 == 1 else ["อาสา"]), "notes": "=1+2",
            "relationship_officer": "", "contact_every_months": None if n % 2 else n % 60 + 1,
            "lawful_basis": "consent" if n % 2 else "", "consent_follow_up": bool(n % 2),
            "consent_date": date(2026, 1, 5) if n % 2 else None, "retention_until": None,
            "sensitive": n == 3, "archived": n == 9, "name_key": f"ทดสอบ{n}", "email_key": f"a{n}@example.co.th",
            "created_at": now, "updated_at": now, "archived_at": now if n == 9 else None,
        })  # fmt: skip
    return rows


def test_driver_rows_are_stored_as_core_stores_them(tmp_path: Path) -> None:
    paths = [tmp_path / "core.sqlite", tmp_path / "driver.sqlite"]
    moments = [datetime(2026, 1, 5, 2, 3, 4, 500, tzinfo=UTC),
               datetime(2026, 1, 5, 9, 3, 4, tzinfo=UTC).astimezone(UTC)]  # fmt: skip
    table, audit = cast(Table, Stakeholder.__table__), cast(Table, AuditEntry.__table__)
    for path in paths:
        db, _ = open_database(path)
        try:
            with db.session_scope() as session:
                segment_id = session.scalars(select(Segment.id)).first()
                assert segment_id is not None
            rows = _rows(segment_id, moments[0])
            for row in rows:  # the same ids in both files
                row["id"] = uuid.UUID(int=hash(row["name"]) % (1 << 128))
            audits = [{"id": uuid.UUID(int=n + 1), "at": moments[1], "user": "somchai",
                       "action": AuditAction.CREATE, "entity": "stakeholder", "entity_id": row["id"],
                       "created_at": moments[1], "updated_at": moments[1]}
                      for n, row in enumerate(rows)]  # fmt: skip
            changes = {"import": "คน.csv"}
            with db.session_scope() as session:
                connection = session.connection()
                if path.name == "core.sqlite":
                    connection.execute(table.insert(), rows)
                    connection.execute(audit.insert(), [{**a, "changes": changes} for a in audits])
                else:
                    writer = DriverInsert(table, connection.dialect, tuple(rows[0]))
                    assert writer.driver
                    writer.write(connection, rows)
                    audit_writer = DriverInsert(audit, connection.dialect, (*audits[0], "changes"))
                    assert audit_writer.driver
                    audit_writer.write(connection, audits, {"changes": changes})
        finally:
            db.dispose()
    given = {"stakeholder": set(_rows(uuid.uuid4(), moments[0])[0]),
             "audit_entry": {"id", "at", "user", "action", "entity", "entity_id", "changes", "created_at",
                             "updated_at"}}  # fmt: skip
    for name, model_table in (("stakeholder", table), ("audit_entry", audit)):
        # A column with a default moment not given (``touched_at``) is filled at another instant.
        filled_now = {c.key for c in model_table.c
                      if c.default is not None and c.default.is_callable and c.key not in given[name]}  # fmt: skip
        core, driver = (_cells(path, name) for path in paths)
        assert len(core) == len(driver) == 40
        raw = sqlite3.connect(paths[0])
        columns = [r[1] for r in raw.execute(f"PRAGMA table_info({name})")]
        raw.close()
        skip = {i for i, c in enumerate(columns) if c in filled_now}

        def kept(row: tuple[Any, ...], skip: set[int] = skip) -> tuple[Any, ...]:
            return tuple(v for i, v in enumerate(row) if i // 2 not in skip)

        # Every other cell the same, its value and its SQLite type.
        assert sorted(map(kept, core), key=repr) == sorted(map(kept, driver), key=repr)
        recent = datetime.now(UTC).replace(tzinfo=None) - timedelta(hours=1)
        for row in driver:
            for i in skip:
                assert row[2 * i] is None or datetime.fromisoformat(row[2 * i]) > recent
