"""Receiving a bundle (issue 20, docs/offices.md "Merging"): each rule of the merge, on real
database files of two offices."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from exchange_merge_support import Bundle, count, make_bundle, office_db, one, receive

from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintAttachment,
    ComplaintCategory,
    FeedbackEntry,
    Stakeholder,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from vocdesk.domain.enums import FeedbackType, LifecycleStage, SurveyKind
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.exchange.conflicts import open_conflicts, resolve_conflict

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
RECORDS = ("stakeholder", "feedback_entry", "channel")


@pytest.fixture
def aa(tmp_path: Path) -> Database:
    db = office_db(tmp_path, "AA")
    yield db
    db.dispose()


@pytest.fixture
def hq(tmp_path: Path) -> Database:
    db = office_db(tmp_path, "HQ")
    yield db
    db.dispose()


def _channel(db: Database, code: str = "walk_in") -> uuid.UUID:
    with db.session_scope() as session:
        return session.scalars(sa.select(Channel.id).where(Channel.code == code)).one()


def add_person(db: Database, name: str, **values) -> uuid.UUID:
    with db.session_scope() as session:
        person = Stakeholder(name=name, **values)
        session.add(person)
        session.flush()
        return person.id


def add_entry(db: Database, text: str, person: uuid.UUID | None = None, **values) -> uuid.UUID:
    with db.session_scope() as session:
        entry = FeedbackEntry(
            received_at=T0, channel_id=values.pop("channel_id", None) or _channel(db),
            stage=LifecycleStage.DURING, type=FeedbackType.SUGGESTION, text=text,
            stakeholder_id=person, **values,
        )  # fmt: skip
        session.add(entry)
        session.flush()
        return entry.id


def edit(db: Database, model, row_id: uuid.UUID, **values) -> None:
    with db.session_scope() as session:
        row = session.get(model, row_id)
        for name, value in values.items():
            setattr(row, name, value)


def touched(db: Database) -> dict[str, list]:
    """Every travelling row's touched_at and version, to see that nothing was written."""
    with db.session_scope() as session:
        return {
            table: sorted(map(tuple, session.execute(sa.text(f"SELECT * FROM {table}")).all()))
            for table in ("stakeholder", "feedback_entry", "channel", "sync_peer", "sync_conflict")
        }


def test_new_records_are_inserted_and_the_same_bundle_again_writes_nothing(aa, hq) -> None:
    person = add_person(aa, "สมชาย ใจดี", phone="+66812345678")
    add_entry(aa, "รอคิวนานมาก", person)
    bundle = make_bundle(aa, to="HQ")

    first = receive(hq, bundle)
    before = touched(hq)
    again = receive(hq, bundle)

    assert first.tables["stakeholder"].inserted == 1
    assert first.tables["feedback_entry"].inserted == 1
    assert first.tables["channel"].inserted == 0  # the default channels: the same ids
    assert one(hq, "SELECT name, origin_office, edited_office FROM stakeholder") == (
        "สมชาย ใจดี", "AA", "AA",
    )  # fmt: skip
    assert again.already_received and again.changed == 0
    assert touched(hq) == before
    assert count(hq, "sync_bundle", "direction = 'received'") == 1


def test_identical_rows_change_nothing_not_even_when_they_were_touched(aa, hq) -> None:
    add_person(aa, "วิภา")
    receive(hq, make_bundle(aa, to="HQ"))
    before = touched(hq)

    summary = receive(hq, make_bundle(aa, to="HQ"))  # another bundle, the same rows

    assert summary.changed == 0 and summary.conflicts == 0
    assert summary.tables["stakeholder"].unchanged == 1
    after = touched(hq)
    assert [after[t] for t in RECORDS] == [before[t] for t in RECORDS]


def test_a_newer_edit_from_the_other_office_is_taken_and_counts_as_a_save(aa, hq) -> None:
    person = add_person(aa, "สมศรี", phone="+66811111111")
    receive(hq, make_bundle(aa, to="HQ"))
    version_before = one(hq, "SELECT version FROM stakeholder")[0]
    edit(aa, Stakeholder, person, phone="+66822222222")

    summary = receive(hq, make_bundle(aa, to="HQ"))

    assert summary.tables["stakeholder"].updated == 1 and summary.conflicts == 0
    phone, edited, version = one(hq, "SELECT phone, edited_office, version FROM stakeholder")
    assert (phone, edited, version) == ("+66822222222", "AA", version_before + 1)


