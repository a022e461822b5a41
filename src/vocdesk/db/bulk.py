"""Bulk writes for importers: UPDATE by id through SQLAlchemy Core, and triggers dropped for the
length of a bulk insert (their work then done once, set-wise).

The ORM's bulk UPDATE (``session.execute(update(Model), rows)``) needs each row's version on a
model with optimistic locking (``Versioned``, migration 0012). An import does not read-modify
a form's record: it writes what the file says, so here every updated row's version is counted
up instead (a form opened before the import then refuses its save, rather than undoing it).

On PostgreSQL there are no triggers to drop for speed (its search indexes are GIN indexes
over the table, kept by the server) and no write lock to take first: ``triggers_dropped`` and
``begin_writing`` do nothing there. ``driver_placeholders`` writes a driver-level statement's
value markers in the driver's own style (sqlite3: ``?``, psycopg: ``%s``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, bindparam, text, update
from sqlalchemy.orm import Session


def update_by_id(session: Session, model: Any, rows: Sequence[Mapping[str, Any]]) -> None:
    """UPDATE ``model``'s table SET each row's columns WHERE id = the row's ``id``; rows of one
    call share their keys (as the ORM's bulk UPDATE requires too)."""
    if not rows:
        return
    table: Table = model.__table__
    names = [name for name in rows[0] if name != "id"]
    values: dict[str, Any] = {
        name: bindparam(f"v_{name}", type_=table.c[name].type) for name in names
    }
    if "version" in table.c and "version" not in names:
        values["version"] = table.c.version + 1
    statement = (
        update(table).where(table.c.id == bindparam("v_id", type_=table.c.id.type)).values(values)
    )
    session.execute(statement, [{f"v_{k}": v for k, v in row.items()} for row in rows])


def driver_placeholders(dialect: Any, count: int) -> str:
    """``count`` value markers, comma-separated, for ``exec_driver_sql`` on ``dialect``'s driver."""
    mark = "?" if dialect.paramstyle in ("qmark", "numeric") else "%s"
    return ", ".join([mark] * count)


def begin_writing(session: Session) -> None:
    """Make sure the session's SQLite connection is inside a write transaction.

    Python's sqlite3 begins a transaction only before INSERT, UPDATE, DELETE or REPLACE: a
    ``DROP TRIGGER`` as the first statement would be committed at once, outside the import's
    transaction. ``BEGIN IMMEDIATE`` also takes the write lock now (waiting the busy timeout),
    so what is read next (a ``max(number)``) stays true until the commit. Other databases
    begin their transaction with the session; nothing to do there."""
    if session.get_bind().dialect.name != "sqlite":
        return
    raw = session.connection().connection.dbapi_connection
    if raw is not None and not raw.in_transaction:
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def triggers_dropped(session: Session, names: Sequence[str]) -> Iterator[None]:
    """Drop the triggers ``names`` for the body and create them again from their own SQL, all
    inside the session's transaction (SQLite's DDL is transactional): a failure or a kill in
    between rolls back to the triggers as they were. Triggers that do not exist are left alone;
    other databases than SQLite are not touched."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    begin_writing(session)
    marks = ", ".join(f":n{i}" for i in range(len(names)))
    found = session.execute(
        text(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})"),
        {f"n{i}": name for i, name in enumerate(names)},
    ).all()
    for name, _sql in found:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, sql in found:
        session.execute(text(sql))
