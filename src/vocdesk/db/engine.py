"""Engines: a local SQLite file tuned for a desktop program, or a PostgreSQL server URL."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000  # another VocDesk (or a backup) holding the file: wait before failing


def sqlite_url(path: Path) -> URL:
    # A URL object, not a string: a "?" or "#" in a folder name must stay part of the path.
    return URL.create("sqlite+pysqlite", database=str(Path(path).resolve()))


def make_engine(url: str | URL, *, echo: bool = False) -> Engine:
    """An engine for ``url``; SQLite files get foreign keys, WAL and a busy timeout per connection."""
    # hide_parameters: a failed statement's error text carries no values (national IDs, phones,
    # confidential complaint texts) into the log or onto the terminal (issue 16).
    if not str(url).startswith("sqlite"):
        return create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)
    engine = create_engine(
        url, echo=echo, hide_parameters=True, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
    )
    event.listen(engine, "connect", _configure_sqlite_connection)
    return engine


def _configure_sqlite_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL lets the window read while a background import writes; NORMAL is safe with WAL.
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()
