"""Recording relationship activities by keyboard (pytest-qt), on a real SQLite file: a run of
activities saved with Ctrl+Enter keeps the kind, channel and staff; participants are found and
added with Enter; a follow-up date makes a reminder; an edit loads and saves the activity."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from vocdesk.db.models import Activity, Reminder, Stakeholder
from vocdesk.domain.enums import ActivityKind, LifecycleStage
from vocdesk.services.database import Database, open_database
from vocdesk.services.relationships.activities import ActivityService
from vocdesk.ui.relationships import activity_form
from vocdesk.ui.relationships.activity_form import ActivityForm, StickyChoices
from vocdesk.ui.widgets.choices import select_data


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "form.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def people(db: Database) -> dict[str, uuid.UUID]:
    with db.session_scope() as session:
        rows = {
            "school": Stakeholder(name="โรงเรียนบ้านหนองบัว", relationship_officer="นางสาวพรทิพย์"),
            "village": Stakeholder(name="ผู้ใหญ่บ้านหมู่ 3"),
            "clinic": Stakeholder(name="รพ.สต. บ้านดอน"),
        }
        session.add_all(rows.values())
        session.flush()
        return {key: row.id for key, row in rows.items()}


@pytest.fixture(autouse=True)
def fresh_sticky(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a new run would: nothing remembered from another test's forms."""
    monkeypatch.setattr(activity_form, "STICKY", StickyChoices())


