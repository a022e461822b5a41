"""The window's side of the offices' exchange (issue 20) on real database files: the office
asked once of an administrator and set in its dialog, File › Send… writing a bundle that File ›
Receive… shows (its header before the passphrase) and merges, and the conflicts' review keeping
or taking the other value."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QApplication

from vocdesk.app import build_main_window
from vocdesk.db import models as m
from vocdesk.domain.accounts import Principal, Role
from vocdesk.services.accounts import AccountsService
from vocdesk.services.database import Database, open_database
from vocdesk.services.exchange.office import InstallationOffice
from vocdesk.services.exchange.service import ExchangeService
from vocdesk.ui.agency_settings_dialog import AgencySettingsDialog
from vocdesk.ui.exchange.conflicts_dialog import ConflictsDialog
from vocdesk.ui.exchange.office_dialog import OfficeDialog, should_ask_office
from vocdesk.ui.exchange.receive_dialog import ReceiveDialog
from vocdesk.ui.exchange.send_dialog import SendDialog
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.settings import Settings
from vocdesk.ui.tasks import TaskRunner

PASSPHRASE = "ช้างเผือก-2569-CNX"
ADMIN_PASSWORD = "correct horse battery"


@pytest.fixture
def two_offices(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    bkk, _ = open_database(tmp_path / "bkk.sqlite")
    cnx, _ = open_database(tmp_path / "cnx.sqlite")
    InstallationOffice(bkk).set("BKK", "สำนักงานกรุงเทพ")
    InstallationOffice(cnx).set("CNX", "สำนักงานเชียงใหม่")
    yield bkk, cnx
    bkk.dispose()
    cnx.dispose()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait_all(10_000)


def _person(db: Database, name: str, notes: str = "") -> uuid.UUID:
    with db.session_scope() as session:
        person = m.Stakeholder(name=name, notes=notes)
        session.add(person)
        session.flush()
        return person.id


def _send(qtbot, bkk: Database, runner: TaskRunner, out: Path, to: str = "CNX") -> SendDialog:  # noqa: ANN001
    dialog = SendDialog(ExchangeService(bkk), "BKK", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.office_box.setEditText(to)
    dialog.file_edit.setText(str(out))
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE)
    dialog.send_button.click()
    runner.wait_all(20_000)
    return dialog


def _receive(qtbot, cnx: Database, runner: TaskRunner, path: Path) -> ReceiveDialog:  # noqa: ANN001
    dialog = ReceiveDialog(ExchangeService(cnx), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.use_file(path)
    runner.wait_all(20_000)
    return dialog


# --- the office ---------------------------------------------------------------------------
def test_the_office_dialog_saves_the_code_upper_cased_and_refuses_a_bad_one(
    qtbot,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    db, _ = open_database(tmp_path / "office.sqlite")
    try:
        dialog = OfficeDialog(InstallationOffice(db), first_start=True)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.later_button.text() == "&Later"

        dialog.code_edit.setText("B")
        dialog.name_edit.setText("สำนักงานกรุงเทพ")
        dialog.save()
        assert dialog.problem_label.isVisible() and "not valid" in dialog.problem_label.text()
        assert InstallationOffice(db).code() == ""

        qtbot.keyClicks(dialog.code_edit, "kk-1")
        assert dialog.code_edit.text() == "BKK-1"
        dialog.save()

        assert dialog.result() == OfficeDialog.DialogCode.Accepted.value
        assert (InstallationOffice(db).code(), InstallationOffice(db).name()) == (
            "BKK-1", "สำนักงานกรุงเทพ",
        )  # fmt: skip
    finally:
        db.dispose()


def test_only_an_administrator_signed_in_with_an_account_is_asked_for_the_office(
    tmp_path: Path,
) -> None:
    db, _ = open_database(tmp_path / "asked.sqlite")
    try:
        assert should_ask_office(db) is False  # being set up: its first administrator is asked
        AccountsService(db).create_first_administrator("pranee", ADMIN_PASSWORD)
        assert should_ask_office(db) is True
        db.actor = Principal(login="somchai", role=Role.STAFF, account_id=uuid.uuid4())
        assert should_ask_office(db) is False
        db.actor = Principal(login="pranee", role=Role.ADMINISTRATOR, account_id=uuid.uuid4())
        InstallationOffice(db).set("BKK", "Bangkok")
        assert should_ask_office(db) is False
    finally:
        db.dispose()


def test_the_window_asks_an_administrator_once_and_later_leaves_it_in_the_status_bar(
    qtbot,
    tmp_path: Path,
    runner: TaskRunner,  # noqa: ANN001
) -> None:
    db, _ = open_database(tmp_path / "window.sqlite")
    AccountsService(db).create_first_administrator("pranee", ADMIN_PASSWORD)
    languages = LanguageManager(QApplication.instance(), tmp_path)
    window = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.exchange.office_question is not None)
        question = window.exchange.office_question
        assert question is not None and question.isVisible()

        question.later_button.click()
        qtbot.waitUntil(lambda: window.exchange.office_question is None)

        assert window.exchange.office_label.isHidden()  # until the office has its code
        names = [a.objectName() for a in window.file_menu.actions()]
        assert {"send_bundle", "receive_bundle", "office_conflicts"} <= set(names)
        assert window.exchange.conflicts_action.text() == "Conflicts between offices (0)…"

        settings = window.show_agency_settings()
        assert isinstance(settings, AgencySettingsDialog)
        assert "Not given yet" in settings.office_label.text()
        office = settings.change_office()
        assert office is not None
        office.code_edit.setText("BKK")
        office.name_edit.setText("สำนักงานกรุงเทพ")
        office.save()
        assert settings.office_label.text() == "BKK — สำนักงานกรุงเทพ"
        settings.reject()
        qtbot.waitUntil(lambda: window.exchange.office_label.text() == "Office: BKK")
    finally:
        runner.wait_all(10_000)
        db.dispose()


# --- sending and receiving ------------------------------------------------------------------
def test_a_bundle_sent_from_the_window_is_shown_then_received_in_the_other_office(
    qtbot,
    two_offices: tuple[Database, Database],
    runner: TaskRunner,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    bkk, cnx = two_offices
    _person(bkk, "สมศรี มีสุข")
    out = tmp_path / "BKK-to-CNX.vocbundle"

    sent = _send(qtbot, bkk, runner, out)

    assert out.is_file()
    assert sent.summary is not None and sent.summary.to_office == "CNX"
    assert sent.summary_label.isVisible() and "Bundle no. 1 for CNX" in sent.summary_label.text()
    assert sent.passphrase_edit.text() == ""

    received = _receive(qtbot, cnx, runner, out)
    assert received.header is not None
    header = received.header_label.text()
    assert "From: BKK — สำนักงานกรุงเทพ" in header and "For: CNX" in header
    assert received.passphrase_edit.isEnabled() and received.receive_button.isEnabled()
    with cnx.session_scope() as session:  # nothing merged before the passphrase
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Stakeholder)) == 0

    received.passphrase_edit.setText(PASSPHRASE)
    received.receive_button.click()
    runner.wait_all(20_000)

    assert received.summary is not None and received.summary.inserted > 0
    assert "Received bundle no. 1 from BKK" in received.summary_label.text()
    with cnx.session_scope() as session:
        assert session.scalars(sa.select(m.Stakeholder.name)).all() == ["สมศรี มีสุข"]


def test_mismatched_passphrases_and_a_wrong_one_are_said_in_place(
    qtbot,
    two_offices: tuple[Database, Database],
    runner: TaskRunner,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    bkk, cnx = two_offices
    out = tmp_path / "BKK-to-CNX.vocbundle"
    dialog = SendDialog(ExchangeService(bkk), "BKK", runner)
    qtbot.addWidget(dialog)
    dialog.office_box.setEditText("CNX")
    dialog.file_edit.setText(str(out))
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE + "x")
    dialog.send()
    assert "differ" in dialog.problem_label.text() and not out.exists()

    _send(qtbot, bkk, runner, out)
    received = _receive(qtbot, cnx, runner, out)
    received.passphrase_edit.setText("not the passphrase at all")
    received.receive()
    runner.wait_all(20_000)

    assert received.summary is None
    assert "Wrong passphrase" in received.problem_label.text()
    assert received.receive_button.isEnabled()


def test_a_file_that_is_not_a_bundle_is_refused_before_any_passphrase(
    qtbot,
    two_offices: tuple[Database, Database],
    runner: TaskRunner,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    _bkk, cnx = two_offices
    other = tmp_path / "notes.vocbundle"
    other.write_text("not a bundle", encoding="utf-8")

    received = _receive(qtbot, cnx, runner, other)

    assert received.header is None and not received.passphrase_edit.isEnabled()
    assert "is not a VocDesk bundle" in received.problem_label.text()


# --- conflicts ------------------------------------------------------------------------------
def test_the_conflicts_review_takes_the_other_value_and_keeps_another(
    qtbot,
    two_offices: tuple[Database, Database],
    tmp_path: Path,  # noqa: ANN001
) -> None:
    bkk, cnx = two_offices
    first, second = _person(bkk, "สมศรี", "เดิม"), _person(bkk, "สมชาย", "เดิม")
    ExchangeService(bkk).send(tmp_path / "1.vocbundle", PASSPHRASE, to_office="CNX")
    ExchangeService(cnx).receive(tmp_path / "1.vocbundle", PASSPHRASE)
    for db, value in ((bkk, "แก้ที่กรุงเทพ"), (cnx, "แก้ที่เชียงใหม่")):
        with db.session_scope() as session:
            for key in (first, second):
                session.get(m.Stakeholder, key).notes = value  # type: ignore[union-attr]
    ExchangeService(cnx).send(tmp_path / "2.vocbundle", PASSPHRASE, to_office="BKK")
    assert ExchangeService(bkk).receive(tmp_path / "2.vocbundle", PASSPHRASE).conflicts == 2

    dialog = ConflictsDialog(ExchangeService(bkk), "BKK")
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.windowTitle() == "Conflicts between offices (2 open)"
    cells = [dialog.table.item(0, c).text() for c in range(6)]
    assert cells[0].startswith("Stakeholder: ") and cells[1] == "Notes"  # as its file column
    assert (cells[2], cells[4]) == ("แก้ที่เชียงใหม่", "แก้ที่กรุงเทพ")  # the newer one kept
    assert cells[3].startswith("CNX\n") and cells[5].startswith("BKK\n")
    taken = dialog.selected()
    assert taken is not None
    dialog.take_button.click()  # back to this office's value
    kept = dialog.selected()
    assert kept is not None and len(dialog.rows) == 1
    dialog.keep_button.click()

    assert dialog.rows == [] and dialog.empty_label.isVisible() and not dialog.table.isVisible()
    assert dialog.windowTitle() == "Conflicts between offices (0 open)"
    with bkk.session_scope() as session:
        notes = {p.id: p.notes for p in session.scalars(sa.select(m.Stakeholder))}
    taken_id, kept_id = uuid.UUID(taken.row_id), uuid.UUID(kept.row_id)
    assert notes[taken_id] == "แก้ที่กรุงเทพ" and notes[kept_id] == "แก้ที่เชียงใหม่"


def test_staff_see_the_conflicts_but_neither_send_nor_receive_nor_the_question(
    qtbot,
    tmp_path: Path,
    runner: TaskRunner,  # noqa: ANN001
) -> None:
    db, _ = open_database(tmp_path / "staff.sqlite")
    AccountsService(db).create_first_administrator("pranee", ADMIN_PASSWORD)
    db.actor = Principal(login="somchai", role=Role.STAFF, account_id=uuid.uuid4())
    languages = LanguageManager(QApplication.instance(), tmp_path)
    window = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.wait(50)  # the first-start question would come now

        assert window.exchange.office_question is None
        assert not window.exchange.send_action.isVisible()
        assert not window.exchange.receive_action.isVisible()
        assert window.exchange.conflicts_action.isVisible()
        assert window.exchange.office_label.isHidden()  # no code, and not theirs to give
    finally:
        runner.wait_all(10_000)
        db.dispose()
