"""Deletions a received bundle passes on (issue 20, docs/offices.md "Merging"), and the
deletions this database knows (``sync_tombstone``).

A deleted record is deleted here too, children first, unless it changed after the deletion
(its ``updated_at`` is later) or something here still refers to it through a reference that
does not go with it (a case naming a person deleted elsewhere): it is then kept, and counted.
The triggers of migration 0017 write the tombstones of what is deleted (with the rows that go
with it by ON DELETE CASCADE); they are given the office that deleted it and the moment it was
deleted there, so that the deletion travels on in its name and is weighed by its own moment
(``touched_at``, when it was recorded here, is what the next bundles collect). A deletion of a
record not here is kept as a tombstone too, once, so that the record is not brought back if it
arrives later (out of order) and the deletion still travels on.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vocdesk.db.base import Base
from vocdesk.services.exchange.tables import RULES, RULES_BY_NAME, TableRule, parse_row_key

BATCH = 500
_TOMBSTONE = Base.metadata.tables["sync_tombstone"]


@dataclass(frozen=True)
class Deletion:
    rule: TableRule
    key: tuple[Any, ...]  # local ids (aliases applied)
    office: str  # the office that deleted it
    deleted_at: datetime


class Tally(Protocol):
    """Where a table's deletions are counted (``merge_rows.Counts``)."""

    deleted: int
    kept: int


