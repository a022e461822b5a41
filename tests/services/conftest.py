"""Read-service tests run on a real temporary SQLite file filled with sample rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sample_data import SampleData, fill

from vocdesk.services.database import Database, open_database

TODAY = date(2025, 11, 14)  # a Friday in fiscal year 2569


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def sample(empty_db: Database) -> SampleData:
    return fill(empty_db, today=TODAY)
