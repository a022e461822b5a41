"""The window and accounts: what a staff member is offered (no Users, no import or export, no
restore), the signed-in name in the Account menu and status bar, and a sign-out that asks who
signs in next and builds the window anew for them (run_gui, driven by timers)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from vocdesk.app import build_main_window, render_screenshot, run_gui
from vocdesk.db.models import AuditEntry
from vocdesk.domain.accounts import Role
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import UserError
from vocdesk.services.accounts import AccountsService
from vocdesk.services.database import Database, open_database
from vocdesk.ui.accounts.sign_in_dialog import SignInDialog
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.main_window import MainWindow
from vocdesk.ui.settings import Settings
from vocdesk.ui.tasks import TaskRunner

ADMIN_PASSWORD = "correct horse battery"
STAFF_PASSWORD = "staple paper clip"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A database with an administrator and a staff member (who has chosen their password)."""
    location = tmp_path / "office.sqlite"
    db, _ = open_database(location)
    accounts = AccountsService(db)
    accounts.create_first_administrator("admin", ADMIN_PASSWORD, "Pranee")
    accounts.add_account("somchai", "first words 12", Role.STAFF, "Somchai")
    accounts.sign_out()
    accounts.sign_in("somchai", "first words 12")
    accounts.change_password("first words 12", STAFF_PASSWORD)
    accounts.sign_out()
    db.dispose()
    return location


@pytest.fixture
def opened(path: Path) -> Iterator[Database]:
    db, _ = open_database(path, create=False)
    yield db
    db.dispose()


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Iterator[Callable[[Database], MainWindow]]:
    languages = LanguageManager(QApplication.instance(), tmp_path)
    languages.set_language("en")
    runner = TaskRunner()

    def make(db: Database) -> MainWindow:
        window = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
        qtbot.addWidget(window)
        window.show()
        return window

    yield make
    runner.wait_all(5000)  # no count still reading when the database is closed
    languages.set_language("en")


def test_a_staff_member_is_not_offered_what_the_services_would_refuse(
    qtbot, opened: Database, make_window: Callable[[Database], MainWindow]
) -> None:
    AccountsService(opened).sign_in("somchai", STAFF_PASSWORD)
    window = make_window(opened)
    assert window.signed_in_action.text() == "Signed in as Somchai (Staff)"
    assert window.status.user_label.text() == "Signed in as Somchai (Staff)"
    assert window.account_menu.menuAction().isVisible()
    assert window.change_password_action.isVisible() and window.sign_out_action.isVisible()
    for hidden in (
        window.users_action,
        window.audit_action,
        window.export_action,
        window.export_menu.menuAction(),
        window.import_menu.menuAction(),
        window.restore_action,
        window.backups_action,
        window.agency_settings_action,
        window.holidays_action,
        window.reports_menu.menuAction(),
    ):
        assert not hidden.isVisible(), hidden.objectName() or hidden.text()
    assert window.show_users() is not None  # reached anyway, the service still refuses
    qtbot.waitUntil(lambda: window.findChild(QWidget, "vocdesk_error_box") is not None)


def test_an_administrator_is_offered_users_and_roles(
    opened: Database, make_window: Callable[[Database], MainWindow]
) -> None:
    AccountsService(opened).sign_in("admin", ADMIN_PASSWORD)
    window = make_window(opened)
    assert window.signed_in_action.text() == "Signed in as Pranee (Administrator)"
    for shown in (
        window.users_action,
        window.audit_action,
        window.export_action,
        window.import_menu.menuAction(),
        window.restore_action,
        window.reports_menu.menuAction(),
    ):
        assert shown.isVisible(), shown.objectName()
    dialog = window.show_users()
    assert dialog is not None and dialog.accounts_table.rowCount() == 2
    dialog.close()
    audit = window.show_audit_trail()
    assert audit is not None and audit.isVisible()
    audit.close()


def _drive(steps: list[Callable[[], bool]]) -> None:
    """Run each step when it can act (it returns True once done), polling every 100 ms."""

    def tick() -> None:
        if steps and steps[0]():
            steps.pop(0)
        if steps:
            QTimer.singleShot(100, tick)

    QTimer.singleShot(100, tick)


