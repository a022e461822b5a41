"""Migration 0017 on a real demo file: each case's numbering series is read from its number,
two series may use the same fiscal year and sequence, and deleting a travelling row (or a link
between two) leaves a tombstone for the next bundle."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from vocdesk.db.engine import make_engine, sqlite_url
from vocdesk.db.migrate import run_migrations
from vocdesk.services.database import open_database
from vocdesk.services.demo.generate import generate_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("m0017") / "demo.sqlite"
    db, _ = open_database(path)
    try:
        generate_demo(db, scale=1, seed=3, today=date(2025, 11, 14))
    finally:
        db.dispose()
    return path


def _copy(demo: Path, tmp_path: Path) -> Path:
    path = tmp_path / "agency.sqlite"
    shutil.copy(demo, path)
    return path


def _migrate(path: Path, revision: str) -> None:
    engine = make_engine(sqlite_url(path))
    try:
        run_migrations(engine, revision)
    finally:
        engine.dispose()


def test_series_read_from_numbers_and_unique_per_series(demo: Path, tmp_path: Path) -> None:
    path = _copy(demo, tmp_path)
    engine = make_engine(sqlite_url(path))
    try:  # down through 0017's downgrade, to give the file an 0016's numbers
        run_migrations(engine, "0016", downgrade=True)
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE complaint SET number = 'ศธ-' || number WHERE rowid % 2 = 0")
    con.commit()
    con.close()
    _migrate(path, "0017")

    con = sqlite3.connect(path)
    try:
        series = dict(con.execute("SELECT series, count(*) FROM complaint GROUP BY series"))
        assert set(series) == {"", "ศธ-"} and all(series.values())
        case = con.execute("SELECT id FROM complaint WHERE series = '' LIMIT 1").fetchone()[0]
        # The same fiscal year and sequence in another office's series is another case ...
        con.execute(_copy_case_sql(con, "BKK-", "BKK-1"), (case,))
        # ... but not twice in one series.
        with pytest.raises(sqlite3.IntegrityError, match="series"):
            con.execute(_copy_case_sql(con, "BKK-", "BKK-2"), (case,))
    finally:
        con.close()


def _copy_case_sql(con: sqlite3.Connection, series: str, number: str) -> str:
    """A copy of one case under another series and number (every other column the same)."""
    replaced = {
        "id": "lower(hex(randomblob(16)))",
        "series": f"'{series}'",
        "number": f"'{number}'",
    }
    columns = [row[1] for row in con.execute("PRAGMA table_info(complaint)")]
    values = ", ".join(replaced.get(name, name) for name in columns)
    return (
        f"INSERT INTO complaint ({', '.join(columns)}) SELECT {values} FROM complaint WHERE id = ?"
    )


def test_deleting_a_row_or_a_link_leaves_a_tombstone(demo: Path, tmp_path: Path) -> None:
    path = _copy(demo, tmp_path)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        segment, service = con.execute(
            "SELECT segment_id, service_id FROM segment_service LIMIT 1"
        ).fetchone()
        links = con.execute(
            "SELECT count(*) FROM segment_service WHERE segment_id = ?", (segment,)
        ).fetchone()[0]
        reminder = con.execute("SELECT id FROM reminder LIMIT 1").fetchone()[0]
        con.execute("DELETE FROM reminder WHERE id = ?", (reminder,))
        con.execute(
            "DELETE FROM segment_service WHERE segment_id = ? AND service_id = ?",
            (segment, service),
        )
        con.commit()
        stones = con.execute(
            "SELECT table_name, row_key, deleted_at FROM sync_tombstone ORDER BY seq"
        ).fetchall()
    finally:
        con.close()
    assert links >= 1
    assert [(table, key) for table, key, _ in stones] == [
        ("reminder", reminder),
        ("segment_service", f'["{segment}","{service}"]'),
    ]
    assert all(len(moment) == len("2026-01-01 00:00:00.000000") for _, _, moment in stones)
