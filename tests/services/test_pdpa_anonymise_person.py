"""Anonymising a person (issue 19): no trace of their identifiers anywhere in the live file —
any table, the audit trail, an attachment, the full-text index, free pages, the WAL — and every
KPI, listening summary and survey figure the same before and after.

Given the demo database and one more person recorded through the services (registry form,
a correction, complaints with an attachment, one confidential) and directly (feedback, an
activity they took part in, a reminder, a survey response with an open answer, a request), when
the person is anonymised, then the file's bytes hold none of their name, national ID, phones or
e-mail, written as stored or as the audit trail's JSON escapes them.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from vocdesk.db import models as m
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.complaints.kpis import Dimension
from vocdesk.domain.enums import ActivityKind, FeedbackType, LifecycleStage, ReminderSource
from vocdesk.domain.fiscal import fiscal_year_period
from vocdesk.domain.messages import UserError
from vocdesk.domain.pdpa.terms import RequestKind, RetentionRecordType, request_due_on
from vocdesk.domain.registry import StakeholderDraft
from vocdesk.domain.thai_id import check_digit
from vocdesk.services.complaints.case_records import AttachmentFile, CaseDraft
from vocdesk.services.complaints.cases import ComplaintCasesService
from vocdesk.services.complaints.kpis import ComplaintKpisService
from vocdesk.services.database import Database, open_database
from vocdesk.services.demo import DEMO_TODAY, generate_demo
from vocdesk.services.listening.summary import ListeningSummaryService
from vocdesk.services.pdpa.anonymise import (
    AnonymiseService,
    anonymise_records,
    anonymous_name,
    forget_erased,
)
from vocdesk.services.pdpa.scrubbing import FREE_TEXT, KEPT_TEXT, text_columns
from vocdesk.services.registry.edit import RegistryEditService, stakeholder_references
from vocdesk.services.surveys.analysis import SurveyAnalysisService

NAME = "นางสาวพิมพ์ลดา ศรีสุวรรณรัตน์"
FIRST, SURNAME = "พิมพ์ลดา", "ศรีสุวรรณรัตน์"
NATIONAL_ID = "370010055512" + str(check_digit("370010055512"))
OLD_PHONE, PHONE = "0939517536", "0863571594"
EMAIL = "pimlada.srisuwan@example.org"
FISCAL_YEARS = (2569, 2570)
NEIGHBOUR_PHONE = "0891234560"
NEIGHBOUR_SAYS = f"เพื่อนบ้าน {FIRST} {SURNAME} โทร {PHONE} เปิดเพลงดัง ติดต่อผมที่ {NEIGHBOUR_PHONE}"
ADMIN = Principal(
    login="admin", role=Role.ADMINISTRATOR,
    grants=frozenset({Permission.CONFIDENTIAL, Permission.PERSONAL_DATA}),
)  # fmt: skip


def _needles() -> dict[str, bytes]:
    """The person's identifiers as bytes the file could hold them in."""
    found = {}
    for value in (NAME, FIRST, SURNAME, NATIONAL_ID, OLD_PHONE, PHONE, EMAIL):
        found[value] = value.encode()
        found[value + " (JSON)"] = json.dumps(value)[1:-1].encode()
    for phone in (OLD_PHONE, PHONE):
        found[phone + " (E.164)"] = ("+66" + phone[1:]).encode()
    found["national ID grouped"] = b"3-7001-00555-12-"
    return found


