"""Receiving bundles on SQLite and on a PostgreSQL server alike (issue 20): an office's file
merged into a head office's database of either kind, then received again, then an edit, a
conflict and a deletion."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from exchange_merge_support import office_db
from sample_data import fill

from vocdesk.db import models as m
from vocdesk.services.database import Database
from vocdesk.services.exchange.office import InstallationOffice
from vocdesk.services.exchange.service import ExchangeService
from vocdesk.services.exchange.tables import RULES

PASSPHRASE = "ช้างเผือก-2569-CNX"


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        return {
            rule.name: connection.scalar(sa.select(sa.func.count()).select_from(rule.table))
            for rule in RULES
        }


def test_a_head_office_of_either_kind_merges_an_office_alike(
    any_db: Database, tmp_path: Path
) -> None:
    office = office_db(tmp_path, "CNX")
    fill(office, stakeholders=15, feedback=40, complaints=10, surveys=1, responses_per_survey=4)
    InstallationOffice(any_db).set("HQ", "สำนักงานใหญ่")
    cnx, hq = ExchangeService(office), ExchangeService(any_db)

    first = hq.receive(cnx.send(tmp_path / "1.vdb", PASSPHRASE, to_office="HQ").path, PASSPHRASE)
    again = hq.receive(
        cnx.send(tmp_path / "2.vdb", PASSPHRASE, to_office="HQ", everything=True).path, PASSPHRASE
    )

    assert first.inserted > 0 and again.changed == 0
    assert _counts(any_db) == _counts(office)
    with any_db.session_scope() as session:
        numbers = session.scalars(sa.select(m.FeedbackEntry.number)).all()
    assert sorted(numbers) == list(range(1, 41))  # numbered here

    with office.session_scope() as session:
        person, doomed = session.scalars(sa.select(m.Stakeholder).limit(2)).all()
        person.notes = "แก้ที่ CNX"
        person_id = person.id
        session.execute(sa.delete(m.Activity).where(m.Activity.stakeholder_id == doomed.id))
        session.execute(
            sa.delete(m.FeedbackEntry).where(m.FeedbackEntry.stakeholder_id == doomed.id)
        )
        session.execute(
            sa.delete(m.SurveyResponse).where(m.SurveyResponse.stakeholder_id == doomed.id)
        )
        session.execute(sa.delete(m.Complaint).where(m.Complaint.stakeholder_id == doomed.id))
        session.delete(doomed)
    stale = cnx.send(tmp_path / "3.vdb", PASSPHRASE, to_office="HQ")
    with any_db.session_scope() as session:
        session.get(m.Stakeholder, person_id).notes = "แก้ที่ HQ"  # later, unseen by CNX

    third = hq.receive(stale.path, PASSPHRASE)

    assert third.tables["stakeholder"].deleted == 1 and third.conflicts == 1
    assert _counts(any_db) == _counts(office)
    with any_db.session_scope() as session:
        assert session.get(m.Stakeholder, person_id).notes == "แก้ที่ HQ"
        offices = set(session.scalars(sa.select(m.SyncTombstone.office)))
    assert offices == {"CNX"}
    (conflict,) = hq.conflicts()
    assert (conflict.local_value, conflict.incoming_value) == ("แก้ที่ HQ", "แก้ที่ CNX")