class Tombstones:
    """The deletions known here, per table, read once (a table's at its first question)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._known: dict[str, dict[tuple[Any, ...], datetime]] = {}

    def of(
        self, rule: TableRule, keys: Iterable[tuple[Any, ...]]
    ) -> dict[tuple[Any, ...], datetime]:
        """When each of ``keys`` was deleted here (the latest deletion), for those that were."""
        if rule.name not in self._known:
            self._known[rule.name] = _tombstones_of(self._session, rule)
        known = self._known[rule.name]
        return {k: known[k] for k in keys if k in known}

    def add(self, rule: TableRule, key: tuple[Any, ...], moment: datetime) -> None:
        self._known.setdefault(rule.name, {})[key] = moment


def apply_deletions(
    session: Session, deletions: list[Deletion], tombstones: Tombstones, now: datetime,
    counts: Callable[[TableRule], Tally],
) -> None:  # fmt: skip
    """Do ``deletions`` (see the module's docstring), children first."""
    order = {rule.name: i for i, rule in enumerate(RULES)}
    by_table: dict[str, list[Deletion]] = defaultdict(list)
    for deletion in deletions:
        by_table[deletion.rule.name].append(deletion)
    sqlite = session.get_bind().dialect.name == "sqlite"
    for name in sorted(by_table, key=lambda n: -order[n]):
        rule = RULES_BY_NAME[name]
        tally = counts(rule)
        items = by_table[name]
        local = _current_moments(session, rule, [d.key for d in items])
        absent = tombstones.of(rule, [d.key for d in items if d.key not in local])
        # By where and when each was deleted: the tombstones passed on keep both.
        doomed: dict[tuple[str, datetime], list[tuple[Any, ...]]] = defaultdict(list)
        for deletion in items:
            if deletion.key in local:
                changed = local.pop(deletion.key)
                if changed is not None and changed > deletion.deleted_at:
                    tally.kept += 1
                else:
                    doomed[(deletion.office, deletion.deleted_at)].append(deletion.key)
            elif deletion.key not in absent:
                session.connection().execute(sa.insert(_TOMBSTONE), {
                    "table_name": rule.name, "row_key": _row_key(deletion.key, sqlite),
                    "deleted_at": deletion.deleted_at, "office": deletion.office,
                    "touched_at": now,
                })  # fmt: skip
                absent[deletion.key] = deletion.deleted_at
                tombstones.add(rule, deletion.key, deletion.deleted_at)
        for (office, deleted_at), keys in doomed.items():
            blocked = (
                _still_used(session, rule.table, {k[0] for k in keys})
                if rule.kind == "entity"
                else set()
            )
            wanted = [k for k in keys if k[0] not in blocked]
            tally.kept += len(keys) - len(wanted)
            tally.deleted += len(wanted)
            _delete(session, rule, wanted, office, deleted_at)
            _reissue(session, rule, blocked, now)


def _reissue(session: Session, rule: TableRule, ids: set[Any], now: datetime) -> None:
    """Records kept because something here still refers to them, made a new edit of this
    office (``now``, later than the deletion): the next bundles carry them back to the office
    that deleted them, with what refers to them, so the offices end alike."""
    if not ids:
        return
    table = rule.table
    values: dict[str, Any] = {"updated_at": now, "touched_at": now, "edited_office": ""}
    if "version" in table.c:
        values["version"] = table.c.version + 1
    wanted = list(ids)
    for start in range(0, len(wanted), BATCH):
        part = wanted[start : start + BATCH]
        session.connection().execute(sa.update(table).where(table.c.id.in_(part)).values(values))


def _delete(
    session: Session, rule: TableRule, keys: list[tuple[Any, ...]], office: str,
    deleted_at: datetime,
) -> None:  # fmt: skip
    """Delete the rows of ``keys`` (their children go with them by ON DELETE CASCADE); the
    tombstones the triggers write for them are given the ``office`` and moment of the deletion
    they pass on (``touched_at``, now, is what the next bundle collects)."""
    if not keys:
        return
    connection = session.connection()
    before = connection.execute(sa.select(sa.func.max(_TOMBSTONE.c.seq))).scalar() or 0
    columns = [rule.table.c[c] for c in rule.key]
    for start in range(0, len(keys), BATCH):
        part = keys[start : start + BATCH]
        if len(columns) == 1:
            condition = columns[0].in_([k[0] for k in part])
        else:
            condition = sa.tuple_(*columns).in_(part)
        connection.execute(sa.delete(rule.table).where(condition))
    connection.execute(
        sa.update(_TOMBSTONE)
        .where(_TOMBSTONE.c.seq > before, _TOMBSTONE.c.office == "")
        .values(office=office, deleted_at=deleted_at)
    )


def _still_used(session: Session, table: sa.Table, ids: set[Any], depth: int = 0) -> set[Any]:
    """Those of ``ids`` a row here refers to by a reference that does not go with them (no
    ON DELETE CASCADE or SET NULL), directly or through the rows that would go with them."""
    used: set[Any] = set()
    if not ids or depth > 8:
        return used
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is not table:
                continue
            action = (fk.ondelete or "").upper()
            if action == "SET NULL":
                continue
            column = fk.parent
            key = list(other.primary_key.columns)
            children: dict[Any, set[Any]] = defaultdict(set)
            wanted = list(ids)
            for start in range(0, len(wanted), BATCH):
                part = wanted[start : start + BATCH]
                statement = sa.select(column, key[0]).where(column.in_(part))
                for parent, child in session.execute(statement):
                    if action == "CASCADE":
                        children[parent].add(child)
                    elif not (other is table and child in ids):
                        used.add(parent)
            if action == "CASCADE" and len(key) == 1 and children:
                blocked = _still_used(session, other, set().union(*children.values()), depth + 1)
                used.update(p for p, c in children.items() if c & blocked)
    return used


def _current_moments(
    session: Session, rule: TableRule, keys: list[tuple[Any, ...]]
) -> dict[tuple[Any, ...], datetime | None]:
    """The records of ``keys`` that are here, with the moment each was last edited (links
    have none: None)."""
    table = rule.table
    found: dict[tuple[Any, ...], datetime | None] = {}
    columns = [table.c[c] for c in rule.key]
    moment = table.c.updated_at if "updated_at" in table.c else sa.null()
    for start in range(0, len(keys), BATCH):
        part = keys[start : start + BATCH]
        if len(columns) == 1:
            condition = columns[0].in_([k[0] for k in part])
        else:
            condition = sa.tuple_(*columns).in_(part)
        for row in session.execute(sa.select(*columns, moment).where(condition)):
            found[tuple(row[: len(columns)])] = row[-1]
    return found


def _tombstones_of(session: Session, rule: TableRule) -> dict[tuple[Any, ...], datetime]:
    statement = (
        sa.select(_TOMBSTONE.c.row_key, sa.func.max(_TOMBSTONE.c.deleted_at))
        .where(_TOMBSTONE.c.table_name == rule.name)
        .group_by(_TOMBSTONE.c.row_key)
    )
    known: dict[tuple[Any, ...], datetime] = {}
    for row_key, deleted_at in session.execute(statement):
        try:
            key = parse_row_key(rule, row_key)
        except (ValueError, TypeError):
            continue
        moment = _aware(deleted_at)
        if key not in known or moment > known[key]:
            known[key] = moment
    return known


def _aware(value: Any) -> datetime:
    """``deleted_at`` read through ``max()`` loses its column type (SQLite gives a string)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    moment: datetime = value
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _row_key(key: tuple[Any, ...], sqlite: bool) -> str:
    """A key as the tombstone triggers write it (migration 0017)."""
    parts = [(v.hex if sqlite else str(v)) if isinstance(v, uuid.UUID) else v for v in key]
    if len(parts) == 1:
        return str(parts[0])
    return json.dumps(parts, separators=(",", ":") if sqlite else (", ", ": "))
