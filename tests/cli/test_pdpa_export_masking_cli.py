"""``vocdesk export stakeholders|complaints FILE`` writes personal data masked; ``--unmasked``
writes it whole (the person running it holds the personal-data grant) and says so in the audit
trail (PDPA, issue 19)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from test_cli import vocdesk_command

from vocdesk.db.models import AuditEntry, Stakeholder
from vocdesk.domain.enums import AuditAction
from vocdesk.services.database import open_database


def test_the_export_command_masks_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "registry.sqlite"
    db, _ = open_database(path, create=True)
    with db.session_scope() as session:
        session.add(
            Stakeholder(name="นางสาวมาลี ใจดี", national_id="1112034563562", phone="+66812345678")
        )
    db.dispose()
    masked, whole = tmp_path / "masked.csv", tmp_path / "whole.csv"

    assert vocdesk_command("export", "stakeholders", masked, "--db", path).code == 0
    assert vocdesk_command("export", "stakeholders", whole, "--db", path, "--unmasked").code == 0

    text = masked.read_text(encoding="utf-8-sig")
    assert "1-1120-xxxxx-56-2" in text and "08x-xxx-5678" in text
    assert "1112034563562" not in text and "081 234 5678" not in text
    assert "1112034563562" in whole.read_text(encoding="utf-8-sig")
    db, _ = open_database(path)
    with db.session_scope() as session:
        exports = session.scalars(
            select(AuditEntry.changes).where(AuditEntry.action == AuditAction.EXPORT)
        ).all()
    db.dispose()
    assert sorted(entry["unmasked"] for entry in exports) == [False, True]
