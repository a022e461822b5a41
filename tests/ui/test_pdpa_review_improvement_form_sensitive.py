"""Review of issue 19 (PDPA s.26): an improvement action's form lists a sensitive person's
linked entry as '(sensitive personal data)' for a reader without the grant, as the log does."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from vocdesk.db.models import Channel, FeedbackEntry, Stakeholder
from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.domain.listening.improvement import ImprovementFields
from vocdesk.services.database import Database, open_database
from vocdesk.services.listening.improvement import ImprovementActionsService
from vocdesk.services.listening.improvement_links import ImprovementLinks
from vocdesk.ui.listening.improvement_action_form import ImprovementActionForm

WORDS = "ขอที่จอดรถสำหรับผู้ป่วยโรคไต"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    yield database
    database.dispose()


def test_the_form_withholds_a_sensitive_persons_words(qtbot, db: Database) -> None:  # noqa: ANN001
    person, entry = uuid.uuid4(), uuid.uuid4()
    with db.session_scope() as session:
        channel = session.scalars(select(Channel.id)).first()
        session.add(Stakeholder(id=person, name="มาลี ทดสอบ", sensitive=True))
        session.flush()
        session.add(FeedbackEntry(id=entry, received_at=datetime(2026, 1, 5, 3, tzinfo=UTC),
                                  channel_id=channel, stage=LifecycleStage.DURING,
                                  type=FeedbackType.SUGGESTION, stakeholder_id=person, text=WORDS))  # fmt: skip
    db.actor = Principal(login="somchai", role=Role.STAFF)
    service = ImprovementActionsService(db)
    action = service.create_action(ImprovementFields("เพิ่มที่จอดรถ"), ImprovementLinks((entry,)))
    form = ImprovementActionForm(service, action)
    qtbot.addWidget(form)
    texts = [form.links_list.item(i).text() for i in range(form.links_list.count())]
    assert any("(sensitive personal data)" in t for t in texts), texts
    assert not any(WORDS in t for t in texts)
