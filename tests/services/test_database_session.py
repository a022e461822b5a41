"""One user action is one transaction: it commits whole or leaves nothing behind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vocdesk.db.models import Holiday
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    yield database
    database.dispose()


def _holiday_count(db: Database, name: str) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(Holiday).where(Holiday.name == name))


def test_a_successful_action_is_committed(db: Database) -> None:
    from datetime import date

    with db.session_scope() as session:
        session.add(Holiday(day=date(2031, 1, 2), name="test day"))

    assert _holiday_count(db, "test day") == 1


def test_a_failing_action_leaves_nothing_half_written(db: Database) -> None:
    from datetime import date

    with pytest.raises(RuntimeError), db.session_scope() as session:
        session.add(Holiday(day=date(2031, 1, 3), name="half"))
        session.flush()
        raise RuntimeError("the user's action failed midway")

    assert _holiday_count(db, "half") == 0


def test_backup_is_a_complete_database_that_opens(db: Database, tmp_path: Path) -> None:
    from datetime import date

    with db.session_scope() as session:
        session.add(Holiday(day=date(2031, 1, 4), name="kept"))

    target = db.backup_to(tmp_path / "backups" / "copy.sqlite")

    connection = sqlite3.connect(target)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute(
            "SELECT count(*) FROM holiday WHERE name = 'kept'"
        ).fetchone() == (1,)
    finally:
        connection.close()
    assert not list(target.parent.glob("*.part"))


def test_opening_a_missing_file_without_create_is_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        open_database(tmp_path / "nowhere.sqlite", create=False)

    assert "There is no database file" in str(caught.value)
    assert not (tmp_path / "nowhere.sqlite").exists()


def test_a_mistyped_server_url_is_refused_with_a_message() -> None:
    with pytest.raises(UserError) as caught:
        open_database("postgersql://office-server/vocdesk")

    assert "could not be opened" in str(caught.value)
