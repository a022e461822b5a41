"""What a bundle to another office holds: the rows changed since the last bundle sent to it
(issue 20, docs/offices.md), read with Core selects table by table, never as ORM objects, so
that 100,000 changes are collected in seconds.

``collect`` gathers, in the order of ``tables.RULES`` (parents first):
- every travelling row with ``touched_at`` later than ``since`` less ``OVERLAP`` (all rows when
  ``since`` is None, those from before migration 0017 with no ``touched_at`` too), except the
  rows whose ``edited_office`` is the destination itself (it holds that edit already);
- the links of the association tables the same way (they have no edited office);
- all the answers of each survey response sent (answers travel with their response);
- the deletions (``sync_tombstone``) later than ``since`` less the overlap (all when ``since``
  is None), except those that came from the destination.

The overlap: a transaction that began before the last bundle was collected and committed after
it wrote ``touched_at`` moments earlier than that bundle's watermark; collecting 10 minutes
more than strictly needed finds them. Rows sent twice are harmless: a merge of a row it
already holds changes nothing.

``stamp_offices`` first writes this office's code where a record or a deletion still says ''
(made or edited here): the receiver must know whose record and whose edit it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vocdesk.db.models import SyncTombstone
from vocdesk.services.exchange.office import stamp_office_column, stamp_origin
from vocdesk.services.exchange.tables import (
    RULES,
    RULES_BY_NAME,
    TableRule,
    encode_key,
    encode_row,
    parse_row_key,
    raw_columns,
)
from vocdesk.services.transfer import ProgressCallback

__all__ = ["OVERLAP", "TOMBSTONES", "Collected", "collect", "stamp_offices"]

OVERLAP = timedelta(minutes=10)
TOMBSTONES = "sync_tombstone"  # the key of the deletions' count in a bundle's counts
_BATCH = 5000  # rows fetched at a time


@dataclass(frozen=True)
class Collected:
    """What ``collect`` gathered: the bundle's payload and attachments, and rows per table
    (deletions under ``TOMBSTONES``)."""

    payload: dict[str, Any]
    attachments: dict[str, bytes]
    counts: dict[str, int]

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    def __iter__(self) -> Iterator[Any]:  # payload, attachments, counts = collect(...)
        return iter((self.payload, self.attachments, self.counts))


def stamp_offices(session: Session, code: str) -> None:
    """Write ``code`` (this office's) into every ``origin_office`` and ``edited_office`` that
    is '' and every deletion's ``office`` that is '': one UPDATE per table, which gives
    ``updated_at``, ``touched_at`` and ``version`` their own values, so that no onupdate fires
    and nothing looks changed (the stamp is not an edit)."""
    if not code:
        return
    stamp_origin(session, code)  # origin_office, as when the office's code is set
    stamp_office_column(session, "edited_office", code, [""])
    session.execute(
        sa.update(SyncTombstone)
        .where(SyncTombstone.office == "")
        .values(office=code)
        .execution_options(synchronize_session=False)
    )


def collect(
    session: Session,
    *,
    since: datetime | None,
    to_office: str,
    progress: ProgressCallback | None = None,
) -> Collected:
    """The payload of a bundle to ``to_office`` holding what changed since ``since`` (less
    the overlap), or everything when ``since`` is None; see the module's docstring.

    ``progress`` hears (tables done, tables + 1) as it goes, the deletions being the last step.
    The payload: ``{"tables": {name: [encoded row, ...]}, "tombstones": [{"table", "key",
    "deleted_at", "office"}, ...]}`` (``tables.encode_row``, ``tables.encode_key``); a
    complaint attachment's bytes are in the attachments under their SHA-256."""
    start = None if since is None else since - OVERLAP
    raw = session.get_bind().dialect.name == "sqlite"  # uuids and moments read as stored
    tables: dict[str, list[dict[str, Any]]] = {}
    attachments: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    total = len(RULES) + 1
    for done, rule in enumerate(RULES, start=1):
        rows: list[dict[str, Any]] = []
        for row in _changed_rows(session, rule, start, to_office, raw):
            rows.append(encode_row(rule, row, attachments, raw=raw))
        if rows:
            tables[rule.name] = rows
            counts[rule.name] = len(rows)
        if progress is not None:
            progress(done, total)
    tombstones = _tombstones(session, start, to_office)
    if tombstones:
        counts[TOMBSTONES] = len(tombstones)
    if progress is not None:
        progress(total, total)
    payload = {"tables": tables, "tombstones": tombstones}
    return Collected(payload, attachments, counts)


def _changed_rows(
    session: Session, rule: TableRule, start: datetime | None, to_office: str, raw: bool
) -> Iterator[sa.RowMapping]:
    table = rule.table
    selected = raw_columns(rule) if raw else [table.c[name] for name in rule.columns]
    if rule.parent is not None:  # answers: all of each response collected
        parent_rule = RULES_BY_NAME[rule.parent[0]]
        parent = parent_rule.table
        statement = (
            sa.select(*selected)
            .select_from(table.join(parent, table.c[rule.parent[1]] == parent.c.id))
            .where(*_conditions(parent_rule, start, to_office))
        )
    else:
        statement = sa.select(*selected).where(*_conditions(rule, start, to_office))
    result = session.execute(statement.execution_options(yield_per=_BATCH))
    yield from result.mappings()


def _conditions(rule: TableRule, start: datetime | None, to_office: str) -> list[Any]:
    table = rule.table
    conditions: list[Any] = []
    if start is not None:
        conditions.append(table.c.touched_at > start)
    if to_office and rule.travelling:
        conditions.append(table.c.edited_office != to_office)
    return conditions


def _tombstones(session: Session, start: datetime | None, to_office: str) -> list[dict[str, Any]]:
    """The deletions to pass on, the newest of each key once, leaving out a key whose row
    exists here again (a link removed and made again, a record a merge brought back): what
    this office holds now is what it tells the destination."""
    t = SyncTombstone
    statement = sa.select(t.table_name, t.row_key, t.deleted_at, t.office)
    if start is not None:
        statement = statement.where(t.touched_at > start)
    if to_office:
        statement = statement.where(t.office != to_office)
    latest: dict[tuple[str, tuple[Any, ...]], tuple[datetime, str]] = {}
    for name, row_key, deleted_at, office in session.execute(statement.order_by(t.seq)):
        rule = RULES_BY_NAME.get(name)
        if rule is None:  # a table that no longer travels
            continue
        latest[(name, parse_row_key(rule, row_key))] = (deleted_at, office)
    by_table: dict[str, list[tuple[Any, ...]]] = {}
    for name, key in latest:
        by_table.setdefault(name, []).append(key)
    for name, keys in by_table.items():
        for key in _existing(session, RULES_BY_NAME[name], keys):
            del latest[(name, key)]
    return [
        {
            "table": name,
            "key": encode_key(RULES_BY_NAME[name], key),
            "deleted_at": deleted_at.isoformat(),
            "office": office,
        }
        for (name, key), (deleted_at, office) in latest.items()
    ]


def _existing(
    session: Session, rule: TableRule, keys: list[tuple[Any, ...]]
) -> Iterator[tuple[Any, ...]]:
    """Those of ``keys`` whose row is in ``rule``'s table."""
    columns = [rule.table.c[name] for name in rule.key]
    chunk = 400
    for begin in range(0, len(keys), chunk):
        part = keys[begin : begin + chunk]
        if len(columns) == 1:
            condition = columns[0].in_([key[0] for key in part])
        else:
            condition = sa.tuple_(*columns).in_(part)
        for row in session.execute(sa.select(*columns).where(condition)):
            yield tuple(row)
