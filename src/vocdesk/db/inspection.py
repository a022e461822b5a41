"""Reading a SQLite file's health and schema stamp without changing a byte of it.

The engine of ``vocdesk.db.engine`` switches a file to WAL on its first connection; a check, or
a refusal of a file from a newer VocDesk, must not, so these use plain connections.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, text


@dataclass(frozen=True)
class IntegrityFindings:
    integrity: list[str]  # ["ok"] when the file is sound
    broken_links: int  # rows whose foreign key points to a missing record
    first_broken_table: str


def stamped_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file; None if none is, or the file cannot be read."""
    try:
        connection = sqlite3.connect(path)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:  # no version table, damaged or locked
        return None
    return row[0] if row else None


def untouched_engine(path: Path) -> Engine:
    """An engine over ``path`` that sets no pragmas (so the journal mode stays as it is)."""
    return create_engine("sqlite+pysqlite://", creator=lambda: sqlite3.connect(path))


def integrity_findings(engine: Engine) -> IntegrityFindings:
    with engine.connect() as connection:
        rows = list(connection.execute(text("PRAGMA integrity_check")).scalars().all())
        broken = connection.execute(text("PRAGMA foreign_key_check")).all()
    return IntegrityFindings(rows, len(broken), broken[0][0] if broken else "")
