"""Demo data of the listening log beyond what ``generate`` writes: what was done with each entry.

Entries that became complaint cases were acted on; older entries were mostly reviewed or closed,
those of the last month are mostly new, as in an office that reads its log every few weeks.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from vocdesk.db import models as m
from vocdesk.db.bulk import update_by_id
from vocdesk.domain.clock import start_of_thai_day
from vocdesk.domain.listening.log import FeedbackStatus

if TYPE_CHECKING:
    from vocdesk.services.demo.generate import DemoBuilder

RECENT_DAYS = 30


def set_feedback_statuses(builder: DemoBuilder) -> None:
    session, rng = builder.session, builder.rng
    recent = start_of_thai_day(builder.today - timedelta(days=RECENT_DAYS))
    linked = set(
        session.scalars(
            select(m.Complaint.feedback_entry_id).where(m.Complaint.feedback_entry_id.is_not(None))
        )
    )
    changes: list[dict[str, Any]] = []
    for entry_id, received_at in session.execute(
        select(m.FeedbackEntry.id, m.FeedbackEntry.received_at)
    ):
        if entry_id in linked:
            status = FeedbackStatus.ACTED_ON
        elif received_at >= recent:
            status = FeedbackStatus.NEW if rng.random() < 0.8 else FeedbackStatus.REVIEWED
        else:
            status = rng.choices(list(FeedbackStatus), weights=(5, 50, 15, 30))[0]
        if status is not FeedbackStatus.NEW:
            changes.append({"id": entry_id, "status": status})
    for start in range(0, len(changes), 1000):
        update_by_id(session, m.FeedbackEntry, changes[start : start + 1000])
