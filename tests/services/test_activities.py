"""Recording relationship activities on a real SQLite file: create, update, delete with their
audit entries, other participants, the follow-up reminder kept in step, and refusals by field."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from sqlalchemy import select

from vocdesk.db.models import Activity, AuditEntry, Channel, Reminder, Stakeholder
from vocdesk.domain.clock import THAI_TIME
from vocdesk.domain.enums import (
    ActivityKind,
    AuditAction,
    LifecycleStage,
    ReminderSource,
    ReminderStatus,
)
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.relationships.activities import (
    ActivityDraft,
    ActivityService,
    InvalidActivity,
)

WHEN = datetime(2026, 3, 5, 10, 30, tzinfo=THAI_TIME)


@pytest.fixture
def people(empty_db: Database) -> dict[str, uuid.UUID]:
    with empty_db.session_scope() as session:
        rows = {
            "school": Stakeholder(name="โรงเรียนบ้านหนองบัว", organisation="สพฐ.", relationship_officer="นางสาวพรทิพย์"),
            "village": Stakeholder(name="ผู้ใหญ่บ้านหมู่ 3"),
            "clinic": Stakeholder(name="รพ.สต. บ้านดอน"),
        }  # fmt: skip
        session.add_all(rows.values())
        session.flush()
        return {key: row.id for key, row in rows.items()}


@pytest.fixture
def service(empty_db: Database) -> ActivityService:
    return ActivityService(empty_db, user="tester")


def _channel(db: Database, code: str = "phone") -> uuid.UUID:
    with db.session_scope() as session:
        found = session.scalar(select(Channel.id).where(Channel.code == code))
        assert found is not None
        return found


def _draft(person: uuid.UUID, **changes: object) -> ActivityDraft:
    values: dict[str, object] = {
        "stakeholder_id": person, "kind": ActivityKind.MEETING, "occurred_at": WHEN,
        "summary": "  ประชุมหารือ   แผนบริการปี 2569 ", "details": "ตกลงจัดอบรมร่วมกัน",
    }  # fmt: skip
    values.update(changes)
    return ActivityDraft(**values)  # type: ignore[arg-type]


def _reminders(db: Database, activity_id: uuid.UUID) -> list[tuple[date, str, ReminderStatus]]:
    with db.session_scope() as session:
        rows = session.scalars(
            select(Reminder).where(Reminder.activity_id == activity_id).order_by(Reminder.due_on)
        )
        found = []
        for r in rows:
            assert r.source == ReminderSource.ACTIVITY
            found.append((r.due_on, r.assigned_to, r.status))
        return found


def _audit(db: Database, entity_id: uuid.UUID) -> list[tuple[AuditAction, dict[str, object]]]:
    with db.session_scope() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_id == entity_id, AuditEntry.entity == "activity")
            .order_by(AuditEntry.at)
        )
        return [(r.action, r.changes) for r in rows]


def test_an_activity_is_recorded_with_its_participants_and_audited(
    empty_db: Database, service: ActivityService, people: dict[str, uuid.UUID]
) -> None:
    phone = _channel(empty_db)
    activity_id = service.create(
        _draft(
            people["school"],
            channel_id=phone,
            stage=LifecycleStage.AFTER,
            outcome="ได้ข้อตกลง",
            staff=" นายสมชาย ",
            participant_ids=(
                people["clinic"],
                people["village"],
                people["school"],
                people["clinic"],
            ),
        )  # fmt: skip
    )

    record = service.load(activity_id)
    assert record.summary == "ประชุมหารือ แผนบริการปี 2569"
    assert record.occurred_at == WHEN and record.kind == ActivityKind.MEETING
    assert record.channel is not None and record.channel.en == "Telephone"
    assert record.stage == LifecycleStage.AFTER and record.staff == "นายสมชาย"
    assert record.stakeholder.name == "โรงเรียนบ้านหนองบัว"
    # The activity's own stakeholder is not a participant twice; the others once each.
    assert {p.name for p in record.participants} == {"รพ.สต. บ้านดอน", "ผู้ใหญ่บ้านหมู่ 3"}
    assert record.follow_up_on is None and not record.reminder_open
    assert record.draft.participant_ids == tuple(p.id for p in record.participants)
    [(action, changes)] = _audit(empty_db, activity_id)
    assert action == AuditAction.CREATE
    assert changes["summary"] == "ประชุมหารือ แผนบริการปี 2569" and changes["staff"] == "นายสมชาย"
    assert _reminders(empty_db, activity_id) == []


def test_an_update_is_audited_field_by_field_and_a_delete_keeps_a_snapshot(
    empty_db: Database, service: ActivityService, people: dict[str, uuid.UUID]
) -> None:
    activity_id = service.create(_draft(people["school"], participant_ids=(people["village"],)))

    service.update(
        activity_id,
        _draft(people["school"], kind=ActivityKind.CALL, participant_ids=(people["clinic"],)),
    )
    service.update(
        activity_id,
        _draft(people["school"], kind=ActivityKind.CALL, participant_ids=(people["clinic"],)),
    )  # nothing changed: nothing audited

    record = service.load(activity_id)
    assert record.kind == ActivityKind.CALL
    assert [p.id for p in record.participants] == [people["clinic"]]
    audit = _audit(empty_db, activity_id)
    assert [a for a, _ in audit] == [AuditAction.CREATE, AuditAction.UPDATE]
    assert set(audit[1][1]) == {"kind", "participant_ids"}
    assert audit[1][1]["kind"] == ["meeting", "call"]

    service.delete(activity_id)
    with empty_db.session_scope() as session:
        assert session.get(Activity, activity_id) is None
        assert session.get(Stakeholder, people["clinic"]) is not None  # a participant stays
    action, snapshot = _audit(empty_db, activity_id)[-1]
    assert action == AuditAction.DELETE and snapshot["participant_ids"] == [str(people["clinic"])]
    with pytest.raises(UserError):
        service.load(activity_id)


def test_a_follow_up_date_makes_moves_and_removes_the_open_reminder(
    empty_db: Database, service: ActivityService, people: dict[str, uuid.UUID]
) -> None:
    # No staff: the stakeholder's relationship officer gets it.
    activity_id = service.create(_draft(people["school"], follow_up_on=date(2026, 4, 1)))
    assert _reminders(empty_db, activity_id) == [
        (date(2026, 4, 1), "นางสาวพรทิพย์", ReminderStatus.OPEN)
    ]
    assert service.load(activity_id).reminder_open

    service.update(
        activity_id, _draft(people["school"], follow_up_on=date(2026, 4, 20), staff="นายสมชาย")
    )
    assert _reminders(empty_db, activity_id) == [
        (date(2026, 4, 20), "นายสมชาย", ReminderStatus.OPEN)
    ]
    assert _audit(empty_db, activity_id)[-1][1]["reminder"] == "moved"

    service.update(activity_id, _draft(people["school"], staff="นายสมชาย"))
    assert _reminders(empty_db, activity_id) == []
    assert _audit(empty_db, activity_id)[-1][1]["reminder"] == "removed"


def test_a_done_reminder_stays_and_a_new_date_makes_a_new_one(
    empty_db: Database, service: ActivityService, people: dict[str, uuid.UUID]
) -> None:
    activity_id = service.create(_draft(people["village"], follow_up_on=date(2026, 4, 1)))
    with empty_db.session_scope() as session:
        reminder = session.scalars(select(Reminder)).one()
        reminder.status, reminder.done_on = ReminderStatus.DONE, date(2026, 4, 1)

    service.update(  # the same date: the done reminder is enough
        activity_id, _draft(people["village"], follow_up_on=date(2026, 4, 1), outcome="โทรแล้ว")
    )
    assert _reminders(empty_db, activity_id) == [(date(2026, 4, 1), "", ReminderStatus.DONE)]
    service.update(activity_id, _draft(people["village"], follow_up_on=date(2026, 6, 1)))
    assert _reminders(empty_db, activity_id) == [
        (date(2026, 4, 1), "", ReminderStatus.DONE),
        (date(2026, 6, 1), "", ReminderStatus.OPEN),
    ]

    service.delete(activity_id)
    assert _reminders(empty_db, activity_id) == []


def test_bad_input_is_refused_whole_naming_each_field(
    empty_db: Database, service: ActivityService, people: dict[str, uuid.UUID]
) -> None:
    with pytest.raises(InvalidActivity) as refused:
        service.create(
            _draft(
                None,
                summary="  ",
                staff="ก" * 201,
                follow_up_on=date(2026, 3, 4),
                occurred_at=datetime(2999, 1, 1, tzinfo=THAI_TIME),
                participant_ids=(uuid.uuid4(),),
                channel_id=uuid.uuid4(),
            )  # fmt: skip
        )
    assert set(refused.value.problems) == {
        "stakeholder", "summary", "staff", "occurred_at", "channel", "participants", "follow_up_on",
    }  # fmt: skip
    with pytest.raises(InvalidActivity) as refused:
        service.create(_draft(people["school"], follow_up_on=date(2026, 3, 4)))
    assert set(refused.value.problems) == {"follow_up_on"}
    with pytest.raises(InvalidActivity):
        service.create(_draft(uuid.uuid4()))
    with empty_db.session_scope() as session:
        assert session.scalars(select(Activity)).all() == []
        assert session.scalars(select(Reminder)).all() == []
        assert session.scalars(select(AuditEntry)).all() == []


def test_the_pickers_find_stakeholders_and_channels(
    empty_db: Database, service: ActivityService, people: dict[str, uuid.UUID]
) -> None:
    found = service.find_stakeholders("หนองบัว")
    assert [(p.id, p.text) for p in found] == [(people["school"], "โรงเรียนบ้านหนองบัว (สพฐ.)")]
    assert service.find_stakeholders("  ") == []
    assert service.stakeholder(people["clinic"]).name == "รพ.สต. บ้านดอน"
    assert any(named.en == "Telephone" for _, named in service.channel_choices())
    assert service.follow_up_officer(people["school"]) == "นางสาวพรทิพย์"
    assert service.follow_up_officer(people["school"], "นายสมชาย") == "นายสมชาย"
