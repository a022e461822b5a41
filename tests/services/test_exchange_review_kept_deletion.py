"""Review of issue 20: a person deleted in one office while another office registered a
complaint for them is kept there (still referred to), and goes back to the office that deleted
it with the complaint, so the two offices end alike (as one database, which refuses to delete a
person with history, would)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from exchange_merge_support import count, make_bundle, office_db, one, receive

from vocdesk.domain.registry import StakeholderDraft
from vocdesk.services.complaints.case_records import CaseDraft
from vocdesk.services.complaints.cases import ComplaintCasesService
from vocdesk.services.registry.edit import RegistryEditService


def test_a_person_kept_for_a_complaint_elsewhere_goes_back_where_it_was_deleted(
    tmp_path: Path,
) -> None:
    cnx = office_db(tmp_path, "CNX")
    bkk = office_db(tmp_path, "BKK")
    person = (
        RegistryEditService(cnx, user="staff")
        .create(StakeholderDraft(name="นายสมศักดิ์ ลบทิ้ง", phone="0812223333"))
        .id
    )
    receive(bkk, make_bundle(cnx, to="BKK"))
    cases = ComplaintCasesService(bkk)
    cases.register(CaseDraft(
        received_at=datetime.now(UTC), channel_id=cases.channels()[0].id,
        category_id=cases.categories()[0].id, subject="ร้องเรียนที่กรุงเทพฯ", stakeholder_id=person,
    ))  # fmt: skip
    RegistryEditService(cnx, user="staff").delete(person)  # no history in CNX

    summary = receive(bkk, make_bundle(cnx, to="BKK", sequence=2))
    assert summary.kept == 1 and count(bkk, "stakeholder") == 1

    receive(cnx, make_bundle(bkk, to="CNX"))
    assert count(cnx, "stakeholder") == 1
    row = one(cnx, "SELECT stakeholder_id FROM complaint WHERE subject = 'ร้องเรียนที่กรุงเทพฯ'")
    assert row is not None and row.stakeholder_id == person.hex
