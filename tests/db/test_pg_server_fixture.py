"""The PostgreSQL test server (tests/pg_server.py): a fresh database per test, on both kinds."""

from __future__ import annotations

from sqlalchemy import text

from vocdesk.services.database import Database


def test_each_test_gets_its_own_database_at_head(pg_url: str, pg_database: Database) -> None:
    assert pg_database.path is None
    assert pg_database.on_server
    with pg_database.engine.connect() as connection:
        name = connection.execute(text("SELECT current_database()")).scalar_one()
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    assert pg_url.endswith(f"/{name}")
    assert name.startswith("vocdesk_test_")
    assert revision


def test_any_db_opens_both_kinds(any_db: Database, any_db_kind: str) -> None:
    assert any_db.engine.dialect.name == any_db_kind
    assert (any_db.path is None) == (any_db_kind == "postgresql")
