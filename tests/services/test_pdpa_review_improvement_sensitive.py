"""Review of issue 19 (PDPA s.26): an improvement action's linked listening entries withhold a
sensitive person's words from a reader without the personal-data grant, as the listening log
does; the grant's holder reads them whole."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from vocdesk.db.models import Channel, FeedbackEntry, Stakeholder
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.domain.listening.improvement import ImprovementFields
from vocdesk.services.database import Database
from vocdesk.services.listening.improvement import ImprovementActionsService
from vocdesk.services.listening.improvement_links import ImprovementLinks

WORDS = "ขอที่จอดรถสำหรับผู้ป่วยโรคไต"


def test_linked_entries_withhold_a_sensitive_persons_words(empty_db: Database) -> None:
    person, entry = uuid.uuid4(), uuid.uuid4()
    with empty_db.session_scope() as session:
        channel = session.scalars(select(Channel.id)).first()
        session.add(Stakeholder(id=person, name="มาลี ทดสอบ", sensitive=True))
        session.flush()
        session.add(FeedbackEntry(id=entry, received_at=datetime(2026, 1, 5, 3, tzinfo=UTC),
                                  channel_id=channel, stage=LifecycleStage.DURING,
                                  type=FeedbackType.SUGGESTION, stakeholder_id=person, text=WORDS))  # fmt: skip
    empty_db.actor = Principal(login="somchai", role=Role.STAFF)
    service = ImprovementActionsService(empty_db)
    action = service.create_action(ImprovementFields("เพิ่มที่จอดรถ"), ImprovementLinks((entry,)))
    shown = service.get_action(action).entries[0]
    assert shown.text == "" and shown.withheld
    assert service.describe_entries([entry])[0].text == ""
    empty_db.actor = Principal(login="admin", role=Role.ADMINISTRATOR,
                               grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip
    assert service.get_action(action).entries[0].text == WORDS
