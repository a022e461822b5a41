"""Review of issue 20: an office that only received a record (it never edited it) keeps no
conflict when the head office passes on a newer edit from a third office: the sender held the
value this office has (it sent it), and it weighed the two itself."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

from exchange_merge_support import count, later, make_bundle, office_db, one, receive

from vocdesk.domain.registry import StakeholderDraft
from vocdesk.services.database import Database
from vocdesk.services.registry.edit import RegistryEditService


def _edit(db: Database, person: uuid.UUID, **changes: Any) -> None:
    service = RegistryEditService(db, user="staff")
    record = service.load(person)
    service.update(person, replace(record.draft, **changes), version=record.version)


def test_an_edit_relayed_by_the_office_whose_value_is_here_is_no_conflict(
    tmp_path: Path,
) -> None:
    hq, cnx, kkn = (office_db(tmp_path, code) for code in ("HQ", "CNX", "KKN"))
    person = (
        RegistryEditService(hq, user="staff")
        .create(StakeholderDraft(name="นางธิดารัตน์ เรืองศรี", phone="0811111111"))
        .id
    )
    receive(cnx, make_bundle(hq, to="CNX"))
    receive(kkn, make_bundle(hq, to="KKN"))
    _edit(hq, person, phone="0844444444")  # HQ's edit reaches both offices
    receive(cnx, make_bundle(hq, to="CNX", sequence=2))
    receive(kkn, make_bundle(hq, to="KKN", sequence=2))
    _edit(kkn, person, name="นางธิดารัตน์ ขอนแก่น")  # KKN edits what it got from HQ
    receive(hq, make_bundle(kkn, to="HQ", acknowledged=later()))

    summary = receive(cnx, make_bundle(hq, to="CNX", sequence=3))  # CNX never sent to HQ

    assert summary.conflicts == 0 and count(cnx, "sync_conflict") == 0
    row = one(cnx, "SELECT name, phone FROM stakeholder")
    assert (row.name, row.phone) == ("นางธิดารัตน์ ขอนแก่น", "+66844444444")


def test_a_value_received_from_the_sender_itself_is_no_conflict(tmp_path: Path) -> None:
    """CNX holds KKN's edit as HQ passed it on; HQ edits the record after it and sends that:
    CNX never changed the record, HQ had CNX's value, so there is nothing to review."""
    hq, cnx, kkn = (office_db(tmp_path, code) for code in ("HQ", "CNX", "KKN"))
    person = (
        RegistryEditService(hq, user="staff")
        .create(StakeholderDraft(name="นายประเสริฐ ทองดี", phone="0811111111"))
        .id
    )
    receive(cnx, make_bundle(hq, to="CNX"))
    receive(kkn, make_bundle(hq, to="KKN"))
    _edit(kkn, person, phone="0822222222")
    receive(hq, make_bundle(kkn, to="HQ", acknowledged=later()))
    receive(cnx, make_bundle(hq, to="CNX", sequence=2))  # KKN's edit, passed on by HQ
    _edit(hq, person, name="นายประเสริฐ ทองดีมาก")

    summary = receive(cnx, make_bundle(hq, to="CNX", sequence=3))

    assert summary.conflicts == 0 and count(cnx, "sync_conflict") == 0
    row = one(cnx, "SELECT name, phone FROM stakeholder")
    assert (row.name, row.phone) == ("นายประเสริฐ ทองดีมาก", "+66822222222")
