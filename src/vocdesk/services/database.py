"""Opening a VocDesk database and scoping each user action to one transaction.

Every service receives a ``Database`` and runs one public method = one ``session_scope()``:
the work commits as a whole, or rolls back as a whole and the error goes up to the caller.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from vocdesk.db.backup import backup_sqlite
from vocdesk.db.cipher import (
    connect_encrypted,
    is_encrypted,
    is_wrong_passphrase,
    remember_passphrase,
    untouched_encrypted_engine,
)
from vocdesk.db.engine import is_server_url, make_engine, server_url, sqlite_url
from vocdesk.db.inspection import integrity_findings, stamped_revision, untouched_engine
from vocdesk.db.migrate import (
    MigrationResult,
    known_revisions,
    migrate,
    newer_schema_error,
    schema_state,
)
from vocdesk.domain.accounts import Principal
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, user_error
from vocdesk.paths import make_private_database, make_private_dir
from vocdesk.services.in_use import InUse, other_holder


@dataclass(frozen=True)
class HealthReport:
    healthy: bool
    schema_revision: str | None
    head_revision: str
    problem: str  # English one-line reason; empty when healthy
    reason: Message | None = None  # the same reason, translatable, for the user's language


class Database:
    """An open database: the engine, a session factory and where the file lives (if a file)."""

    def __init__(
        self, engine: Engine, path: Path | None = None, *, passphrase: str | None = None
    ) -> None:
        self.engine = engine
        self.path = path
        self._passphrase = passphrase  # an encrypted file's (SQLCipher), for its backups
        # Who signed in on this database (``services.accounts``); every service asks
        # ``services.authorization.acting(db)``, never the operating system.
        self._actor: Principal | None = None
        self._in_use: InUse | None = None  # who has the file open, beside it (open_database)
        self.setting_up_as: Principal | None = (
            None  # cached by ``acting`` while no administrator exists
        )
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        if engine.dialect.name == "sqlite":
            event.listen(self._sessions, "after_begin", _begin_sqlite_transaction)
        elif engine.dialect.name == "postgresql":
            event.listen(self._sessions, "after_begin", _begin_server_transaction)

    @property
    def actor(self) -> Principal | None:
        return self._actor

    @actor.setter
    def actor(self, principal: Principal | None) -> None:
        self._actor = principal
        if principal is not None and self._in_use is not None:
            self._in_use.rename(principal.login)  # the "in use by" message names who signed in

    def record_in_use(self) -> None:
        """Note beside the file that this process has it open (``services.in_use``), until
        ``dispose``: a lock met by another VocDesk is then said with who holds it."""
        if self.path is not None and self._in_use is None:
            self._in_use = InUse(self.path)

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    @property
    def location(self) -> str:
        """The file's path, or the server's URL as the user writes it, without the driver and
        without any password: it is shown, logged and kept as the last database opened (the
        next start then finds the password where libpq looks: ~/.pgpass, PGPASSWORD)."""
        if self.path:
            return str(self.path)
        url = self.engine.url
        shown = URL.create(
            url.get_backend_name(), url.username, None, url.host, url.port, url.database, url.query
        )
        return shown.render_as_string(hide_password=False)

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """One user action: commit on success, roll back and re-raise on any error.

        A file that cannot take the write (locked by another program or another import,
        read-only, a full disk or failing drive) is the user's to resolve: that comes up as a
        ``UserError`` saying which, with nothing of the action saved; any other error as it is.
        """
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            _roll_back(session)
            refusal = _write_refusal(self.location, exc)
            if refusal is None:
                raise
            raise refusal from exc
        except StaleDataError as exc:  # another window saved the record meanwhile (0012)
            _roll_back(session)
            raise stale_record_error(_stale_table(str(exc))) from exc
        except BaseException:
            _roll_back(session)
            raise
        finally:
            session.close()

    @contextmanager
    def writing_first(self) -> Iterator[None]:
        """Transactions begun inside take the write lock before their first read (SQLite), so
        that what they read stays true until they commit: for bulk writes such as imports.
        Other sessions keep SQLite's default (readers never wait). On a server, such
        transactions take one lock first and so run one at a time."""
        token = _WRITE_FIRST.set(True)
        try:
            yield
        finally:
            _WRITE_FIRST.reset(token)

    @property
    def on_server(self) -> bool:
        """True for a PostgreSQL server's database (no file: ``path`` is None)."""
        return self.engine.dialect.name == "postgresql"

    def backup_to(self, target: Path) -> Path:
        if self.path is None:
            raise user_error(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "This database is on a database server, not in a file, so VocDesk cannot "
                    "copy it: back it up with the server's own tools (pg_dump), or ask the "
                    "server's administrator.",
                ),
            )
        try:
            return backup_sqlite(self.path, target, passphrase=self._passphrase)
        except OSError as exc:
            raise user_error(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database", "The backup could not be written to {path}: {reason}"
                ),
                path=str(target),
                reason=exc.strerror or str(exc),
            ) from exc

    def dispose(self) -> None:
        self.engine.dispose()
        if self._in_use is not None:
            self._in_use.close()
            self._in_use = None


