"""The audit trail: who changed which record, when, and what changed."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.db.base import Entity
from vocdesk.db.models._types import enum_column
from vocdesk.domain.enums import AuditAction


class AuditEntry(Entity):
    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    at: Mapped[datetime]
    user: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction))
    entity: Mapped[str] = mapped_column(String(60))  # table name
    entity_id: Mapped[uuid.UUID]
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