def test_an_older_edit_loses_and_a_conflict_keeps_it_when_neither_saw_the_other(aa, hq) -> None:
    person = add_person(aa, "มานะ", phone="+66811111111")
    receive(hq, make_bundle(aa, to="HQ"))
    edit(aa, Stakeholder, person, phone="+66833333333")  # first, in AA
    stale = make_bundle(aa, to="HQ")
    edit(hq, Stakeholder, person, phone="+66844444444")  # then, in HQ, unseen by AA

    summary = receive(hq, stale)

    assert summary.tables["stakeholder"].unchanged == 1 and summary.conflicts == 1
    assert one(hq, "SELECT phone FROM stakeholder")[0] == "+66844444444"
    (conflict,) = open_conflicts_of(hq)
    assert (conflict.field, conflict.local_value, conflict.incoming_value, conflict.kept) == (
        "phone", "+66844444444", "+66833333333", "local",
    )  # fmt: skip
    assert (conflict.local_office, conflict.incoming_office, conflict.record) == (
        "HQ",
        "AA",
        "มานะ",
    )


def test_a_newer_edit_wins_over_an_unseen_local_one_and_the_local_value_is_kept(aa, hq) -> None:
    person = add_person(aa, "ปรีชา", notes="")
    receive(hq, make_bundle(aa, to="HQ"))
    edit(hq, Stakeholder, person, notes="จาก HQ")
    edit(aa, Stakeholder, person, notes="จาก AA")  # later

    summary = receive(hq, make_bundle(aa, to="HQ"))

    assert summary.tables["stakeholder"].updated == 1 and summary.conflicts == 1
    assert one(hq, "SELECT notes FROM stakeholder")[0] == "จาก AA"
    (conflict,) = open_conflicts_of(hq)
    assert (conflict.local_value, conflict.incoming_value, conflict.kept) == (
        "จาก HQ", "จาก AA", "incoming",
    )  # fmt: skip


def test_no_conflict_when_the_other_office_had_seen_the_local_change(aa, hq) -> None:
    person = add_person(aa, "อารี", notes="")
    receive(hq, make_bundle(aa, to="HQ"))
    edit(hq, Stakeholder, person, notes="HQ")
    seen = datetime.now(UTC)  # AA had received HQ's bundle made now
    edit(aa, Stakeholder, person, notes="AA")

    summary = receive(hq, make_bundle(aa, to="HQ", acknowledged=seen + timedelta(seconds=1)))

    assert summary.conflicts == 0 and one(hq, "SELECT notes FROM stakeholder")[0] == "AA"


def test_equal_moments_go_to_the_greater_office_code(aa, hq) -> None:
    person = add_person(aa, "กานดา", notes="")
    receive(hq, make_bundle(aa, to="HQ"))
    moment = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    edit(aa, Stakeholder, person, notes="AA", updated_at=moment)
    edit(hq, Stakeholder, person, notes="HQ", updated_at=moment)

    receive(hq, make_bundle(aa, to="HQ"))

    assert one(hq, "SELECT notes FROM stakeholder")[0] == "HQ"  # "HQ" > "AA"


def test_a_catalogue_entry_with_a_known_code_becomes_an_alias_not_a_duplicate(aa, hq) -> None:
    with aa.session_scope() as session:
        tiktok = Channel(code="tiktok", name_th="ติ๊กต็อก", name_en="TikTok", is_digital=True)
        session.add(tiktok)
    with hq.session_scope() as session:
        session.add(Channel(code="tiktok", name_th="TikTok", name_en="TikTok", is_digital=True))
    add_entry(aa, "เห็นคลิปแล้ว", channel_id=tiktok.id)

    summary = receive(hq, make_bundle(aa, to="HQ"))

    assert count(hq, "channel", "code = 'tiktok'") == 1
    assert summary.tables["channel"].inserted == 0
    local_id = one(hq, "SELECT id FROM channel WHERE code = 'tiktok'")[0]
    assert one(hq, "SELECT channel_id FROM feedback_entry")[0] == local_id
    assert one(hq, "SELECT foreign_id, local_id FROM sync_alias WHERE table_name = 'channel'") == (
        tiktok.id.hex, local_id,
    )  # fmt: skip
    # Later references to AA's id keep finding HQ's entry.
    add_entry(aa, "อีกครั้ง", channel_id=tiktok.id)
    receive(hq, make_bundle(aa, to="HQ"))
    assert count(hq, "feedback_entry", f"channel_id = '{local_id}'") == 2


