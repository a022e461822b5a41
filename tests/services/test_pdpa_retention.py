"""Retention (issue 19): the right records due on the right Thai day, the review anonymising or
deleting them in one transaction with its log, and what hangs on a deleted record."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from vocdesk.db.models import (
    Activity,
    AuditEntry,
    Channel,
    Complaint,
    ComplaintAttachment,
    ComplaintCategory,
    ComplaintStatusChange,
    Consent,
    DataSubjectRequest,
    FeedbackEntry,
    Reminder,
    RetentionRun,
    Stakeholder,
    Survey,
    SurveyResponse,
)
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.clock import THAI_TIME
from vocdesk.domain.enums import (
    ActivityKind,
    AuditAction,
    ComplaintStatus,
    FeedbackType,
    LifecycleStage,
    PartyType,
    ReminderSource,
    SurveyKind,
)
from vocdesk.domain.messages import UserError
from vocdesk.domain.pdpa.retention import last_due_start, period_ends, years_before
from vocdesk.domain.pdpa.terms import (
    ConsentPurpose,
    RequestKind,
    RequestStatus,
    RetentionAction,
    RetentionRecordType,
)
from vocdesk.services.database import Database
from vocdesk.services.pdpa.retention import RetentionService

ADMIN = Principal(
    login="admin",
    role=Role.ADMINISTRATOR,
    grants=frozenset({Permission.PERSONAL_DATA, Permission.CONFIDENTIAL}),
)


def thai(day: date, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=THAI_TIME).astimezone(UTC)


def _channel(db: Database) -> uuid.UUID:
    with db.session_scope() as session:
        return session.scalars(select(Channel.id)).first()  # type: ignore[return-value]


def add_complaint(
    db: Database,
    closed: datetime | None,
    status: ComplaintStatus = ComplaintStatus.CLOSED,
    stakeholder_id: uuid.UUID | None = None,
    confidential: bool = False,
) -> uuid.UUID:
    with db.session_scope() as session:
        category = session.scalars(select(ComplaintCategory)).first()
        assert category is not None
        sequence = (session.scalar(select(func.count()).select_from(Complaint)) or 0) + 1
        case = Complaint(fiscal_year=2560, sequence=sequence, number=f"2560/{sequence:06d}",
                         received_at=(closed or thai(date(2017, 1, 1))) - timedelta(days=10),
                         channel_id=_channel(db), subject="ถนนชำรุด", details="สมชาย ใจดี 0812345678",
                         category_id=category.id, status=status, closed_at=closed,
                         stakeholder_id=stakeholder_id, confidential=confidential)  # fmt: skip
        session.add(case)
        session.flush()
        session.add(ComplaintStatusChange(complaint_id=case.id, changed_at=case.received_at,
                                          to_status=status, changed_by="somchai"))  # fmt: skip
        session.add(ComplaintAttachment(complaint_id=case.id, file_name="a.txt", content=b"x",
                                        size=1, media_type="text/plain",
                                        added_by="somchai"))  # fmt: skip
        return case.id


def add_feedback(
    db: Database, received: datetime, stakeholder_id: uuid.UUID | None = None
) -> uuid.UUID:
    with db.session_scope() as session:
        entry = FeedbackEntry(received_at=received, channel_id=_channel(db),
                              stage=LifecycleStage.DURING, type=FeedbackType.SUGGESTION,
                              text="ควรเพิ่มที่จอดรถ", stakeholder_id=stakeholder_id)  # fmt: skip
        session.add(entry)
        session.flush()
        return entry.id


def add_person(db: Database, created: datetime, **fields: object) -> uuid.UUID:
    with db.session_scope() as session:
        person = Stakeholder(name="สมชาย ใจดี", created_at=created, phone="+66812345678", **fields)
        session.add(person)
        session.flush()
        return person.id


def add_activity(db: Database, person: uuid.UUID, at: datetime) -> uuid.UUID:
    with db.session_scope() as session:
        activity = Activity(stakeholder_id=person, occurred_at=at, kind=ActivityKind.CALL,
                            subject="โทรติดตาม")  # fmt: skip
        session.add(activity)
        session.flush()
        session.add(Reminder(stakeholder_id=person, due_on=date(2018, 1, 1),
                             source=ReminderSource.ACTIVITY, activity_id=activity.id))  # fmt: skip
        return activity.id


def add_response(db: Database, submitted: date, person: uuid.UUID | None = None) -> uuid.UUID:
    with db.session_scope() as session:
        survey = session.scalars(select(Survey)).first()
        if survey is None:
            survey = Survey(code="S1", title_th="ความพึงพอใจ", kind=SurveyKind.SATISFACTION,
                            fiscal_year=2560)  # fmt: skip
            session.add(survey)
            session.flush()
        response = SurveyResponse(
            survey_id=survey.id, submitted_on=submitted, stakeholder_id=person
        )
        session.add(response)
        session.flush()
        return response.id


@pytest.fixture
def retention(empty_db: Database) -> RetentionService:
    empty_db.actor = ADMIN
    return RetentionService(empty_db)


# --- the rule of days ---------------------------------------------------------------------------


def test_period_ends_the_day_before_its_anniversary_and_29_february_waits_for_1_march() -> None:
    assert period_ends(date(2020, 3, 15), 5) == date(2025, 3, 14)
    assert last_due_start(date(2025, 3, 15), 5) == date(2020, 3, 15)
    assert period_ends(date(2020, 2, 29), 1) == date(2021, 2, 28)
    assert last_due_start(date(2021, 2, 28), 1) < date(2020, 2, 29)
    assert years_before(date(2024, 2, 29), 1) == date(2023, 2, 28)


def test_a_closed_complaint_is_due_on_the_anniversary_of_its_thai_closing_day(
    empty_db: Database, retention: RetentionService
) -> None:
    # Given a case closed at 23:30 Thai time on 15 March 2020 (16:30 UTC, the same Thai day)
    # and another closed at 00:10 Thai time on 16 March (still 15 March in UTC)
    late = add_complaint(empty_db, thai(date(2020, 3, 15), 23, 30))
    early_next = add_complaint(empty_db, thai(date(2020, 3, 16), 0, 10))
    # Then with five years, the first is kept through 14 March 2025 and due on the 15th
    assert retention.count_due(RetentionRecordType.COMPLAINT, on=date(2025, 3, 14)) == 0
    due = retention.list_due(RetentionRecordType.COMPLAINT, on=date(2025, 3, 15))
    assert [r.id for r in due] == [late]
    assert due[0].counted_from == date(2020, 3, 15)
    assert due[0].kept_until == date(2025, 3, 14)
    assert due[0].reference == "2560/000001"
    assert due[0].about is not None
    # And the one closed after the Thai midnight is due a day later
    assert {
        r.id for r in retention.list_due(RetentionRecordType.COMPLAINT, on=date(2025, 3, 16))
    } == {
        late,
        early_next,
    }


def test_open_cases_are_never_due_and_resolved_ones_count_from_resolution(
    empty_db: Database, retention: RetentionService
) -> None:
    add_complaint(empty_db, None, ComplaintStatus.IN_PROGRESS)
    reopened = add_complaint(empty_db, thai(date(2010, 1, 1)), ComplaintStatus.REOPENED)
    with empty_db.session_scope() as session:
        case = session.get(Complaint, reopened)
        assert case is not None
        case.resolved_at = thai(date(2010, 1, 1))
    resolved = add_complaint(empty_db, None, ComplaintStatus.RESOLVED)
    with empty_db.session_scope() as session:
        case = session.get(Complaint, resolved)
        assert case is not None
        case.resolved_at = thai(date(2012, 6, 1), 9)
    due = retention.list_due(RetentionRecordType.COMPLAINT, on=date(2030, 1, 1))
    assert [r.id for r in due] == [resolved]
    assert due[0].counted_from == date(2012, 6, 1)


def test_feedback_responses_and_activities_count_from_their_own_day(
    empty_db: Database, retention: RetentionService
) -> None:
    retention.set_policy(RetentionRecordType.SURVEY_RESPONSE, 3, RetentionAction.DELETE)
    retention.set_policy(RetentionRecordType.ACTIVITY, 4, RetentionAction.ANONYMISE)
    person = add_person(empty_db, thai(date(2015, 1, 1)))
    old_entry = add_feedback(empty_db, thai(date(2021, 6, 30), 23, 59))
    add_feedback(empty_db, thai(date(2021, 7, 1)))
    old_response = add_response(empty_db, date(2020, 6, 30))
    add_response(empty_db, date(2020, 7, 1))
    old_activity = add_activity(empty_db, person, thai(date(2019, 6, 30), 12))
    add_activity(empty_db, person, thai(date(2019, 7, 1), 12))
    on = date(2023, 6, 30)  # feedback 2 years, responses 3, activities 4
    assert [r.id for r in retention.list_due(RetentionRecordType.FEEDBACK, on=on)] == [old_entry]
    assert [r.id for r in retention.list_due(RetentionRecordType.SURVEY_RESPONSE, on=on)] == [
        old_response
    ]
    assert [r.id for r in retention.list_due(RetentionRecordType.ACTIVITY, on=on)] == [old_activity]
    counts = {c.record_type: c.count for c in retention.due_counts(on=on)}
    assert counts == {
        RetentionRecordType.FEEDBACK: 1,
        RetentionRecordType.COMPLAINT: 0,
        RetentionRecordType.SURVEY_RESPONSE: 1,
        RetentionRecordType.ACTIVITY: 1,
    }


def test_a_person_is_due_from_their_last_contact_or_kept_until_day_unless_restricted_or_asking(
    empty_db: Database, retention: RetentionService
) -> None:
    retention.set_policy(RetentionRecordType.STAKEHOLDER, 3, RetentionAction.ANONYMISE)
    quiet = add_person(empty_db, thai(date(2018, 5, 1)))
    called = add_person(empty_db, thai(date(2018, 5, 1)))
    add_activity(empty_db, called, thai(date(2020, 2, 10), 9))
    complained = add_person(empty_db, thai(date(2018, 5, 1)))
    add_complaint(empty_db, thai(date(2020, 8, 1)), stakeholder_id=complained)
    still_open = add_person(empty_db, thai(date(2018, 5, 1)))
    add_complaint(empty_db, None, ComplaintStatus.IN_PROGRESS, stakeholder_id=still_open)
    answered = add_person(empty_db, thai(date(2018, 5, 1)))
    add_response(empty_db, date(2021, 1, 5), person=answered)
    kept = add_person(empty_db, thai(date(2010, 1, 1)), retention_until=date(2030, 12, 31))
    kept_short = add_person(empty_db, thai(date(2023, 1, 1)), retention_until=date(2023, 6, 1))
    add_person(empty_db, thai(date(2010, 1, 1)), party_type=PartyType.ORGANISATION)
    add_person(empty_db, thai(date(2010, 1, 1)), restricted=True, restricted_on=date(2019, 1, 1))
    asking = add_person(empty_db, thai(date(2010, 1, 1)))
    with empty_db.session_scope() as session:
        session.add(DataSubjectRequest(stakeholder_id=asking, kind=RequestKind.ACCESS,
                                       received_on=date(2021, 1, 1), due_on=date(2021, 1, 31)))  # fmt: skip

    def due(on: date) -> set[uuid.UUID]:
        return {r.id for r in retention.list_due(RetentionRecordType.STAKEHOLDER, on=on)}

    assert due(date(2021, 4, 30)) == set()
    assert due(date(2021, 5, 1)) == {quiet}
    assert due(date(2023, 2, 10)) == {quiet, called}
    assert due(date(2023, 6, 1)) == {quiet, called}
    assert due(date(2023, 6, 2)) == {quiet, called, kept_short}
    assert due(date(2024, 8, 1)) == {quiet, called, kept_short, complained, answered}
    with empty_db.session_scope() as session:
        request = session.scalars(select(DataSubjectRequest)).one()
        request.status = RequestStatus.DONE
    assert asking in due(date(2024, 8, 1))  # answered: due like anyone
    assert kept not in due(date(2030, 12, 31))
    assert kept in due(date(2031, 1, 1))
    listed = {
        r.id: r for r in retention.list_due(RetentionRecordType.STAKEHOLDER, on=date(2024, 8, 1))
    }
    assert listed[called].counted_from == date(2020, 2, 10)
    assert listed[called].kept_until == date(2023, 2, 9)
    assert listed[kept_short].kept_until == date(2023, 6, 1)


# --- the review ---------------------------------------------------------------------------------


def test_anonymising_due_feedback_logs_the_run_and_they_are_not_due_again(
    empty_db: Database, retention: RetentionService
) -> None:
    entries = [add_feedback(empty_db, thai(date(2020, 1, day), 10)) for day in range(1, 6)]
    recent = add_feedback(empty_db, thai(date(2024, 1, 1), 10))
    on = date(2023, 1, 1)
    assert retention.count_due(RetentionRecordType.FEEDBACK, on=on) == 5
    seen: list[tuple[int, int]] = []

    done = retention.review(RetentionRecordType.FEEDBACK, RetentionAction.ANONYMISE, on=on,
                            excluded=[entries[0]], progress=lambda d, t: seen.append((d, t)))  # fmt: skip

    assert done == 4
    assert seen[-1] == (4, 4)
    assert retention.count_due(RetentionRecordType.FEEDBACK, on=on) == 1  # the one excluded
    with empty_db.session_scope() as session:
        marked = set(
            session.scalars(
                select(FeedbackEntry.id).where(FeedbackEntry.anonymised_at.is_not(None))
            )
        )
        anonymise_entries = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == AuditAction.ANONYMISE, AuditEntry.entity == "feedback_entry"))  # fmt: skip
    assert marked == set(entries[1:])
    assert recent not in marked
    assert anonymise_entries == 4
    run = retention.runs()[0]
    assert (run.user, run.record_type, run.action, run.due_before, run.count) == (
        "admin", RetentionRecordType.FEEDBACK, RetentionAction.ANONYMISE, on, 4)  # fmt: skip


def test_deleting_due_complaints_deletes_what_hangs_on_them_and_keeps_the_rest(
    empty_db: Database, retention: RetentionService
) -> None:
    person = add_person(empty_db, thai(date(2024, 1, 1)))
    old = add_complaint(empty_db, thai(date(2015, 1, 1)), stakeholder_id=person)
    duplicate = add_complaint(empty_db, thai(date(2024, 1, 1)))
    entry = add_feedback(empty_db, thai(date(2014, 12, 1)))
    with empty_db.session_scope() as session:
        later = session.get(Complaint, duplicate)
        case = session.get(Complaint, old)
        assert later is not None and case is not None
        later.duplicate_of_id = old
        case.feedback_entry_id = entry
        session.add(Reminder(stakeholder_id=person, due_on=date(2015, 2, 1),
                             source=ReminderSource.COMPLAINT, complaint_id=old))  # fmt: skip
    on = date(2025, 1, 1)
    assert retention.due_counts(on=on)[1].count == 1

    assert retention.review(RetentionRecordType.COMPLAINT, RetentionAction.DELETE, on=on) == 1

    with empty_db.session_scope() as session:
        assert session.get(Complaint, old) is None
        later = session.get(Complaint, duplicate)
        assert later is not None and later.duplicate_of_id is None
        for model in (ComplaintStatusChange, ComplaintAttachment):
            assert session.scalar(select(func.count()).select_from(model).where(
                model.complaint_id == old)) == 0  # fmt: skip
        assert session.scalar(select(func.count()).select_from(Reminder).where(
            Reminder.complaint_id == old)) == 0  # fmt: skip
        assert session.get(Stakeholder, person) is not None  # the person stays
        assert session.get(FeedbackEntry, entry) is not None  # the entry it came from stays
        deleted = session.scalars(select(AuditEntry).where(
            AuditEntry.entity_id == old, AuditEntry.action == AuditAction.DELETE)).all()  # fmt: skip
        assert len(deleted) == 1
        assert "ใจดี" not in str(deleted[0].changes)
    assert retention.due_counts(on=on)[1].count == 0
    assert retention.runs()[0].action == RetentionAction.DELETE


def test_deleting_a_person_deletes_their_activities_and_consents_and_unlinks_the_rest(
    empty_db: Database, retention: RetentionService
) -> None:
    retention.set_policy(RetentionRecordType.STAKEHOLDER, 2, RetentionAction.DELETE)
    person = add_person(empty_db, thai(date(2015, 1, 1)))
    activity = add_activity(empty_db, person, thai(date(2016, 1, 1)))
    entry = add_feedback(empty_db, thai(date(2016, 2, 1)), stakeholder_id=person)
    response = add_response(empty_db, date(2016, 3, 1), person=person)
    with empty_db.session_scope() as session:
        session.add(
            Consent(stakeholder_id=person, purpose=ConsentPurpose.NEWS, given_on=date(2015, 1, 1))
        )

    assert (
        retention.review(
            RetentionRecordType.STAKEHOLDER, RetentionAction.DELETE, on=date(2020, 1, 1)
        )
        == 1
    )

    with empty_db.session_scope() as session:
        assert session.get(Stakeholder, person) is None
        assert session.get(Activity, activity) is None
        assert session.scalar(select(func.count()).select_from(Consent)) == 0
        assert session.scalar(select(func.count()).select_from(Reminder)) == 0
        kept_entry = session.get(FeedbackEntry, entry)
        kept_response = session.get(SurveyResponse, response)
        assert kept_entry is not None and kept_entry.stakeholder_id is None
        assert kept_response is not None and kept_response.stakeholder_id is None


def test_a_cancelled_review_changes_nothing(
    empty_db: Database, retention: RetentionService
) -> None:
    for day in range(1, 4):
        add_feedback(empty_db, thai(date(2020, 1, day)))

    def cancel(done: int, total: int) -> None:
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        retention.review(RetentionRecordType.FEEDBACK, RetentionAction.DELETE, on=date(2023, 1, 1),
                         progress=cancel)  # fmt: skip
    assert retention.count_due(RetentionRecordType.FEEDBACK, on=date(2023, 1, 1)) == 3
    assert retention.runs() == []


def test_confidential_cases_the_reviewer_may_not_read_are_counted_and_left(
    empty_db: Database, retention: RetentionService
) -> None:
    secret = add_complaint(empty_db, thai(date(2015, 1, 1)), confidential=True)
    plain = add_complaint(empty_db, thai(date(2015, 1, 1)))
    empty_db.actor = Principal(login="erase", role=Role.ADMINISTRATOR,
                               grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip
    on = date(2025, 1, 1)
    count = next(
        c for c in retention.due_counts(on=on) if c.record_type == RetentionRecordType.COMPLAINT
    )
    assert (count.count, count.closed) == (2, 1)
    readable = {r.id: r.readable for r in retention.list_due(RetentionRecordType.COMPLAINT, on=on)}
    assert readable == {secret: False, plain: True}
    assert retention.review(RetentionRecordType.COMPLAINT, RetentionAction.ANONYMISE, on=on) == 1
    assert [r.id for r in retention.list_due(RetentionRecordType.COMPLAINT, on=on)] == [secret]


def test_periods_are_set_by_catalogue_keepers_audited_and_reviews_need_erase(
    empty_db: Database, retention: RetentionService
) -> None:
    retention.set_policy(RetentionRecordType.COMPLAINT, 10, RetentionAction.DELETE)
    policies = {p.record_type: p for p in retention.policies()}
    assert policies[RetentionRecordType.COMPLAINT].keep_years == 10
    assert policies[RetentionRecordType.ACTIVITY].keep_years is None
    with empty_db.session_scope() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "retention_policy")
        ).one()
        assert entry.changes["before"] == {"keep_years": 5, "action": "anonymise"}
    with pytest.raises(UserError):
        retention.set_policy(RetentionRecordType.COMPLAINT, 0, RetentionAction.DELETE)
    empty_db.actor = Principal(login="staff", role=Role.STAFF)
    assert retention.count_due(RetentionRecordType.COMPLAINT) == 0  # staff may read the list
    with pytest.raises(UserError):
        retention.set_policy(RetentionRecordType.COMPLAINT, 3, RetentionAction.DELETE)
    with pytest.raises(UserError):
        retention.review(RetentionRecordType.COMPLAINT, RetentionAction.DELETE)
    empty_db.actor = Principal(login="admin2", role=Role.ADMINISTRATOR)  # no personal-data grant
    with pytest.raises(UserError):
        retention.review(RetentionRecordType.COMPLAINT, RetentionAction.DELETE)
    with empty_db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(RetentionRun)) == 0


def test_deleted_feedback_leaves_no_trace_in_the_search_index_or_the_file(
    empty_db: Database, retention: RetentionService
) -> None:
    # Given an old entry with a word found nowhere else, and a recent one
    word = "Quetzalcoatlparking"
    with empty_db.session_scope() as session:
        session.add(FeedbackEntry(received_at=thai(date(2019, 5, 5), 9), channel_id=_channel(empty_db),
                                  stage=LifecycleStage.AFTER, type=FeedbackType.SUGGESTION,
                                  text=f"Please add {word} near gate 3"))  # fmt: skip
    recent = add_feedback(empty_db, thai(date(2024, 5, 5), 9))
    # When the entries due are deleted
    assert (
        retention.review(RetentionRecordType.FEEDBACK, RetentionAction.DELETE, on=date(2023, 1, 1))
        == 1
    )
    # Then neither the full-text index nor the file's bytes (its log included) hold the word
    with empty_db.session_scope() as session:
        found = (
            session.connection()
            .exec_driver_sql(f"SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH '{word}'")
            .scalar()
        )
        assert found == 0
        assert session.scalar(select(func.count()).select_from(FeedbackEntry)) == 1
        assert session.get(FeedbackEntry, recent) is not None
    path = empty_db.path
    empty_db.dispose()
    for file in (path, path.with_name(path.name + "-wal")):
        if file.exists():
            assert word.encode() not in file.read_bytes()
