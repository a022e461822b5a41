"""Migrations on real SQLite files: new files, upgrades with a safety copy, refusals that change
nothing, the ORM in step with the migrations, and the engine's pragmas."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select, text

import vocdesk.db.engine as engine_module
from vocdesk.db import models
from vocdesk.db.base import Base
from vocdesk.db.engine import BUSY_TIMEOUT_MS, make_engine, sqlite_url
from vocdesk.db.migrate import _config, head_revision
from vocdesk.db.models.listening.entries import is_search_index_table
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database, open_database


def _make_file_at(path: Path, revision: str) -> None:
    """A database file at ``revision``, made the way an older VocDesk made it."""
    engine = make_engine(sqlite_url(path))
    try:
        with engine.begin() as connection:
            command.upgrade(_config(connection), revision)
    finally:
        engine.dispose()


def _revision_of(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(db: Database, model: type) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def fresh(tmp_path: Path):
    database, result = open_database(tmp_path / "new.sqlite")
    yield database, result
    database.dispose()


def test_an_empty_file_is_migrated_to_head_with_every_table(fresh) -> None:
    db, result = fresh

    assert result.from_revision is None
    assert result.to_revision == head_revision()
    assert result.backup is None
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_a_new_database_has_the_default_catalogues_in_thai_and_english(fresh) -> None:
    db, _ = fresh

    with db.session_scope() as session:
        channels = {c.code: c for c in session.scalars(select(models.Channel))}
        segments = {s.code: s for s in session.scalars(select(models.Segment))}
        categories = list(session.scalars(select(models.ComplaintCategory)))
        layer = session.scalar(select(func.count()).select_from(models.Holiday))

    assert len(channels) == 15
    assert channels["hotline_1111"].name_th == "สายด่วนรัฐบาล 1111"
    assert channels["damrongdhama_1567"].name_th == "ศูนย์ดำรงธรรม 1567"
    assert channels["walk_in"].name_en == "Walk-in counter"
    assert channels["line_oa"].is_digital and not channels["letter"].is_digital
    assert segments["general_public"].name_th == "ประชาชนทั่วไป"
    assert segments["general_public"].priority == "high"
    assert segments["partners"].kind == "stakeholder"
    assert segments["general_public"].requirements  # what the group needs, in Thai
    assert {c.resolve_days for c in categories} == {7, 15, 30}
    assert all(c.notify_days == 15 and c.name_th and c.name_en for c in categories)
    # The national holidays come from the holidays package (services.holidays); the agency's
    # layer over them starts empty (migration 0011 took out the days 0002 had seeded).
    assert layer == 0


def test_a_file_at_0001_is_upgraded_on_open_after_a_safety_copy(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    _make_file_at(path, "0001")

    db, result = open_database(path)
    try:
        assert (result.from_revision, result.to_revision) == ("0001", head_revision())
        assert _count(db, models.Channel) == 15
    finally:
        db.dispose()

    assert result.backup is not None and result.backup.parent == path.parent
    assert result.backup.name.startswith(f"office.sqlite.before-{head_revision()}-")
    assert _revision_of(result.backup) == "0001"
    copy, _ = open_database(result.backup)  # the copy is a working database of its own
    copy.dispose()
    assert _revision_of(path) == head_revision()


def test_downgrading_0002_removes_exactly_the_default_rows(tmp_path: Path) -> None:
    path = tmp_path / "down.sqlite"
    db, _ = open_database(path)
    with db.session_scope() as session:
        session.add(
            models.Channel(code="mobile_unit", name_th="หน่วยบริการเคลื่อนที่", name_en="Mobile unit")
        )
    db.dispose()

    engine = make_engine(sqlite_url(path))
    with engine.begin() as connection:
        command.downgrade(_config(connection), "0001")
    with engine.connect() as connection:
        channels = connection.execute(text("SELECT code FROM channel")).scalars().all()
        holidays = connection.execute(text("SELECT count(*) FROM holiday")).scalar()
    engine.dispose()

    assert channels == ["mobile_unit"]
    assert holidays == 0


def test_upgrading_keeps_an_agencys_own_rows_with_the_same_code(tmp_path: Path) -> None:
    path = tmp_path / "own.sqlite"
    _make_file_at(path, "0001")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO channel (code, name_th, name_en, is_digital, active, sort_order, id,"
        " created_at, updated_at) VALUES ('phone', 'โทรศัพท์สำนักงาน', 'Office phone', 0, 1, 1,"
        " '0123456789abcdef0123456789abcdef', '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
    )
    connection.commit()
    connection.close()

    db, _ = open_database(path)
    try:
        with db.session_scope() as session:
            phones = session.scalars(
                select(models.Channel).where(models.Channel.code == "phone")
            ).all()
        assert [p.name_th for p in phones] == ["โทรศัพท์สำนักงาน"]
        assert _count(db, models.Channel) == 15
    finally:
        db.dispose()


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_a_file_from_a_newer_version_is_refused_and_left_unchanged(
    tmp_path: Path, journal_mode: str
) -> None:
    path = tmp_path / "newer.sqlite"
    _make_file_at(path, "head")
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA journal_mode = {journal_mode}")
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.commit()
    connection.close()
    before = _digest(path)

    with pytest.raises(UserError) as caught:
        open_database(path)

    assert "newer version of VocDesk (schema 0099)" in str(caught.value)
    assert "nothing was changed" in str(caught.value)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite"]


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes("บันทึกการประชุม, not a database\n".encode() * 200)
    before = _digest(path)

    with pytest.raises(UserError) as caught:
        open_database(path)

    assert "is not a VocDesk database or is damaged" in str(caught.value)
    assert _digest(path) == before


def test_a_file_locked_by_another_program_is_reported_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real wait is BUSY_TIMEOUT_MS (5 s, measured: 5.0 s); a short one keeps the test fast.
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "busy.sqlite"
    _make_file_at(path, "0001")  # needs writing (an upgrade), which the lock forbids
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        started = time.perf_counter()
        with pytest.raises(UserError) as caught:
            open_database(path)
        waited = time.perf_counter() - started
    finally:
        locker.execute("ROLLBACK")
        locker.close()

    assert "is in use by another program (locked)" in str(caught.value)
    assert 0.25 <= waited < 3
    assert _revision_of(path) == "0001"


def test_the_orm_metadata_matches_the_migrations(fresh) -> None:
    db, _ = fresh

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True,
            # The listening log's FTS5 index is made by hand in its migration, not by the ORM.
            "include_name": lambda name, type_, _parents: not (type_ == "table" and is_search_index_table(name)),
        })  # fmt: skip
        differences = compare_metadata(context, Base.metadata)

    assert differences == []


def test_every_connection_has_foreign_keys_wal_a_busy_timeout_and_secure_delete(fresh) -> None:
    db, _ = fresh

    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS
        assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1
