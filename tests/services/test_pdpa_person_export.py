"""Access and portability (issue 19): everything about one person, found from the schema, in one
zip, and nothing of anyone else."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sample_data import SampleData, fill
from sqlalchemy import select

from vocdesk.db.base import Base
from vocdesk.db.models import (
    Activity,
    AuditEntry,
    Complaint,
    ComplaintAttachment,
    Stakeholder,
    activity_participant,
)
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.pdpa.access_export import AccessExportService
from vocdesk.services.pdpa.person_data import PersonDataService, person_tables

TODAY_FILL = dict(stakeholders=12, feedback=80, complaints=60, surveys=2, responses_per_survey=8)


@pytest.fixture
def filled(empty_db: Database) -> SampleData:
    data = fill(empty_db, today=date(2025, 11, 14), **TODAY_FILL)
    empty_db.actor = Principal(
        login="officer", role=Role.ADMINISTRATOR, grants=frozenset({Permission.PERSONAL_DATA})
    )
    return data


@pytest.fixture
def db(filled: SampleData, empty_db: Database) -> Database:
    return empty_db


def _shared_activity(db: Database) -> tuple[Stakeholder, Stakeholder]:
    """Two people of one activity: its owner and another participant, names different."""
    with db.session_scope() as session:
        for activity in session.scalars(select(Activity)):
            for other_id in session.scalars(
                select(activity_participant.c.stakeholder_id).where(
                    activity_participant.c.activity_id == activity.id
                )
            ):
                owner, other = (
                    session.get(Stakeholder, activity.stakeholder_id),
                    session.get(Stakeholder, other_id),
                )
                if owner and other and owner.id != other.id and owner.name != other.name:
                    return owner, other
    raise AssertionError("the sample has no shared activity")


def _zip_texts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode("utf-8", "replace")
            for name in archive.namelist()
            if not name.endswith(".pdf")
        }


def test_every_table_referring_to_a_person_is_in_the_export(
    db: Database, filled: SampleData, tmp_path: Path
):
    # Given a person with records of every kind the sample makes
    person_id = filled.stakeholder_ids[0]
    service = PersonDataService(db)
    data = service.gather(person_id)
    # Then every table with a foreign key to stakeholder has its own key, found from the schema
    referring = {t.name for t in Base.metadata.sorted_tables
                 if any(fk.column.table.name == "stakeholder" for fk in t.foreign_keys)}  # fmt: skip
    assert referring <= set(data.tables)
    assert referring == {t.name for t in person_tables()} | set()  # nothing listed by hand
    assert data.tables["stakeholder"][0]["id"] == str(person_id)
    # And each of them holds exactly the rows that point at the person
    with db.session_scope() as session:
        for table in person_tables():
            for fk in table.foreign_keys:
                if fk.column.table.name != "stakeholder":
                    continue
                expected = session.execute(select(table).where(fk.parent == person_id)).all()
                found = [
                    r for r in data.tables[table.name] if r.get(fk.parent.name) == str(person_id)
                ]
                assert len(found) == len(expected), table.name


def test_one_level_down_answers_and_history_and_attachments(
    db: Database, filled: SampleData, tmp_path: Path
):
    with db.session_scope() as session:
        case = session.scalars(
            select(Complaint).where(Complaint.stakeholder_id.is_not(None))
        ).first()
        assert case is not None
        person_id = case.stakeholder_id
        session.add(ComplaintAttachment(complaint_id=case.id, file_name="ใบเสร็จ.pdf",
                                        media_type="application/pdf", size=7, content=b"%PDF-1\n"))  # fmt: skip
    out = tmp_path / "person.zip"
    done = AccessExportService(db).export(person_id, out, "en")
    assert done.files == 1 and done.records > 1
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        document = json.loads(archive.read("person.json"))
        attachment = document["tables"]["complaint_attachment"][0]
        assert archive.read(attachment["file"]) == b"%PDF-1\n"
        assert "person.pdf" in names and archive.read("person.pdf").startswith(b"%PDF")
        for table in document["tables"]:
            assert f"tables/{table}.csv" in names
        rows = list(
            csv.DictReader(io.StringIO(archive.read("tables/complaint.csv").decode("utf-8-sig")))
        )
        assert {row["id"] for row in rows} >= {str(case.id)}
    # the export itself is on the person's audit trail
    with db.session_scope() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == AuditAction.EXPORT, AuditEntry.entity_id == person_id)).one()  # fmt: skip
        assert entry.changes["file"] == "person.zip" and entry.user == "officer"


def test_nothing_of_the_other_participant_of_a_shared_activity(
    db: Database, filled: SampleData, tmp_path: Path
):
    # Given two people of one activity
    owner, other = _shared_activity(db)
    for person, them in ((owner, other), (other, owner)):
        out = tmp_path / f"{person.id}.zip"
        AccessExportService(db).export(person.id, out, "th")
        texts = _zip_texts(out)
        everything = "\n".join(texts.values())
        # Then the shared activity is there, and the other person's name, ID and key are not
        assert str(person.id) in everything
        assert them.name not in everything
        assert str(them.id) not in everything
        if them.national_id:
            assert them.national_id not in everything


def test_the_export_needs_personal_data_and_export(
    db: Database, filled: SampleData, tmp_path: Path
):
    db.actor = Principal(login="boss", role=Role.ADMINISTRATOR)  # no personal-data grant
    with pytest.raises(UserError):
        AccessExportService(db).export(filled.stakeholder_ids[0], tmp_path / "x.zip")
    db.actor = Principal(login="clerk", role=Role.STAFF,
                         grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip
    with pytest.raises(UserError):
        AccessExportService(db).export(filled.stakeholder_ids[0], tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def test_a_person_is_found_by_id_or_national_id(db: Database, filled: SampleData):
    with db.session_scope() as session:
        person = session.scalars(
            select(Stakeholder).where(Stakeholder.national_id.is_not(None))
        ).first()
        assert person is not None
    service = PersonDataService(db)
    assert service.find(str(person.id)).id == person.id
    nid = person.national_id or ""
    dashed = f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"
    assert service.find(dashed).id == person.id
    with pytest.raises(UserError):
        service.find("1111111111111")


def test_survey_answers_come_with_the_persons_responses(db: Database, filled: SampleData):
    from vocdesk.db.models import SurveyResponse

    with db.session_scope() as session:
        response = session.scalars(
            select(SurveyResponse).where(SurveyResponse.stakeholder_id.is_not(None))
        ).first()
        assert response is not None
    data = PersonDataService(db).gather(response.stakeholder_id)
    answers = [a for a in data.tables["survey_answer"] if a["response_id"] == str(response.id)]
    assert answers
    # and each answer's question is named under references
    assert all(a["question_id"] in data.references["survey_question"] for a in answers)


def test_the_trail_of_who_saw_and_changed_the_records_comes_along(
    db: Database, filled: SampleData, tmp_path: Path
):
    from vocdesk.domain.pdpa.terms import RequestKind
    from vocdesk.services.pdpa.requests import DataSubjectRequestsService, RequestDraft

    person, other = filled.stakeholder_ids[0], filled.stakeholder_ids[1]
    DataSubjectRequestsService(db).log(
        RequestDraft(str(person), RequestKind.ACCESS, date(2025, 11, 1))
    )
    AccessExportService(db).export(person, tmp_path / "first.zip")
    AccessExportService(db).export(other, tmp_path / "other.zip")
    trail = PersonDataService(db).gather(person).tables["audit_entry"]
    actions = {(entry["entity"], entry["action"]) for entry in trail}
    assert ("stakeholder", "export") in actions  # who took their data out
    assert ("data_subject_request", "create") in actions  # who logged their request
    assert all(entry["entity_id"] != str(other) for entry in trail)


def test_the_readable_copy_shows_the_persons_national_id_and_line_id(db: Database):
    from vocdesk.services.pdpa.access_export import person_report

    with db.session_scope() as session:
        person = Stakeholder(name="ปรีดา ทดสอบ", national_id="1101700203451", line_id="preeda.t")
        session.add(person)
        session.flush()
        person_id = person.id
    report = person_report(PersonDataService(db).gather(person_id), date(2026, 12, 5))
    registry = next(s for s in report.sections if s.table == "stakeholder")
    shown = dict(registry.rows[0])
    assert shown["national_id"] == "1101700203451" and shown["line_id"] == "preeda.t"
    assert "id" not in shown  # its own key means nothing to a reader
