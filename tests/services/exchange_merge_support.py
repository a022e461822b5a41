"""Offices for the merge tests: real database files with an office code, and bundles made
from them (header, payload, attachments as ``bundle_file.read_bundle`` gives them back)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from vocdesk.db.models import SyncTombstone
from vocdesk.services.database import Database, open_database
from vocdesk.services.exchange.bundle_file import BundleHeader
from vocdesk.services.exchange.merge import ReceiveSummary, receive_bundle, schema_revision
from vocdesk.services.exchange.office import InstallationOffice
from vocdesk.services.exchange.tables import (
    RULES,
    RULES_BY_NAME,
    encode_key,
    encode_row,
    parse_row_key,
)


@dataclass(frozen=True)
class Bundle:
    header: BundleHeader
    payload: dict[str, Any]
    attachments: dict[str, bytes] = field(default_factory=dict)

    def rows(self, table: str) -> list[dict[str, Any]]:
        return self.payload["tables"].get(table, [])

    def renewed(self, **changes: Any) -> Bundle:
        """The same contents under a new bundle id (another bundle holding the same rows)."""
        return replace(self, header=replace(self.header, bundle_id=uuid.uuid4(), **changes))


_TEMPLATE: dict[str, Path] = {}


def office_db(folder: Path, code: str) -> Database:
    """A new office's database: a copy of an empty migrated file (migrated once per run)."""
    if "empty" not in _TEMPLATE:
        place = Path(tempfile.mkdtemp(prefix="vocdesk-office-"))
        atexit.register(shutil.rmtree, place, True)
        db, _ = open_database(place / "empty.sqlite")
        db.dispose()
        _TEMPLATE["empty"] = place / "empty.sqlite"
    target = folder / f"{code.lower()}.sqlite"
    shutil.copyfile(_TEMPLATE["empty"], target)
    db, _ = open_database(target)
    InstallationOffice(db).set(code, f"Office {code}")
    return db


def make_bundle(
    db: Database, *, to: str = "", since: datetime | None = None,
    acknowledged: datetime | None = None, sequence: int = 1, made_at: datetime | None = None,
) -> Bundle:  # fmt: skip
    """Every row changed here since ``since`` (all when None), as a bundle to ``to``: what
    ``changes.collect`` gathers, read plainly (this office's code stamped into the blanks)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    attachments: dict[str, bytes] = {}
    with db.session_scope() as session:
        code = session.execute(
            sa.text("SELECT value FROM app_setting WHERE key = 'office_code'")
        ).scalar()
        for rule in RULES:
            table = rule.table
            if rule.parent is not None:
                parent = RULES_BY_NAME[rule.parent[0]].table
                statement = sa.select(table).join(parent, table.c[rule.parent[1]] == parent.c.id)
                if since is not None:
                    statement = statement.where(parent.c.touched_at > since)
            else:
                statement = sa.select(table)
                if since is not None:
                    statement = statement.where(table.c.touched_at > since)
                if to and rule.travelling:
                    statement = statement.where(table.c.edited_office != to)
            rows = []
            for mapping in session.execute(statement).mappings():
                row = dict(mapping)
                if rule.travelling:
                    row["origin_office"] = row["origin_office"] or code
                    row["edited_office"] = row["edited_office"] or code
                rows.append(encode_row(rule, row, attachments))
            if rows:
                tables[rule.name] = rows
        tombstones = []
        statement = sa.select(SyncTombstone)
        if since is not None:
            statement = statement.where(SyncTombstone.deleted_at > since)
        for tombstone in session.scalars(statement):
            rule = RULES_BY_NAME[tombstone.table_name]
            key = parse_row_key(rule, tombstone.row_key)
            tombstones.append({
                "table": rule.name, "key": encode_key(rule, key),
                "deleted_at": tombstone.deleted_at.isoformat(), "office": tombstone.office or code,
            })  # fmt: skip
        revision = schema_revision(session)
    header = BundleHeader(
        bundle_id=uuid.uuid4(), from_office=code, from_office_name=f"Office {code}",
        to_office=to, sequence=sequence, made_at=made_at or datetime.now(UTC), since=since,
        schema_revision=revision, counts={n: len(r) for n, r in tables.items()},
        acknowledged_made_at=acknowledged,
    )  # fmt: skip
    return Bundle(header, {"tables": tables, "tombstones": tombstones}, attachments)


def receive(db: Database, bundle: Bundle, **options: Any) -> ReceiveSummary:
    with db.session_scope() as session:
        return receive_bundle(session, bundle.header, bundle.payload, bundle.attachments, **options)


def count(db: Database, table: str, where: str = "") -> int:
    with db.session_scope() as session:
        clause = f" WHERE {where}" if where else ""
        return int(session.execute(sa.text(f"SELECT count(*) FROM {table}{clause}")).scalar())


def one(db: Database, sql: str, **params: Any) -> Any:
    with db.session_scope() as session:
        return session.execute(sa.text(sql), params).first()


def later(seconds: float = 1) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)
