"""What an office keeps about its exchanges with other offices (issue 20, docs/offices.md):
the offices it sends to and receives from, the bundles, deletions to pass on, the conflicts
left for review and the ids of records matched to local ones."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.db.base import OFFICE_CODE_LENGTH, Base, Entity, utc_now


class SyncPeer(Entity):
    """Another office this one exchanges bundles with, and how far each direction has gone."""

    __tablename__ = "sync_peer"

    office_code: Mapped[str] = mapped_column(String(OFFICE_CODE_LENGTH), unique=True)
    office_name: Mapped[str] = mapped_column(String(300), default="")
    # The touched_at up to which the last bundle sent to it collected (the next one starts
    # there, less an overlap); empty = nothing sent yet, so the next bundle holds everything.
    last_sent_at: Mapped[datetime | None]
    last_sent_sequence: Mapped[int] = mapped_column(default=0)
    last_received_sequence: Mapped[int] = mapped_column(default=0)
    last_received_made_at: Mapped[datetime | None]
    # When our newest bundle that it had received when it made its latest one to us was made:
    # a change here after that moment was not seen there (a conflict if both changed a record).
    acknowledged_made_at: Mapped[datetime | None]


class SyncBundle(Entity):
    """A bundle sent or received: received ids make a second import of the same file a no-op."""

    __tablename__ = "sync_bundle"
    __table_args__ = (Index("ix_sync_bundle_office", "office_code", "direction", "sequence"),)

    bundle_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    direction: Mapped[str] = mapped_column(String(16))  # "sent" or "received"
    office_code: Mapped[str] = mapped_column(String(OFFICE_CODE_LENGTH))  # the other office
    sequence: Mapped[int]
    made_at: Mapped[datetime]
    since: Mapped[datetime | None]
    record_count: Mapped[int] = mapped_column(default=0)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    done_at: Mapped[datetime]


class SyncConflict(Entity):
    """A field two offices changed without seeing each other's change: the newer value was
    kept, the other is here for a person to review (and take instead)."""

    __tablename__ = "sync_conflict"
    __table_args__ = (
        Index("ix_sync_conflict_open", "resolved_at", "detected_at"),
        Index("ix_sync_conflict_row", "table_name", "row_id"),
    )

    bundle_id: Mapped[uuid.UUID]
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[str] = mapped_column(Text, default="")  # JSON
    incoming_value: Mapped[str] = mapped_column(Text, default="")  # JSON
    kept: Mapped[str] = mapped_column(String(16))  # "local" or "incoming"
    local_office: Mapped[str] = mapped_column(String(OFFICE_CODE_LENGTH), default="")
    incoming_office: Mapped[str] = mapped_column(String(OFFICE_CODE_LENGTH), default="")
    local_updated_at: Mapped[datetime | None]
    incoming_updated_at: Mapped[datetime | None]
    detected_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str] = mapped_column(String(200), default="")


class SyncAlias(Entity):
    """An incoming record matched to a local one with another id (a catalogue entry by its
    code, a person by the agency's own reference): references to the foreign id are rewritten."""

    __tablename__ = "sync_alias"
    __table_args__ = (UniqueConstraint("table_name", "foreign_id"),)

    table_name: Mapped[str] = mapped_column(String(64))
    foreign_id: Mapped[str] = mapped_column(String(200))
    local_id: Mapped[str] = mapped_column(String(200))


class SyncTombstone(Base):
    """A travelling row deleted (here, by a trigger on every travelling table, or at another
    office, received in a bundle), passed on in bundles so the other offices delete it too.
    ``deleted_at`` is when and ``office`` where it was deleted, and travels; ``touched_at`` is
    when the deletion was recorded in this database: what the next bundle collects."""

    __tablename__ = "sync_tombstone"
    __table_args__ = (
        Index("ix_sync_tombstone_touched_at", "touched_at"),
        Index("ix_sync_tombstone_row", "table_name", "row_key"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_key: Mapped[str] = mapped_column(String(200))  # the id, or a JSON array of the key
    deleted_at: Mapped[datetime]
    office: Mapped[str] = mapped_column(String(OFFICE_CODE_LENGTH), default="", server_default="")
    touched_at: Mapped[datetime] = mapped_column(default=utc_now)
