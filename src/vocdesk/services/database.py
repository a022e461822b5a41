"""Opening a VocDesk database and scoping each user action to one transaction.

Every service receives a ``Database`` and runs one public method = one ``session_scope()``:
the work commits as a whole, or rolls back as a whole and the error goes up to the caller.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, Engine
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from vocdesk.db.backup import backup_sqlite
from vocdesk.db.engine import make_engine, sqlite_url
from vocdesk.db.inspection import integrity_findings, stamped_revision, untouched_engine
from vocdesk.db.migrate import (
    MigrationResult,
    known_revisions,
    migrate,
    newer_schema_error,
    schema_state,
)
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, user_error


@dataclass(frozen=True)
class HealthReport:
    healthy: bool
    schema_revision: str | None
    head_revision: str
    problem: str  # English one-line reason; empty when healthy
    reason: Message | None = None  # the same reason, translatable, for the user's language


class Database:
    """An open database: the engine, a session factory and where the file lives (if a file)."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def location(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """One user action: commit on success, roll back and re-raise on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def backup_to(self, target: Path) -> Path:
        if self.path is None:
            raise user_error(
                "Database",
                QT_TRANSLATE_NOOP("Database", "Only a local database file can be backed up here."),
            )
        try:
            return backup_sqlite(self.path, target)
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


def open_database(location: str | Path, *, create: bool = True) -> tuple[Database, MigrationResult]:
    """Open (and create or upgrade) the database at a file path or a ``postgresql://`` URL.

    Raises ``UserError`` with a message the user can act on for a missing, damaged, locked or
    too-new file; nothing in the file is changed in those cases.
    """
    path: Path | None = None
    url: str | URL
    if isinstance(location, str) and "://" in location:
        url = location
    else:
        path = Path(location).expanduser().resolve()
        if not path.exists() and not create:
            raise user_error(
                "Database",
                QT_TRANSLATE_NOOP("Database", "There is no database file at {path}."),
                path=str(path),
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _cannot_open(path, exc) from exc
        url = sqlite_url(path)
        _refuse_newer_sqlite_file(path)
    try:
        engine = make_engine(url)
    except (ArgumentError, ImportError) as exc:  # a mistyped URL, or a server driver not installed
        raise _cannot_open(location, exc) from exc
    try:
        result = migrate(engine, path)
    except UserError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise _cannot_open(path or location, exc) from exc
    return Database(engine, path), result


def _refuse_newer_sqlite_file(path: Path) -> None:
    """Refuse a file from a newer VocDesk before anything could write to it."""
    if not path.is_file():
        return
    revision = stamped_revision(path)  # None also when unreadable: the open then says precisely
    if revision is not None and revision not in known_revisions():
        raise newer_schema_error(revision)


def _cannot_open(where: object, exc: Exception) -> UserError:
    reason = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in reason or "busy" in reason:
        return user_error(
            "Database",
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {path} is in use by another program (locked). "
                "Close the other program and try again.",
            ),
            path=str(where),
        )
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


def _unhealthy(current: str | None, head: str, text: str, /, **params: object) -> HealthReport:
    """A failed check; ``text`` is a literal marked with QT_TRANSLATE_NOOP("Database", ...).
    The first three are positional-only, so that ``params`` may fill a ``{current}`` or ``{head}``
    of the text."""
    reason = Message("Database", text, params)
    return HealthReport(False, current, head, reason.english(), reason)


def check_database(location: str | Path) -> HealthReport:
    """Integrity and schema check without changing anything (for ``vocdesk check``)."""
    path = Path(location).expanduser().resolve() if "://" not in str(location) else None
    if path is not None and not path.is_file():
        return _unhealthy(
            None, "", QT_TRANSLATE_NOOP("Database", "no database file at {path}"), path=str(path)
        )
    if path is not None:  # plain connections: a check must not switch the file to WAL
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
    except (DatabaseError, OperationalError) as exc:
        return _unhealthy(
            None, "", QT_TRANSLATE_NOOP("Database", "cannot be read: {details}"),
            details=str(getattr(exc, "orig", None) or exc),
        )  # fmt: skip
    finally:
        engine.dispose()
