"""Registering and working a case through the real dialogs, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton

from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.enums import Priority
from vocdesk.domain.tables import TableQuery
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService
from vocdesk.services.complaints.categories import ComplaintCategoriesService
from vocdesk.services.complaints.queues import ComplaintsService, Queue
from vocdesk.services.database import Database, open_database
from vocdesk.ui.complaints.case_dialog import ComplaintCaseDialog, MoveDialog
from vocdesk.ui.complaints.categories_dialog import ComplaintCategoriesDialog
from vocdesk.ui.complaints.form import ComplaintForm
from vocdesk.ui.complaints.tab import ComplaintsTab
from vocdesk.ui.errors import ERROR_BOX_NAME
from vocdesk.ui.widgets.choices import select_data


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    yield database
    database.dispose()


def _act(db: Database, login: str, role: Role = Role.ADMINISTRATOR) -> None:
    db.actor = Principal(login=login, role=role)


def _cases(db: Database) -> ComplaintCasesService:
    _act(db, "somchai")
    return ComplaintCasesService(db)


def _error_boxes(widget) -> list[QMessageBox]:
    return [w for w in widget.findChildren(QMessageBox) if w.objectName() == ERROR_BOX_NAME]


def test_register_with_the_keyboard_and_see_possible_duplicates(qtbot, db: Database) -> None:
    cases = _cases(db)
    form = ComplaintForm(cases)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(form.subject.hasFocus)
    qtbot.keyClicks(form.subject, "Street light out at the market")  # QtTest types ASCII only
    form.province.setCurrentText("ขอนแก่น")
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert form.registered is not None and form.registered.number.endswith("/000001")
    second = ComplaintForm(cases)
    qtbot.addWidget(second)
    second.subject.setText("Street light out at the market all night")
    second.province.setCurrentText("ขอนแก่น")
    second.check_duplicates()
    assert second.duplicates.count() == 1
    second.duplicates.setCurrentRow(0)
    second.is_duplicate.setChecked(True)
    second.save()
    assert cases.case(second.registered.id).duplicate_of.number == form.registered.number


def test_a_form_with_no_subject_shows_a_message_and_saves_nothing(qtbot, db: Database) -> None:
    form = ComplaintForm(_cases(db))
    qtbot.addWidget(form)
    form.save()

    assert form.registered is None and form.isVisible() is False  # never shown, never accepted
    assert _error_boxes(form)
    assert ComplaintsService(db).count_complaints(TableQuery()) == 0


def test_a_prefilled_form_keeps_the_listening_entry(qtbot, db: Database) -> None:
    cases = _cases(db)
    channel = cases.channels()[0].id
    draft = CaseDraft(received_at=datetime(2025, 11, 3, 2, tzinfo=UTC), channel_id=channel, category_id=None,
                      subject="รอคิวนาน", details="รอคิวนานสองชั่วโมง")  # fmt: skip
    form = ComplaintForm(cases, draft=draft)
    qtbot.addWidget(form)

    assert form.subject.text() == "รอคิวนาน" and form.received_date.date() == date(2025, 11, 3)
    assert form.draft().details == "รอคิวนานสองชั่วโมง"


def test_the_case_dialog_offers_only_allowed_moves_and_records_history(qtbot, db: Database) -> None:
    cases = _cases(db)
    case = cases.register(CaseDraft(received_at=datetime.now(UTC), channel_id=cases.channels()[0].id,
                                    category_id=cases.categories()[0].id, subject="น้ำประปาไม่ไหล"))  # fmt: skip
    dialog = ComplaintCaseDialog(cases, case.id)
    qtbot.addWidget(dialog)
    names = {
        b.objectName()
        for b in dialog.findChildren(type(dialog.assign_button))
        if b.objectName().startswith("move_")
    }
    assert "move_screening" in names and "move_closed" not in names

    move = MoveDialog(cases, S.FORWARDED, dialog)
    move.agency.setText("การประปาส่วนภูมิภาค")
    assert dialog.move_case(S.FORWARDED, move)
    move = MoveDialog(cases, S.RESOLVED, dialog)
    move.summary.setPlainText("ซ่อมท่อแล้ว")
    assert dialog.move_case(S.RESOLVED, move)

    assert dialog.history_table.rowCount() == 3
    assert dialog.history_table.item(2, 3).text() == "Resolved, result notified"
    assert dialog.details_labels["forwarded"][1].text().startswith("การประปาส่วนภูมิภาค")
    assert dialog.follow_up_button.isEnabled() and dialog.changed


def test_a_refused_move_shows_why(qtbot, db: Database) -> None:
    cases = _cases(db)
    case = cases.register(CaseDraft(received_at=datetime.now(UTC), channel_id=cases.channels()[0].id,
                                    category_id=cases.categories()[0].id, subject="x"))  # fmt: skip
    dialog = ComplaintCaseDialog(cases, case.id)
    qtbot.addWidget(dialog)

    assert not dialog.move_case(S.FORWARDED, MoveDialog(cases, S.FORWARDED, dialog))  # no agency
    assert _error_boxes(dialog)
    assert dialog.case.status is S.RECEIVED


def test_the_tab_opens_a_case_and_refreshes_after_registering(qtbot, db: Database) -> None:
    cases = _cases(db)
    tab = ComplaintsTab(
        ComplaintsService(db), cases=cases, categories=ComplaintCategoriesService(db)
    )
    qtbot.addWidget(tab)
    form = tab.register_case()
    form.subject.setText("ถนนชำรุด")
    form.save()
    qtbot.waitUntil(lambda: tab.model.total == 1)

    dialog = tab.open_case(tab.model.row_at(0))  # the open cases are shown first
    assert dialog.case.subject == "ถนนชำรุด"
    tab.cases_page.set_queue(Queue.UNASSIGNED)
    assert tab.model.total == 1


def test_categories_dialog_edits_a_standard(qtbot, db: Database) -> None:
    service = ComplaintCategoriesService(db)
    dialog = ComplaintCategoriesDialog(service)
    qtbot.addWidget(dialog)
    dialog.new_category()
    dialog.code.setText("noise")
    dialog.name_th.setText("เหตุเดือดร้อนรำคาญ")
    dialog.days["resolve_days"].setValue(7)

    assert dialog.save()
    assert [c.resolve_days for c in service.list_categories() if c.code == "noise"] == [7]
    dialog.days["acknowledge_days"].setValue(30)
    assert not dialog.save() and _error_boxes(dialog)


def test_turn_a_listening_entry_into_a_complaint(qtbot, db: Database) -> None:
    from vocdesk.db.models import FeedbackEntry
    from vocdesk.domain.enums import FeedbackType, LifecycleStage
    from vocdesk.services.listening.log import ListeningService
    from vocdesk.ui.listening.tab import ListeningTab

    cases = _cases(db)
    with db.session_scope() as session:
        session.add(FeedbackEntry(received_at=datetime(2025, 11, 3, 2, tzinfo=UTC), channel_id=cases.channels()[0].id,
                                  stage=LifecycleStage.DURING, type=FeedbackType.COMPLAINT,
                                  text="ห้องน้ำสกปรก ไม่มีกระดาษ"))  # fmt: skip
    listening = ListeningTab(ListeningService(db))
    complaints = ComplaintsTab(
        ComplaintsService(db), cases=cases, categories=ComplaintCategoriesService(db)
    )
    qtbot.addWidget(listening)
    qtbot.addWidget(complaints)
    complaints.attach_to({"listening": listening})
    button = complaints.listening_button
    listening.table.view.selectRow(0)

    button.click()

    form = complaints.dialog
    assert isinstance(form, ComplaintForm) and form.subject.text() == "ห้องน้ำสกปรก ไม่มีกระดาษ"
    form.save()
    entry_id = listening.selected_entry_id()
    assert [c.number for c in cases.cases_of_feedback(entry_id)] == [form.registered.number]


def test_a_corrective_action_becomes_an_improvement_action(qtbot, db: Database) -> None:
    from vocdesk.services.listening.improvement import ImprovementActionsService

    cases = _cases(db)
    improvements = ImprovementActionsService(db)
    case = cases.register(CaseDraft(received_at=datetime.now(UTC), channel_id=cases.channels()[0].id,
                                    category_id=cases.categories()[0].id, subject="ป้ายบอกทางไม่ชัด"))  # fmt: skip
    cases.transition(case.id, S.IN_PROGRESS)
    from vocdesk.services.complaints.cases import Resolution

    cases.transition(case.id, S.RESOLVED, resolution=Resolution(
        "ติดป้ายใหม่", datetime.now(UTC), cases.channels()[0].id, corrective_action="ตรวจป้ายทุกไตรมาส"))  # fmt: skip
    dialog = ComplaintCaseDialog(cases, case.id, improvements=improvements)
    qtbot.addWidget(dialog)

    dialog.create_improvement()

    assert [a.title for a in improvements.actions_of_complaint(case.id)] == ["ตรวจป้ายทุกไตรมาส"]
    assert "ตรวจป้ายทุกไตรมาส" in dialog.resolution_labels["improvements"][1].text()


def test_typing_a_name_offers_the_registry_and_links_the_person(qtbot, db: Database) -> None:
    from vocdesk.db.models import Stakeholder

    with db.session_scope() as session:
        person = Stakeholder(name="นางสาวมาลี ใจดี", phone="+66812345678")
        session.add(person)
        session.flush()
        person_id = person.id
    cases = _cases(db)
    form = ComplaintForm(cases)
    qtbot.addWidget(form)
    form.subject.setText("เอกสารหาย")
    for typed in ("มา", "มาล", "มาลี"):  # keystrokes: one search after the pause, not one each
        form.complainant.setText(typed)
        form.complainant.textEdited.emit(typed)
    assert form._people_model.stringList() == []
    # The registry's phone shown masked (PDPA, issue 19): enough to tell two namesakes apart
    qtbot.waitUntil(lambda: form._people_model.stringList() == ["นางสาวมาลี ใจดี 08x-xxx-5678"])

    form.complainant.setText(
        "0812345678"
    )  # the registry's search: by phone (and ID, organisation) too
    form.find_people()
    assert form._people_model.stringList() == ["นางสาวมาลี ใจดี 08x-xxx-5678"]
    form.choose_person("นางสาวมาลี ใจดี 08x-xxx-5678")
    # The case is linked to the person; their masked phone is not copied as its contact
    assert (form.complainant.text(), form.contact.text()) == ("นางสาวมาลี ใจดี", "")
    form.save()
    details = cases.case(form.registered.id)
    assert details.stakeholder_id == person_id and details.complainant == "นางสาวมาลี ใจดี"


def test_from_a_case_mark_a_duplicate_merge_and_allow_a_reader(qtbot, db: Database) -> None:
    cases = _cases(db)

    def register(subject: str, **more) -> object:
        return cases.register(CaseDraft(received_at=datetime.now(UTC), channel_id=cases.channels()[0].id,
                                        category_id=cases.categories()[0].id, subject=subject, **more))  # fmt: skip

    original, copy = register("ไฟดับ"), register("ไฟดับอีกแล้ว")
    secret = register("เรียกรับเงิน", confidential=True, assigned_to="somchai")
    dialog = ComplaintCaseDialog(cases, copy.id)
    qtbot.addWidget(dialog)

    dialog.mark_duplicate(original.number)
    assert dialog.case.duplicate_of.number == original.number
    dialog.mark_duplicate("2569/999999")
    assert _error_boxes(dialog)  # no such case: said, nothing changed
    dialog.mark_duplicate(original.number, merge=True)
    assert dialog.case.status is S.REJECTED

    confidential = ComplaintCaseDialog(cases, secret.id)
    qtbot.addWidget(confidential)
    confidential.allow_reader("malee")
    assert confidential.details_labels["access"][1].text() == "malee"
    _act(db, "malee")
    assert ComplaintCasesService(db).case(secret.id).subject == "เรียกรับเงิน"


def test_the_number_prefix_is_a_setting_of_the_database(qtbot, db: Database) -> None:
    cases = _cases(db)
    dialog = ComplaintCategoriesDialog(ComplaintCategoriesService(db), cases=cases)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLineEdit, "officers") is None  # an account's grant now (Users)
    dialog.prefix.setText("ศธ-")

    assert dialog.save_settings()
    assert cases.number_prefix() == "ศธ-"
    dialog.prefix.setText("a/b")
    assert not dialog.save_settings() and _error_boxes(dialog)


def test_categories_are_read_only_for_those_who_may_not_change_them(qtbot, db: Database) -> None:
    _act(db, "somchai", Role.SUPERVISOR)
    dialog = ComplaintCategoriesDialog(
        ComplaintCategoriesService(db), cases=ComplaintCasesService(db)
    )
    qtbot.addWidget(dialog)

    assert dialog.save_button.isHidden() and dialog.new_button.isHidden()
    assert dialog.save_settings_button.isHidden() and dialog.code.isReadOnly()
    assert dialog.list.count() > 0  # still shown


def test_an_overdue_case_on_the_overview_opens_in_the_complaints_tab(qtbot, db: Database) -> None:
    from vocdesk.services.overview.figures import OverviewService
    from vocdesk.ui.overview.tab import OverviewTab

    _act(db, "somchai")
    cases = ComplaintCasesService(db, today=lambda: date(2025, 12, 31))
    case = cases.register(CaseDraft(received_at=datetime(2025, 11, 3, 2, tzinfo=UTC), channel_id=cases.channels()[0].id,
                                    category_id=cases.categories()[0].id, subject="ท่อแตก"))  # fmt: skip
    overview = OverviewTab(OverviewService(db, today=lambda: date(2025, 12, 31)))
    complaints = ComplaintsTab(ComplaintsService(db), cases=cases)
    qtbot.addWidget(overview)
    qtbot.addWidget(complaints)
    complaints.attach_to({"overview": overview})

    overview.overdue_view.activated.emit(overview.overdue_cases.index(0, 0))

    assert (
        isinstance(complaints.dialog, ComplaintCaseDialog) and complaints.dialog.case.id == case.id
    )


def test_the_form_starts_on_the_telephone_and_keeps_a_drafts_category(qtbot, db: Database) -> None:
    cases = _cases(db)
    category = cases.categories()[-1]
    form = ComplaintForm(cases, draft=CaseDraft(received_at=datetime(2025, 11, 3, 2, tzinfo=UTC), channel_id=None,
                                                category_id=category.id, subject="x"))  # fmt: skip
    qtbot.addWidget(form)

    assert form.channel.currentData() == next(c.id for c in cases.channels() if c.code == "phone")
    assert form.category.currentData() == category.id


def test_correcting_a_case_keeps_its_number_and_moves_its_due_date(qtbot, db: Database) -> None:
    cases = _cases(db)
    categories = cases.categories()
    case = cases.register(CaseDraft(received_at=datetime(2025, 11, 3, 2, tzinfo=UTC), channel_id=cases.channels()[0].id,
                                    category_id=categories[0].id, subject="ถนนพัง", priority=Priority.LOW))  # fmt: skip
    dialog = ComplaintCaseDialog(cases, case.id)
    qtbot.addWidget(dialog)
    form = dialog.edit_details()
    assert form.subject.text() == "ถนนพัง" and form.priority.currentData() == Priority.LOW

    form.subject.setText("ถนนพังเป็นหลุม")
    select_data(form.category, categories[-1].id)
    form.save()

    details = cases.case(case.id)
    assert details.number == case.number and details.subject == "ถนนพังเป็นหลุม"
    assert details.category_id == categories[-1].id and dialog.case.subject == "ถนนพังเป็นหลุม"


def test_the_case_dialog_offers_staff_only_what_they_may_do(qtbot, db: Database) -> None:
    _act(db, "malee", Role.SUPERVISOR)
    cases = ComplaintCasesService(db)
    case = cases.register(CaseDraft(received_at=datetime(2025, 11, 3, 2, tzinfo=UTC), channel_id=cases.channels()[0].id,
                                    category_id=cases.categories()[0].id, subject="ไฟทางดับ", assigned_to="niran"))  # fmt: skip
    supervisor_view = ComplaintCaseDialog(cases, case.id)
    qtbot.addWidget(supervisor_view)
    assert not supervisor_view.assign_button.isHidden()
    assert supervisor_view.findChild(QPushButton, "move_withdrawn") is not None

    _act(db, "somchai", Role.STAFF)  # someone else's case: nothing to do but read it
    staff_view = ComplaintCaseDialog(cases, case.id)
    qtbot.addWidget(staff_view)
    assert staff_view.assign_button.isHidden() and staff_view.merge_button.isHidden()
    assert not staff_view.edit_button.isEnabled()
    assert staff_view.findChildren(QPushButton, "move_screening") == []
    form = ComplaintForm(cases, draft=cases.draft_of_case(case.id), case_id=case.id)
    qtbot.addWidget(form)
    assert form.assigned_to.isReadOnly() and not form.confidential.isEnabled()
