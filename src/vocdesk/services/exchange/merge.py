"""Receiving a bundle: another office's records merged into this database (issue 20; the rules
are in docs/offices.md, "Merging").

``receive_bundle`` runs in the caller's one transaction (``ExchangeService.receive``): the
bundle is checked first (not received before, made for this office by another one, under the
same database revision, every record's parents here or in the bundle), then its rows are
merged table by table, parents first (``merge_rows``), its deletions done children first, and
the bundle and its office recorded. A refusal is a ``UserError`` raised before anything is
written; any later error rolls the whole transaction back with the caller's session.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vocdesk.db.base import Base, utc_now
from vocdesk.db.models import SyncBundle, SyncPeer
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.services.exchange.bundle_file import BundleHeader
from vocdesk.services.exchange.merge_parts import CONTEXT, UNREADABLE, Counts, Incoming
from vocdesk.services.exchange.merge_rows import Planner
from vocdesk.services.exchange.office import office_code
from vocdesk.services.transfer import ProgressCallback

__all__ = ["ReceiveSummary", "TableCounts", "receive_bundle", "schema_revision"]

_BUNDLE_TABLE = Base.metadata.tables["sync_bundle"]
OTHER_REVISION = QT_TRANSLATE_NOOP(
    "Exchange",
    "The bundle was made by a VocDesk whose database is at revision {theirs}; this database is "
    "at revision {ours}. Update both offices to the same VocDesk, then send the bundle again.",
)
OWN_BUNDLE = QT_TRANSLATE_NOOP(
    "Exchange", "This bundle was made by this office ({office}): it has nothing to receive."
)
OTHER_DESTINATION = QT_TRANSLATE_NOOP(
    "Exchange",
    "This bundle was made for the office {destination}, and this is the office {office}: it "
    "was not received. Ask the office {sender} to send a bundle to {office}.",
)


@dataclass(frozen=True)
class TableCounts:
    """What became of one table's rows and deletions in a received bundle."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    skipped_anonymised: int = 0  # anonymised here: the bundle's older, named copy not taken
    skipped_deleted: int = 0  # deleted here after its last change there: not brought back
    kept: int = 0  # a deletion not done: changed here after it, or still referred to


@dataclass(frozen=True)
class ReceiveSummary:
    """What receiving one bundle did (nothing at all when it was received before)."""

    bundle_id: uuid.UUID
    from_office: str
    sequence: int
    already_received: bool = False
    tables: Mapping[str, TableCounts] = field(default_factory=lambda: MappingProxyType({}))
    conflicts: int = 0  # fields both offices changed unseen: kept for review

    def _total(self, name: str) -> int:
        return sum(getattr(counts, name) for counts in self.tables.values())

    @property
    def inserted(self) -> int:
        return self._total("inserted")

    @property
    def updated(self) -> int:
        return self._total("updated")

    @property
    def unchanged(self) -> int:
        return self._total("unchanged")

    @property
    def deleted(self) -> int:
        return self._total("deleted")

    @property
    def skipped_anonymised(self) -> int:
        return self._total("skipped_anonymised")

    @property
    def skipped_deleted(self) -> int:
        return self._total("skipped_deleted")

    @property
    def kept(self) -> int:
        return self._total("kept")

    @property
    def counts(self) -> Mapping[str, int]:
        """Rows written per table (inserted, updated or deleted), tables with none left out."""
        changed = {n: c.inserted + c.updated + c.deleted for n, c in self.tables.items()}
        return {name: count for name, count in changed.items() if count}

    @property
    def skipped(self) -> int:
        """Rows left as they are here: anonymised here, deleted here after their last change
        there, or changed here after the other office deleted them (or still referred to)."""
        return self.skipped_anonymised + self.skipped_deleted + self.kept

    @property
    def changed(self) -> int:
        """Rows written here: inserted, updated or deleted."""
        return self.inserted + self.updated + self.deleted


def schema_revision(session: Session) -> str:
    """The migration revision this database is at (alembic_version)."""
    value = session.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    return str(value or "")