def _file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _no_secure_delete(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA secure_delete = OFF")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db, _ = open_database(path)
    generate_demo(db, today=DEMO_TODAY)
    db.dispose()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "vocdesk.sqlite"
    shutil.copy(demo_file, path)
    database, _ = open_database(path)
    # Python's own SQLite on Windows is built without SECURE_DELETE (Debian's has it on by
    # default): freed bytes stay in the file unless the anonymisation asks for them to go.
    event.listen(database.engine, "connect", _no_secure_delete)
    database.engine.dispose()
    database.actor = ADMIN
    yield database
    database.dispose()


def _record_the_person(db: Database) -> uuid.UUID:
    registry = RegistryEditService(db, today=lambda: DEMO_TODAY)
    with db.session_scope() as session:
        segment_id = session.scalar(select(m.Segment.id).limit(1))
        channel_id = session.scalar(select(m.Channel.id).limit(1))
        category_id = session.scalar(select(m.ComplaintCategory.id).limit(1))
        survey_id = session.scalar(select(m.Survey.id).limit(1))
        question_id = session.scalar(
            select(m.SurveyQuestion.id).where(m.SurveyQuestion.survey_id == survey_id).limit(1)
        )
        other_id = session.scalar(select(m.Stakeholder.id).limit(1))
    draft = StakeholderDraft(
        name=NAME, segment_id=segment_id, national_id=NATIONAL_ID, phone=OLD_PHONE,
        email=EMAIL, address="99/9 หมู่ 3 ตำบลในเมือง", province="ขอนแก่น",
        notes=f"ติดต่อ {FIRST} ช่วงเช้า", tags=("ผู้พิการ",),
    )  # fmt: skip
    person_id = registry.create(draft).id
    corrected = StakeholderDraft(**{**asdict(draft), "phone": PHONE, "tags": ("ผู้พิการ",)})
    registry.update(person_id, corrected)
    cases = ComplaintCasesService(db, today=lambda: DEMO_TODAY)
    received = datetime(2026, 9, 1, 3, tzinfo=UTC)
    for confidential in (False, True):
        cases.register(CaseDraft(
            received_at=received, channel_id=channel_id, category_id=category_id,
            subject=f"{NAME} ร้องเรียนเรื่องถนนชำรุด", stakeholder_id=person_id,
            details=f"ผู้ร้อง {FIRST} โทร {PHONE} อีเมล {EMAIL} เลขบัตร {NATIONAL_ID}",
            complainant_name=NAME, complainant_contact=PHONE, confidential=confidential,
            attachments=(AttachmentFile("บัตร.txt", f"สำเนาบัตร {NAME} {NATIONAL_ID}".encode(),
                                        "text/plain"),),
        ))  # fmt: skip
    with db.session_scope() as session:
        for heard in (f"{FIRST}ชมเจ้าหน้าที่", f"คุณ{FIRST} {SURNAME} แจ้งเบอร์ใหม่ {PHONE}"):
            session.add(m.FeedbackEntry(
                received_at=received, channel_id=channel_id, stage=LifecycleStage.AFTER,
                type=FeedbackType.SUGGESTION, text=heard, stakeholder_id=person_id,
                segment_id=segment_id,
            ))  # fmt: skip
        session.add(m.FeedbackEntry(  # someone else's words about the person
            received_at=received, channel_id=channel_id, stage=LifecycleStage.DURING,
            type=FeedbackType.COMPLAINT, text=NEIGHBOUR_SAYS, segment_id=segment_id,
        ))  # fmt: skip
        session.add(m.AuditEntry(  # another record's history that names the person
            at=received, user="somchai", action="update", entity="stakeholder",
            entity_id=other_id, changes={"notes": ["", f"ญาติของ {NAME} โทร {PHONE}"],
                                         "phone": [NEIGHBOUR_PHONE, NEIGHBOUR_PHONE]},
        ))  # fmt: skip
        meeting = m.Activity(
            stakeholder_id=other_id, occurred_at=received, kind=ActivityKind.MEETING,
            subject="ประชุมชุมชน", notes=f"{NAME} ขอให้โทรกลับ {PHONE}",
        )  # fmt: skip
        session.add(meeting)
        session.flush()
        session.execute(m.activity_participant.insert().values(
            activity_id=meeting.id, stakeholder_id=person_id))  # fmt: skip
        session.add(m.Reminder(stakeholder_id=person_id, due_on=date(2026, 10, 5),
                               source=ReminderSource.MANUAL, note=f"โทรหา{FIRST} {PHONE}"))  # fmt: skip
        response = m.SurveyResponse(survey_id=survey_id, stakeholder_id=person_id,
                                    segment_id=segment_id, submitted_on=date(2026, 9, 2),
                                    comment=f"ข้าพเจ้า {NAME} พอใจ ติดต่อ {EMAIL}")  # fmt: skip
        session.add(response)
        session.flush()
        session.add(m.SurveyAnswer(response_id=response.id, question_id=question_id, seq=99,
                                   text=f"โทร {PHONE}"))  # fmt: skip
        session.add(m.DataSubjectRequest(
            stakeholder_id=person_id, kind=RequestKind.ERASURE, received_on=date(2026, 9, 3),
            due_on=request_due_on(date(2026, 9, 3)), requester=NAME,
            details=f"{NAME} ขอให้ลบข้อมูล เลขบัตร {NATIONAL_ID}",
        ))  # fmt: skip
    return person_id


def test_no_identifier_of_the_person_is_left_anywhere_in_the_live_file(db: Database) -> None:
    assert db.path is not None
    before = _file_bytes(db.path)
    needles = _needles()
    assert [label for label, b in needles.items() if b in before] == []
    person_id = _record_the_person(db)
    with db.engine.connect() as connection:  # everything in the main file, as a user would have
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    recorded = _file_bytes(db.path)
    assert NAME.encode() in recorded and EMAIL.encode() in recorded  # the search can see them

    result = AnonymiseService(db).anonymise_person(person_id)
    db.dispose()

    left = [label for label, b in needles.items() if b in _file_bytes(db.path)]
    assert left == []
    assert result.records["complaint"] == 2 and result.records["feedback_entry"] == 2
    assert result.attachments_removed == 2
    assert result.audit_entries_scrubbed >= 2  # the registry form and its correction


def test_the_person_keeps_what_statistics_count_by_and_loses_the_rest(db: Database) -> None:
    person_id = _record_the_person(db)
    with db.session_scope() as session:
        segment_before = session.get(m.Stakeholder, person_id).segment_id

    AnonymiseService(db).anonymise_person(person_id)

    with db.session_scope() as session:
        person = session.get(m.Stakeholder, person_id)
        assert person.name == anonymous_name(person_id)
        assert (person.national_id, person.phone, person.email, person.address, person.tags) == (
            None, "", "", "", [],
        )  # fmt: skip
        assert (person.segment_id, person.province) == (segment_before, "ขอนแก่น")
        assert person.anonymised_at is not None
        cases = session.scalars(select(m.Complaint).where(m.Complaint.stakeholder_id == person_id))
        for case in cases:
            assert case.complainant_name == case.complainant_contact == ""
            assert case.anonymised_at is not None and "ถนนชำรุด" in case.subject
        # The full-text index finds the rest of the words, not the person.
        found = session.execute(text("SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH :w"),
                                {"w": f'"{FIRST}"'}).scalar()  # fmt: skip
        assert found == 0
        kept = session.execute(text("SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH :w"),
                               {"w": '"ชมเจ้าหน้าที่"'}).scalar()  # fmt: skip
        assert kept >= 1
        logged = session.scalars(select(m.AuditEntry).where(
            m.AuditEntry.entity_id == person_id, m.AuditEntry.action == "anonymise")).one()  # fmt: skip
        assert NAME not in json.dumps(logged.changes, ensure_ascii=False)


def test_someone_elses_words_lose_the_person_and_keep_their_own_numbers(db: Database) -> None:
    person_id = _record_the_person(db)
    result = AnonymiseService(db).anonymise_person(person_id)
    with db.session_scope() as session:
        words = session.scalars(select(m.FeedbackEntry.text).where(
            m.FeedbackEntry.stakeholder_id.is_(None),
            m.FeedbackEntry.text.like("เพื่อนบ้าน%"))).one()  # fmt: skip
    assert words == f"เพื่อนบ้าน […] โทร […] เปิดเพลงดัง ติดต่อผมที่ {NEIGHBOUR_PHONE}"
    assert result.records["mentions"] == 1
    with db.session_scope() as session:
        history = session.scalars(select(m.AuditEntry.changes).where(
            m.AuditEntry.user == "somchai", m.AuditEntry.entity == "stakeholder")).one()  # fmt: skip
    assert history == {"notes": ["", "ญาติของ [\u2026] โทร [\u2026]"],
                       "phone": [NEIGHBOUR_PHONE, NEIGHBOUR_PHONE]}  # fmt: skip


def _figures(db: Database) -> list[object]:
    kpis = ComplaintKpisService(db, today=lambda: DEMO_TODAY)
    listening = ListeningSummaryService(db)
    surveys = SurveyAnalysisService(db)
    figures: list[object] = []
    for year in FISCAL_YEARS:
        period = fiscal_year_period(year)
        for dimension in Dimension:
            figures.append(kpis.report(period, dimension))
        figures.append(listening.summary(period))
    with db.session_scope() as session:
        survey_ids = session.scalars(select(m.Survey.id).order_by(m.Survey.code)).all()
    for survey_id in survey_ids:
        figures.append(surveys.results(survey_id))
    return figures


def test_every_kpi_summary_and_survey_figure_is_unchanged(db: Database) -> None:
    person_id = _record_the_person(db)
    with db.session_scope() as session:  # also a demo person with a full history
        busiest = session.execute(
            select(m.Complaint.stakeholder_id).where(m.Complaint.stakeholder_id.is_not(None))
            .group_by(m.Complaint.stakeholder_id).order_by(func.count().desc()).limit(1)
        ).scalar_one()  # fmt: skip
    before = _figures(db)

    AnonymiseService(db).anonymise_person(person_id)
    AnonymiseService(db).anonymise_person(busiest)

    assert _figures(db) == before


def test_a_second_anonymisation_and_an_unknown_person_are_refused(db: Database) -> None:
    person_id = _record_the_person(db)
    service = AnonymiseService(db)
    assert service.find_person("3-7001-00555-12-" + NATIONAL_ID[-1]) == person_id
    service.anonymise_person(person_id)
    with pytest.raises(UserError):
        service.anonymise_person(person_id)
    with pytest.raises(UserError):
        service.find_person(NATIONAL_ID)  # the national ID is gone


def test_staff_and_administrators_without_the_personal_data_grant_may_not_anonymise(
    db: Database,
) -> None:
    person_id = _record_the_person(db)
    for principal in (
        Principal(login="somchai", role=Role.STAFF),
        Principal(login="boss", role=Role.ADMINISTRATOR),  # ERASE, but no PERSONAL_DATA grant
    ):
        db.actor = principal
        with pytest.raises(UserError):
            AnonymiseService(db).anonymise_person(person_id)
    with db.session_scope() as session:
        assert session.get(m.Stakeholder, person_id).name == NAME


def test_records_past_retention_are_anonymised_and_not_again(db: Database) -> None:
    person_id = _record_the_person(db)
    with db.session_scope() as session:
        case_ids = session.scalars(
            select(m.Complaint.id).where(m.Complaint.stakeholder_id == person_id)
        ).all()
        now = datetime(2031, 10, 1, tzinfo=UTC)
        assert anonymise_records(session, RetentionRecordType.COMPLAINT, case_ids,
                                 user="admin", now=now) == 2  # fmt: skip
    with db.session_scope() as session:
        assert anonymise_records(session, RetentionRecordType.COMPLAINT, case_ids,
                                 user="admin", now=now) == 0  # fmt: skip
        for case in session.scalars(select(m.Complaint).where(m.Complaint.id.in_(case_ids))):
            assert NAME not in case.subject and PHONE not in case.details
            assert EMAIL not in case.details and case.complainant_name == ""
        assert session.scalar(select(func.count()).select_from(m.ComplaintAttachment).where(
            m.ComplaintAttachment.complaint_id.in_(case_ids))) == 0  # fmt: skip
        audits = session.scalars(select(m.AuditEntry.changes).where(
            m.AuditEntry.entity == "complaint", m.AuditEntry.entity_id.in_(case_ids))).all()  # fmt: skip
        assert all(NAME not in json.dumps(c, ensure_ascii=False) for c in audits)
        # The person's own record is untouched: it has its own period.
        assert session.get(m.Stakeholder, person_id).name == NAME


def test_every_text_column_of_what_points_at_a_person_is_scrubbed_or_knowingly_kept() -> None:
    tables = {column.table for column in stakeholder_references()}
    tables |= {m.ComplaintStatusChange.__table__, m.ComplaintAttachment.__table__,
               m.ComplaintAccess.__table__, m.SurveyAnswer.__table__}  # fmt: skip
    unclassified = {
        f"{table.name}.{name}"
        for table in tables
        for name in text_columns(table)
        if name not in FREE_TEXT.get(table.name, ()) + KEPT_TEXT.get(table.name, ())
    }
    assert unclassified == set()


def test_a_national_id_two_records_share_names_no_one_to_anonymise(db: Database) -> None:
    person_id = _record_the_person(db)
    with db.session_scope() as session:
        session.add(m.Stakeholder(name="พิมพ์ลดา ศรีสุวรรณ", national_id=NATIONAL_ID))
    with pytest.raises(UserError) as refused:
        AnonymiseService(db).find_person(NATIONAL_ID)
    assert "merge" in refused.value.message.text
    assert AnonymiseService(db).find_person(str(person_id)) == person_id


def test_another_reader_holding_the_file_delays_the_cleaning_until_it_closes(
    db: Database,
) -> None:
    assert db.path is not None
    person_id = _record_the_person(db)
    reader = sqlite3.connect(db.path, isolation_level=None)  # another window, mid-read
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM stakeholder").fetchone()
    try:
        result = AnonymiseService(db).anonymise_person(person_id)
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert "checkpoint" in result.cleaning_unfinished  # said, not raised: the act is done
    assert forget_erased(db) == []  # the next time, nobody in the way
    db.dispose()  # the last connection checkpoints and deletes the log

    left = [label for label, b in _needles().items() if b in _file_bytes(db.path)]
    assert left == []
