"""Improvement actions linked to what caused them: entries, complaints, survey findings."""

from __future__ import annotations

from datetime import date

import pytest
from plan_fixtures import add_complaint, add_entry, add_survey, catalogue
from sqlalchemy import delete, func, select

from vocdesk.db.models import FeedbackEntry, ImprovementAction, improvement_feedback
from vocdesk.domain.fiscal import fiscal_quarter
from vocdesk.domain.listening.improvement import ImprovementFields, ImprovementStatus
from vocdesk.domain.messages import UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database
from vocdesk.services.listening.improvement import ActionFilter, ImprovementActionsService
from vocdesk.services.listening.improvement_links import ImprovementLinks, SurveyFindingLink

TODAY = date(2025, 12, 10)


def _service(db: Database) -> ImprovementActionsService:
    return ImprovementActionsService(db, today=lambda: TODAY)


def _count(db: Database, what) -> int:  # noqa: ANN001
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(what))


QUEUE = ImprovementFields(
    title="เพิ่มช่องทางจองคิวออนไลน์",
    reason="ผู้รับบริการร้องเรียนว่ารอคิวนาน",
    owner="กลุ่มงานบริการ",
    due_on=date(2025, 12, 31),
)


def test_an_action_made_from_selected_entries_lists_them_and_shows_in_the_list(
    empty_db: Database,
) -> None:
    cat = catalogue(empty_db)
    first = add_entry(empty_db, cat, "2025-11-01 10:00", "walk_in", "during", text="รอคิวนานมาก")
    second = add_entry(
        empty_db, cat, "2025-11-02 10:00", "line_oa", "before", text="อยากจองคิวออนไลน์"
    )
    service = _service(empty_db)

    action_id = service.create_from_entries([second, first, first], QUEUE)

    detail = service.get_action(action_id)
    assert [e.id for e in detail.entries] == [first, second]  # oldest first, each once
    assert (
        detail.entries[0].text == "รอคิวนานมาก"
        and detail.entries[1].channel.en == "LINE official account"
    )
    row = detail.action
    assert (row.title, row.owner, row.status, row.entries, row.complaints) == (
        "เพิ่มช่องทางจองคิวออนไลน์",
        "กลุ่มงานบริการ",
        ImprovementStatus.PLANNED,
        2,
        0,
    )
    assert not row.overdue
    assert [r.id for r in service.list_actions(TableQuery(search="คิวออนไลน์"))] == [action_id]
    assert service.count_actions(TableQuery(search="ไม่มีคำนี้")) == 0
    assert [a.id for a in service.actions_of_entry(first)] == [action_id]


def test_a_complaints_corrective_action_links_the_case_and_the_entry_it_came_from(
    empty_db: Database,
) -> None:
    cat = catalogue(empty_db)
    entry = add_entry(empty_db, cat, "2025-11-01 10:00", "hotline_1111", "during", "complaint")
    complaint = add_complaint(empty_db, cat, "2025-11-01 10:05", "2569/000001", entry)
    service = _service(empty_db)

    action_id = service.create_for_complaint(complaint, QUEUE)
    other = service.create_action(ImprovementFields("อบรมเจ้าหน้าที่"))
    service.link_complaint(other, complaint)
    service.link_complaint(other, complaint)  # twice: still one link

    assert [a.id for a in service.actions_of_complaint(complaint)] == [action_id, other]
    detail = service.get_action(action_id)
    assert [c.number for c in detail.complaints] == ["2569/000001"]
    assert [e.id for e in detail.entries] == [entry]
    assert service.get_action(other).action.complaints == 1


def test_survey_findings_are_linked_to_a_survey_or_one_of_its_questions(empty_db: Database) -> None:
    survey, question = add_survey(empty_db)
    service = _service(empty_db)

    action_id = service.create_action(
        QUEUE,
        ImprovementLinks(findings=(SurveyFindingLink(survey, question, " คะแนน 3.21 ต่ำกว่าเป้า "),
                                   SurveyFindingLink(survey))),
    )  # fmt: skip

    findings = service.get_action(action_id).findings
    assert [(f.question, f.finding) for f in findings] == [
        ("2.1 ความรวดเร็วในการให้บริการ", "คะแนน 3.21 ต่ำกว่าเป้า"),
        ("", ""),
    ]
    assert findings[0].survey == "ความพึงพอใจ ปีงบประมาณ 2569"
    choices = service.survey_choices()
    assert [(c.id, c.questions) for c in choices] == [
        (survey, ((question, "2.1 ความรวดเร็วในการให้บริการ"),))
    ]


def test_updating_with_links_replaces_them_and_a_done_action_needs_its_outcome(
    empty_db: Database,
) -> None:
    cat = catalogue(empty_db)
    first = add_entry(empty_db, cat, "2025-11-01 10:00", "walk_in", "during")
    second = add_entry(empty_db, cat, "2025-11-02 10:00", "walk_in", "during")
    service = _service(empty_db)
    action_id = service.create_from_entries([first], QUEUE)

    with pytest.raises(UserError, match="needs its outcome"):
        service.update_action(action_id, ImprovementFields("x", status=ImprovementStatus.DONE))
    done = ImprovementFields(
        QUEUE.title, status=ImprovementStatus.DONE, outcome="เปิดจองคิวทางไลน์แล้ว"
    )
    service.update_action(action_id, done, ImprovementLinks(entry_ids=(second,)))

    detail = service.get_action(action_id)
    assert [e.id for e in detail.entries] == [second]
    assert detail.action.status is ImprovementStatus.DONE
    assert detail.action.completed_on == TODAY  # finished today, since no day was given
    assert detail.action.title == QUEUE.title  # unchanged by the refused update
    service.update_action(action_id, ImprovementFields("ชื่อใหม่"))  # links kept
    assert service.get_action(action_id).action.entries == 1