def receive_bundle(
    session: Session, header: BundleHeader, payload: Mapping[str, Any],
    attachments: Mapping[str, bytes], *, progress: ProgressCallback | None = None,
    file_name: str = "", now: datetime | None = None, user: str = "",
) -> ReceiveSummary:  # fmt: skip
    """Merge a bundle read by ``bundle_file.read_bundle`` into ``session`` (no commit);
    ``user`` (the person receiving it) signs what the merge puts on the audit trail."""
    if _received_before(session, header.bundle_id):
        return ReceiveSummary(header.bundle_id, header.from_office, header.sequence, True)
    here = office_code(session)
    _check_header(session, header, here)
    tables, tombstones = _parts(payload)
    moment = now or utc_now()
    total = sum(len(rows) for rows in tables.values()) + len(tombstones)
    steps, done = 2 * total or 1, 0  # each row read and decided, then written

    def tick(rows: int) -> None:
        nonlocal done
        done += rows
        if progress is not None and rows:
            progress(min(done, steps), steps)

    if progress is not None:
        progress(0, steps)
    incoming = Incoming(
        user=user or f"bundle {header.from_office}", from_office=header.from_office, here=here, bundle_id=header.bundle_id,
        acknowledged_made_at=header.acknowledged_made_at, made_at=header.made_at,
    )  # fmt: skip
    planner = Planner(session, incoming, moment)
    planner.plan(tables, dict(attachments), tombstones, tick)
    counts = planner.write(tick)
    _record(session, header, total, file_name, moment)
    if progress is not None:
        progress(steps, steps)
    return ReceiveSummary(
        bundle_id=header.bundle_id, from_office=header.from_office, sequence=header.sequence,
        tables=MappingProxyType({name: _frozen(c) for name, c in counts.items()}),
        conflicts=planner.conflict_count,
    )  # fmt: skip


def _received_before(session: Session, bundle_id: uuid.UUID) -> bool:
    statement = sa.select(SyncBundle.direction).where(SyncBundle.bundle_id == bundle_id)
    direction = session.execute(statement).scalar()
    if direction == "sent":  # this office's own bundle, brought back
        raise user_error(CONTEXT, OWN_BUNDLE, office=office_code(session))
    return direction is not None


def _check_header(session: Session, header: BundleHeader, here: str) -> None:
    ours = schema_revision(session)
    if header.schema_revision != ours:
        raise user_error(CONTEXT, OTHER_REVISION, theirs=header.schema_revision, ours=ours)
    if here and header.from_office == here:
        raise user_error(CONTEXT, OWN_BUNDLE, office=here)
    if here and header.to_office and header.to_office != here:
        raise user_error(
            CONTEXT, OTHER_DESTINATION, destination=header.to_office, office=here,
            sender=header.from_office,
        )  # fmt: skip


def _parts(payload: Mapping[str, Any]) -> tuple[dict[str, list[Any]], list[dict[str, Any]]]:
    tables = payload.get("tables", {}) if isinstance(payload, Mapping) else None
    tombstones = payload.get("tombstones", []) if isinstance(payload, Mapping) else None
    if not isinstance(tables, Mapping) or not isinstance(tombstones, list):
        raise user_error(CONTEXT, UNREADABLE, table="-", reason="no tables")
    for name, rows in tables.items():
        if not isinstance(rows, list):
            raise user_error(CONTEXT, UNREADABLE, table=name, reason="not a list")
    return dict(tables), tombstones


def _record(
    session: Session, header: BundleHeader, total: int, file_name: str, now: datetime
) -> None:
    """The bundle received (so that receiving it again does nothing) and how far this office
    has come with its sender. Moments only move forward: bundles may arrive out of order."""
    session.execute(sa.insert(_BUNDLE_TABLE).values(
        id=uuid.uuid4(), created_at=now, updated_at=now, bundle_id=header.bundle_id,
        direction="received", office_code=header.from_office, sequence=header.sequence,
        made_at=header.made_at, since=header.since, record_count=total,
        file_name=file_name[:500], done_at=now,
    ))  # fmt: skip
    peer = session.scalars(
        sa.select(SyncPeer).where(SyncPeer.office_code == header.from_office)
    ).one_or_none()
    if peer is None:
        peer = SyncPeer(office_code=header.from_office, office_name=header.from_office_name)
        peer.last_sent_sequence = peer.last_received_sequence = 0
        session.add(peer)
    peer.office_name = header.from_office_name or peer.office_name
    peer.last_received_sequence = max(peer.last_received_sequence or 0, header.sequence)
    peer.last_received_made_at = _later(peer.last_received_made_at, header.made_at)
    peer.acknowledged_made_at = _later(peer.acknowledged_made_at, header.acknowledged_made_at)
    session.flush()


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None or b is None:
        return a or b
    return max(a, b)


def _frozen(counts: Counts) -> TableCounts:
    return TableCounts(**vars(counts))
