"""Review of issue 19: a stakeholders file made before a person was anonymised does not bring
their data back. The row that would update the anonymised record (by its id, or by the
national ID of someone else's record never) is refused as a problem of the file, nothing
written; the rest of the file is not at fault and imports once the row is taken out."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from vocdesk.db.models import Stakeholder
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.pdpa.anonymise import AnonymiseService
from vocdesk.services.transfer import export_file, exporter_for, import_file, importer_for

ADMIN = Principal(login="admin", role=Role.ADMINISTRATOR,
                  grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip


def test_an_old_export_does_not_bring_an_anonymised_person_back(
    empty_db: Database, tmp_path: Path
) -> None:
    erased, kept = uuid.uuid4(), uuid.uuid4()
    with empty_db.session_scope() as session:
        session.add(Stakeholder(id=erased, name="มาลี ทดสอบ", national_id="1101700203450",
                                phone="+66812345678"))  # fmt: skip
        session.add(Stakeholder(id=kept, name="สมชาย ใจดี", phone="+66898765432"))
    empty_db.actor = ADMIN
    before = tmp_path / "before.csv"
    export_file(exporter_for("stakeholders", empty_db, unmasked=True), before)
    AnonymiseService(empty_db).anonymise_person(erased)

    with pytest.raises(UserError, match="anonymised"):
        import_file(importer_for("stakeholders", empty_db), before)
    with empty_db.session_scope() as session:
        person = session.get(Stakeholder, erased)
        assert person is not None and person.anonymised_at is not None
        assert "มาลี" not in person.name and not person.national_id and not person.phone

    # Taken out, the rest imports (the other person's row is theirs)
    with before.open(encoding="utf-8-sig", newline="") as handle:
        rows = [r for r in csv.reader(handle) if r[0] != str(erased)]
    rest = tmp_path / "rest.csv"
    with rest.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    assert import_file(importer_for("stakeholders", empty_db), rest).added == 0
    with empty_db.session_scope() as session:
        assert "มาลี" not in "".join(session.scalars(select(Stakeholder.name)))
