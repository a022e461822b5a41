"""Review of issue 19: a complaints file made before an anonymisation does not write the
complainant's data back over the scrubbed case (matched by its number): the row is a problem of
the file, named by its row, and nothing is written; the rest of the file imports once the row is
taken out."""

from __future__ import annotations

import csv
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from vocdesk.db.models import Channel, Complaint, ComplaintCategory, Stakeholder
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.pdpa.anonymise import AnonymiseService
from vocdesk.services.transfer import (
    check_file,
    export_file,
    exporter_for,
    import_file,
    importer_for,
)

ADMIN = Principal(login="admin", role=Role.ADMINISTRATOR,
                  grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip


def _cases(db: Database) -> dict[str, tuple[str, str, str, str, int]]:
    with db.session_scope() as session:
        return {c.number: (c.subject, c.details, c.complainant_name, c.complainant_contact, c.version)
                for c in session.scalars(select(Complaint))}  # fmt: skip


def test_an_old_complaints_export_does_not_bring_the_complainant_back(
    empty_db: Database, tmp_path: Path
) -> None:
    person = uuid.uuid4()
    received = datetime(2026, 1, 5, 3, tzinfo=UTC)
    with empty_db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        category = session.scalar(
            select(ComplaintCategory.id).where(ComplaintCategory.code == "other")
        )
        session.add(Stakeholder(id=person, name="มาลี ทดสอบ", phone="+66812345678"))
        session.flush()
        session.add_all([
            Complaint(fiscal_year=2569, sequence=1, number="2569/000001", received_at=received,
                      channel_id=channel, category_id=category, stakeholder_id=person,
                      subject="มาลี ทดสอบ ร้องเรียนเสียงดัง", details="โทร 081-234-5678",
                      complainant_name="มาลี ทดสอบ", complainant_contact="081-234-5678"),
            Complaint(fiscal_year=2569, sequence=2, number="2569/000002", received_at=received,
                      channel_id=channel, category_id=category, subject="ถนนชำรุดหน้าโรงเรียน"),
        ])  # fmt: skip
    empty_db.actor = ADMIN
    before = tmp_path / "before.csv"
    export_file(exporter_for("complaints", empty_db, unmasked=True), before)
    AnonymiseService(empty_db).anonymise_person(person)
    scrubbed = _cases(empty_db)

    problems = check_file(importer_for("complaints", empty_db), before).problems
    assert [(p.row, p.column) for p in problems] == [(2, None)]  # the first case's row
    assert "anonymised" in problems[0].as_message().english()
    with pytest.raises(UserError, match="anonymised"):
        import_file(importer_for("complaints", empty_db), before)
    assert _cases(empty_db) == scrubbed  # nothing written, the other case neither
    subject, details, name, contact, _ = scrubbed["2569/000001"]
    assert "มาลี" not in subject + details + name and "5678" not in details + contact

    # Taken out, the rest imports
    with before.open(encoding="utf-8-sig", newline="") as handle:
        rows = [r for r in csv.reader(handle) if "2569/000001" not in r]
    rest = tmp_path / "rest.csv"
    with rest.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    assert import_file(importer_for("complaints", empty_db), rest).added == 0
    assert _cases(empty_db)["2569/000001"] == scrubbed["2569/000001"]
