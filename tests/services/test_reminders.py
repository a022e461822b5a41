"""Reminders and the "next contact due" list on a real SQLite file: due days across a holiday
and a weekend, done / snooze / reassign, an officer's and a segment's lists, a stakeholder's own
interval, and the complaint follow-up reminder made once."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from sqlalchemy import select

from vocdesk.db.models import (
    Activity,
    AuditEntry,
    Channel,
    Complaint,
    ComplaintCategory,
    Consent,
    Holiday,
    Reminder,
    Segment,
    Stakeholder,
    activity_participant,
)
from vocdesk.domain.clock import THAI_TIME
from vocdesk.domain.enums import (
    ActivityKind,
    ComplaintStatus,
    Priority,
    ReminderSource,
    ReminderStatus,
    SegmentKind,
)
from vocdesk.domain.messages import UserError
from vocdesk.domain.pdpa.terms import ConsentPurpose
from vocdesk.services.database import Database
from vocdesk.services.holidays import working_calendar
from vocdesk.services.relationships.reminders import (
    ReminderDraft,
    ReminderFilter,
    ReminderScope,
    ReminderSort,
    RemindersService,
)

SONGKRAN = [date(2027, 4, 13), date(2027, 4, 14), date(2027, 4, 15), date(2027, 4, 16)]


class Clock:
    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2027, 4, 16))  # Friday, a Songkran holiday


@pytest.fixture
def service(empty_db: Database, clock: Clock) -> RemindersService:
    return RemindersService(empty_db, today=clock, user="tester")


@pytest.fixture
def world(empty_db: Database) -> dict[str, uuid.UUID]:
    """Two segments (high, low), four stakeholders and their activities."""
    with empty_db.session_scope() as session:
        seeded = set(session.scalars(select(Holiday.day)))
        session.add_all(Holiday(day=d, name="วันหยุดชดเชย") for d in SONGKRAN if d not in seeded)
        high = Segment(
            code="PARTNER",
            name_th="ภาคีเครือข่าย",
            name_en="Partners",
            kind=SegmentKind.STAKEHOLDER,
            priority=Priority.HIGH,
        )
        low = Segment(code="PUBLIC", name_th="ประชาชนทั่วไป", name_en="General public",
                      kind=SegmentKind.SERVICE_RECIPIENT, priority=Priority.LOW)  # fmt: skip
        session.add_all([high, low])
        session.flush()
        people = {
            # Own interval 6 months: last contact 15 Oct 2026 -> 15 Apr 2027, a holiday,
            # then 16 a holiday, then the weekend: due Monday 19 April.
            "school": Stakeholder(name="โรงเรียนบ้านหนองบัว", segment_id=low.id,
                                  relationship_officer="พรทิพย์", contact_every_months=6),
            # High (3 months): last contact as a participant on 10 Jan 2027 -> due 12 April.
            "clinic": Stakeholder(name="รพ.สต. บ้านดอน", segment_id=high.id,
                                  relationship_officer="สมชาย"),
            # Low (12 months): contacted 1 March 2027, not due for long.
            "village": Stakeholder(name="ผู้ใหญ่บ้านหมู่ 3", segment_id=low.id,
                                   relationship_officer="พรทิพย์"),
            # Archived: never listed.
            "gone": Stakeholder(name="ร้านค้าเดิม", segment_id=high.id, archived=True),
        }  # fmt: skip
        session.add_all(people.values())
        session.flush()
        ids = {key: row.id for key, row in people.items()}
        ids["high"], ids["low"] = high.id, low.id
        # Both complainants agreed to follow-up surveys (PDPA, issue 19): their cases are followed up.
        session.add_all(
            Consent(stakeholder_id=ids[key], purpose=ConsentPurpose.FOLLOW_UP_SURVEY,
                    given_on=date(2020, 1, 1))
            for key in ("school", "clinic")
        )  # fmt: skip
        # The registry days are long ago, so a stakeholder never contacted is due already.
        for row in people.values():
            row.created_at = datetime(2020, 1, 1, tzinfo=THAI_TIME)
        school_call = Activity(
            stakeholder_id=ids["school"],
            kind=ActivityKind.CALL,
            occurred_at=datetime(2026, 10, 15, 9, 0, tzinfo=THAI_TIME),
            subject="โทรนัดประชุม",
        )
        meeting = Activity(
            stakeholder_id=ids["village"],
            kind=ActivityKind.MEETING,
            occurred_at=datetime(2027, 1, 10, 14, 0, tzinfo=THAI_TIME),
            subject="ประชุมประชาคม",
        )
        visit = Activity(stakeholder_id=ids["village"], kind=ActivityKind.VISIT,
                         occurred_at=datetime(2027, 3, 1, 10, 0, tzinfo=THAI_TIME),
                         subject="ลงพื้นที่")  # fmt: skip
        # An early-morning Thai time is the previous UTC day: the Thai day counts.
        old_clinic = Activity(stakeholder_id=ids["clinic"], kind=ActivityKind.NOTE,
                              occurred_at=datetime(2026, 6, 1, 6, 0, tzinfo=THAI_TIME),
                              subject="บันทึก")  # fmt: skip
        session.add_all([school_call, meeting, visit, old_clinic])
        session.flush()
        session.execute(
            activity_participant.insert().values(
                activity_id=meeting.id, stakeholder_id=ids["clinic"]
            )
        )
    return ids


def test_next_contacts_fall_due_on_the_working_day_after_a_holiday_and_a_weekend(
    service: RemindersService, world: dict[str, uuid.UUID], clock: Clock
) -> None:
    page = service.next_contacts_due()  # Friday 16 April
    assert [(r.name, r.due_on, r.overdue) for r in page.rows] == [
        ("รพ.สต. บ้านดอน", date(2027, 4, 12), True),  # 10 Jan + 3 months, as a participant
    ]
    assert page.rows[0].last_contact == date(2027, 1, 10)
    assert page.rows[0].months == 3
    clock.today = date(2027, 4, 19)
    page = service.next_contacts_due()
    assert [(r.name, r.due_on) for r in page.rows] == [
        ("รพ.สต. บ้านดอน", date(2027, 4, 12)),
        ("โรงเรียนบ้านหนองบัว", date(2027, 4, 19)),  # own 6 months, not the low segment's 12
    ]
    assert page.total == 2
    assert not page.rows[1].overdue


def test_next_contacts_per_officer_and_segment_and_ahead(
    service: RemindersService, world: dict[str, uuid.UUID]
) -> None:
    assert [r.name for r in service.next_contacts_due(officer="พรทิพย์").rows] == []
    ahead = service.next_contacts_due(officer="พรทิพย์", by=date(2028, 3, 31))
    assert [(r.name, r.due_on) for r in ahead.rows] == [
        ("โรงเรียนบ้านหนองบัว", date(2027, 4, 19)),
        ("ผู้ใหญ่บ้านหมู่ 3", date(2028, 3, 1)),  # low: 12 months after 1 March 2027
    ]
    assert [r.name for r in service.next_contacts_due(segment_id=world["high"]).rows] == [
        "รพ.สต. บ้านดอน"
    ]
    assert service.next_contacts_due(segment_id=world["low"]).total == 0


def test_a_due_contact_becomes_one_reminder_and_leaves_the_list(
    service: RemindersService, world: dict[str, uuid.UUID], clock: Clock
) -> None:
    first = service.remind_contact(world["clinic"])
    assert service.remind_contact(world["clinic"]) == first
    assert service.next_contacts_due().total == 0
    rows = service.list_reminders(ReminderFilter(ReminderScope.DUE))
    assert [(r.stakeholder_name, r.due_on, r.source, r.assigned_to, r.overdue) for r in rows] == [
        ("รพ.สต. บ้านดอน", date(2027, 4, 12), ReminderSource.CONTACT_INTERVAL, "สมชาย", True)
    ]
    assert service.due_counts().overdue == 1


def test_done_snooze_and_reassign_move_a_reminder(
    service: RemindersService, world: dict[str, uuid.UUID], clock: Clock, empty_db: Database
) -> None:
    clock.today = date(2027, 4, 12)  # Monday
    today_one = service.add_reminder(
        ReminderDraft(world["school"], date(2027, 4, 12), "พรทิพย์", "นัดประชุม")
    )
    later = service.add_reminder(ReminderDraft(world["village"], date(2027, 4, 20), "พรทิพย์"))
    with pytest.raises(UserError):
        service.add_reminder(ReminderDraft(world["village"], date(2027, 4, 9)))
    assert service.due_counts().due_today == 1
    assert service.count_reminders(ReminderFilter(ReminderScope.OPEN)) == 2

    # One working day from Monday 12 April: Tuesday 13 is Songkran up to Friday 16: Monday 19.
    assert service.snooze(today_one, working_days=1) == date(2027, 4, 19)
    assert service.due_counts().due == 0
    with pytest.raises(UserError):
        service.snooze(today_one, to=date(2027, 4, 9))
    assert service.snooze(today_one, to=date(2027, 4, 12)) == date(2027, 4, 12)

    service.reassign(today_one, "  สมชาย ")
    assert [
        r.id for r in service.list_reminders(ReminderFilter(ReminderScope.OPEN, officer="สมชาย"))
    ] == [today_one]
    assert [
        r.id for r in service.list_reminders(ReminderFilter(ReminderScope.OPEN, officer="พรทิพย์"))
    ] == [later]
    low = service.list_reminders(ReminderFilter(ReminderScope.OPEN, segment_id=world["low"]),
                                 sort=ReminderSort.DUE_ON, descending=True)  # fmt: skip
    assert [r.id for r in low] == [later, today_one]

    service.mark_done(today_one)
    assert service.due_counts().due == 0
    assert service.count_reminders(ReminderFilter(ReminderScope.OPEN)) == 1
    with pytest.raises(UserError):
        service.mark_done(today_one)
    with empty_db.session_scope() as session:
        done = session.get(Reminder, today_one)
        assert done is not None and done.status is ReminderStatus.DONE
        assert done.done_on == date(2027, 4, 12)
        audited = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == today_one)).all()
        assert len(audited) == 5  # created, snoozed twice, reassigned, done


def test_an_overdue_reminder_snoozed_a_week_counts_from_today(
    service: RemindersService, world: dict[str, uuid.UUID], clock: Clock
) -> None:
    clock.today = date(2027, 4, 1)
    rid = service.add_reminder(ReminderDraft(world["school"], date(2027, 4, 2)))
    clock.today = date(2027, 4, 9)  # Friday; the reminder is a week overdue
    assert service.list_reminders(ReminderFilter(ReminderScope.OVERDUE))[0].id == rid
    # Five working days after Friday 9 April, Songkran skipped: 12, 19, 20, 21, 22.
    assert service.snooze(rid, working_days=5) == date(2027, 4, 22)


def _case(db: Database, stakeholder: uuid.UUID, notified: datetime, number: str) -> uuid.UUID:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).limit(1))
        assert channel is not None
        category = ComplaintCategory(code=f"C{number}", name_th="บริการล่าช้า", name_en="Slow service")
        session.add(category)
        session.flush()
        case = Complaint(fiscal_year=2570, sequence=int(number), number=f"2570/{number}",
                         received_at=datetime(2026, 12, 1, 9, 0, tzinfo=THAI_TIME), channel_id=channel,
                         stakeholder_id=stakeholder, subject="รอคิวนาน", category_id=category.id,
                         status=ComplaintStatus.RESOLVED, notified_at=notified)  # fmt: skip
        session.add(case)
        session.flush()
        return case.id


def test_a_complaint_follow_up_reminder_is_made_once(
    service: RemindersService, world: dict[str, uuid.UUID], clock: Clock, empty_db: Database
) -> None:
    with empty_db.session_scope() as session:
        # Constitution Day: the national calendar's (services.holidays), not a stored row.
        assert not working_calendar(session).is_working_day(date(2026, 12, 10))
    # Told on Monday 7 December 2026; 5 working days, Constitution Day skipped: 15 December.
    case_id = _case(empty_db, world["clinic"], datetime(2026, 12, 7, 15, 0, tzinfo=THAI_TIME), "1")
    other = _case(empty_db, world["school"], datetime(2026, 12, 8, 8, 0, tzinfo=THAI_TIME), "2")
    first = service.add_complaint_follow_up(case_id)
    assert first is not None
    assert service.add_complaint_follow_up(case_id) == first
    assert service.add_complaint_follow_ups() == 1  # only the other case
    assert service.add_complaint_follow_ups() == 0
    clock.today = date(2026, 12, 15)
    rows = service.list_reminders(ReminderFilter(ReminderScope.DUE))
    assert [(r.complaint_number, r.due_on, r.source, r.assigned_to) for r in rows] == [
        ("2570/1", date(2026, 12, 15), ReminderSource.COMPLAINT, "สมชาย"),
    ]
    # Once the complainant's satisfaction is recorded the reminder no longer shows.
    with empty_db.session_scope() as session:
        case = session.get(Complaint, case_id)
        assert case is not None
        case.followed_up_at = datetime(2026, 12, 14, 10, 0, tzinfo=THAI_TIME)
    assert service.list_reminders(ReminderFilter(ReminderScope.DUE)) == []
    assert service.due_counts().due == 0
    assert service.add_complaint_follow_up(case_id) is None
    with empty_db.session_scope() as session:
        assert session.scalars(
            select(Reminder).where(Reminder.complaint_id.in_([case_id, other]))
        ).all()
        assert (
            len(session.scalars(select(Reminder).where(Reminder.complaint_id == case_id)).all())
            == 1
        )


def test_contact_intervals_are_read_and_saved_whole(service: RemindersService) -> None:
    assert [(r.priority, r.months) for r in service.contact_intervals()] == [
        (Priority.HIGH, 3), (Priority.MEDIUM, 6), (Priority.LOW, 12),
    ]  # fmt: skip
    with pytest.raises(UserError):
        service.save_contact_intervals({Priority.HIGH: 2, Priority.MEDIUM: 61, Priority.LOW: 12})
    with pytest.raises(UserError):
        service.save_contact_intervals({Priority.HIGH: 0, Priority.MEDIUM: 6, Priority.LOW: 12})
    assert [r.months for r in service.contact_intervals()] == [3, 6, 12]
    service.save_contact_intervals({Priority.HIGH: 2, Priority.MEDIUM: 4, Priority.LOW: 60})
    assert [r.months for r in service.contact_intervals()] == [2, 4, 60]


def test_officers_and_segments_for_the_filters(
    service: RemindersService, world: dict[str, uuid.UUID]
) -> None:
    assert service.officers() == sorted(["พรทิพย์", "สมชาย"])
    assert {s.code for s in service.segments()} >= {"PARTNER", "PUBLIC"}


def test_resolving_a_case_in_the_workflow_makes_its_follow_up_reminder_once(
    empty_db: Database, world: dict[str, uuid.UUID]
) -> None:
    from datetime import UTC

    from vocdesk.domain.enums import ComplaintStatus as S
    from vocdesk.services.complaints.case_records import CaseDraft, Resolution
    from vocdesk.services.complaints.cases import ComplaintCasesService

    day = [date(2026, 12, 1)]
    cases = ComplaintCasesService(
        empty_db, today=lambda: day[0],
        now=lambda: datetime(day[0].year, day[0].month, day[0].day, 3, tzinfo=UTC),
    )  # fmt: skip
    with empty_db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "phone"))
        category = session.scalar(select(ComplaintCategory.id).order_by(ComplaintCategory.code))
    case = cases.register(CaseDraft(
        received_at=datetime(2026, 12, 1, 3, tzinfo=UTC), channel_id=channel, category_id=category,
        subject="ไฟถนนดับ", stakeholder_id=world["clinic"],
    ))  # fmt: skip
    day[0] = date(2026, 12, 7)
    cases.transition(case.id, S.IN_PROGRESS)
    cases.transition(
        case.id,
        S.RESOLVED,
        resolution=Resolution("ซ่อมแล้ว", datetime(2026, 12, 7, 3, tzinfo=UTC), channel),
    )
    # Reopened and resolved again on the 9th: still one reminder, due 5 working days after the
    # new notice (10 December is Constitution Day): 11, 14, 15, 16, 17.
    cases.transition(case.id, S.REOPENED, "ผู้ร้องแจ้งว่ายังดับอยู่")
    day[0] = date(2026, 12, 9)
    cases.transition(
        case.id,
        S.RESOLVED,
        resolution=Resolution("เปลี่ยนหลอดแล้ว", datetime(2026, 12, 9, 3, tzinfo=UTC), channel),
    )
    with empty_db.session_scope() as session:
        rows = session.scalars(select(Reminder).where(Reminder.complaint_id == case.id)).all()
        assert [(r.due_on, r.source, r.assigned_to, r.stakeholder_id) for r in rows] == [
            (date(2026, 12, 17), ReminderSource.COMPLAINT, "สมชาย", world["clinic"])
        ]
