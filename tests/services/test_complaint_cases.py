"""Working complaint cases on a real SQLite file: numbers, the workflow with its history,
pauses moving the due date, resolving, follow-up, reopening, duplicates, attachments and
confidential cases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintCategory,
    FeedbackEntry,
    Holiday,
)
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.complaints.service_standard import Milestone
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.domain.messages import UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.services.complaints.cases import (
    MAX_ATTACHMENT_BYTES,
    AttachmentFile,
    CaseDraft,
    ComplaintCasesService,
    Forwarding,
    Resolution,
)
from vocdesk.services.complaints.categories import (
    CategoryRecord,
    ComplaintCategoriesService,
)
from vocdesk.services.complaints.queues import ComplaintsService, Queue
from vocdesk.services.database import Database

TODAY = date(2025, 11, 14)  # a Friday
RECEIVED = datetime(2025, 11, 3, 2, 30, tzinfo=UTC)  # Monday 09:30 in Thailand


class Clock:
    """Moves on one day per ``tick`` so a test can act on successive days."""

    def __init__(self, day: date) -> None:
        self.day = day

    def today(self) -> date:
        return self.day

    def now(self) -> datetime:
        return datetime(self.day.year, self.day.month, self.day.day, 3, tzinfo=UTC)


def _act(db: Database, login: str, *grants: Permission, role: Role = Role.ADMINISTRATOR) -> None:
    """Sign ``login`` in on ``db`` (no password: the principal is set, as the sign-in does)."""
    db.actor = Principal(login=login, role=role, grants=frozenset(grants))


def _service(db: Database, clock: Clock, user: str = "somchai") -> ComplaintCasesService:
    _act(db, user)
    return ComplaintCasesService(db, today=clock.today, now=clock.now)


def _ids(db: Database) -> tuple:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "phone"))
        category = session.scalar(
            select(ComplaintCategory).order_by(ComplaintCategory.code).limit(1)
        )
        category.resolve_days = 5
        return channel, category.id


def _draft(db: Database, **changes) -> CaseDraft:
    channel, category = _ids(db)
    fields = dict(received_at=RECEIVED, channel_id=channel, category_id=category,
                  subject="ถนนหน้าโรงเรียนชำรุด เป็นหลุมลึก", details="หลุมลึกมาก รถจักรยานยนต์ล้ม",
                  province="กทม.", district="บางรัก")  # fmt: skip
    fields.update(changes)
    return CaseDraft(**fields)


def test_numbers_run_per_fiscal_year_with_the_configured_prefix(empty_db: Database) -> None:
    service = _service(empty_db, Clock(TODAY))
    first = service.register(_draft(empty_db))
    second = service.register(_draft(empty_db))
    older = service.register(_draft(empty_db, received_at=datetime(2025, 9, 30, 3, tzinfo=UTC)))
    service.set_number_prefix("ศธ-")
    prefixed = service.register(_draft(empty_db))

    assert [first.number, second.number, older.number] == [
        "2569/000001",
        "2569/000002",
        "2568/000001",
    ]
    assert prefixed.number == "ศธ-2569/000001"  # each prefix numbers in its own series (issue 20)


def test_registering_records_the_first_history_entry_and_the_due_date(empty_db: Database) -> None:
    service = _service(empty_db, Clock(TODAY))
    case = service.register(_draft(empty_db))

    details = service.case(case.id)

    assert details.status is S.RECEIVED and details.province == "กรุงเทพมหานคร"
    assert [(h.from_status, h.to_status, h.changed_by) for h in details.history] == [
        (None, S.RECEIVED, "somchai")
    ]
    assert details.due_on == date(2025, 11, 10)  # 5 working days after Monday 3 November


def test_bad_registrations_are_refused_and_nothing_is_saved(empty_db: Database) -> None:
    service = _service(empty_db, Clock(TODAY))
    for draft in (_draft(empty_db, subject="  "), _draft(empty_db, channel_id=None),
                  _draft(empty_db, province="Atlantis"),
                  _draft(empty_db, received_at=datetime(2025, 11, 20, tzinfo=UTC)),
                  _draft(empty_db, attachments=(AttachmentFile("big.pdf", b"x" * (MAX_ATTACHMENT_BYTES + 1)),))):  # fmt: skip
        with pytest.raises(UserError):
            service.register(draft)
    with empty_db.session_scope() as session:
        assert session.scalars(select(Complaint)).all() == []


def test_the_workflow_records_every_move_and_stamps_the_milestones(empty_db: Database) -> None:
    clock = Clock(date(2025, 11, 3))
    service = _service(empty_db, clock)
    case = service.register(_draft(empty_db))
    service.transition(case.id, S.SCREENING, "รับเรื่องแล้ว")
    clock.day = date(2025, 11, 4)
    service.transition(
        case.id, S.FORWARDED, forwarding=Forwarding("สำนักงานเขตบางรัก", clock.day, "กท 123/2568")
    )
    clock.day = date(2025, 11, 6)
    channel, _ = _ids(empty_db)
    service.transition(case.id, S.RESOLVED, resolution=Resolution(
        "ซ่อมถนนเรียบร้อย", clock.now(), channel, corrective_action="ตรวจถนนทุกเดือน"))  # fmt: skip

    details = service.case(case.id)

    assert [h.to_status for h in details.history] == [
        S.RECEIVED,
        S.SCREENING,
        S.FORWARDED,
        S.RESOLVED,
    ]
    assert details.history[1].note == "รับเรื่องแล้ว"
    assert (
        details.forwarded_agency == "สำนักงานเขตบางรัก"
        and details.forwarded_reference == "กท 123/2568"
    )
    assert details.milestones[Milestone.ACKNOWLEDGE].working_days == 0
    assert details.milestones[Milestone.FIRST_RESPONSE].done_on == date(2025, 11, 4)
    assert details.milestones[Milestone.RESOLVE].working_days == 3
    assert details.milestones[Milestone.RESOLVE].met is True
    assert details.allowed_next == (S.CLOSED, S.REOPENED)


def test_a_refused_move_changes_nothing(empty_db: Database) -> None:
    service = _service(empty_db, Clock(TODAY))
    case = service.register(_draft(empty_db))
    with pytest.raises(UserError):
        service.transition(case.id, S.CLOSED)
    with pytest.raises(UserError):
        service.transition(case.id, S.FORWARDED)  # no agency
    with pytest.raises(UserError):
        service.transition(case.id, S.IN_PROGRESS) or service.transition(
            case.id, S.RESOLVED
        )  # no summary
    details = service.case(case.id)
    assert details.status is S.IN_PROGRESS and len(details.history) == 2


def test_waiting_stops_the_clock_and_moves_the_due_date(empty_db: Database) -> None:
    clock = Clock(date(2025, 11, 3))
    service = _service(empty_db, clock)
    case = service.register(_draft(empty_db))
    clock.day = date(2025, 11, 4)  # Tuesday
    service.transition(case.id, S.WAITING, "ขอรูปถ่ายเพิ่ม")
    clock.day = date(2025, 11, 7)  # Friday: Tue-Thu paused
    service.transition(case.id, S.IN_PROGRESS)

    assert service.case(case.id).due_on == date(2025, 11, 13)  # 10 November + 3 working days


def test_holidays_move_the_due_date(empty_db: Database) -> None:
    with empty_db.session_scope() as session:
        session.add(Holiday(day=date(2025, 11, 5), name="ทดสอบ"))
    service = _service(empty_db, Clock(TODAY))
    assert service.case(service.register(_draft(empty_db)).id).due_on == date(2025, 11, 11)


def test_reopen_needs_a_reason_is_counted_and_opens_the_case_again(empty_db: Database) -> None:
    clock = Clock(date(2025, 11, 3))
    service = _service(empty_db, clock)
    channel, _ = _ids(empty_db)
    case = service.register(_draft(empty_db))
    service.transition(case.id, S.IN_PROGRESS)
    service.transition(case.id, S.RESOLVED, resolution=Resolution("ซ่อมแล้ว", clock.now(), channel))
    service.transition(case.id, S.CLOSED)
    with pytest.raises(UserError):
        service.transition(case.id, S.REOPENED)
    service.transition(case.id, S.REOPENED, "ถนนพังอีก")

    details = service.case(case.id)
    assert (
        details.reopen_count == 1 and details.status is S.REOPENED and details.notified_at is None
    )
    assert (
        ComplaintsService(empty_db, today=clock.today).count_complaints(TableQuery(), Queue.OPEN)
        == 1
    )


def test_follow_up_only_after_the_result_and_scored_1_to_5(empty_db: Database) -> None:
    clock = Clock(date(2025, 11, 3))
    service = _service(empty_db, clock)
    channel, _ = _ids(empty_db)
    case = service.register(_draft(empty_db))
    with pytest.raises(UserError):
        service.record_follow_up(case.id, 4, "", True)
    service.transition(case.id, S.IN_PROGRESS)
    service.transition(case.id, S.RESOLVED, resolution=Resolution("ซ่อมแล้ว", clock.now(), channel))
    with pytest.raises(UserError):
        service.record_follow_up(case.id, 6, "", True)
    service.record_follow_up(case.id, 4, "พอใจ", True)

    details = service.case(case.id)
    assert (details.follow_up_score, details.follow_up_comment, details.trust_restored) == (
        4,
        "พอใจ",
        True,
    )


def test_assigning_fills_the_mine_and_unassigned_queues(empty_db: Database) -> None:
    service = _service(empty_db, Clock(TODAY))
    a = service.register(_draft(empty_db))
    service.register(_draft(empty_db))
    service.assign(a.id, "กองช่าง", "somchai")
    queues = ComplaintsService(empty_db, today=lambda: TODAY)

    assert [r.number for r in queues.list_complaints(TableQuery(), queue=Queue.MINE)] == [a.number]
    assert queues.count_complaints(TableQuery(), Queue.UNASSIGNED) == 1


def test_possible_duplicates_are_open_similar_cases_of_the_same_category_and_place(
    empty_db: Database,
) -> None:
    service = _service(empty_db, Clock(TODAY))
    original = service.register(_draft(empty_db))
    service.register(_draft(empty_db, subject="ไฟถนนดับทั้งซอย", details="มืดมาก"))
    service.register(_draft(empty_db, district="ปทุมวัน"))  # another district
    _, category = _ids(empty_db)

    found = service.possible_duplicates(
        category, "กรุงเทพมหานคร", "บางรัก", "ถนนหน้าโรงเรียนชำรุด หลุมลึก"
    )

    assert [c.number for c in found] == [original.number]
    assert found[0].similarity > 0.2


def test_link_and_merge_duplicates(empty_db: Database) -> None:
    service = _service(empty_db, Clock(TODAY))
    original = service.register(_draft(empty_db))
    copy = service.register(
        _draft(empty_db, attachments=(AttachmentFile("photo.jpg", b"\xff\xd8jpeg"),))
    )
    service.link_duplicate(copy.id, original.id)
    assert service.case(original.id).duplicates[0].number == copy.number

    service.merge_duplicate(copy.id, original.id)

    merged = service.case(copy.id)
    assert merged.status is S.REJECTED and merged.duplicate_of.number == original.number
    assert [a.file_name for a in service.case(original.id).attachments] == ["photo.jpg"]


def test_attachments_are_kept_in_the_database_and_size_limited(empty_db: Database) -> None:
    service = _service(empty_db, Clock(TODAY))
    case = service.register(_draft(empty_db))
    content = bytes(range(256)) * 100
    attachment = service.add_attachment(case.id, AttachmentFile("หนังสือร้องเรียน.pdf", content))
    with pytest.raises(UserError) as caught:
        service.add_attachment(
            case.id, AttachmentFile("video.mp4", b"0" * (MAX_ATTACHMENT_BYTES + 1))
        )

    assert "10" in caught.value.message.english()
    info = service.case(case.id).attachments
    assert [(a.file_name, a.media_type, a.size) for a in info] == [
        ("หนังสือร้องเรียน.pdf", "application/pdf", 25600)
    ]
    assert service.attachment_content(attachment) == ("หนังสือร้องเรียน.pdf", content)
    service.remove_attachment(attachment)
    assert service.case(case.id).attachments == ()


def test_confidential_cases_are_hidden_from_those_not_allowed(empty_db: Database) -> None:
    clock = Clock(TODAY)
    author = _service(empty_db, clock, user="somchai")
    case = author.register(
        _draft(empty_db, subject="เจ้าหน้าที่เรียกรับเงิน", confidential=True, assigned_to="somchai")
    )
    author.grant_access(case.id, "malee")
    stranger = _service(empty_db, clock, user="niran")  # signs niran in

    hidden = stranger.case(case.id)
    assert (
        hidden.hidden
        and hidden.subject == ""
        and hidden.details == ""
        and hidden.allowed_next == ()
    )
    with pytest.raises(UserError):
        stranger.transition(case.id, S.SCREENING)
    rows = ComplaintsService(empty_db, today=clock.today).list_complaints(TableQuery())
    assert rows[0].hidden and rows[0].subject == ""
    assert ComplaintsService(empty_db).count_complaints(TableQuery(search="เงิน")) == 0
    assert ComplaintsService(empty_db).count_complaints(TableQuery(search="2569/")) == 1

    assert _service(empty_db, clock, user="malee").case(case.id).subject == "เจ้าหน้าที่เรียกรับเงิน"
    _act(empty_db, "niran", Permission.CONFIDENTIAL)  # granted to read every confidential case
    assert stranger.case(case.id).subject == "เจ้าหน้าที่เรียกรับเงิน"
    _act(empty_db, "somchai")
    assert author.possible_duplicates(case and _ids(empty_db)[1], "", "", "เจ้าหน้าที่เรียกรับเงิน") == []


def test_a_case_from_a_listening_entry_links_both_ways(empty_db: Database) -> None:
    channel, category = _ids(empty_db)
    with empty_db.session_scope() as session:
        entry = FeedbackEntry(received_at=RECEIVED, channel_id=channel, stage=LifecycleStage.DURING,
                              type=FeedbackType.COMPLAINT, text="รอคิวนานเกินไป\nเจ้าหน้าที่ไม่สุภาพ")  # fmt: skip
        session.add(entry)
        session.flush()
        entry_id = entry.id
    service = _service(empty_db, Clock(TODAY))

    draft = service.draft_from_feedback(entry_id)
    case = service.register_from_feedback(
        entry_id, CaseDraft(**{**draft.__dict__, "category_id": category})
    )

    assert draft.subject == "รอคิวนานเกินไป" and draft.channel_id == channel
    assert service.case(case.id).feedback_entry_id == entry_id
    assert [c.number for c in service.cases_of_feedback(entry_id)] == [case.number]


def test_categories_with_their_standards(empty_db: Database) -> None:
    service = ComplaintCategoriesService(empty_db)
    new_id = service.save(CategoryRecord("noise", "เหตุเดือดร้อนรำคาญ", "Nuisance", 1, 2, 7, 7, 2))
    with pytest.raises(UserError):
        service.save(CategoryRecord("noise", "ซ้ำ", "Dup"))
    with pytest.raises(UserError):
        service.save(CategoryRecord("x", "x", "x", acknowledge_days=9, resolve_days=5))

    saved = next(c for c in service.list_categories() if c.id == new_id)
    assert saved.standard.resolve_days == 7 and saved.cases == 0
    service.save(CategoryRecord(**{**saved.__dict__, "resolve_days": 10, "active": False}))
    assert next(c for c in service.list_categories() if c.id == new_id).resolve_days == 10
    assert new_id not in [c.id for c in _service(empty_db, Clock(TODAY)).categories()]


def test_now_after_received(empty_db: Database) -> None:
    """Resolving with a notice dated before receipt is refused."""
    clock = Clock(date(2025, 11, 3))
    service = _service(empty_db, clock)
    channel, _ = _ids(empty_db)
    case = service.register(_draft(empty_db))
    service.transition(case.id, S.IN_PROGRESS)
    with pytest.raises(UserError):
        service.transition(
            case.id, S.RESOLVED, resolution=Resolution("x", RECEIVED - timedelta(days=2), channel)
        )


def test_correcting_the_category_or_received_day_moves_the_due_date(empty_db: Database) -> None:
    service = _service(empty_db, Clock(TODAY))
    case = service.register(_draft(empty_db))
    with empty_db.session_scope() as session:
        slow = ComplaintCategory(code="slow", name_th="ช้า", name_en="Slow", resolve_days=10)
        session.add(slow)
        session.flush()
        slow_id = slow.id
    draft = service.draft_of_case(case.id)

    service.update_case(
        case.id, CaseDraft(**{**draft.__dict__, "category_id": slow_id, "subject": "แก้ไขแล้ว"})
    )

    details = service.case(case.id)
    assert (details.number, details.subject, details.due_on) == (
        case.number,
        "แก้ไขแล้ว",
        date(2025, 11, 17),
    )
    with pytest.raises(UserError):
        service.update_case(case.id, CaseDraft(**{**draft.__dict__, "subject": " "}))


def test_whoever_registers_a_confidential_case_keeps_reading_it(empty_db: Database) -> None:
    clock = Clock(TODAY)
    intake = _service(empty_db, clock, user="intake")
    case = intake.register(
        _draft(empty_db, subject="ร้องเรียนการทุจริต", confidential=True, assigned_to="inspector")
    )

    assert intake.case(case.id).subject == "ร้องเรียนการทุจริต"
    assert intake.case(case.id).access == ("intake",)
    assert _service(empty_db, clock, user="inspector").case(case.id).subject == "ร้องเรียนการทุจริต"
    assert _service(empty_db, clock, user="other").case(case.id).hidden
