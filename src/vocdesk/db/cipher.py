"""SQLCipher: database files encrypted under a passphrase (issue 16, "files at rest").

Only this module (and the engine it configures) imports ``sqlcipher3``, and only when a
passphrase is given: a plain database never loads it. The wheel is ``sqlcipher3-wheels``
(SQLCipher 4 with SQLite and OpenSSL linked in, FTS5 compiled in; docs/encryption.md).

An encrypted file has no plain SQLite header: its first 16 bytes are the random salt of the key.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

SQLITE_HEADER = b"SQLite format 3\x00"

# The passphrase each file was opened with in this process, so that the copies taken of it
# (the backup before a schema upgrade, the automatic backups, a restore of one of those copies)
# stay encrypted under the same key without every caller carrying the secret.
_passphrases: dict[str, str] = {}


def is_encrypted(path: Path) -> bool:
    """True when ``path`` holds data but not a plain SQLite file (no "SQLite format 3" header).

    An empty or missing file is not encrypted (a new database). SQLCipher writes whole pages,
    so an encrypted file's size is a multiple of 512 bytes; a short or odd-sized file that is
    not SQLite is some other file, which the open then calls "not a VocDesk database".

    The header is read through SQLite, never with a file of our own: closing any descriptor of
    a database file drops every POSIX lock this process holds on it, those of the open
    connections included (SQLite's "how to corrupt" §2.2). A file this process opened with a
    passphrase is known to be encrypted without reading it (its connections belong to another
    SQLite library, SQLCipher's, whose locks the standard one's close would drop).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        return False
    if size < 512 or size % 512:
        return False
    if remembered_passphrase(path) is not None:
        return True
    from vocdesk.db.inspection import read_only_connection  # noqa: PLC0415 - it imports sqlalchemy

    try:
        connection = read_only_connection(path)
        try:
            connection.execute("PRAGMA schema_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return "not a database" in str(exc) or "encrypted" in str(exc)
    except sqlite3.Error:
        return False  # locked or unreadable: the open says which
    return False


def remember_passphrase(path: Path, passphrase: str) -> None:
    _passphrases[_key(path)] = passphrase


def remembered_passphrase(path: Path) -> str | None:
    return _passphrases.get(_key(path))


def forget_passphrase(path: Path) -> None:
    _passphrases.pop(_key(path), None)


def _key(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def quoted(passphrase: str) -> str:
    """``passphrase`` as an SQL string literal for ``PRAGMA key`` or ``ATTACH ... KEY``."""
    return "'" + passphrase.replace("'", "''") + "'"


def sqlcipher_module() -> Any:
    import sqlcipher3  # noqa: PLC0415 - loaded only for an encrypted file

    return sqlcipher3


def connect_encrypted(
    path: Path, passphrase: str, *, read_only: bool = False, timeout: float = 5.0
) -> Any:
    """A ``sqlcipher3`` connection to ``path`` keyed with ``passphrase`` and proven to read it.

    Raises ``sqlite3.DatabaseError`` ("file is not a database") for a wrong passphrase, and
    other ``sqlite3`` errors for the rest, so callers catch one family of errors.
    """
    sqlcipher = sqlcipher_module()
    target = f"{Path(path).resolve().as_uri()}?mode=ro" if read_only else str(path)
    try:
        connection = sqlcipher.connect(target, uri=read_only, timeout=timeout)
    except sqlcipher.Error as exc:
        raise as_sqlite_error(exc) from exc
    try:
        prepare(connection, passphrase)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.Error as exc:
        connection.close()
        raise as_sqlite_error(exc) from exc
    return connection


def prepare(connection: Any, passphrase: str) -> None:
    """Key a new connection; before anything else touches the file."""
    cursor = connection.cursor()
    try:
        # A wrong passphrase would otherwise print SQLCipher's own "hmac check failed" lines
        # on the terminal; the user is told in their language instead.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f"PRAGMA key = {quoted(passphrase)}")
    finally:
        cursor.close()


def as_sqlite_error(exc: Exception) -> sqlite3.Error:
    """A ``sqlcipher3`` error as the matching ``sqlite3`` one (callers catch ``sqlite3.Error``)."""
    name = type(exc).__name__
    kind = getattr(sqlite3, name, sqlite3.Error)
    if not (isinstance(kind, type) and issubclass(kind, sqlite3.Error)):
        kind = sqlite3.Error
    return kind(str(exc))


def is_wrong_passphrase(exc: BaseException) -> bool:
    """True for the error SQLCipher gives when the key does not open the file."""
    reason = str(getattr(exc, "orig", None) or exc).lower()
    return "not a database" in reason


def counts_per_table(connection: Any) -> dict[str, int]:
    """Rows per table (FTS shadow tables included), to prove a copy kept everything."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    return {name: _count(connection, name) for name in names}


def _count(connection: Any, name: str) -> int:
    quoted_name = '"' + name.replace('"', '""') + '"'
    return int(connection.execute(f"SELECT count(*) FROM {quoted_name}").fetchone()[0])


def untouched_encrypted_engine(path: Path, passphrase: str) -> Engine:
    """A read-only engine on the encrypted file ``path`` that sets no pragmas but the key (so
    the journal mode stays as it is), for checking it; its errors are SQLAlchemy's, as for a
    plain file (``vocdesk.db.inspection.untouched_engine``)."""
    from sqlalchemy import create_engine  # noqa: PLC0415 - this module stays light

    import vocdesk.db.engine  # noqa: F401, PLC0415 - registers the keyed SQLCipher dialect

    return create_engine(
        "sqlite+vocdesk_sqlcipher://",
        creator=lambda: connect_encrypted(path, passphrase, read_only=True),
    )
