"""The choices a form offers from a catalogue, read the same way by every service that offers
them: active entries only, in the catalogue's order."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.db.models import Channel
from vocdesk.domain.tables import Named


def active_channels(session: Session) -> list[tuple[uuid.UUID, Named]]:
    """The active channels, by the catalogue's order then Thai name, with both names."""
    stmt = (
        select(Channel.id, Channel.name_th, Channel.name_en)
        .where(Channel.active.is_(True))
        .order_by(Channel.sort_order, Channel.name_th)
    )
    return [(r.id, Named(r.name_th, r.name_en)) for r in session.execute(stmt)]
