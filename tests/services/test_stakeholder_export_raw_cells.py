"""The stakeholder export reads the stored texts by Core (issue 18) and writes the same cells as
the records' own values formatted one by one did: the id's UUID text, the enums' values, the
segment's and channel's codes, tags, dates, yes/no, empty cells for what is not there."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sqlalchemy import select

from vocdesk.db.models import Channel, Segment, Stakeholder
from vocdesk.domain.enums import PartyType, StakeholderKind, StakeholderStatus
from vocdesk.io.cells import format_bool, format_date
from vocdesk.services.database import open_database
from vocdesk.services.registry.transfer import StakeholderExporter


def _expected(s: Stakeholder, segment: str, channel: str, phones: tuple[str, str]) -> list[str]:
    return [
        str(s.id), s.external_ref or "", s.name, s.party_type.value, s.kind.value, s.status.value,
        segment, s.organisation, s.national_id or "", *phones, s.email, s.line_id, s.address,
        s.province, channel, "; ".join(s.tags or []), s.notes, s.lawful_basis,
        format_bool(s.consent_follow_up), format_date(s.consent_date),
        format_date(s.retention_until), s.relationship_officer,
        "" if s.contact_every_months is None else str(s.contact_every_months),
        format_bool(s.archived), format_bool(s.sensitive),
    ]  # fmt: skip


def test_every_cell_is_the_formatted_value(tmp_path: Path) -> None:
    db = open_database(tmp_path / "office.sqlite")[0]
    try:
        with db.session_scope() as session:
            segment = session.scalars(select(Segment)).first()
            channel = session.scalars(select(Channel)).first()
            assert segment is not None and channel is not None
            full = Stakeholder(
                name="บริษัท ไทยพัฒนา จำกัด", party_type=PartyType.ORGANISATION,
                kind=StakeholderKind.PARTNER, status=StakeholderStatus.FORMER,
                organisation="สมาคม", segment_id=segment.id, national_id="1101700230708",
                phone="+66812345678", phone2="+6621234567", email="a@example.co.th",
                line_id="@thai", address="1 ถนนพหลโยธิน", province="เชียงใหม่",
                preferred_channel_id=channel.id, external_ref="B-1", tags=["อาสา", "สื่อ"],
                notes="=1+2", lawful_basis="consent", consent_follow_up=True,
                consent_date=date(2026, 1, 5), retention_until=date(2030, 9, 30),
                relationship_officer="สมชาย", contact_every_months=6,
            )  # fmt: skip
            bare = Stakeholder(name="นาย ก", tags=[])
            session.add_all([full, bare])
        path = tmp_path / "out.csv"
        exporter = StakeholderExporter(db, unmasked=True)
        assert exporter.export(path) == 2
        with path.open(encoding="utf-8-sig", newline="") as source:
            rows = {row[0]: row for row in list(csv.reader(source))[1:]}
    finally:
        db.dispose()

    expected_full = _expected(full, segment.code, channel.code, ("081 234 5678", "02 123 4567"))
    expected_full[12], expected_full[17] = "'@thai", "'=1+2"  # formulas defused, as before
    assert rows[str(full.id)] == expected_full
    assert rows[str(bare.id)] == _expected(bare, "", "", ("", ""))
