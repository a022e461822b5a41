"""``vocdesk pdpa due --db PATH [--on DAY] [--type KIND] [--list]`` (issue 19): the counts per
kind with a period, as the retention review counts them; the records with ``--list``; exit 0."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_cli import vocdesk_command

from vocdesk.domain.pdpa.terms import RetentionRecordType
from vocdesk.services.database import open_database
from vocdesk.services.demo import generate_demo
from vocdesk.services.pdpa.retention import RetentionService

ON = date(2029, 6, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[RetentionRecordType, int]]:
    path = tmp_path_factory.mktemp("pdpa-due-cli") / "demo.sqlite"
    db, _ = open_database(path)
    generate_demo(db)
    counts = {c.record_type: c.count for c in RetentionService(db).due_counts(ON)}
    first = RetentionService(db).list_due(RetentionRecordType.COMPLAINT, None, 0, 1, ON)
    db.dispose()
    assert counts[RetentionRecordType.FEEDBACK] > 0 and first
    return path, counts


def test_due_prints_the_counts_per_kind(demo: tuple[Path, dict[RetentionRecordType, int]]) -> None:
    path, counts = demo
    run = vocdesk_command("pdpa", "due", "--db", path, "--on", ON.isoformat(), lang="en")
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[0].split() == ["RECORDS", "KEPT", "THEN", "DUE"]
    feedback = next(line for line in lines if line.startswith("Feedback"))
    assert feedback.split() == [
        "Feedback",
        "2",
        "years",
        "Anonymise",
        f"{counts[RetentionRecordType.FEEDBACK]:,}",
    ]
    assert any(line.startswith("Complaints") for line in lines)
    assert not any(line.startswith("Activities") for line in lines)  # no period set


def test_due_lists_one_kind_in_thai(demo: tuple[Path, dict[RetentionRecordType, int]]) -> None:
    path, counts = demo
    run = vocdesk_command("pdpa", "due", "--db", path, "--on", ON.isoformat(), "--type", "complaint",
                          "--list", lang="th")  # fmt: skip
    assert run.code == 0, run.err
    assert "เรื่องร้องเรียน" in run.out and "5 ปี" in run.out
    records = [line for line in run.out.splitlines() if line[:4].isdigit() and "/" in line[:6]]
    assert len(records) == counts[RetentionRecordType.COMPLAINT]
    assert "ข้อมูลป้อนกลับ" not in run.out


def test_a_day_not_written_yyyy_mm_dd_is_refused(
    demo: tuple[Path, dict[RetentionRecordType, int]],
) -> None:
    path, _ = demo
    run = vocdesk_command("pdpa", "due", "--db", path, "--on", "1/6/2572", lang="en")
    assert run.code == 2
    assert "YYYY-MM-DD" in run.err