def test_a_missing_entry_or_a_question_of_another_survey_stores_nothing(empty_db: Database) -> None:
    cat = catalogue(empty_db)
    entry = add_entry(empty_db, cat, "2025-11-01 10:00", "walk_in", "during")
    survey, _question = add_survey(empty_db)
    other_survey, other_question = add_survey(empty_db)
    service = _service(empty_db)
    gone = add_entry(empty_db, cat, "2025-11-02 10:00", "walk_in", "during")
    with empty_db.session_scope() as session:
        session.execute(delete(FeedbackEntry).where(FeedbackEntry.id == gone))

    with pytest.raises(UserError, match="1 of the chosen listening entries no longer exist"):
        service.create_from_entries([entry, gone], QUEUE)
    with pytest.raises(UserError, match="not part of the chosen survey"):
        service.create_action(
            QUEUE, ImprovementLinks((entry,), (), (SurveyFindingLink(survey, other_question),))
        )
    with pytest.raises(UserError, match="title is empty"):
        service.create_action(ImprovementFields("   "))

    assert _count(empty_db, ImprovementAction) == 0
    assert _count(empty_db, improvement_feedback) == 0
    assert other_survey != survey


def test_deleting_an_action_or_an_entry_removes_only_the_links(empty_db: Database) -> None:
    cat = catalogue(empty_db)
    first = add_entry(empty_db, cat, "2025-11-01 10:00", "walk_in", "during")
    second = add_entry(empty_db, cat, "2025-11-02 10:00", "walk_in", "during")
    service = _service(empty_db)
    kept = service.create_from_entries([first, second], QUEUE)
    dropped = service.create_from_entries([first], QUEUE)

    service.delete_action(dropped)
    with empty_db.session_scope() as session:
        session.execute(delete(FeedbackEntry).where(FeedbackEntry.id == second))

    assert _count(empty_db, FeedbackEntry) == 1
    assert [e.id for e in service.get_action(kept).entries] == [first]
    with pytest.raises(UserError, match="no longer exists"):
        service.get_action(dropped)


def test_overdue_means_open_and_past_its_due_day(empty_db: Database) -> None:
    service = _service(empty_db)
    late = service.create_action(ImprovementFields("ปรับปรุงป้าย", due_on=date(2025, 12, 9)))
    due_today = service.create_action(ImprovementFields("ปรับปรุงเว็บไซต์", due_on=TODAY))
    cancelled = service.create_action(
        ImprovementFields("ยกเลิก", due_on=date(2025, 1, 1), status=ImprovementStatus.CANCELLED)
    )

    overdue = {r.id: r.overdue for r in service.list_actions(TableQuery())}

    assert overdue == {late: True, due_today: False, cancelled: False}
    assert [r.id for r in service.list_actions(TableQuery())] == [
        cancelled,
        late,
        due_today,
    ]  # by due day
    assert service.open_count() == 2


def test_the_loop_summary_counts_what_was_heard_in_a_period_and_acted_on(
    empty_db: Database,
) -> None:
    cat = catalogue(empty_db)
    heard = [
        add_entry(empty_db, cat, f"2025-11-0{d} 10:00", "walk_in", "during") for d in (1, 2, 3)
    ]
    outside = add_entry(empty_db, cat, "2026-02-01 10:00", "walk_in", "during")
    complaint = add_complaint(empty_db, cat, "2025-11-05 10:00", "2569/000001")
    add_complaint(empty_db, cat, "2025-11-06 10:00", "2569/000002")
    service = _service(empty_db)
    service.create_action(
        ImprovementFields("ก", status=ImprovementStatus.DONE, outcome="ผล"),
        ImprovementLinks(entry_ids=tuple(heard[:2])),
    )
    service.create_for_complaint(
        complaint, ImprovementFields("ข", status=ImprovementStatus.IN_PROGRESS)
    )
    service.create_from_entries([outside], ImprovementFields("ค"))  # another quarter

    loop = service.loop_summary(fiscal_quarter(2569, 1))

    assert (loop.entries_heard, loop.entries_acted_on) == (3, 2)
    assert (loop.complaints_received, loop.complaints_acted_on) == (2, 1)
    assert loop.actions[ImprovementStatus.DONE] == 1
    assert loop.actions[ImprovementStatus.IN_PROGRESS] == 1
    assert loop.actions[ImprovementStatus.PLANNED] == 0
    assert loop.actions_done_with_outcome == 1


def test_the_list_shows_all_open_overdue_or_finished_actions(empty_db: Database) -> None:
    service = _service(empty_db)
    late = service.create_action(ImprovementFields("ก", due_on=date(2025, 12, 1)))
    on_time = service.create_action(
        ImprovementFields("ข", due_on=date(2026, 1, 1), status=ImprovementStatus.IN_PROGRESS)
    )
    done = service.create_action(
        ImprovementFields("ค", status=ImprovementStatus.DONE, outcome="ผล")
    )
    cancelled = service.create_action(
        ImprovementFields("ง", due_on=date(2025, 1, 1), status=ImprovementStatus.CANCELLED)
    )

    def shown(show: ActionFilter) -> set:
        assert service.count_actions(TableQuery(), show=show) == len(
            service.list_actions(TableQuery(), show=show)
        )
        return {r.id for r in service.list_actions(TableQuery(), show=show)}

    assert shown(ActionFilter.ALL) == {late, on_time, done, cancelled}
    assert shown(ActionFilter.OPEN) == {late, on_time}
    assert shown(ActionFilter.OVERDUE) == {late}
    assert shown(ActionFilter.FINISHED) == {done, cancelled}