# Set while an import writes (``Database.writing_first``): its transaction takes the write lock
# at its start. A context variable: the window imports on a worker thread while others read.
_WRITE_FIRST: ContextVar[bool] = ContextVar("vocdesk_write_first", default=False)


def _begin_sqlite_transaction(
    _session: Session, _transaction: object, connection: Connection
) -> None:
    """Inside ``writing_first``, start the transaction with the write lock (BEGIN IMMEDIATE).

    The sqlite3 module begins a transaction only at the first INSERT, UPDATE or DELETE, so an
    import read "which of these dates are listed?" outside it; a second import committing the
    same dates meanwhile made the first fail on a UNIQUE constraint (exit 3). Taking the lock
    first, the second import waits for the first (SQLite's busy timeout), then reads what the
    first wrote and updates it; if the wait runs out, it is told the file is in use.
    """
    if _WRITE_FIRST.get():
        connection.exec_driver_sql("BEGIN IMMEDIATE")


# PostgreSQL's advisory lock taken by the transactions begun inside ``writing_first``.
WRITE_FIRST_LOCK_KEY = 0x566F63577269  # "VocWri"


def _begin_server_transaction(
    _session: Session, _transaction: object, connection: Connection
) -> None:
    """Inside ``writing_first`` on a server: the transaction first takes a lock held until it
    ends, so that two imports (each reading what is there, then writing) run one after the
    other, as SQLite's BEGIN IMMEDIATE makes them; other work goes on meanwhile."""
    if _WRITE_FIRST.get():
        connection.execute(
            text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_FIRST_LOCK_KEY}
        )


# The records with a version (migration 0012), in the words the user knows them by.
RECORD_WORDS = {
    "stakeholder": QT_TRANSLATE_NOOP("Database", "stakeholder"),
    "feedback_entry": QT_TRANSLATE_NOOP("Database", "listening entry"),
    "complaint": QT_TRANSLATE_NOOP("Database", "complaint case"),
    "survey": QT_TRANSLATE_NOOP("Database", "survey"),
    "activity": QT_TRANSLATE_NOOP("Database", "activity"),
    "survey_response": QT_TRANSLATE_NOOP("Database", "keyed survey form"),  # 0016
}


def stale_record_error(table: str) -> UserError:
    """The refusal of a save over a change someone else saved since the form was opened."""
    word = RECORD_WORDS.get(table, QT_TRANSLATE_NOOP("Database", "record"))
    return user_error(
        "Database",
        QT_TRANSLATE_NOOP(
            "Database",
            "This {record} was changed in another VocDesk window (or by another officer) after "
            "you opened it, so your changes were not saved, to keep theirs. Close the form, "
            "open the {record} again and make your change once more.",
        ),
        record=Message("Database", word),
    )


def check_version(row: object, expected: int | None) -> None:
    """Refuse to save ``row`` when its version is not the one the form read (``expected``;
    None: the caller read it in this transaction). The UPDATE itself names the version too
    (``version_id_col``), for a save that races another in the same moment."""
    if expected is not None and getattr(row, "version", expected) != expected:
        raise stale_record_error(getattr(row, "__tablename__", ""))


def _stale_table(text: str) -> str:
    """The table named in SQLAlchemy's StaleDataError ("UPDATE statement on table 'x' ...")."""
    for table in RECORD_WORDS:
        if f"'{table}'" in text:
            return table
    return ""