def test_anonymisation_always_wins_and_is_never_undone(aa, hq, tmp_path: Path) -> None:
    person = add_person(aa, "ชื่อจริง นามสกุล", phone="+66811111111")
    named = make_bundle(aa, to="HQ")
    receive(hq, named)
    edit(aa, Stakeholder, person, name="REDACTED 1234", phone="", anonymised_at=datetime.now(UTC))

    summary = receive(hq, make_bundle(aa, to="HQ"))
    assert summary.tables["stakeholder"].updated == 1
    # The named copy, sent again later by someone (another office, an old bundle), is refused.
    edit(hq, Stakeholder, person, updated_at=datetime(2020, 1, 1, tzinfo=UTC))
    late = named.renewed(made_at=datetime.now(UTC))
    for row in late.rows("stakeholder"):
        row["updated_at"] = datetime.now(UTC).isoformat()
    again = receive(hq, late)

    assert again.tables["stakeholder"].skipped_anonymised == 1
    assert one(hq, "SELECT name, phone FROM stakeholder") == ("REDACTED 1234", "")
    assert count(hq, "sync_conflict") == 0  # no copy of the person's data kept for review


def test_a_deletion_deletes_unless_the_record_changed_here_after_it(aa, hq) -> None:
    gone = add_person(aa, "ลบแล้ว")
    kept = add_person(aa, "แก้ทีหลัง")
    receive(hq, make_bundle(aa, to="HQ"))
    with aa.session_scope() as session:
        session.delete(session.get(Stakeholder, gone))
        session.delete(session.get(Stakeholder, kept))
    bundle = make_bundle(aa, to="HQ")
    edit(hq, Stakeholder, kept, notes="แก้ใน HQ หลังการลบ")

    summary = receive(hq, bundle)

    assert summary.tables["stakeholder"].deleted == 1 and summary.tables["stakeholder"].kept == 1
    assert count(hq, "stakeholder") == 1
    # The deletion done here travels on, in the name of the office that deleted it.
    assert one(hq, "SELECT office FROM sync_tombstone WHERE table_name = 'stakeholder'") == ("AA",)


def test_a_deletion_that_arrives_before_the_record_keeps_the_record_out(aa, hq) -> None:
    person = add_person(aa, "มาช้า")
    with_person = make_bundle(aa, to="HQ")
    with aa.session_scope() as session:
        session.delete(session.get(Stakeholder, person))
    deletion = make_bundle(aa, to="HQ", sequence=2)

    receive(hq, deletion)  # out of order: the deletion first
    summary = receive(hq, with_person)

    assert summary.tables["stakeholder"].skipped_deleted == 1
    assert count(hq, "stakeholder") == 0


def test_received_listening_entries_get_this_files_numbers_and_are_found(aa, hq) -> None:
    add_entry(hq, "ข้อความของ HQ")
    add_entry(aa, "ถนนหน้าสำนักงานเป็นหลุมเป็นบ่อ")

    receive(hq, make_bundle(aa, to="HQ"))

    assert sorted(r[0] for r in all_rows(hq, "SELECT number FROM feedback_entry")) == [1, 2]
    found = all_rows(hq, "SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH 'หลุมเป็นบ่อ'")
    assert found == [(2,)]


def _complaint(db: Database, number: str, series: str, sequence: int, subject: str) -> uuid.UUID:
    with db.session_scope() as session:
        category = session.scalars(sa.select(ComplaintCategory.id)).first()
        case = Complaint(
            series=series, fiscal_year=2570, sequence=sequence, number=number, received_at=T0,
            channel_id=_channel(db), subject=subject, category_id=category,
        )  # fmt: skip
        session.add(case)
        session.flush()
        return case.id


def test_complaint_numbers_are_kept_and_a_clash_gets_the_senders_code(aa, hq) -> None:
    _complaint(aa, "AA-2570/000001", "AA-", 1, "ไฟถนนดับ")
    _complaint(aa, "2570/000007", "", 7, "ท่อแตก")  # a legacy number
    _complaint(hq, "2570/000007", "", 7, "ขยะไม่เก็บ")

    receive(hq, make_bundle(aa, to="HQ"))

    numbers = dict(all_rows(hq, "SELECT subject, number || '|' || series FROM complaint"))
    assert numbers == {
        "ไฟถนนดับ": "AA-2570/000001|AA-", "ท่อแตก": "AA-2570/000007|AA-", "ขยะไม่เก็บ": "2570/000007|",
    }  # fmt: skip


