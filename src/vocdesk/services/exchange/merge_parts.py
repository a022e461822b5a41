"""What the merge of a received bundle shares between its modules (``merge_rows`` plans,
``merge_writes`` writes): counts, the bundle's sender, the messages of a refusal, and look-ups
in batches."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session

from vocdesk.db.models import SyncAlias
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.services.exchange.tables import TableRule

BATCH = 500  # ids per IN (...) and rows per executemany
CONTEXT = "Exchange"

MISSING_PARENT = QT_TRANSLATE_NOOP(
    "Exchange",
    "The bundle cannot be received: its record {id} of {table} refers to {parent_id} of "
    "{parent}, which is neither in this database nor in the bundle. Nothing was written. Ask "
    'the office {office} to send everything again (Send with "everything").',
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "Exchange",
    "The bundle cannot be received: its records of {table} could not be read ({reason}). "
    "Nothing was written.",
)
CLASH = QT_TRANSLATE_NOOP(
    "Exchange",
    "The bundle cannot be received: a record of {table} would take a value another record "
    "here already has ({reason}). Nothing was written. Change the value in one of the two "
    "offices, then receive this same file again: the sending office's next bundle will not "
    "hold these records again unless it sends everything.",
)


Tick = Callable[[int], None]


def no_tick(done: int) -> None:
    pass


@dataclass
class Counts:
    """What became of one table's incoming rows and deletions."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    skipped_anonymised: int = 0  # a record anonymised here, sent without the anonymisation
    skipped_deleted: int = 0  # deleted here after it was last changed there (not restored)
    kept: int = 0  # a deletion not done: the record changed here after it, or is still used


@dataclass
class Work:
    """The writes planned for one table."""

    rule: TableRule
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)  # "_key" + changed columns
    counts: Counts = field(default_factory=Counts)


@dataclass(frozen=True)
class Incoming:
    """The bundle as decoded, with who sent it."""

    user: str  # who receives it (the audit trail's)
    from_office: str
    here: str  # this installation's code ("" while none was given)
    acknowledged_made_at: datetime | None
    bundle_id: uuid.UUID
    made_at: datetime


def references(rule: TableRule) -> list[tuple[str, str]]:
    """(column, referred table) of each foreign key of ``rule``'s table."""
    return [
        (fk.parent.name, fk.column.table.name)
        for fk in sorted(rule.table.foreign_keys, key=lambda fk: fk.parent.name)
    ]


def optional_reference(column: sa.Column[Any]) -> bool:
    """A reference that may be empty and does not take the row with its parent."""
    cascades = any((fk.ondelete or "").upper() == "CASCADE" for fk in column.foreign_keys)
    return bool(column.nullable) and not cascades


def single_key(table: sa.Table) -> str:
    (column,) = table.primary_key.columns
    return column.name


def fetch_rows(
    session: Session, table: sa.Table, column: sa.Column[Any], values: Iterable[Any]
) -> Iterator[tuple[Any, RowMapping]]:
    """(value of ``column``, whole row) of each row whose ``column`` is among ``values``."""
    wanted = list(dict.fromkeys(values))
    for start in range(0, len(wanted), BATCH):
        statement = sa.select(table).where(column.in_(wanted[start : start + BATCH]))
        for mapping in session.execute(statement).mappings():
            yield mapping[column.name], mapping


def existing_values(session: Session, column: sa.Column[Any], values: Iterable[Any]) -> set[Any]:
    """Those of ``values`` that ``column`` holds."""
    wanted = list(dict.fromkeys(values))
    found: set[Any] = set()
    for start in range(0, len(wanted), BATCH):
        statement = sa.select(column).where(column.in_(wanted[start : start + BATCH]))
        found.update(session.execute(statement).scalars())
    return found


def present_keys(session: Session, rule: TableRule,
                  keys: list[tuple[Any, ...]]) -> set[tuple[Any, ...]]:  # fmt: skip
    table = rule.table
    columns = [table.c[c] for c in rule.key]
    present: set[tuple[Any, ...]] = set()
    for start in range(0, len(keys), BATCH):
        part = keys[start : start + BATCH]
        statement = sa.select(*columns).where(sa.tuple_(*columns).in_(part))
        present.update(tuple(row) for row in session.execute(statement))
    return present


def load_aliases(session: Session) -> dict[str, dict[uuid.UUID, uuid.UUID]]:
    aliases: dict[str, dict[uuid.UUID, uuid.UUID]] = {}
    statement = sa.select(SyncAlias.table_name, SyncAlias.foreign_id, SyncAlias.local_id)
    for table, foreign, local_id in session.execute(statement):
        aliases.setdefault(table, {})[uuid.UUID(foreign)] = uuid.UUID(local_id)
    return aliases


def moment_of(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def same_value(incoming: Any, current: Any) -> bool:
    if incoming == current:
        return True
    if isinstance(incoming, datetime) and isinstance(current, datetime):
        return incoming.replace(tzinfo=None) == current.replace(tzinfo=None)
    return False


def grouped(rows: list[dict[str, Any]]) -> Iterator[tuple[tuple[str, ...], list[dict[str, Any]]]]:
    """Rows with the same columns together (an executemany takes one set of columns)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    yield from groups.items()


def chunks(values: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), BATCH):
        yield values[start : start + BATCH]


def batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH * 20):
        yield rows[start : start + BATCH * 20]


def shown_key(row: dict[str, Any], rule: TableRule) -> str:
    return ", ".join(shown_value(row[c]) for c in rule.key)


def shown_value(value: Any) -> str:
    return str(value) if isinstance(value, uuid.UUID) else repr(value)
