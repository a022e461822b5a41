"""The complaint import writes its cases and histories by Core executemany (issue 18), and writes
as the ORM did: a case the file leaves as stored is not written (its version and updated_at
stay), a changed one is (its version counted up), histories come in whole, numbers as before."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from vocdesk.services.complaints.importer import ComplaintImporter
from vocdesk.services.database import Database, open_database
from vocdesk.services.transfer import import_file

HEADINGS = "number,received,channel,subject,category,status,history"
HISTORY = (
    '"2026-01-05T09:00+07:00 | received | รับเรื่อง\n2026-01-06T10:00+07:00 | in_progress | มอบหมาย"'
)
CASES = [
    f"2569/000007,2026-01-05T09:00+07:00,email,รอคิวนาน,service_delay,in_progress,{HISTORY}",
    "2569/000008,2026-01-05T10:00+07:00,email,เจ้าหน้าที่ไม่สุภาพ,staff_conduct,received,",
    ",2026-01-06T11:00+07:00,facebook,ค่าธรรมเนียมสูง,fees,received,",
]


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([HEADINGS, *lines]) + "\n", encoding="utf-8")
    return path


def _cases(db: Database) -> dict[str, tuple[str, int, str]]:
    with sqlite3.connect(db.location) as raw:
        return {n: (s, v, u) for n, s, v, u in raw.execute(
            "SELECT number, subject, version, updated_at FROM complaint")}  # fmt: skip


def _history(db: Database) -> list[tuple[str, str | None, str, str]]:
    with sqlite3.connect(db.location) as raw:
        return raw.execute(
            "SELECT c.number, h.from_status, h.to_status, h.note FROM complaint_status_change h"
            " JOIN complaint c ON c.id = h.complaint_id ORDER BY c.number, h.changed_at"
        ).fetchall()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "office.sqlite")[0]
    yield database
    database.dispose()


def test_new_cases_get_their_numbers_and_histories(db: Database, tmp_path: Path) -> None:
    summary = import_file(ComplaintImporter(db), _write(tmp_path / "cases.csv", CASES))

    assert (summary.added, summary.updated) == (3, 0)
    cases = _cases(db)
    assert sorted(cases) == ["2569/000001", "2569/000007", "2569/000008"]  # the next free one
    assert {version for _, version, _ in cases.values()} == {1}
    assert _history(db) == [
        ("2569/000001", None, "received", "cases.csv"),
        ("2569/000007", None, "received", "รับเรื่อง"),
        ("2569/000007", "received", "in_progress", "มอบหมาย"),
        ("2569/000008", None, "received", "cases.csv"),
    ]


def test_a_file_imported_again_writes_only_what_it_changes(db: Database, tmp_path: Path) -> None:
    import_file(ComplaintImporter(db), _write(tmp_path / "cases.csv", CASES))
    before = _cases(db)
    again = [CASES[0], CASES[1].replace("เจ้าหน้าที่ไม่สุภาพ", "เจ้าหน้าที่พูดไม่สุภาพ")]

    summary = import_file(ComplaintImporter(db), _write(tmp_path / "again.csv", again))

    after = _cases(db)
    assert (summary.added, summary.updated) == (0, 2)
    assert after["2569/000007"] == before["2569/000007"]  # unchanged: not written at all
    assert after["2569/000001"] == before["2569/000001"]
    subject, version, updated_at = after["2569/000008"]
    assert (subject, version) == ("เจ้าหน้าที่พูดไม่สุภาพ", 2)
    assert updated_at > before["2569/000008"][2]
    assert len(_history(db)) == 4  # the file's history replaced the same history