def _form(qtbot, db: Database, stakeholder_id, activity_id=None) -> ActivityForm:
    form = ActivityForm(ActivityService(db, user="tester"), stakeholder_id, activity_id)
    qtbot.addWidget(form)
    form.show()
    return form


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, as a Thai keyboard does (QtTest's keyClicks types ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _activities(db: Database) -> list[tuple[object, ...]]:
    with db.session_scope() as session:
        rows = session.scalars(select(Activity).order_by(Activity.subject))
        return [
            (r.subject, r.kind, r.channel_id, r.staff, r.stakeholder_id, r.notes,
             sorted(p.name for p in r.participants))
            for r in rows
        ]  # fmt: skip


def test_a_run_of_activities_is_saved_with_ctrl_enter_keeping_kind_channel_and_staff(
    qtbot, db: Database, people: dict[str, uuid.UUID]
) -> None:
    form = _form(qtbot, db, people["school"])
    assert form.stakeholder_box.currentText() == "โรงเรียนบ้านหนองบัว"
    select_data(form.kind_box, ActivityKind.CALL)
    form.channel_box.setCurrentIndex(2)
    channel = form.channel_box.currentData()
    type_text(form.staff_edit, "นายสมชาย")

    for summary, details in [("โทรนัดประชุม", "นัดวันที่ 10"), ("โทรยืนยันผู้เข้าร่วม", "")]:
        type_text(form.summary_edit, summary)
        form.details_edit.setFocus()
        type_text(form.details_edit, details)
        qtbot.keyClick(form.details_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert _activities(db) == [
        ("โทรนัดประชุม", ActivityKind.CALL, uuid.UUID(channel), "นายสมชาย", people["school"], "นัดวันที่ 10", []),
        ("โทรยืนยันผู้เข้าร่วม", ActivityKind.CALL, uuid.UUID(channel), "นายสมชาย", people["school"], "", []),
    ]  # fmt: skip
    assert form.saved_count == 2 and form.isVisible()
    # Ready for the next: the same stakeholder, kind, channel and staff; the rest empty.
    assert form.summary_edit.text() == "" and form.details_edit.toPlainText() == ""
    assert form.kind_box.currentData() == ActivityKind.CALL.value
    assert (form.channel_box.currentData(), form.staff_edit.text()) == (channel, "นายสมชาย")
    assert form.stakeholder_box.currentText() == "โรงเรียนบ้านหนองบัว"
    assert "โทรยืนยันผู้เข้าร่วม" in form.message_label.text()
    # Another form of the same run starts on them too.
    again = _form(qtbot, db, people["village"])
    assert again.kind_box.currentData() == ActivityKind.CALL.value
    assert (again.channel_box.currentData(), again.staff_edit.text()) == (channel, "นายสมชาย")


def test_participants_are_found_and_added_with_enter_and_a_follow_up_makes_a_reminder(
    qtbot, db: Database, people: dict[str, uuid.UUID]
) -> None:
    form = _form(qtbot, db, None)
    form.stakeholder_search.setFocus()
    type_text(form.stakeholder_search, "หนองบัว")
    qtbot.keyClick(form.stakeholder_search, Qt.Key.Key_Return)  # finds; does not save
    assert form.stakeholder_box.currentText() == "โรงเรียนบ้านหนองบัว" and form.saved_count == 0
    for words in ("ผู้ใหญ่", "ดอน"):
        form.participant_search.setFocus()
        type_text(form.participant_search, words)
        qtbot.keyClick(form.participant_search, Qt.Key.Key_Return)  # finds
        qtbot.keyClick(form.participant_search, Qt.Key.Key_Return)  # adds the match
    assert form.participant_ids() == (people["village"], people["clinic"])
    form.participant_list.setCurrentRow(0)
    form.remove_participant_button.click()
    assert form.participant_ids() == (people["clinic"],)
    type_text(form.summary_edit, "ประชุมสามฝ่าย")
    select_data(form.stage_box, LifecycleStage.AFTER)
    form.follow_up_check.setChecked(True)
    form.follow_up_edit.setDate(date(2099, 1, 5))
    assert "นางสาวพรทิพย์" in form.follow_up_hint.text()  # no staff: the officer

    qtbot.keyClick(form.summary_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [saved] = _activities(db)
    assert saved[0] == "ประชุมสามฝ่าย" and saved[4] == people["school"]
    assert saved[6] == ["รพ.สต. บ้านดอน"]
    with db.session_scope() as session:
        reminder = session.scalars(select(Reminder)).one()
        assert (reminder.due_on, reminder.assigned_to) == (date(2099, 1, 5), "นางสาวพรทิพย์")
    # Not opened for a stakeholder: the next starts with none chosen.
    assert form.stakeholder_box.currentIndex() == 0 and form.participant_ids() == ()
    assert not form.follow_up_check.isChecked()


def test_an_activity_without_a_summary_is_refused_in_the_form(
    qtbot, db: Database, people: dict[str, uuid.UUID]
) -> None:
    form = _form(qtbot, db, people["school"])

    qtbot.keyClick(form.summary_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert _activities(db) == [] and form.saved_count == 0
    assert "Write the summary" in form.message_label.text()


def test_an_activity_opens_for_editing_and_closes_on_saving(
    qtbot, db: Database, people: dict[str, uuid.UUID]
) -> None:
    form = _form(qtbot, db, people["village"])
    type_text(form.summary_edit, "เยี่ยมหมู่บ้าน")
    form.save_and_next()
    [activity_id] = [row for row in _ids(db)]

    edit = _form(qtbot, db, None, activity_id)
    assert edit.summary_edit.text() == "เยี่ยมหมู่บ้าน"
    assert edit.stakeholder_box.currentText() == "ผู้ใหญ่บ้านหมู่ 3"
    assert not edit.save_next_button.isVisible()
    edit.outcome_edit.setFocus()
    type_text(edit.outcome_edit, "ได้รับความร่วมมือ")
    with qtbot.waitSignal(edit.saved):
        qtbot.keyClick(edit.outcome_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert not edit.isVisible()
    with db.session_scope() as session:
        row = session.get(Activity, activity_id)
        assert row is not None and row.outcome == "ได้รับความร่วมมือ"


def _ids(db: Database) -> list[uuid.UUID]:
    with db.session_scope() as session:
        return list(session.scalars(select(Activity.id)))


def test_the_stakeholders_tab_records_an_activity_with_the_selected_stakeholder(
    qtbot, db: Database, people: dict[str, uuid.UUID]
) -> None:
    from vocdesk.services.registry.stakeholders import RegistryService
    from vocdesk.ui.registry.tab import StakeholdersTab

    service = ActivityService(db, user="tester")
    tab = StakeholdersTab(  # as the window gives it
        RegistryService(db),
        activity_form=lambda person, parent: ActivityForm(service, person, parent=parent),
    )
    qtbot.addWidget(tab)
    tab.show()
    tab.table.view.setCurrentIndex(tab.model.index(0, 0))
    selected = tab.model.row_at(0)
    assert selected is not None and tab.activity_action.isEnabled()

    tab.activity_action.trigger()

    assert isinstance(tab.dialog, ActivityForm)
    assert tab.dialog.stakeholder_box.currentText() == selected.name
    type_text(tab.dialog.summary_edit, "ประชุมจากแท็บ")
    with qtbot.waitSignal(tab.activity_saved):
        tab.dialog.save_and_close()
    assert [row[4] for row in _activities(db)] == [selected.id]
    # Without the service (a read-only window) there is no such action.
    plain = StakeholdersTab(RegistryService(db))
    qtbot.addWidget(plain)
    plain.table.view.setCurrentIndex(plain.model.index(0, 0))
    assert not plain.activity_action.isEnabled()