def test_attachments_come_from_the_bundle_and_answers_replace_the_responses(aa, hq) -> None:
    case = _complaint(aa, "AA-2570/000002", "AA-", 2, "แนบรูป")
    content = bytes(range(256)) * 40
    with aa.session_scope() as session:
        session.add(ComplaintAttachment(
            complaint_id=case, file_name="รูป.jpg", media_type="image/jpeg", size=len(content),
            content=content,
        ))  # fmt: skip
        survey = Survey(
            code="SAT", title_th="สำรวจ", kind=SurveyKind.SATISFACTION, fiscal_year=2570
        )
        survey.questions = [SurveyQuestion(code="Q1", text_th="พอใจ", points=5)]
        session.add(survey)
        session.flush()
        response = SurveyResponse(survey_id=survey.id, submitted_on=date(2026, 11, 2))
        session.add(response)
        session.flush()
        question = survey.questions[0].id
        session.add(SurveyAnswer(response_id=response.id, question_id=question, value=3))
    receive(hq, make_bundle(aa, to="HQ"))
    assert one(hq, "SELECT content FROM complaint_attachment")[0] == content
    with aa.session_scope() as session:
        session.execute(sa.delete(SurveyAnswer))
        session.add(SurveyAnswer(response_id=response.id, question_id=question, value=5))
        session.get(SurveyResponse, response.id).comment = "แก้คะแนน"

    receive(hq, make_bundle(aa, to="HQ"))

    assert all_rows(hq, "SELECT value FROM survey_answer") == [(5,)]


def test_a_bundle_naming_a_parent_found_nowhere_is_refused_and_nothing_is_written(aa, hq) -> None:
    person = add_person(aa, "ไม่มีในห่อ")
    add_entry(aa, "อ้างถึงคนที่ไม่มี", person)
    bundle = make_bundle(aa, to="HQ")
    bundle.payload["tables"]["stakeholder"] = []  # the parent left out
    before = (count(hq, "feedback_entry"), count(hq, "sync_bundle"), count(hq, "sync_peer"))

    with pytest.raises(UserError) as refused:
        receive(hq, bundle)

    assert "feedback_entry" in str(refused.value) and person.hex in str(refused.value).replace(
        "-", ""
    )
    assert (count(hq, "feedback_entry"), count(hq, "sync_bundle"), count(hq, "sync_peer")) == before


def test_a_bundle_of_another_database_revision_is_refused(aa, hq) -> None:
    bundle = make_bundle(aa, to="HQ")
    older = Bundle(bundle.header.__class__(**{**bundle.header.__dict__, "schema_revision": "0016"}),
                   bundle.payload)  # fmt: skip

    with pytest.raises(UserError, match="0016.*0017|revision"):
        receive(hq, older)
    assert count(hq, "sync_bundle") == 0


def test_a_bundle_for_another_office_or_from_this_one_is_refused(aa, hq) -> None:
    with pytest.raises(UserError, match="BKK"):
        receive(hq, make_bundle(aa, to="BKK"))
    with pytest.raises(UserError, match="HQ"):
        receive(hq, make_bundle(hq, to=""))


def test_the_senders_progress_only_moves_forward(aa, hq) -> None:
    first = make_bundle(aa, to="HQ", sequence=1, acknowledged=T0)
    second = make_bundle(aa, to="HQ", sequence=2, acknowledged=T0 + timedelta(hours=1))

    receive(hq, second)
    receive(hq, first)

    peer = one(hq, "SELECT office_code, office_name, last_received_sequence FROM sync_peer")
    assert peer == ("AA", "Office AA", 2)
    with hq.session_scope() as session:
        from vocdesk.db.models import SyncPeer

        acknowledged = session.scalars(sa.select(SyncPeer.acknowledged_made_at)).one()
    assert acknowledged == T0 + timedelta(hours=1)


