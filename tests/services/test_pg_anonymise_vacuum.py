"""After an anonymisation on a PostgreSQL server, the tables it wrote are vacuumed (issue 20;
docs/pdpa.md, "On a PostgreSQL server"): the old row versions leave the tables."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from vocdesk.services.database import open_database
from vocdesk.services.pdpa.anonymise import ERASED_TABLES, forget_erased

pytestmark = pytest.mark.postgresql


def test_forgetting_vacuums_every_table_an_anonymisation_writes(pg_url: str) -> None:
    db, _ = open_database(pg_url)
    try:
        assert forget_erased(db) == []  # nothing refused
        deadline = time.monotonic() + 10  # the statistics collector reports a moment later
        while True:
            with db.engine.connect() as connection:
                vacuumed = set(
                    connection.execute(
                        text(
                            "SELECT relname FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL"
                        )
                    ).scalars()
                )
            if set(ERASED_TABLES) <= vacuumed or time.monotonic() > deadline:
                break
            time.sleep(0.2)
    finally:
        db.dispose()
    assert set(ERASED_TABLES) <= vacuumed
