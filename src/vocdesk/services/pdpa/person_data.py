"""Everything the database holds about one person (PDPA sections 30 and 31: access and
portability), found from the schema, not from a list kept by hand.

The walk, over ``Base.metadata`` (as ``services.registry.edit.stakeholder_references`` finds a
merge's history):

1. the person's ``stakeholder`` row;
2. *their records*: the rows of every table with a foreign key to ``stakeholder.id`` that
   points at them (feedback, complaints, survey responses, activities, reminders, consents,
   notices shown, requests, and whatever table is added later);
3. *shared records*: an association table without a key of its own (``activity_participant``)
   links the person to a record that is about them too (an activity they took part in), so
   that record is included, though another person may own it;
4. *one level down*: the rows of every table with a foreign key to one of their records (a
   complaint's attachments, history and access list; a response's answers; a reminder of a
   complaint), except rows that name another person in a column of their own (the other
   participants of an activity);
5. the audit trail's entries about any of their records and its children: who saw and changed
   them.

Nothing of anyone else: in every row gathered, a column referring to ``stakeholder`` that holds
another person's id is emptied; rows that belong to another person (their own participant row,
their reminder) are left out; the trail is read for the person's own records only, not for a
shared record another person owns. Catalogue rows a record refers to (a channel, a service, a
survey's question) are added under ``references`` with their codes and names only.

Confidential complaints: the person is entitled to their own complaints, so the export holds
them whole, whether or not the officer making it may read confidential cases; what keeps it safe
is the permission the export needs (personal data, which an administrator grants, and export).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Column, Table, func, not_, or_, select
from sqlalchemy.orm import Session

from vocdesk.db.base import Base
from vocdesk.db.models import Complaint, Stakeholder
from vocdesk.domain.accounts import Permission, Principal
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.thai_id import normalise_national_id
from vocdesk.services.authorization import acting, requires
from vocdesk.services.confidentiality import readable_condition
from vocdesk.services.database import Database

__all__ = [
    "AttachmentFile",
    "PersonData",
    "PersonDataService",
    "PersonRef",
    "find_person",
    "person_tables",
]

CONTEXT = "PersonData"
STAKEHOLDER = "stakeholder"
AUDIT = "audit_entry"
# Columns shown for a catalogue row a record refers to (whichever of them the table has).
REFERENCE_COLUMNS = (
    "code", "number", "name", "name_th", "name_en", "title_th", "title_en", "text_th", "text_en",
)  # fmt: skip
# Binary columns are written as files beside the data, named by the row's id.
BINARY_NAME_COLUMN = "file_name"


@dataclass(frozen=True)
class PersonRef:
    id: uuid.UUID
    name: str
    national_id: str


@dataclass(frozen=True)
class AttachmentFile:
    """A file kept with one of the person's records (``table`` row ``row_id``)."""

    table: str
    row_id: str
    file_name: str
    content: bytes

    @property
    def path(self) -> str:
        """Where the file goes in the export (its row's ``file`` value)."""
        return f"attachments/{self.row_id}/{_safe_name(self.file_name)}"


@dataclass(frozen=True)
class PersonData:
    """The person's data: ``tables`` maps every table that holds some of it (and every table
    referring to ``stakeholder``, empty or not) to its rows, values ready for JSON."""

    person: PersonRef
    tables: dict[str, list[dict[str, Any]]]
    references: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    attachments: tuple[AttachmentFile, ...] = ()

    @property
    def record_count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


def person_tables() -> list[Table]:
    """Every table with a foreign key to ``stakeholder`` (the person's records), in the order
    the schema sorts them."""
    stakeholder = Base.metadata.tables[STAKEHOLDER]
    return [
        table
        for table in Base.metadata.sorted_tables
        if table is not stakeholder and _stakeholder_columns(table)
    ]