def test_taking_the_other_value_writes_it_as_a_new_edit_here(aa, hq) -> None:
    person = add_person(aa, "สุดา", notes="")
    receive(hq, make_bundle(aa, to="HQ"))
    edit(aa, Stakeholder, person, notes="AA")
    stale = make_bundle(aa, to="HQ")
    edit(hq, Stakeholder, person, notes="HQ")
    receive(hq, stale)
    (conflict,) = open_conflicts_of(hq)
    version = one(hq, "SELECT version FROM stakeholder")[0]

    with hq.session_scope() as session:
        changed = resolve_conflict(session, conflict.id, take_incoming=True, by="somchai")

    assert changed
    notes, edited, new_version = one(hq, "SELECT notes, edited_office, version FROM stakeholder")
    assert (notes, edited, new_version) == ("AA", "", version + 1)
    assert open_conflicts_of(hq) == []
    with hq.session_scope() as session:
        (settled,) = open_conflicts(session, open_only=False)
    assert settled.resolved_by == "somchai"
    assert count(hq, "audit_entry", "entity = 'stakeholder'") >= 1
    with hq.session_scope() as session, pytest.raises(UserError, match="somchai"):
        resolve_conflict(session, conflict.id, take_incoming=False, by="other")


def test_keeping_what_the_merge_kept_only_closes_the_conflict(aa, hq) -> None:
    person = add_person(aa, "ชนะ", notes="")
    receive(hq, make_bundle(aa, to="HQ"))
    edit(aa, Stakeholder, person, notes="AA")
    stale = make_bundle(aa, to="HQ")
    edit(hq, Stakeholder, person, notes="HQ")
    receive(hq, stale)
    (conflict,) = open_conflicts_of(hq)
    before = one(hq, "SELECT notes, version, touched_at FROM stakeholder")

    with hq.session_scope() as session:
        assert not resolve_conflict(session, conflict.id, take_incoming=False, by="somchai")

    assert one(hq, "SELECT notes, version, touched_at FROM stakeholder") == before
    assert open_conflicts_of(hq) == []


def open_conflicts_of(db: Database) -> list:
    with db.session_scope() as session:
        return open_conflicts(session)


def all_rows(db: Database, sql: str) -> list[tuple]:
    with db.session_scope() as session:
        return [tuple(row) for row in session.execute(sa.text(sql))]


def test_people_without_the_agencys_reference_are_never_matched_to_each_other(aa, hq) -> None:
    add_person(hq, "คนของ HQ", external_ref=None)
    add_person(aa, "คนของ AA", external_ref=None)
    add_person(aa, "มีรหัส AA", external_ref="REF-1")
    same = add_person(hq, "มีรหัส HQ", external_ref="REF-1")

    summary = receive(hq, make_bundle(aa, to="HQ"))

    assert summary.tables["stakeholder"].inserted == 1  # the one without a reference
    assert sorted(r[0] for r in all_rows(hq, "SELECT name FROM stakeholder")) == [
        "คนของ AA", "คนของ HQ", "มีรหัส HQ",  # the same person: HQ's edit is the newer
    ]  # fmt: skip
    assert one(hq, "SELECT local_id FROM sync_alias WHERE table_name = 'stakeholder'")[0] == (
        same.hex
    )


def test_a_deleted_record_still_referred_to_here_is_kept(aa, hq) -> None:
    person = add_person(aa, "ยังมีเรื่องใน HQ")
    receive(hq, make_bundle(aa, to="HQ"))
    add_entry(hq, "HQ ได้ยินจากคนนี้", person)
    with aa.session_scope() as session:
        session.delete(session.get(Stakeholder, person))

    summary = receive(hq, make_bundle(aa, to="HQ"))

    assert summary.tables["stakeholder"].kept == 1 and summary.tables["stakeholder"].deleted == 0
    assert count(hq, "stakeholder") == 1 and count(hq, "feedback_entry") == 1


def test_a_deletion_takes_the_rows_that_go_with_it_and_they_travel_on_too(aa, hq) -> None:
    case = _complaint(aa, "AA-2570/000003", "AA-", 3, "มีประวัติ")
    with aa.session_scope() as session:
        from vocdesk.db.models import ComplaintStatusChange
        from vocdesk.domain.enums import ComplaintStatus

        session.add(ComplaintStatusChange(
            complaint_id=case, changed_at=T0, to_status=ComplaintStatus.RECEIVED,
        ))  # fmt: skip
    receive(hq, make_bundle(aa, to="HQ"))
    with aa.session_scope() as session:
        session.delete(session.get(Complaint, case))

    summary = receive(hq, make_bundle(aa, to="HQ"))

    assert summary.tables["complaint"].deleted == 1
    assert count(hq, "complaint") == 0 and count(hq, "complaint_status_change") == 0
    offices = all_rows(hq, "SELECT table_name, office FROM sync_tombstone ORDER BY table_name")
    assert offices == [("complaint", "AA"), ("complaint_status_change", "AA")]


