"""Personal data › Requests of data subjects… (issue 19): a request logged in the form, shown
with its deadline, answered (an objection restricts the person), and the person's data exported
to a zip; the menu is offered to those who may record."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from vocdesk.db.models import Stakeholder
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.clock import thai_today
from vocdesk.domain.pdpa.terms import RequestKind, RequestStatus
from vocdesk.services.database import Database, open_database
from vocdesk.services.pdpa.access_export import AccessExportService
from vocdesk.services.pdpa.requests import DataSubjectRequestsService, RequestDraft
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.pdpa.requests_dialog import RequestsDialog, RequestsServices
from vocdesk.ui.pdpa.requests_model import OVERDUE_COLOUR, RequestsModel


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    with database.session_scope() as session:
        session.add(Stakeholder(name="มาลี ทดสอบ", national_id="1101700203451"))
    database.actor = Principal(login="somchai", role=Role.ADMINISTRATOR,
                               grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip
    yield database
    database.dispose()


@pytest.fixture
def english(compiled_translations: Path) -> Iterator[None]:
    languages = LanguageManager(QApplication.instance(), compiled_translations)
    languages.set_language("en")
    yield
    languages.set_language("en")


def _dialog(qtbot, db: Database) -> RequestsDialog:
    services = RequestsServices(DataSubjectRequestsService(db), AccessExportService(db))
    dialog = RequestsDialog(services)
    qtbot.addWidget(dialog)
    return dialog


def test_the_model_passes_the_model_tester(qtmodeltester, db: Database, english) -> None:
    service = DataSubjectRequestsService(db)
    service.log(RequestDraft("1101700203451", RequestKind.ACCESS, thai_today() - timedelta(40)))
    service.log(RequestDraft("", RequestKind.ERASURE, thai_today(), requester="ทนาย"))
    model = RequestsModel(service)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, model.column_of("deadline"))) == "Overdue by 10 days"
    assert model.row_foreground(model.row_at(0)) == OVERDUE_COLOUR
    assert model.data(model.index(1, model.column_of("deadline"))) == "30 days left"


def test_a_request_is_logged_answered_and_the_person_restricted(qtbot, db: Database, english):
    dialog = _dialog(qtbot, db)
    form = dialog.new_request(run=False)
    qtbot.addWidget(form)
    form.person_edit.setText("1-1017-00203-45-1")
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(RequestKind.OBJECTION.value))
    form.details_edit.setPlainText("ไม่ประสงค์รับแบบสำรวจอีก")
    assert "30 calendar days" in form.due_label.text()
    form.save()
    assert form.request_id is not None
    dialog.apply_filter()
    assert dialog.model.rowCount() == 1
    dialog.select_row(0)
    assert dialog.answer_button.isEnabled()
    answer = dialog.answer_selected(run=False)
    assert answer is not None
    qtbot.addWidget(answer)
    assert "restricted" in answer.effect.text()
    answer.save()  # no outcome: refused on the problem line
    assert not answer.problem.isHidden()
    answer.outcome_edit.setPlainText("หยุดส่งแบบสำรวจแล้ว")
    answer.save()
    assert answer.result() == answer.DialogCode.Accepted
    row = DataSubjectRequestsService(db).get(form.request_id)
    assert row.status is RequestStatus.DONE and row.restricted
    # the open list no longer holds it; all requests do, and the restriction can be lifted
    dialog.apply_filter()
    assert dialog.model.rowCount() == 0
    dialog.show_combo.setCurrentIndex(dialog.show_combo.findData("all"))
    dialog.select_row(0)
    assert dialog.lift_button.isEnabled()
    dialog.lift_restriction()
    assert not DataSubjectRequestsService(db).get(form.request_id).restricted


def test_export_for_the_person_writes_the_zip(qtbot, db: Database, english, tmp_path: Path):
    DataSubjectRequestsService(db).log(
        RequestDraft("1101700203451", RequestKind.ACCESS, thai_today())
    )
    dialog = _dialog(qtbot, db)
    dialog.select_row(0)
    out = tmp_path / "malee.zip"
    dialog.export_for_person(out)
    assert dialog.last_export is not None and dialog.last_export.path == out
    with zipfile.ZipFile(out) as archive:
        assert "person.json" in archive.namelist() and "person.pdf" in archive.namelist()
    assert "malee.zip" in dialog.details.text()


def test_the_personal_data_menu_opens_the_requests(qtbot, db: Database, english, tmp_path: Path):
    from vocdesk.app import build_main_window
    from vocdesk.ui.settings import Settings
    from vocdesk.ui.tasks import TaskRunner

    languages = LanguageManager(QApplication.instance(), tmp_path)
    runner = TaskRunner()
    window = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
    qtbot.addWidget(window)
    assert window.personal_data_menu.menuAction().isVisible()
    assert window.personal_data_menu.title() == "&Personal data"
    dialog = window.show_requests()
    assert isinstance(dialog, RequestsDialog)
    dialog.close()
    db.actor = Principal(login="reader", role=Role.STAFF)
    window._apply_permissions()
    assert window.personal_data_menu.menuAction().isVisible()  # staff record requests
    runner.wait_all(5000)


def test_a_correction_opens_the_persons_record_in_the_stakeholder_form(
    qtbot, db: Database, english
):
    from vocdesk.services.registry.edit import RegistryEditService
    from vocdesk.services.registry.stakeholders import RegistryService

    DataSubjectRequestsService(db).log(
        RequestDraft("1101700203451", RequestKind.CORRECTION, thai_today())
    )
    services = RequestsServices(DataSubjectRequestsService(db), None, RegistryEditService(db),
                                RegistryService(db))  # fmt: skip
    dialog = RequestsDialog(services)
    qtbot.addWidget(dialog)
    dialog.select_row(0)
    assert dialog.correct_button.isEnabled() and not dialog.export_button.isVisibleTo(dialog)
    form = dialog.correct_record(run=False)
    assert form is not None
    qtbot.addWidget(form)
    assert form.objectName() == "stakeholder_form"


def test_a_request_without_a_record_is_linked_to_the_person(qtbot, db: Database, english):
    service = DataSubjectRequestsService(db)
    request_id = service.log(RequestDraft("", RequestKind.ERASURE, thai_today(), requester="ทนาย"))
    dialog = _dialog(qtbot, db)
    dialog.select_row(0)
    assert dialog.link_button.isEnabled() and not dialog.export_button.isEnabled()
    dialog.link_person("1-1017-00203-45-1")
    assert service.get(request_id).person_name == "มาลี ทดสอบ"
    dialog.select_row(0)
    assert not dialog.link_button.isEnabled() and dialog.export_button.isEnabled()


def test_export_runs_off_the_gui_thread_with_the_window_runner(
    qtbot, db: Database, english, tmp_path: Path
):
    from vocdesk.ui.tasks import TaskRunner

    DataSubjectRequestsService(db).log(
        RequestDraft("1101700203451", RequestKind.PORTABILITY, thai_today())
    )
    runner = TaskRunner()
    services = RequestsServices(DataSubjectRequestsService(db), AccessExportService(db))
    dialog = RequestsDialog(services, tasks=runner)
    qtbot.addWidget(dialog)
    dialog.select_row(0)
    dialog.export_for_person(tmp_path / "async.zip")
    qtbot.waitUntil(lambda: dialog.last_export is not None, timeout=30_000)
    assert (tmp_path / "async.zip").stat().st_size > 0
    runner.wait_all(5000)


def test_a_request_is_assigned_to_an_officer(qtbot, db: Database, english):
    service = DataSubjectRequestsService(db)
    request_id = service.log(RequestDraft("1101700203451", RequestKind.ACCESS, thai_today()))
    dialog = _dialog(qtbot, db)
    dialog.select_row(0)
    dialog.assign_officer("malee")
    assert service.get(request_id).officer == "malee"
    dialog.select_row(0)
    assert dialog.model.data(dialog.model.index(0, dialog.model.column_of("officer"))) == "malee"


def test_an_erasure_is_answered_off_the_gui_thread(qtbot, db: Database, english):
    from vocdesk.ui.tasks import TaskRunner

    DataSubjectRequestsService(db).log(
        RequestDraft("1101700203451", RequestKind.ERASURE, thai_today())
    )
    runner = TaskRunner()
    services = RequestsServices(DataSubjectRequestsService(db), AccessExportService(db))
    dialog = RequestsDialog(services, tasks=runner)
    qtbot.addWidget(dialog)
    dialog.select_row(0)
    answer = dialog.answer_selected(run=False)
    assert answer is not None
    qtbot.addWidget(answer)
    answer.outcome_edit.setPlainText("ลบข้อมูลตามคำขอแล้ว")
    answer.save()
    assert not answer.buttons.isEnabled()  # held while the worker anonymises
    qtbot.waitUntil(lambda: answer.result() == answer.DialogCode.Accepted, timeout=30_000)
    runner.wait_all(5000)
    with db.session_scope() as session:
        person = session.query(Stakeholder).one()
        assert person.anonymised_at is not None and person.national_id is None
