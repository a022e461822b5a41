"""The reminders page on a real database with real widgets: both lists read in the background,
done / snooze / reassign / remind me acting on the selected row, the models pass Qt's model
tester, the intervals dialog saves, and Buddhist Era dates after a switch to Thai."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from vocdesk.db.models import Activity, Reminder, Segment, Stakeholder
from vocdesk.domain.clock import THAI_TIME
from vocdesk.domain.enums import (
    ActivityKind,
    Priority,
    ReminderSource,
    ReminderStatus,
    SegmentKind,
)
from vocdesk.services.database import Database, open_database
from vocdesk.services.relationships.activities import ActivityService
from vocdesk.services.relationships.reminders import ReminderScope, RemindersService
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.relationships.intervals_dialog import IntervalsDialog
from vocdesk.ui.relationships.reminders_page import RemindersPage
from vocdesk.ui.tasks import TaskRunner

TODAY = date(2026, 12, 4)  # a Friday


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    with database.session_scope() as session:
        partners = Segment(code="PARTNER", name_th="ภาคีเครือข่าย", name_en="Partners",
                           kind=SegmentKind.STAKEHOLDER, priority=Priority.HIGH)  # fmt: skip
        session.add(partners)
        session.flush()
        school = Stakeholder(
            name="โรงเรียนบ้านหนองบัว", segment_id=partners.id, relationship_officer="พรทิพย์"
        )
        clinic = Stakeholder(
            name="รพ.สต. บ้านดอน", segment_id=partners.id, relationship_officer="สมชาย"
        )
        session.add_all([school, clinic])
        session.flush()
        # The clinic was last met on 1 August: 3 months later, 1 November, is a Sunday -> 2 Nov.
        session.add(
            Activity(
                stakeholder_id=clinic.id,
                kind=ActivityKind.MEETING,
                occurred_at=datetime(2026, 8, 1, 10, 0, tzinfo=THAI_TIME),
                subject="ประชุม",
            )
        )
        # The school was called last week; its follow-up is due today, another next week.
        session.add(
            Activity(
                stakeholder_id=school.id,
                kind=ActivityKind.CALL,
                occurred_at=datetime(2026, 11, 27, 10, 0, tzinfo=THAI_TIME),
                subject="โทร",
            )
        )
        session.add_all([
            Reminder(stakeholder_id=school.id, due_on=TODAY, assigned_to="พรทิพย์",
                     source=ReminderSource.ACTIVITY, note="ส่งเอกสารโครงการ"),
            Reminder(stakeholder_id=school.id, due_on=date(2026, 12, 1), assigned_to="พรทิพย์",
                     source=ReminderSource.MANUAL, note="นัดประชุมครู"),
            Reminder(stakeholder_id=school.id, due_on=date(2026, 12, 11), assigned_to="พรทิพย์",
                     source=ReminderSource.MANUAL, note="ภายหลัง"),
        ])  # fmt: skip
    yield database
    database.dispose()


@pytest.fixture
def service(db: Database) -> RemindersService:
    return RemindersService(db, today=lambda: TODAY)


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:  # noqa: ANN001
    tasks = TaskRunner(max_threads=1)
    yield tasks
    tasks.wait_all(5000)


def _page(service: RemindersService, runner: TaskRunner, qtbot) -> RemindersPage:  # noqa: ANN001
    page = RemindersPage(service, runner)
    qtbot.addWidget(page)
    page.refresh()
    runner.wait_all(5000)
    qtbot.waitUntil(lambda: page.reminders_model.rowCount() > 0)
    return page


def _select(view, row: int) -> None:  # noqa: ANN001
    view.selectRow(row)


def test_both_lists_read_in_the_background_and_pass_the_model_tester(
    service: RemindersService, runner: TaskRunner, qtbot, qtmodeltester
) -> None:  # noqa: ANN001
    page = _page(service, runner, qtbot)
    qtmodeltester.check(page.reminders_model)
    qtmodeltester.check(page.contacts_model)
    reminders = page.reminders_model
    assert [reminders.index(r, 5).data() for r in range(reminders.rowCount())] == [
        "นัดประชุมครู", "ส่งเอกสารโครงการ",
    ]  # fmt: skip  # overdue first, the one of next week is not due
    assert [r.name for r in page.contacts_model.rows] == ["รพ.สต. บ้านดอน"]
    assert page.contacts_model.rows[0].due_on == date(2026, 11, 2)
    assert "Overdue: 1" in page.counts_label.text()
    page.scope_combo.setCurrentIndex(page.scope_combo.findData(ReminderScope.OPEN))
    page.refresh()
    runner.wait_all(5000)
    qtbot.waitUntil(lambda: reminders.rowCount() == 3)


def test_done_snooze_reassign_and_remind_me_act_on_the_selected_row(
    service: RemindersService, runner: TaskRunner, qtbot, monkeypatch, db: Database
) -> None:  # noqa: ANN001
    page = _page(service, runner, qtbot)
    assert not page.done_button.isEnabled()
    _select(page.reminders_view, 0)  # the overdue one
    assert page.done_button.isEnabled()
    overdue = page.selected_reminder()
    assert overdue is not None
    page.mark_done()
    runner.wait_all(5000)
    qtbot.waitUntil(lambda: page.reminders_model.rowCount() == 1)

    _select(page.reminders_view, 0)
    today_one = page.selected_reminder()
    assert today_one is not None
    with qtbot.waitSignal(page.reminders_changed):
        page.snooze(working_days=1)  # Friday -> Monday
    runner.wait_all(5000)
    qtbot.waitUntil(lambda: page.reminders_model.rowCount() == 0)

    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("สมชาย", True))
    page.scope_combo.setCurrentIndex(page.scope_combo.findData(ReminderScope.OPEN))
    page.refresh()
    runner.wait_all(5000)
    qtbot.waitUntil(lambda: page.reminders_model.rowCount() == 2)
    _select(page.reminders_view, 0)
    page.reassign()
    runner.wait_all(5000)

    _select(page.contacts_view, 0)
    assert page.remind_button.isEnabled()
    assert not page.record_button.isEnabled()  # no activity service wired
    page.set_activity_service(ActivityService(db))
    assert page.record_button.isEnabled()
    page.remind_me()
    runner.wait_all(5000)
    qtbot.waitUntil(lambda: page.contacts_model.rowCount() == 0)
    with db.session_scope() as session:
        rows = {r.id: r for r in session.query(Reminder)}
        assert rows[overdue.id].status is ReminderStatus.DONE and rows[overdue.id].done_on == TODAY
        # the next working day: Monday 7 December is the day in lieu of Saturday 5 December
        assert rows[today_one.id].due_on == date(2026, 12, 8)
        assert rows[today_one.id].assigned_to == "สมชาย"
        contact = [r for r in rows.values() if r.source is ReminderSource.CONTACT_INTERVAL]
        assert [(r.due_on, r.assigned_to) for r in contact] == [(date(2026, 11, 2), "สมชาย")]


def test_the_intervals_dialog_saves_the_three_intervals(service: RemindersService, qtbot) -> None:  # noqa: ANN001
    dialog = IntervalsDialog(service)
    qtbot.addWidget(dialog)
    assert [spin.value() for spin in dialog.spins.values()] == [3, 6, 12]
    dialog.spins[Priority.HIGH].setValue(2)
    dialog.accept()
    assert [r.months for r in service.contact_intervals()] == [2, 6, 12]


def test_dates_are_buddhist_era_in_thai(
    service: RemindersService, runner: TaskRunner, qtbot, qapp, compiled_translations
) -> None:  # noqa: ANN001
    page = _page(service, runner, qtbot)
    assert (
        "2026" in page.reminders_model.index(0, 0).data()
        or "26" in page.reminders_model.index(0, 0).data()
    )
    languages = LanguageManager(qapp, compiled_translations)
    try:
        languages.set_language("th")
        qtbot.waitUntil(lambda: "ธ.ค." in page.reminders_model.index(0, 0).data())
        assert "69" in page.reminders_model.index(0, 0).data()  # 2569
        assert page.reminders_box.title() == "การแจ้งเตือน"
    finally:
        languages.set_language("en")
    qtbot.waitUntil(lambda: page.reminders_box.title() == "Reminders")


def test_the_status_bar_shows_the_reminders_due(service: RemindersService, qtbot) -> None:  # noqa: ANN001
    from vocdesk.ui.window_status import WindowStatusBar

    bar = WindowStatusBar()
    qtbot.addWidget(bar)
    assert bar.reminders_label.isHidden()
    bar.show_reminders_due(service.due_counts())
    assert bar.reminders_label.text() == "Reminders due: 2"  # one today, one overdue
    assert bar.reminders_label.toolTip() == "Due today: 1, overdue: 1"
    bar.show_reminders_due(None)
    assert bar.reminders_label.isHidden()