def test_the_merge_tells_its_progress_table_by_table_to_the_end(aa, hq) -> None:
    for number in range(3):
        add_entry(aa, f"ข้อความ {number}", add_person(aa, f"คนที่ {number}"))
    calls: list[tuple[int, int]] = []

    receive(hq, make_bundle(aa, to="HQ"), progress=lambda done, total: calls.append((done, total)))

    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] > 0
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert len({total for _, total in calls}) == 1 and len(calls) > 4


def test_a_persons_records_arriving_after_the_person_was_anonymised_here_are_anonymised(
    aa, hq
) -> None:
    from vocdesk.services.pdpa.anonymise import AnonymiseService

    person = add_person(aa, "สมปอง รักดี", phone="+66812345678")
    receive(hq, make_bundle(aa, to="HQ"))
    AnonymiseService(hq).anonymise_person(person)
    add_entry(aa, "สมปอง โทร 0812345678 แจ้งว่าไฟดับ", person)  # AA does not know yet

    summary = receive(hq, make_bundle(aa, to="HQ"))

    assert summary.tables["feedback_entry"].inserted == 1
    assert summary.tables["stakeholder"].skipped_anonymised == 1  # AA's named copy refused
    text, anonymised, edited = one(
        hq, "SELECT text, anonymised_at, edited_office FROM feedback_entry"
    )
    assert anonymised is not None and "0812345678" not in text and edited == ""
    # Back at AA, the person and the entry arrive anonymised, and anonymisation wins there.
    back = make_bundle(hq, to="AA")
    receive(aa, back)
    assert one(aa, "SELECT count(*) FROM stakeholder WHERE anonymised_at IS NOT NULL")[0] == 1
    assert "0812345678" not in one(aa, "SELECT text FROM feedback_entry")[0]


def test_a_case_marked_as_a_duplicate_of_another_arrives_with_its_link(aa, hq) -> None:
    first = _complaint(aa, "AA-2570/000010", "AA-", 10, "ต้นเรื่อง")
    second = _complaint(aa, "AA-2570/000011", "AA-", 11, "เรื่องซ้ำ")
    edit(aa, Complaint, first, duplicate_of_id=second)  # the older case points at the newer

    receive(hq, make_bundle(aa, to="HQ"))

    assert one(hq, "SELECT duplicate_of_id FROM complaint WHERE subject = 'ต้นเรื่อง'")[0] == (
        second.hex
    )


def test_an_agency_holiday_on_a_day_already_listed_here_is_the_same_holiday(aa, hq) -> None:
    from vocdesk.db.models import Holiday

    day = date(2026, 12, 30)
    with aa.session_scope() as session:
        session.add(Holiday(day=day, name="วันหยุดพิเศษ (AA)"))
    with hq.session_scope() as session:
        session.add(Holiday(day=day, name="วันหยุดพิเศษ"))

    receive(hq, make_bundle(aa, to="HQ"))

    assert count(hq, "holiday") == 1
    assert count(hq, "sync_alias", "table_name = 'holiday'") == 1


def test_a_reader_without_the_personal_data_grant_sees_identifiers_masked(aa, hq) -> None:
    person = add_person(aa, "นิดา", phone="+66811111111")
    receive(hq, make_bundle(aa, to="HQ"))
    edit(aa, Stakeholder, person, phone="+66833335678")
    stale = make_bundle(aa, to="HQ")
    edit(hq, Stakeholder, person, phone="+66844441234")
    receive(hq, stale)

    with hq.session_scope() as session:
        (masked,) = open_conflicts(session, reveal_personal=False)
        (whole,) = open_conflicts(session)

    assert (whole.local_value, whole.incoming_value) == ("+66844441234", "+66833335678")
    assert masked.local_value.endswith("1234") and "4444" not in masked.local_value
    assert masked.incoming_value.endswith("5678") and "3333" not in masked.incoming_value
