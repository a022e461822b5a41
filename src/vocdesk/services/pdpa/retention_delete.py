"""Records deleted at the end of their retention period, with what hangs on them (issue 19).

What points at a deleted record is found from the schema, as a merge does, so a table added
later is not forgotten: a reference the database cascades (a complaint's history, attachments
and access list, a response's answers, an activity's participants, reminders, consents) goes
with the record; a reference that may be empty is emptied (a complaint's person, the feedback
entry a complaint came from, the duplicate a case pointed at), so those records stay and
statistics keep counting them; a reference that may not be empty is deleted in turn (the
activities of a person deleted). Inside the caller's transaction (which turns SQLite's ``secure_delete`` on, so
the deleted bytes do not linger in the file's free pages).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ForeignKey, Table, delete, select, update
from sqlalchemy.orm import Session

from vocdesk.db.base import Base

CHUNK = 500  # ids per statement: well under SQLite's limit of bound parameters


def referencing(table: Table) -> list[ForeignKey]:
    """Every foreign key of the schema that points at ``table``."""
    return [
        fk
        for other in Base.metadata.sorted_tables
        for fk in other.foreign_keys
        if fk.column.table is table
    ]


def delete_rows(session: Session, table: Table, ids: Sequence[uuid.UUID], depth: int = 0) -> None:
    """Delete the rows of ``table`` with ``ids`` and settle every reference to them."""
    if not ids or depth > 4:  # the schema's chains are two deep; a cycle would be a bug
        return
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        for fk in referencing(table):
            if (fk.ondelete or "").upper() == "CASCADE":
                continue
            column = fk.parent
            if column.nullable:
                values: dict[str, Any] = {column.name: None}
                if "version" in column.table.c:  # a form open on the record refuses its save
                    values["version"] = column.table.c.version + 1
                session.execute(update(column.table).where(column.in_(chunk)).values(values))
            else:
                child = column.table
                child_ids = list(session.scalars(select(child.c.id).where(column.in_(chunk))))
                delete_rows(session, child, child_ids, depth + 1)
        session.execute(delete(table).where(table.c.id.in_(chunk)))
