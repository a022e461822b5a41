"""Service tests run on a real database filled with sample rows: a temporary SQLite file, and
again on a new database of a real PostgreSQL server (issue 20: ``empty_db`` and ``sample`` are
parametrised over both through ``any_db``, tests/pg_server.py; the PostgreSQL run is skipped,
with the reason, only when no server can be started).

A test that is SQLite's by nature (it reads the file's bytes, its PRAGMAs or journal, its
full-text tables) stays SQLite-only: it is listed in ``SQLITE_ONLY`` with the reason, and its
PostgreSQL run is not collected.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

import pytest
from sample_data import SampleData, fill

from vocdesk.services.database import Database

TODAY = date(2025, 11, 14)  # a Friday in fiscal year 2569
HERE = Path(__file__).resolve().parent

# Module (or module::test) -> why it runs on SQLite only.
SQLITE_ONLY: dict[str, str] = {
    "test_pdpa_retention::test_deleted_feedback_leaves_no_trace_in_the_search_index_or_the_file": (
        "reads SQLite's full-text table and the file's bytes; the server's part is "
        "test_pg_anonymise_vacuum"
    ),
}


@pytest.fixture
def empty_db(any_db: object) -> Database:
    """A new, migrated database with no records: SQLite, then PostgreSQL."""
    return cast(Database, any_db)


@pytest.fixture
def sample(empty_db: Database) -> SampleData:
    return fill(empty_db, today=TODAY)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out the PostgreSQL runs of the tests in ``SQLITE_ONLY``."""
    kept: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        module = item.path.stem
        name = f"{module}::{getattr(item, 'originalname', item.name)}"
        sqlite_only = HERE in item.path.parents and (module in SQLITE_ONLY or name in SQLITE_ONLY)
        if params.get("any_db_kind") == "postgresql" and sqlite_only:
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
