"""``check_database`` reads without writing; copies are complete whatever the file is called."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from vocdesk.db.migrate import head_revision
from vocdesk.services.database import check_database, open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_healthy_file_checks_ok_at_head(tmp_path: Path) -> None:
    path = tmp_path / "ok.sqlite"
    db, _ = open_database(path)
    db.dispose()

    report = check_database(path)

    assert report.healthy
    assert (report.schema_revision, report.head_revision, report.problem) == (
        head_revision(),
        head_revision(),
        "",
    )


def test_checking_a_rollback_journal_file_does_not_switch_it_to_wal(tmp_path: Path) -> None:
    path = tmp_path / "delete-mode.sqlite"
    db, _ = open_database(path)
    db.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = delete")
    connection.close()
    before = _digest(path)

    assert check_database(path).healthy
    assert _digest(path) == before


def test_a_missing_file_is_reported_without_creating_it(tmp_path: Path) -> None:
    report = check_database(tmp_path / "missing.sqlite")

    assert not report.healthy
    assert "no database file" in report.problem
    assert not (tmp_path / "missing.sqlite").exists()


def test_the_safety_copy_of_a_file_with_a_hash_in_its_name_is_complete(tmp_path: Path) -> None:
    path = tmp_path / "office#2.sqlite"
    db, _ = open_database(path)
    db.dispose()

    copy = db.backup_to(tmp_path / "copy.sqlite")

    connection = sqlite3.connect(copy)
    try:
        assert connection.execute("SELECT count(*) FROM channel").fetchone() == (15,)
    finally:
        connection.close()


def test_a_file_one_revision_old_is_reported_with_both_revisions(tmp_path: Path) -> None:
    # The report fills {current} and {head} of its own text: this once raised a TypeError.
    path = tmp_path / "older.sqlite"
    db, _ = open_database(path)
    db.dispose()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.close()

    report = check_database(path)

    assert not report.healthy
    assert report.schema_revision == "0005"
    assert report.problem == f"schema 0005 differs from this version's {head_revision()}"