def _roll_back(session: Session) -> None:
    """Roll back; on a failing disk the rollback may fail too, and the first error is the one
    to report (SQLite itself undoes an unfinished transaction from its journal)."""
    with suppress(OperationalError):
        session.rollback()


def open_database(
    location: str | Path, *, create: bool = True, passphrase: str | None = None
) -> tuple[Database, MigrationResult]:
    """Open (and create or upgrade) the database at a file path or a ``postgresql://`` URL.

    With a ``passphrase`` a new file is created encrypted (SQLCipher) and an encrypted one is
    opened with it; a plain file opens plain. An encrypted file without it, or with a wrong
    one, is refused with a ``UserError`` and nothing is changed.

    Raises ``UserError`` with a message the user can act on for a missing, damaged, locked,
    read-only or too-new file, or a full disk; nothing in the file is changed in those cases,
    and a file this call created is removed again (no empty database is left behind).
    """
    path: Path | None = None
    url: str | URL
    created = False
    if is_server_url(location) or (isinstance(location, str) and "://" in location):
        # A server's URL (any other scheme is refused by make_engine: a mistyped one)
        url = server_url(str(location)) if is_server_url(location) else str(location)
        passphrase = None  # a server's data is its own to protect: only files are encrypted
    else:
        path = Path(location).expanduser().resolve()
        created = not path.exists()
        if not path.exists() and not create:
            raise user_error(
                "Database",
                QT_TRANSLATE_NOOP("Database", "There is no database file at {path}."),
                path=str(path),
            )
        try:
            make_private_dir(path.parent)
        except OSError as exc:
            raise _cannot_open(path, exc) from exc
        url = sqlite_url(path)
        if is_encrypted(path):
            if passphrase is None:
                raise _encryption_error("encrypted", path)
        else:
            if not created and path.stat().st_size > 0:
                passphrase = None  # a plain file stays plain (services.encryption encrypts)
            _refuse_newer_sqlite_file(path)  # (an encrypted file's stamp is read by migrate)
    try:
        engine = make_engine(url, passphrase=passphrase)
    except (ArgumentError, ImportError) as exc:  # a mistyped URL, or a server driver not installed
        raise _cannot_open(_shown(location), exc) from exc
    if passphrase is not None and path is not None:
        remember_passphrase(path, passphrase)  # the copy before an upgrade is encrypted too
    try:
        if engine.dialect.name == "postgresql":
            _refuse_other_encoding(engine, _shown(location))
        result = migrate(engine, path)
    except BaseException as exc:
        engine.dispose()
        if created and path is not None:
            remove_database_files(path)
        if passphrase is not None and path is not None and is_wrong_passphrase(exc):
            raise _encryption_error("wrong passphrase", path) from exc
        if isinstance(exc, (DatabaseError, OperationalError)):
            raise _cannot_open(path or _shown(location), exc) from exc
        raise
    if created and path is not None:
        make_private_database(path)  # personal data at rest: owner-only (issue 16)
    database = Database(engine, path, passphrase=passphrase)
    database.record_in_use()
    return database, result


def _refuse_other_encoding(engine: Engine, where: str) -> None:
    """A server database must hold any character (Thai): its encoding must be UTF8."""
    with engine.connect() as connection:
        encoding = connection.execute(text("SHOW server_encoding")).scalar_one()
    if str(encoding).upper() not in ("UTF8", "UTF-8"):
        raise user_error(
            "Database",
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {path} stores text as {encoding}, which cannot hold Thai. "
                "Ask the server's administrator for a database created with the UTF8 encoding "
                "(CREATE DATABASE ... ENCODING 'UTF8'); nothing was changed.",
            ),
            path=where,
            encoding=str(encoding),
        )


def _shown(location: str | Path) -> str:
    """A location as it may be shown or logged: a server URL without its password."""
    if "://" not in str(location):
        return str(location)
    try:
        return make_url(str(location)).render_as_string(hide_password=True)
    except ArgumentError:
        return str(location).split("://", 1)[0] + "://…"