def find_person(session: Session, text: str) -> PersonRef:
    """The stakeholder ``text`` names: their record's id (a UUID) or their national ID (refused
    when two records share it, as ``anonymise`` refuses it: merge them, or give the id)."""
    wanted = text.strip()
    row: Stakeholder | None = None
    try:
        row = session.get(Stakeholder, uuid.UUID(wanted))
    except ValueError:
        digits = normalise_national_id(wanted)
        if digits:
            holders = session.scalars(
                select(Stakeholder).where(Stakeholder.national_id == digits).limit(2)
            ).all()
            if len(holders) > 1:  # two records of one person: which one must be said
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                    "PersonData", "More than one record has the national ID {value}: merge them "
                    "first, or give the record's id."), value=wanted) from None  # fmt: skip
            row = holders[0] if holders else None
    if row is None:
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
            "PersonData", "No stakeholder has the id or national ID {value}."), value=wanted)  # fmt: skip
    return PersonRef(row.id, row.name, row.national_id or "")


class PersonDataService:
    """Finds a person, and gathers everything about them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @requires(Permission.READ)
    def find(self, text: str) -> PersonRef:
        """The stakeholder whose id or national ID is ``text``; ``UserError`` when none."""
        with self._db.session_scope() as session:
            return find_person(session, text)

    @requires(Permission.PERSONAL_DATA)
    def gather(self, stakeholder_id: uuid.UUID) -> PersonData:
        """Everything about the person (see the module's note); reads only, audits nothing: the
        caller that shows or writes it puts that on the trail."""
        with self._db.session_scope() as session:
            refuse_unreadable_cases(session, acting(self._db), stakeholder_id)
            return gather(session, stakeholder_id)


def refuse_unreadable_cases(
    session: Session, principal: Principal, stakeholder_id: uuid.UUID
) -> None:
    """Refuse to gather a person who has confidential complaint cases ``principal`` may not
    read: the person is owed their whole record, but its confidential cases are read only by
    those the confidentiality rule lets read them, so such an officer gathers it."""
    hidden = session.scalar(
        select(func.count())
        .select_from(Complaint)
        .where(Complaint.stakeholder_id == stakeholder_id, not_(readable_condition(principal)))
    )
    if hidden:
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
            "PersonData",
            "This person has %n confidential complaint case(s) you may not read. Their data "
            "can be gathered by an officer who may read confidential complaints.", None, hidden,
        ), count=hidden)  # fmt: skip


def gather(session: Session, stakeholder_id: uuid.UUID) -> PersonData:
    """The walk of the module's note, in one session."""
    person = find_person(session, str(stakeholder_id))
    metadata = Base.metadata
    stakeholder = metadata.tables[STAKEHOLDER]
    rows: dict[str, dict[Any, dict[str, Any]]] = {STAKEHOLDER: {}}
    owned: dict[str, set[Any]] = {}  # the person's own records and their children, by table
    for row in session.execute(select(stakeholder).where(stakeholder.c.id == person.id)).mappings():
        rows[STAKEHOLDER][row["id"]] = dict(row)
    # 2. their records
    for table in person_tables():
        rows.setdefault(table.name, {})
        condition = or_(*(column == person.id for column in _stakeholder_columns(table)))
        for row in session.execute(select(table).where(condition)).mappings():
            key = _key(table, row)
            rows[table.name][key] = dict(row)
            if "id" in table.c:
                owned.setdefault(table.name, set()).add(row["id"])
    # 3. shared records, through association tables (no key of their own)
    for table in person_tables():
        if "id" in table.c:
            continue
        for fk in table.foreign_keys:
            target = fk.column.table
            if target is stakeholder:
                continue
            ids = {row[fk.parent.name] for row in rows[table.name].values()} - set(
                rows.get(target.name, {})
            )
            ids.discard(None)
            for row in _rows_where(session, target, fk.column, ids):
                rows.setdefault(target.name, {})[_key(target, row)] = dict(row)
    # 4. one level down from their own records
    for parent_name, parent_ids in list(owned.items()):
        parent = metadata.tables[parent_name]
        for table in metadata.sorted_tables:
            if table is stakeholder or table is parent or table.name == AUDIT:
                continue  # (a complaint marked a duplicate of theirs is another's complaint)
            for fk in table.foreign_keys:
                if fk.column.table is not parent:
                    continue
                for row in _rows_where(session, table, fk.parent, parent_ids):
                    if _names_another(table, row, person.id):
                        continue
                    rows.setdefault(table.name, {})[_key(table, row)] = dict(row)
                    if "id" in table.c:
                        owned.setdefault(table.name, set()).add(row["id"])
    # 5. the audit trail of the person and their own records
    audited = {person.id}.union(*owned.values()) if owned else {person.id}
    audit = metadata.tables[AUDIT]
    rows[AUDIT] = {
        row["id"]: dict(row) for row in _rows_where(session, audit, audit.c.entity_id, audited)
    }
    references = _references(session, rows)
    attachments, tables = _plain(rows, person.id)
    return PersonData(person, tables, references, tuple(attachments))


# --- helpers --------------------------------------------------------------------------------


def _stakeholder_columns(table: Table) -> list[Column[Any]]:
    return [fk.parent for fk in table.foreign_keys if fk.column.table.name == STAKEHOLDER]


def _key(table: Table, row: Any) -> Any:
    if "id" in table.c:
        return row["id"]
    return tuple(row[column.name] for column in table.primary_key.columns) or tuple(row.values())


def _names_another(table: Table, row: Any, person_id: uuid.UUID) -> bool:
    return any(
        row[column.name] is not None and row[column.name] != person_id
        for column in _stakeholder_columns(table)
    )


def _rows_where(
    session: Session, table: Table, column: Column[Any], values: Iterable[Any]
) -> list[Any]:
    wanted = sorted(values, key=str)
    found: list[Any] = []
    for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
        chunk = wanted[start : start + 500]
        found.extend(session.execute(select(table).where(column.in_(chunk))).mappings())
    return found


def _references(
    session: Session, rows: dict[str, dict[Any, dict[str, Any]]]
) -> dict[str, dict[str, dict[str, Any]]]:
    """The catalogue rows the person's rows refer to, with their codes and names only."""
    metadata = Base.metadata
    wanted: dict[str, set[Any]] = {}
    for name, table_rows in rows.items():
        for fk in metadata.tables[name].foreign_keys:
            target = fk.column.table.name
            if target == STAKEHOLDER or target in rows:
                continue
            values = {row[fk.parent.name] for row in table_rows.values()} - {None}
            if values:
                wanted.setdefault(target, set()).update(values)
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for name, ids in sorted(wanted.items()):
        table = metadata.tables[name]
        shown = [table.c[column] for column in REFERENCE_COLUMNS if column in table.c]
        if "id" not in table.c:
            continue
        for row in _rows_where(session, table, table.c.id, ids):
            found.setdefault(name, {})[str(row["id"])] = {
                column.name: _plain_value(row[column.name]) for column in shown
            }
    return found


def _plain(
    rows: dict[str, dict[Any, dict[str, Any]]], person_id: uuid.UUID
) -> tuple[list[AttachmentFile], dict[str, list[dict[str, Any]]]]:
    """Rows as JSON values; other people's ids emptied; binary contents taken out as files."""
    metadata = Base.metadata
    attachments: list[AttachmentFile] = []
    tables: dict[str, list[dict[str, Any]]] = {}
    order = [table.name for table in metadata.sorted_tables if table.name in rows]
    for name in order:
        table = metadata.tables[name]
        others = {column.name for column in _stakeholder_columns(table)}
        plain_rows = []
        for row in rows[name].values():
            plain: dict[str, Any] = {}
            for column, value in row.items():
                if column in others and value is not None and value != person_id:
                    value = None
                if isinstance(value, bytes | bytearray | memoryview):
                    file = AttachmentFile(
                        name, str(row.get("id", "")), str(row.get(BINARY_NAME_COLUMN) or column),
                        bytes(value),
                    )  # fmt: skip
                    attachments.append(file)
                    plain["file"] = file.path
                    continue
                plain[column] = _plain_value(value)
            plain_rows.append(plain)
        plain_rows.sort(key=lambda r: (str(r.get("created_at", "")), str(r.get("id", ""))))
        tables[name] = plain_rows
    return attachments, tables


def _plain_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain_value(item) for item in value]
    return value


def _safe_name(name: str) -> str:
    cleaned = "".join("_" if char in '/\\:*?"<>|\0' else char for char in name).strip(" .")
    return cleaned or "file"
