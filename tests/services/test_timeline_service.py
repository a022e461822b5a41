"""The relationship timeline gathers every source on one line, newest first, paged in SQL: the
registry's changes, feedback, complaints and their status changes, survey responses, activities
(led or taken part in) and reminders; for one stakeholder, a segment or an organisation."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import select, update

from vocdesk.db.models import (
    Activity,
    AuditEntry,
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintStatusChange,
    FeedbackEntry,
    Reminder,
    Segment,
    Survey,
    SurveyResponse,
)
from vocdesk.db.models.timeline import activity_participant
from vocdesk.domain.enums import (
    ActivityKind,
    ComplaintStatus,
    FeedbackType,
    LifecycleStage,
    PartyType,
    ReminderSource,
    ReminderStatus,
    SegmentKind,
    SurveyKind,
)
from vocdesk.domain.registry import StakeholderDraft
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database
from vocdesk.services.registry.edit import RegistryEditService
from vocdesk.services.relationships.timeline import (
    RecordType,
    RegistryChange,
    TimelineFilter,
    TimelineKind,
    TimelineScope,
    TimelineService,
)


def _at(day: int, month: int = 10, year: int = 2025) -> datetime:
    return datetime(year, month, day, 3, tzinfo=UTC)  # 10:00 in Thailand


def _segments(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    with db.session_scope() as session:
        a = Segment(
            code="A", name_th="ผู้รับบริการ", name_en="Recipients", kind=SegmentKind.SERVICE_RECIPIENT
        )
        b = Segment(code="B", name_th="เครือข่าย", name_en="Network", kind=SegmentKind.STAKEHOLDER)
        session.add_all([a, b])
        session.flush()
        return a.id, b.id


def _with_history(
    db: Database, name: str, segment_id: uuid.UUID | None = None, organisation: str = ""
) -> uuid.UUID:
    """A stakeholder with one item of every source, each on its own day of October 2025:
    created (audit, moved to the 1st), feedback 3rd, complaint 4th (status change 8th),
    activity 5th, survey response 6th, reminder due 7th."""
    registry = RegistryEditService(db, today=lambda: date(2025, 11, 1), user="tester")
    person = registry.create(
        StakeholderDraft(name=name, segment_id=segment_id, organisation=organisation),
        allow_duplicates=True,
    ).id
    with db.session_scope() as session:
        session.execute(update(AuditEntry).where(AuditEntry.entity_id == person).values(at=_at(1)))
        channel = session.scalar(select(Channel.id).where(Channel.code == "phone"))
        category = session.scalar(select(ComplaintCategory.id).limit(1))
        survey = Survey(code=f"SAT-{name}", title_th="ความพึงพอใจ 2569", title_en="Satisfaction 2569",
                        kind=SurveyKind.SATISFACTION, fiscal_year=2569)  # fmt: skip
        sequence = abs(hash(name)) % 900_000
        complaint = Complaint(
            stakeholder_id=person, fiscal_year=2569, sequence=sequence, number=f"2569/{sequence:06d}",
            received_at=_at(4), channel_id=channel, subject="รอคิวนาน", category_id=category,
            status=ComplaintStatus.IN_PROGRESS,
        )  # fmt: skip
        activity = Activity(stakeholder_id=person, occurred_at=_at(5), kind=ActivityKind.CALL,
                            subject="โทรติดตามผล")  # fmt: skip
        session.add_all([survey, complaint, activity])
        session.flush()
        session.add_all([
            FeedbackEntry(stakeholder_id=person, received_at=_at(3), channel_id=channel,
                          stage=LifecycleStage.DURING, type=FeedbackType.SUGGESTION,
                          text="ขอให้เพิ่ม\nที่นั่งรอ"),
            ComplaintStatusChange(complaint_id=complaint.id, changed_at=_at(4), to_status=ComplaintStatus.RECEIVED),
            ComplaintStatusChange(complaint_id=complaint.id, changed_at=_at(8),
                                  from_status=ComplaintStatus.RECEIVED, to_status=ComplaintStatus.IN_PROGRESS),
            SurveyResponse(survey_id=survey.id, stakeholder_id=person, submitted_on=date(2025, 10, 6)),
            Reminder(stakeholder_id=person, due_on=date(2025, 10, 7), source=ReminderSource.ACTIVITY,
                     activity_id=activity.id, note="โทรอีกครั้ง"),
        ])  # fmt: skip
    return person


ALL_KINDS_NEWEST_FIRST = [
    TimelineKind.COMPLAINT_STATUS, TimelineKind.REMINDER, TimelineKind.SURVEY_RESPONSE,
    TimelineKind.ACTIVITY, TimelineKind.COMPLAINT, TimelineKind.FEEDBACK, TimelineKind.REGISTRY,
]  # fmt: skip


def test_every_source_is_on_one_line_newest_first(empty_db: Database) -> None:
    person = _with_history(empty_db, "สมชาย")
    _with_history(empty_db, "คนอื่น")
    service = TimelineService(empty_db)
    scope = TimelineScope(stakeholder_id=person)

    items = service.list_items(scope)

    assert [i.kind for i in items] == ALL_KINDS_NEWEST_FIRST
    assert service.count_items(scope) == 7
    status, reminder, response, activity, complaint, feedback, created = items
    assert (
        status.sub_kind == ComplaintStatus.IN_PROGRESS and status.state == ComplaintStatus.RECEIVED
    )
    assert status.record_type == RecordType.COMPLAINT and status.record_id == complaint.record_id
    assert reminder.moment == date(2025, 10, 7) and reminder.state == ReminderStatus.OPEN
    assert reminder.record_type == RecordType.ACTIVITY and reminder.record_id == activity.record_id
    assert response.sub_kind == SurveyKind.SATISFACTION and response.summary == "ความพึงพอใจ 2569"
    assert activity.sub_kind == ActivityKind.CALL and activity.summary == "โทรติดตามผล"
    assert complaint.state == ComplaintStatus.IN_PROGRESS and complaint.reference.startswith(
        "2569/"
    )
    assert feedback.summary == "ขอให้เพิ่ม ที่นั่งรอ"  # one line
    assert feedback.moment == _at(3) and feedback.sub_kind == FeedbackType.SUGGESTION
    assert created.sub_kind == RegistryChange.CREATED and created.record_id == person
    assert all(i.stakeholder_id == person for i in items)


def test_pages_follow_each_other_without_overlap(empty_db: Database) -> None:
    person = _with_history(empty_db, "สมหญิง")
    service = TimelineService(empty_db)
    scope = TimelineScope(stakeholder_id=person)

    pages = [service.list_items(scope, offset=offset, limit=3) for offset in (0, 3, 6)]

    assert [len(p) for p in pages] == [3, 3, 1]
    assert [i.kind for p in pages for i in p] == ALL_KINDS_NEWEST_FIRST
    oldest_first = service.list_items(scope, TableQuery(sort_key="when"))
    assert [i.kind for i in oldest_first] == ALL_KINDS_NEWEST_FIRST[::-1]


def test_kinds_and_period_filter_every_source(empty_db: Database) -> None:
    person = _with_history(empty_db, "ธนพล")
    service = TimelineService(empty_db)
    scope = TimelineScope(stakeholder_id=person)

    only = TimelineFilter(kinds=frozenset({TimelineKind.ACTIVITY, TimelineKind.REMINDER}))
    week = TimelineFilter(start=date(2025, 10, 4), end=date(2025, 10, 6))

    assert [i.kind for i in service.list_items(scope, filters=only)] == [
        TimelineKind.REMINDER, TimelineKind.ACTIVITY,
    ]  # fmt: skip
    assert [i.kind for i in service.list_items(scope, filters=week)] == [
        TimelineKind.SURVEY_RESPONSE, TimelineKind.ACTIVITY, TimelineKind.COMPLAINT,
    ]  # fmt: skip
    assert service.count_items(scope, filters=week) == 3
    assert service.list_items(scope, filters=TimelineFilter(kinds=frozenset())) == []
    assert [i.kind for i in service.list_items(scope, TableQuery(search="ที่นั่ง"))] == [
        TimelineKind.FEEDBACK
    ]


def test_registry_changes_archive_restore_segment_and_merge(empty_db: Database) -> None:
    first, second = _segments(empty_db)
    registry = RegistryEditService(empty_db, today=lambda: date(2025, 11, 1), user="tester")
    person = registry.create(StakeholderDraft(name="มานี", segment_id=first)).id
    other = registry.create(
        StakeholderDraft(name="มานี ใจดี", phone="0812345678"), allow_duplicates=True
    ).id
    registry.update(person, StakeholderDraft(name="มานี", segment_id=second))
    registry.update(
        person, StakeholderDraft(name="มานี", segment_id=second, notes="โน้ต")
    )  # not shown
    registry.set_archived(person)
    registry.set_archived(person, archived=False)
    registry.merge(person, other)

    items = TimelineService(empty_db).list_items(
        TimelineScope(stakeholder_id=person),
        filters=TimelineFilter(kinds=frozenset({TimelineKind.REGISTRY})),
        query=TableQuery(sort_key="when"),
    )

    assert [i.sub_kind for i in items] == [
        RegistryChange.CREATED, RegistryChange.SEGMENT_CHANGED, RegistryChange.ARCHIVED,
        RegistryChange.RESTORED, RegistryChange.MERGED,
    ]  # fmt: skip
    moved = items[1].segment_change
    assert moved is not None and moved[0] is not None and moved[1] is not None
    assert (moved[0].en, moved[1].en) == ("Recipients", "Network")
    assert items[-1].summary == "มานี ใจดี"  # merged from


def test_activities_taken_part_in_are_on_the_participants_timeline(empty_db: Database) -> None:
    host = _with_history(empty_db, "เจ้าภาพ")
    guest = RegistryEditService(empty_db, user="tester").create(StakeholderDraft(name="แขก")).id
    with empty_db.session_scope() as session:
        meeting = session.scalar(select(Activity.id).where(Activity.stakeholder_id == host))
        session.execute(
            activity_participant.insert().values(activity_id=meeting, stakeholder_id=guest)
        )

    items = TimelineService(empty_db).list_items(
        TimelineScope(stakeholder_id=guest),
        filters=TimelineFilter(kinds=frozenset({TimelineKind.ACTIVITY})),
    )

    assert [(i.record_id, i.as_participant, i.stakeholder_id) for i in items] == [
        (meeting, True, guest)
    ]


def test_segment_timeline_gathers_its_members_only(empty_db: Database) -> None:
    first, second = _segments(empty_db)
    a = _with_history(empty_db, "สมาชิก ก", segment_id=first)
    b = _with_history(empty_db, "สมาชิก ข", segment_id=first)
    _with_history(empty_db, "นอกกลุ่ม", segment_id=second)
    with empty_db.session_scope() as session:  # a shared activity is shown once
        meeting = session.scalar(select(Activity.id).where(Activity.stakeholder_id == a))
        session.execute(activity_participant.insert().values(activity_id=meeting, stakeholder_id=b))
    service = TimelineService(empty_db)
    scope = TimelineScope(segment_id=first)

    items = service.list_items(scope, limit=100)

    assert service.count_items(scope) == len(items) == 14
    assert {i.stakeholder_id for i in items} == {a, b}
    assert {i.stakeholder_name for i in items} == {"สมาชิก ก", "สมาชิก ข"}
    moments = [
        i.moment
        if isinstance(i.moment, datetime)
        else datetime.combine(i.moment, datetime.min.time(), UTC)
        for i in items
    ]
    assert moments == sorted(moments, reverse=True)


def test_organisation_timeline_is_its_record_and_its_people(empty_db: Database) -> None:
    registry = RegistryEditService(empty_db, user="tester")
    office = registry.create(
        StakeholderDraft(name="เทศบาลนครขอนแก่น", party_type=PartyType.ORGANISATION)
    ).id
    staff = _with_history(empty_db, "ปลัดเทศบาล", organisation="เทศบาลนครขอนแก่น")
    _with_history(empty_db, "ชาวบ้าน", organisation="อบต.อื่น")

    items = TimelineService(empty_db).list_items(
        TimelineScope(organisation="เทศบาลนครขอนแก่น"), limit=100
    )

    assert {i.stakeholder_id for i in items} == {office, staff}
    assert len(items) == 8
