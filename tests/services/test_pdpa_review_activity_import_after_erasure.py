"""Review of issue 19: an activities file made before an anonymisation does not write the
person's activity back (its subject and details naming them): the row is a problem of the
file, nothing written."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from vocdesk.db.models import Activity, Stakeholder
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import ActivityKind
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.pdpa.anonymise import AnonymiseService
from vocdesk.services.transfer import export_file, exporter_for, import_file, importer_for

ADMIN = Principal(login="admin", role=Role.ADMINISTRATOR,
                  grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip


def test_an_old_activities_export_does_not_bring_the_person_back(
    empty_db: Database, tmp_path: Path
) -> None:
    person = uuid.uuid4()
    with empty_db.session_scope() as session:
        session.add(Stakeholder(id=person, name="มาลี ทดสอบ", phone="+66812345678"))
        session.flush()
        session.add(Activity(stakeholder_id=person, occurred_at=datetime(2026, 1, 5, 3, tzinfo=UTC),
                             kind=ActivityKind.CALL, subject="โทรหามาลี ทดสอบ",
                             notes="มาลี ทดสอบ 081-234-5678"))  # fmt: skip
    empty_db.actor = ADMIN
    before = tmp_path / "before.csv"
    export_file(exporter_for("activities", empty_db), before)
    AnonymiseService(empty_db).anonymise_person(person)

    with pytest.raises(UserError, match="anonymised"):
        import_file(importer_for("activities", empty_db), before)
    with empty_db.session_scope() as session:
        subject, details = session.execute(select(Activity.subject, Activity.notes)).one()
    assert "มาลี" not in subject + details and "5678" not in details
