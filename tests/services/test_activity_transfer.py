"""The activities file: an export imports again unchanged (re-import updates, a fresh database gets
the same activities), Thai headings and words are read, follow-up reminders are made as the form
makes them, and a file with any problem imports nothing."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from vocdesk.db.models import Activity, Reminder, Stakeholder
from vocdesk.domain.clock import THAI_TIME
from vocdesk.domain.enums import ActivityKind, LifecycleStage, ReminderStatus
from vocdesk.domain.messages import UserError
from vocdesk.io.table_spec import match_columns
from vocdesk.services.database import Database, open_database
from vocdesk.services.relationships.activities import ActivityDraft, ActivityService
from vocdesk.services.relationships.activity_transfer import SPEC
from vocdesk.services.transfer import exporter_for, import_file, importer_for

WHEN = datetime(2026, 3, 5, 10, 30, tzinfo=THAI_TIME)


def _people(db: Database, ids: dict[str, uuid.UUID] | None = None) -> dict[str, uuid.UUID]:
    with db.session_scope() as session:
        rows = {
            "school": Stakeholder(name="โรงเรียนบ้านหนองบัว", relationship_officer="นางสาวพรทิพย์"),
            "village": Stakeholder(name="ผู้ใหญ่บ้านหมู่ 3"),
            "clinic": Stakeholder(name="รพ.สต. บ้านดอน"),
        }
        for key, row in rows.items():
            if ids is not None:
                row.id = ids[key]
        session.add_all(rows.values())
        session.flush()
        return {key: row.id for key, row in rows.items()}


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _activities(db: Database) -> list[tuple[object, ...]]:
    with db.session_scope() as session:
        rows = session.scalars(select(Activity).order_by(Activity.occurred_at))
        return [
            (r.id, r.occurred_at, r.kind, r.stage, r.subject, r.notes, r.outcome, r.staff,
             r.follow_up_on, r.stakeholder_id, sorted(p.id for p in r.participants))
            for r in rows
        ]  # fmt: skip


def _open_reminders(db: Database) -> list[tuple[date, str]]:
    with db.session_scope() as session:
        rows = session.scalars(
            select(Reminder).where(Reminder.status == ReminderStatus.OPEN).order_by(Reminder.due_on)
        )
        return [(r.due_on, r.assigned_to) for r in rows]


def test_headings_match_in_english_with_spaces_and_in_thai() -> None:
    english = ["id", "date", "kind", "channel", "stakeholder id", "summary", "details",
               "follow-up on", "stage", "outcome", "staff", "participants"]  # fmt: skip
    thai = ["รหัสกิจกรรม", "วันเวลา", "ประเภทกิจกรรม", "ช่องทาง", "รหัสผู้มีส่วนได้ส่วนเสีย", "เรื่อง",
            "รายละเอียด", "วันที่ติดตามผล"]  # fmt: skip
    assert set(match_columns(SPEC, english)) == set(SPEC.column(k).key for k in (
        "id", "occurred_at", "kind", "channel", "stakeholder_id", "summary", "details", "follow_up_on",
        "stage", "outcome", "staff", "participants"))  # fmt: skip
    assert len(match_columns(SPEC, thai)) == len(thai)
    assert "stakeholder_id" in match_columns(SPEC, ["stakeholder_id"])


def test_an_export_imports_again_as_updates_and_into_a_fresh_database(
    empty_db: Database, tmp_path: Path
) -> None:
    people = _people(empty_db)
    service = ActivityService(empty_db, user="tester")
    service.create(ActivityDraft(
        people["school"], ActivityKind.MEETING, WHEN, "ประชุมหารือแผนบริการ", details="บรรทัดแรก\nบรรทัดสอง",
        stage=LifecycleStage.BEFORE, outcome="ได้ข้อตกลง", staff="นายสมชาย",
        follow_up_on=date(2026, 4, 1), participant_ids=(people["village"], people["clinic"]),
        channel_id=service.channel_choices()[1][0],
    ))  # fmt: skip
    service.create(
        ActivityDraft(people["clinic"], ActivityKind.AGREEMENT, WHEN.replace(day=9), "ลงนาม MOU")
    )
    file = tmp_path / "activities.xlsx"

    assert exporter_for("activities", empty_db).export(file) == 2
    summary = import_file(importer_for("activities", empty_db), file)
    assert (summary.added, summary.updated) == (0, 2)
    assert _open_reminders(empty_db) == [(date(2026, 4, 1), "นายสมชาย")]  # not made twice

    fresh, _ = open_database(tmp_path / "fresh.sqlite")
    try:
        _people(fresh, people)
        summary = import_file(importer_for("activities", fresh), file)
        assert (summary.added, summary.updated) == (2, 0)
        assert _activities(fresh) == _activities(empty_db)
        assert _open_reminders(fresh) == [(date(2026, 4, 1), "นายสมชาย")]
        again = import_file(importer_for("activities", fresh), file)
        assert (again.added, again.updated) == (0, 2)
        assert _open_reminders(fresh) == [(date(2026, 4, 1), "นายสมชาย")]
    finally:
        fresh.dispose()


def test_a_thai_file_is_read_and_its_follow_ups_become_reminders(
    empty_db: Database, tmp_path: Path
) -> None:
    people = _people(empty_db)
    file = _write(tmp_path / "thai.csv", [
        "วันเวลา,ประเภทกิจกรรม,ช่องทาง,ช่วงการรับบริการ,รหัสผู้มีส่วนได้ส่วนเสีย,เรื่อง,ผู้เข้าร่วม,วันที่ติดตามผล",
        f"5/3/2569 10:30,ประชุม,โทรศัพท์,ก่อน,{people['school']},ประชุมประจำไตรมาส,{people['village']}; {people['clinic']},1/4/2569",
        f"6/3/2569 09:00,อบรม,ช่องทางใหม่,,{people['village']},อบรมการใช้ระบบ,,",
    ])  # fmt: skip

    summary = import_file(importer_for("activities", empty_db), file)

    assert (summary.added, summary.updated, len(summary.notices)) == (2, 0, 1)  # a channel added
    first, second = _activities(empty_db)
    assert (
        first[1] == WHEN and first[2] == ActivityKind.MEETING and first[3] == LifecycleStage.BEFORE
    )
    assert first[10] == sorted([people["village"], people["clinic"]])
    assert second[2] == ActivityKind.TRAINING and second[8] is None
    # No staff on the row: the stakeholder's relationship officer.
    assert _open_reminders(empty_db) == [(date(2026, 4, 1), "นางสาวพรทิพย์")]

    cleared = _write(tmp_path / "cleared.csv", [
        "id,date,kind,stakeholder id,summary,follow-up on",
        f"{first[0]},2026-03-05T10:30+07:00,meeting,{people['school']},ประชุมประจำไตรมาส,",
    ])  # fmt: skip
    import_file(importer_for("activities", empty_db), cleared)
    assert _open_reminders(empty_db) == []


def test_a_file_with_any_problem_imports_nothing_and_says_where(
    empty_db: Database, tmp_path: Path
) -> None:
    people = _people(empty_db)
    unknown = uuid.uuid4()
    file = _write(tmp_path / "bad.csv", [
        "id,date,kind,stakeholder id,summary,participants,follow-up on",
        f",2026-03-05 10:30,meeting,{people['school']},ประชุม,,",
        f",2026-03-05 10:30,dance,{unknown.hex},ประชุม,{people['clinic']};not-an-id,2026-03-01",
        f",2026-03-05 10:30,call,{people['school']},,{unknown.hex},2026-03-01",
    ])  # fmt: skip

    with pytest.raises(UserError) as refused:
        import_file(importer_for("activities", empty_db), file)

    where = {
        (m.params["row"], m.params["column"]) for m in refused.value.message.params["problems"]
    }
    assert where == {(3, "C"), (3, "F"), (4, "E")}
    assert _activities(empty_db) == []
    # The kinds' own rules, once every cell is readable: unknown people, a follow-up too early.
    fixed = _write(tmp_path / "fixed.csv", [
        "id,date,kind,stakeholder id,summary,participants,follow-up on",
        f",2026-03-05 10:30,meeting,{unknown.hex},ประชุม,{unknown.hex},2026-03-01",
    ])  # fmt: skip
    with pytest.raises(UserError) as refused:
        import_file(importer_for("activities", empty_db), fixed)
    problems = refused.value.message.params["problems"]
    assert len(problems) == 3
    assert _activities(empty_db) == [] and _open_reminders(empty_db) == []
