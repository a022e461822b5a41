"""Engines: a local SQLite file tuned for a desktop program, or a PostgreSQL server URL."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlcipher import SQLiteDialect_pysqlcipher
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import Pool, QueuePool

from vocdesk.db.cipher import is_encrypted, prepare

__all__ = [
    "BUSY_TIMEOUT_MS",
    "is_encrypted",
    "is_server_url",
    "make_engine",
    "server_url",
    "sqlite_url",
]

BUSY_TIMEOUT_MS = 5000  # another VocDesk (or a backup) holding the file: wait before failing
# An encrypted file's pages are decrypted each time they are read into SQLite's page cache, so
# its connections keep more of them: 64 MB (SQLCipher's default: 8) took a repeated search of 200,000
# listening entries from 3.4 to about 2 times the plain file's time (docs/encryption.md).
ENCRYPTED_CACHE_KIB = 65536
# A server's connection pool: a window and its background tasks (imports, reports, the task
# runner) each hold a connection for one transaction at a time.
SERVER_POOL_SIZE = 5
SERVER_POOL_OVERFLOW = 10
SERVER_SCHEMES = ("postgresql", "postgres")


def sqlite_url(path: Path) -> URL:
    # A URL object, not a string: a "?" or "#" in a folder name must stay part of the path.
    return URL.create("sqlite+pysqlite", database=str(Path(path).resolve()))


def is_server_url(location: object) -> bool:
    """True for a ``postgresql://`` (or ``postgres://``, ``postgresql+psycopg://``) URL."""
    if isinstance(location, URL):
        return location.get_backend_name() == "postgresql"
    text = str(location).strip().lower()
    return any(
        text.startswith(f"{scheme}:") or text.startswith(f"{scheme}+") for scheme in SERVER_SCHEMES
    )


def server_url(location: str | URL) -> URL:
    """A PostgreSQL URL with its driver made psycopg 3 (the one VocDesk ships), whatever the
    user wrote: ``postgresql://``, ``postgres://`` or ``postgresql+psycopg://``."""
    url = make_url(location)
    if url.drivername in SERVER_SCHEMES:
        url = url.set(drivername="postgresql+psycopg")
    return url


def make_engine(url: str | URL, *, echo: bool = False, passphrase: str | None = None) -> Engine:
    """An engine for ``url``; SQLite files get foreign keys, WAL and a busy timeout per connection.

    With a ``passphrase`` (SQLite files only) the file is read and written through SQLCipher:
    each connection is keyed before anything else touches the file (``vocdesk.db.cipher``).
    Without one, the standard library's sqlite3 as always; sqlcipher3 is not even imported.
    """
    # hide_parameters: a failed statement's error text carries no values (national IDs, phones,
    # confidential complaint texts) into the log or onto the terminal (issue 16).
    if is_server_url(url):
        return _server_engine(server_url(url), echo=echo)
    if not str(url).startswith("sqlite"):
        return create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)
    if passphrase is not None:
        return _encrypted_engine(make_url(url), passphrase, echo=echo)
    engine = create_engine(
        url, echo=echo, hide_parameters=True, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
    )
    event.listen(engine, "connect", _configure_sqlite_connection)
    return engine


def _server_engine(url: URL, *, echo: bool) -> Engine:
    """A pooled engine on a PostgreSQL server: connections checked before use (a server
    restarted meanwhile), the session's time zone UTC (dates are computed in Python or with
    explicit zones), and errors that carry no values of the data (``_terse_server_errors``)."""
    engine = create_engine(
        url,
        echo=echo,
        hide_parameters=True,
        pool_pre_ping=True,
        pool_size=SERVER_POOL_SIZE,
        max_overflow=SERVER_POOL_OVERFLOW,
        connect_args={"application_name": "VocDesk", "options": "-c TimeZone=UTC"},
    )
    event.listen(engine, "handle_error", _terse_server_errors)
    return engine


def _terse_server_errors(context: ExceptionContext) -> None:
    """Keep only the server's primary message of a failed statement.

    PostgreSQL adds DETAIL and CONTEXT lines that quote the data ("Key (national_id)=(...)
    already exists", a bound parameter's value); ``hide_parameters`` hides the parameters
    SQLAlchemy prints but not what the server wrote. The primary message still names the
    constraint or the problem.
    """
    original = context.original_exception
    diag = getattr(original, "diag", None)
    primary = getattr(diag, "message_primary", None)
    if primary and primary.startswith("invalid input") and ": " in primary:
        primary = primary.split(": ", 1)[0]  # 'invalid input syntax for type uuid: "<value>"'
    if not primary or not original.args or str(original.args[0]).strip() == primary:
        return
    original.args = (primary,)
    wrapped = context.sqlalchemy_exception
    if wrapped is not None and wrapped.args:
        kind = type(original)
        wrapped.args = (f"({kind.__module__}.{kind.__name__}) {primary}", *wrapped.args[1:])


class KeyedSQLCipherDialect(SQLiteDialect_pysqlcipher):
    """SQLAlchemy's SQLCipher dialect (sqlcipher3's errors wrapped as SQLAlchemy's, e.g. an
    OperationalError for a locked file, as with sqlite3), keyed by our own first "connect"
    listener rather than from the URL's password: no secret in the engine's URL."""

    supports_statement_cache = True

    def on_connect_url(self, url: URL) -> Any:
        return super(SQLiteDialect_pysqlcipher, self).on_connect_url(url)

    @classmethod
    def get_pool_class(cls, url: URL) -> type[Pool]:
        return QueuePool  # the sqlite3 path's pool (the dialect's own keeps one per thread)


registry.register("sqlite.vocdesk_sqlcipher", __name__, "KeyedSQLCipherDialect")


def _encrypted_engine(url: URL, passphrase: str, *, echo: bool) -> Engine:
    engine = create_engine(
        url.set(drivername="sqlite+vocdesk_sqlcipher", password=None),
        echo=echo,
        hide_parameters=True,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
    )

    def key(dbapi_connection: Any, _record: Any) -> None:
        prepare(dbapi_connection, passphrase)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
        finally:
            cursor.close()

    event.listen(engine, "connect", key, insert=True)
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
        # Deleted and overwritten personal data is zeroed in the file, not left in free space
        # (PDPA, issue 19). Debian's SQLite is built so; Windows' Python ships it off.
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()
