"""Bulk UPDATE by id for importers, through SQLAlchemy Core.

The ORM's bulk UPDATE (``session.execute(update(Model), rows)``) needs each row's version on a
model with optimistic locking (``Versioned``, migration 0012). An import does not read-modify
a form's record: it writes what the file says, so here every updated row's version is counted
up instead (a form opened before the import then refuses its save, rather than undoing it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, update
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