def _encryption_error(kind: str, path: Path) -> UserError:
    # Imported here: services.encryption's service class uses the authorization gate, which
    # imports this module.
    from vocdesk.services.encryption import encryption_error  # noqa: PLC0415

    return encryption_error(kind, path)


def remove_database_files(path: Path) -> None:
    """Remove a SQLite file and its journals (for a file just created that must not stay)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _refuse_newer_sqlite_file(path: Path) -> None:
    """Refuse a file from a newer VocDesk before anything could write to it."""
    if not path.is_file():
        return
    revision = stamped_revision(path)  # None also when unreadable: the open then says precisely
    if revision is not None and revision not in known_revisions():
        raise newer_schema_error(revision)


def _write_refusal(where: object, exc: Exception) -> UserError | None:
    """The user's message for a file that refused a write, or None for any other fault."""
    original = getattr(exc, "orig", None)
    if type(original).__module__.startswith("psycopg"):
        return _server_refusal(where, original)
    reason = str(original or exc).lower()
    if "locked" in reason or "busy" in reason:
        holder = other_holder(str(where)) if "://" not in str(where) else None
        if holder is not None:  # another VocDesk noted it has the file open (services.in_use)
            return user_error(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "The database {path} is in use by {login} on {machine} (open since "
                    "{since}) and stayed locked. Wait for their work to finish, or ask them to "
                    "close VocDesk, and try again.",
                ),
                path=str(where),
                login=holder.login or "?",
                machine=holder.machine or "?",
                since=holder.since,
            )
        return user_error(
            "Database",
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {path} is in use by another program (locked). "
                "Close the other program and try again.",
            ),
            path=str(where),
        )
    if "readonly" in reason.replace(" ", "") or "read-only" in reason:
        return user_error(
            "Database",
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {path} is read-only: nothing could be saved to it. Copy it to a "
                "folder you may write to, or ask for permission to change it, and try again.",
            ),
            path=str(where),
        )
    if "disk is full" in reason or "disk full" in reason or "disk i/o" in reason:
        return user_error(
            "Database",
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {path} could not be written: the disk is full or failing. "
                "Nothing of this action was saved. Free some space and try again.",
            ),
            path=str(where),
        )
    return None


# PostgreSQL's error classes (SQLSTATE) a person can act on.
_SERVER_CONCURRENT = ("40001", "40P01")  # serialization failure, deadlock
_SERVER_LOCKED = ("55P03", "57014")  # lock not available, statement or lock timeout
_SERVER_FULL = ("53100", "53200")  # disk full, out of memory


def _server_refusal(where: object, error: object) -> UserError | None:
    """The user's message for a server that refused a transaction, or None for another fault."""
    state = str(getattr(error, "sqlstate", None) or "")
    if state in _SERVER_CONCURRENT:
        return user_error(
            "Database",
            QT_TRANSLATE_NOOP(
                "Database",
                "Someone else changed the same records on the database server at the same "
                "moment, so nothing of this action was saved. Try again.",
            ),
        )
    if state in _SERVER_LOCKED:
        return user_error(
            "Database",
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {path} is in use by another program (locked). "
                "Close the other program and try again.",
            ),
            path=str(where),
        )
    if state in _SERVER_FULL:
        return user_error(
            "Database",
            QT_TRANSLATE_NOOP(
                "Database",
                "The database server {path} could not save this action: its disk or memory is "
                "full. Nothing of this action was saved. Tell the server's administrator.",
            ),
            path=str(where),
        )
    if not state or state.startswith(("08", "57P")):  # no connection, or the server stopping
        return user_error(
            "Database",
            QT_TRANSLATE_NOOP(
                "Database",
                "The database server {path} could not be reached or closed the connection: "
                "{reason}. Nothing of this action was saved. Check the network and that the "
                "server is running, and try again.",
            ),
            path=str(where),
            reason=" ".join(str(error).split()),
        )
    return None


