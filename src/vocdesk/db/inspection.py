"""Reading a SQLite file's health and schema stamp without changing a byte of it.

The engine of ``vocdesk.db.engine`` switches a file to WAL on its first connection; a check, or
a refusal of a file from a newer VocDesk, must not, so these use read-only connections
(``read_only_connection``): a check also works on a file the user may only read, in a folder
they may only read (a shared drive, a CD of last year's records).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, text


@dataclass(frozen=True)
class IntegrityFindings:
    integrity: list[str]  # ["ok"] when the file is sound
    broken_links: int  # rows whose foreign key points to a missing record
    first_broken_table: str


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection for reading ``path``, which works where the user may only read.

    A file in WAL mode needs its ``-shm`` index, which SQLite cannot create in a read-only
    folder ("attempt to write a readonly database"). When there is no ``-wal`` file beside it,
    nobody has anything unwritten in it, so it is read as immutable: straight from the file.
    """
    path = Path(path).resolve()
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        # Where SQLite may write, a plain connection (never written through here): its close
        # removes the -wal and -shm files a read-only one would leave beside the file.
        return sqlite3.connect(path)
    uri = path.as_uri()
    connection = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        connection.close()
        wal = Path(f"{path}-wal")
        if "readonly" not in str(exc).replace(" ", "") or wal.exists():
            raise
        connection = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    return connection


def stamped_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file; None if none is, or the file cannot be read."""
    try:
        connection = read_only_connection(path)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:  # no version table, damaged or locked
        return None
    return row[0] if row else None


def untouched_engine(path: Path) -> Engine:
    """An engine for reading ``path`` that sets no pragmas (so the journal mode stays as it is)."""
    return create_engine("sqlite+pysqlite://", creator=lambda: read_only_connection(path))


def integrity_findings(engine: Engine) -> IntegrityFindings:
    with engine.connect() as connection:
        rows = list(connection.execute(text("PRAGMA integrity_check")).scalars().all())
        broken = connection.execute(text("PRAGMA foreign_key_check")).all()
    return IntegrityFindings(rows, len(broken), broken[0][0] if broken else "")
