"""Review of issue 20: a person's duplicate look-up keys (name_key, email_key) follow the name
and e-mail; they are no conflict of their own, and settling a conflict on the name or the
e-mail gives the record the keys of the value taken."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from exchange_merge_support import make_bundle, office_db, one, receive

from vocdesk.domain.registry import StakeholderDraft, email_key, name_key
from vocdesk.services.exchange.conflicts import open_conflicts, resolve_conflict
from vocdesk.services.registry.edit import RegistryEditService


def test_a_name_and_e_mail_conflict_keeps_the_look_up_keys_with_them(tmp_path: Path) -> None:
    cnx = office_db(tmp_path, "CNX")
    bkk = office_db(tmp_path, "BKK")
    person = (
        RegistryEditService(cnx, user="staff")
        .create(StakeholderDraft(name="นางรัชนี วิเศษศักดิ์", email="ratchanee@example.com"))
        .id
    )
    first = make_bundle(cnx, to="BKK")
    receive(bkk, first)
    for db, name, email in (
        (bkk, "นางสาวรัชนี ใจดี", "r.jaidee@example.com"),
        (cnx, "นางรัชนี วิเศษศักดิ์ศรี", "ratchanee.w@example.com"),
    ):
        service = RegistryEditService(db, user="staff")
        record = service.load(person)
        service.update(
            person, replace(record.draft, name=name, email=email), version=record.version
        )
    receive(bkk, make_bundle(cnx, to="BKK", sequence=2))  # CNX's edit is newer: it wins

    with bkk.session_scope() as session:
        conflicts = open_conflicts(session)
    assert sorted(c.field for c in conflicts) == ["email", "name"]
    with bkk.session_scope() as session:
        for conflict in conflicts:  # take BKK's own values back
            resolve_conflict(session, conflict.id, take_incoming=False, by="admin")
    row = one(bkk, "SELECT name, email, name_key, email_key FROM stakeholder")
    assert (row.name, row.email) == ("นางสาวรัชนี ใจดี", "r.jaidee@example.com")
    assert (row.name_key, row.email_key) == (name_key(row.name), email_key(row.email))