def _cannot_open(where: object, exc: Exception) -> UserError:
    original = getattr(exc, "orig", None)
    # A server refusing the connection itself (wrong host, database or password) says why
    # in its own words, below; the refusals of a transaction are for the work after that.
    connecting = type(original).__module__.startswith("psycopg") and not getattr(
        original, "sqlstate", None
    )
    refusal = None if connecting else _write_refusal(where, exc)
    if refusal is not None:
        return refusal
    reason = str(getattr(exc, "orig", None) or exc).lower()
    if "not a database" in reason or "malformed" in reason or "corrupt" in reason:
        return user_error(
            "Database",
            QT_TRANSLATE_NOOP(
                "Database",
                "The file {path} is not a VocDesk database or is damaged. "
                "Open another file or restore a backup.",
            ),
            path=str(where),
        )
    return user_error(
        "Database",
        QT_TRANSLATE_NOOP("Database", "The database {path} could not be opened: {reason}"),
        path=str(where),
        reason=reason,
    )


def _checking_engine(path: Path, passphrase: str | None) -> Engine:
    """A read-only keyed engine on the encrypted ``path``, its passphrase proven first."""
    if passphrase is None:
        raise user_error(
            "Database",
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {path} is encrypted: it can be checked only with its passphrase. "
                "Nothing was read.",
            ),
            path=str(path),
        )
    try:
        connect_encrypted(path, passphrase, read_only=True).close()
    except sqlite3.Error as exc:
        if is_wrong_passphrase(exc):
            raise _encryption_error("wrong passphrase", path) from exc
        # Anything else (damage, a lock) the check itself reports.
    return untouched_encrypted_engine(path, passphrase)


def _unhealthy(current: str | None, head: str, text: str, /, **params: object) -> HealthReport:
    """A failed check; ``text`` is a literal marked with QT_TRANSLATE_NOOP("Database", ...).
    The first three are positional-only, so that ``params`` may fill a ``{current}`` or ``{head}``
    of the text."""
    reason = Message("Database", text, params)
    return HealthReport(False, current, head, reason.english(), reason)


def check_database(location: str | Path, *, passphrase: str | None = None) -> HealthReport:
    """Integrity and schema check without changing anything (for ``vocdesk check``).

    An encrypted file is checked with its ``passphrase``; without one, or with a wrong one, it
    cannot be checked: a ``UserError`` says so (not a report of a damaged file), and nothing
    is read or changed. A passphrase given for a plain file is ignored."""
    path = None if "://" in str(location) else Path(location).expanduser().resolve()
    if path is not None and not path.is_file():
        return _unhealthy(
            None, "", QT_TRANSLATE_NOOP("Database", "no database file at {path}"), path=str(path)
        )
    if path is not None and is_encrypted(path):
        engine = _checking_engine(path, passphrase)
    elif path is not None:  # plain connections: a check must not switch the file to WAL
        engine = untouched_engine(path)
    else:
        try:
            engine = make_engine(str(location))
        except (ArgumentError, ImportError) as exc:
            return _unhealthy(
                None,
                "",
                QT_TRANSLATE_NOOP("Database", "cannot be read: {details}"),
                details=str(exc),
            )
    try:
        state = schema_state(engine)
        if path is not None:
            findings = integrity_findings(engine)
            if findings.integrity != ["ok"]:
                return _unhealthy(
                    state.current, state.head,
                    QT_TRANSLATE_NOOP("Database", "damaged: {details}"), details="; ".join(findings.integrity[:3]),
                )  # fmt: skip
            if findings.broken_links:
                return _unhealthy(
                    state.current, state.head,
                    QT_TRANSLATE_NOOP("Database", "{count} rows point to missing records (table {table})"),
                    count=findings.broken_links, table=findings.first_broken_table,
                )  # fmt: skip
        if state.current is None:
            return _unhealthy(
                None, state.head,
                QT_TRANSLATE_NOOP("Database", "not a VocDesk database (no schema version)"),
            )  # fmt: skip
        if not state.is_current:
            return _unhealthy(
                state.current, state.head,
                QT_TRANSLATE_NOOP("Database", "schema {current} differs from this version's {head}"),
                current=state.current, head=state.head,
            )  # fmt: skip
        return HealthReport(True, state.current, state.head, "")
    except (DatabaseError, OperationalError, sqlite3.Error) as exc:
        return _unhealthy(
            None, "", QT_TRANSLATE_NOOP("Database", "cannot be read: {details}"),
            details=str(getattr(exc, "orig", None) or exc),
        )  # fmt: skip
    finally:
        engine.dispose()