def _visible(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _sign_in_as(login: str, password: str) -> Callable[[], bool]:
    def step() -> bool:
        dialogs = _visible(SignInDialog)
        if not dialogs:
            return False
        dialogs[0].login_edit.setText(login)
        dialogs[0].password_edit.setText(password)
        dialogs[0].sign_in()
        return True

    return step


def test_signing_out_asks_who_signs_in_next_and_builds_the_window_for_them(
    path: Path,
) -> None:
    seen: dict[str, object] = {}

    def sign_out() -> bool:
        windows = _visible(MainWindow)
        if not windows:
            return False
        seen["first"] = windows[0]
        seen["admin_users"] = windows[0].users_action.isVisible()
        windows[0].sign_out()
        return True

    def close_staff_window() -> bool:
        windows = [w for w in _visible(MainWindow) if w is not seen["first"]]
        if not windows:
            return False
        seen["staff_text"] = windows[0].signed_in_action.text()
        seen["staff_users"] = windows[0].users_action.isVisible()
        windows[0].close()
        return True

    _drive([_sign_in_as("admin", ADMIN_PASSWORD), sign_out,
            _sign_in_as("somchai", STAFF_PASSWORD), close_staff_window])  # fmt: skip
    code = run_gui(str(path), language="en")

    assert code == 0
    assert seen["admin_users"] is True
    assert seen["staff_text"] == "Signed in as Somchai (Staff)"
    assert seen["staff_users"] is False
    db, _ = open_database(path, create=False)
    try:
        with db.session_scope() as session:
            trail = [(e.user, e.action) for e in session.scalars(
                select(AuditEntry).where(AuditEntry.entity == "user_account")
                .order_by(AuditEntry.at))]  # fmt: skip
    finally:
        db.dispose()
    assert trail[-4:] == [
        ("admin", AuditAction.SIGN_IN), ("admin", AuditAction.SIGN_OUT),
        ("somchai", AuditAction.SIGN_IN), ("somchai", AuditAction.SIGN_OUT),
    ]  # fmt: skip


def test_quitting_the_sign_in_ends_the_program_with_nothing_changed(path: Path) -> None:
    def quit_sign_in() -> bool:
        dialogs = _visible(SignInDialog)
        if dialogs:
            dialogs[0].reject()
        return bool(dialogs)

    _drive([quit_sign_in])
    assert run_gui(str(path), language="en") == 0
    assert not _visible(MainWindow)


def test_a_token_file_signs_in_without_the_dialog(path: Path, tmp_path: Path) -> None:
    db, _ = open_database(path, create=False)
    accounts = AccountsService(db)
    accounts.sign_in("admin", ADMIN_PASSWORD)
    token_file = tmp_path / "somchai.token"
    token_file.write_text(accounts.issue_token("somchai", "test") + "\n", encoding="utf-8")
    db.dispose()
    seen: list[str] = []

    def close_window() -> bool:
        windows = _visible(MainWindow)
        if windows:
            seen.append(windows[0].signed_in_action.text())
            windows[0].close()
        return bool(windows)

    _drive([close_window])
    assert run_gui(str(path), language="en", token_file=token_file) == 0
    assert seen == ["Signed in as Somchai (Staff)"]
    picture = render_screenshot(str(path), "overview", "en", tmp_path / "o.png",
                                token_file=token_file)  # fmt: skip
    assert picture.is_file()
    with pytest.raises(UserError, match="token file"):
        render_screenshot(str(path), "overview", "en", tmp_path / "x.png")


def test_another_database_without_an_administrator_is_offered_its_first_one(
    qtbot, opened: Database, make_window: Callable[[Database], MainWindow], tmp_path: Path
) -> None:
    from vocdesk.ui.accounts.first_admin_dialog import FirstAdministratorDialog

    AccountsService(opened).sign_in("admin", ADMIN_PASSWORD)
    window = make_window(opened)
    window.open_location(str(tmp_path / "branch.sqlite"), create=True)
    qtbot.waitUntil(lambda: window.findChild(FirstAdministratorDialog) is not None)
    dialog = window.findChild(FirstAdministratorDialog)
    assert window.signed_in_action.text() == "Setting up: no administrator yet"
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "Later"
    dialog.login_edit.setText("branch-admin")
    dialog.password_edit.setText(ADMIN_PASSWORD)
    dialog.again_edit.setText(ADMIN_PASSWORD)
    dialog.create_administrator()
    assert window.signed_in_action.text() == "Signed in as branch-admin (Administrator)"
    assert window.sign_out_action.isVisible()
