"""Automatic backups and restore (issue 17): real SQLite files, real copies, real rotation."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from vocdesk.db.migrate import head_revision
from vocdesk.domain.messages import UserError
from vocdesk.services.backups import (
    automatic_backup,
    backup_if_due,
    backups_folder,
    kept_backups,
    list_backups,
    restore_database,
    rotate,
    verify_restorable,
)
from vocdesk.services.database import check_database, open_database


def _database(path: Path, marker: str) -> Path:
    db, _ = open_database(path)
    db.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE IF NOT EXISTS marker (v TEXT)")
        connection.execute("DELETE FROM marker")
        connection.execute("INSERT INTO marker VALUES (?)", (marker,))
    return path


def _marker(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return str(connection.execute("SELECT v FROM marker").fetchone()[0])


def test_an_automatic_backup_is_a_sound_copy_in_the_data_folder(tmp_path: Path) -> None:
    database = _database(tmp_path / "agency.sqlite", "before")

    copy = automatic_backup(database, "exit", now=datetime(2026, 3, 1, 17, 5, 9))

    assert copy == backups_folder(database) / "agency-20260301-170509-exit.sqlite"
    assert "backups" in copy.parts and copy.parent.name == "agency"
    assert check_database(copy).healthy and _marker(copy) == "before"
    [listed] = list_backups(database)
    assert (listed.reason, listed.taken, listed.size) == (
        "exit", datetime(2026, 3, 1, 17, 5, 9), copy.stat().st_size,
    )  # fmt: skip


def test_the_daily_backup_is_taken_once_a_day(tmp_path: Path) -> None:
    database = _database(tmp_path / "agency.sqlite", "x")
    morning = datetime(2026, 3, 2, 8, 0, 0)

    assert backup_if_due(database, now=morning) is not None
    assert backup_if_due(database, now=morning + timedelta(hours=3)) is None
    assert backup_if_due(database, now=morning + timedelta(days=1)) is not None
    assert [b.reason for b in list_backups(database)] == ["daily", "daily"]


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    database = tmp_path / "agency.sqlite"
    folder = backups_folder(database)
    folder.mkdir(parents=True)
    start = datetime(2025, 1, 1, 9, 0, 0)
    for day in range(500):  # two copies a day for 500 days (rotation goes by the names)
        for hour in (9, 17):
            taken = start + timedelta(days=day, hours=hour - 9)
            (folder / f"agency-{taken:%Y%m%d-%H%M%S}-daily.sqlite").write_bytes(b"")
    killed = folder / "agency-20250101-000000-exit.sqlite.123.part"  # a copy cut short long ago
    killed.write_bytes(b"")
    os.utime(killed, (time.time() - 2 * 3600, time.time() - 2 * 3600))
    writing = folder / "agency-20250101-000000-exit.sqlite.456.part"  # another process's, now
    writing.write_bytes(b"")

    removed = rotate(folder)

    kept = list_backups(database)
    last = start + timedelta(days=499, hours=8)
    assert len(removed) == 1000 - len(kept) and list(folder.glob("*.part")) == [writing]
    # both copies of the latest day; the newest copy of each of the 6 days before
    assert [b.taken for b in kept[:2]] == [last, last - timedelta(hours=8)]
    assert {last.date() - timedelta(days=i) for i in range(7)} <= {b.taken.date() for b in kept}
    assert all(b.taken.hour == 17 for b in kept[2:])  # the newest of its day, week or month
    assert len({(b.taken.year, b.taken.month) for b in kept}) == 12
    assert len({b.taken.isocalendar()[:2] for b in kept}) >= 4
    assert len(kept) <= 1 + 7 + 4 + 12
    assert kept_backups(kept) == {b.path for b in kept}
    assert rotate(folder) == []  # rotating again removes nothing


def test_restore_replaces_the_database_and_keeps_it_as_it_was(tmp_path: Path) -> None:
    database = _database(tmp_path / "agency.sqlite", "old")
    copy = automatic_backup(database, "daily")
    assert copy is not None
    _database(database, "new")

    result = restore_database(copy, database)

    assert _marker(database) == "old" and check_database(database).healthy
    assert result.previous_copy is not None and _marker(result.previous_copy) == "new"
    assert result.revision == head_revision()


def test_restore_reaches_a_window_that_has_the_file_open(tmp_path: Path) -> None:
    database = _database(tmp_path / "agency.sqlite", "old")
    copy = automatic_backup(database, "daily")
    assert copy is not None
    _database(database, "new")
    db, _ = open_database(database)  # WAL mode, a live connection as the window holds
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT v FROM marker").scalar() == "new"
        restore_database(copy, database)
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT v FROM marker").scalar() == "old"
    finally:
        db.dispose()


@pytest.mark.parametrize("kind", ["truncated", "junk", "not_vocdesk", "newer"])
def test_a_bad_file_never_replaces_a_healthy_database(tmp_path: Path, kind: str) -> None:
    database = _database(tmp_path / "agency.sqlite", "healthy")
    bad = tmp_path / f"{kind}.sqlite"
    if kind == "truncated":
        copy = automatic_backup(_database(tmp_path / "other.sqlite", "x"), "manual")
        assert copy is not None
        bad.write_bytes(copy.read_bytes()[: copy.stat().st_size // 2])
    elif kind == "junk":
        bad.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    elif kind == "not_vocdesk":
        with sqlite3.connect(bad) as connection:
            connection.execute("CREATE TABLE t (x)")
    else:
        _database(bad, "future")
        with sqlite3.connect(bad) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = database.read_bytes()

    with pytest.raises(UserError) as refused:
        restore_database(bad, database)

    assert "nothing was restored" in refused.value.message.english()
    assert database.read_bytes() == before and _marker(database) == "healthy"
    assert list_backups(database) == []  # refused before anything was copied


def test_a_damaged_database_is_kept_aside_and_replaced(tmp_path: Path) -> None:
    good = automatic_backup(_database(tmp_path / "other.sqlite", "good"), "manual")
    assert good is not None
    database = tmp_path / "agency.sqlite"
    database.write_bytes(b"this is not a database at all" * 100)

    result = restore_database(good, database)

    assert _marker(database) == "good" and check_database(database).healthy
    assert result.previous_copy is not None
    assert result.previous_copy.read_bytes() == b"this is not a database at all" * 100


def test_an_older_vocdesk_file_may_be_restored(tmp_path: Path) -> None:
    older = _database(tmp_path / "older.sqlite", "old")
    with sqlite3.connect(older) as connection:  # the stamp of the revision before head
        connection.execute("UPDATE alembic_version SET version_num = '0001'")

    assert verify_restorable(older) == "0001"
