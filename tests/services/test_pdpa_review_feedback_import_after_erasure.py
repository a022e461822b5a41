"""Review of issue 19: a listening log file made before an anonymisation does not write the
entries' old words back over the scrubbed ones (matched by id or by reference): such a row is a
problem of the file, nothing written."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from vocdesk.db.models import Channel, FeedbackEntry, Stakeholder
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.pdpa.anonymise import AnonymiseService
from vocdesk.services.transfer import export_file, exporter_for, import_file, importer_for

ADMIN = Principal(login="admin", role=Role.ADMINISTRATOR,
                  grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip


def test_an_old_listening_export_does_not_bring_the_words_back(
    empty_db: Database, tmp_path: Path
) -> None:
    person = uuid.uuid4()
    with empty_db.session_scope() as session:
        channel = session.scalars(select(Channel.id)).first()
        session.add(Stakeholder(id=person, name="มาลี ทดสอบ", phone="+66812345678"))
        session.flush()
        session.add(FeedbackEntry(received_at=datetime(2026, 1, 5, 3, tzinfo=UTC),
                                  channel_id=channel, stage=LifecycleStage.DURING,
                                  type=FeedbackType.SUGGESTION, stakeholder_id=person,
                                  text="มาลี ทดสอบ โทร 081-234-5678 ขอที่จอดรถ", reference="L-1"))  # fmt: skip
    empty_db.actor = ADMIN
    before = tmp_path / "before.csv"
    export_file(exporter_for("feedback", empty_db), before)
    AnonymiseService(empty_db).anonymise_person(person)

    with pytest.raises(UserError, match="anonymised"):
        import_file(importer_for("feedback", empty_db), before)
    with empty_db.session_scope() as session:
        text = session.scalars(select(FeedbackEntry.text)).one()
    assert "มาลี" not in text and "5678" not in text
