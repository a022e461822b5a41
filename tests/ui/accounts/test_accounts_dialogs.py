"""The accounts dialogs on real databases and real accounts: signing in, the lockout said in the
user's words, the first administrator, a forced password change, and Users and roles (an
account added with its grants, changed, reset, a token issued, saved owner-only, revoked)."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from vocdesk.domain.accounts import MAX_FAILED_SIGN_INS, Role
from vocdesk.services.accounts import AccountsService
from vocdesk.services.database import Database, open_database
from vocdesk.ui.accounts.account_dialogs import (
    AccountDialog,
    IssueTokenDialog,
    ResetPasswordDialog,
    TokenDialog,
)
from vocdesk.ui.accounts.change_password_dialog import ChangePasswordDialog
from vocdesk.ui.accounts.first_admin_dialog import FirstAdministratorDialog
from vocdesk.ui.accounts.sign_in_dialog import SignInDialog
from vocdesk.ui.accounts.users_dialog import UsersDialog

ADMIN_PASSWORD = "correct horse battery"
STAFF_PASSWORD = "staple paper clip"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def accounts(db: Database) -> AccountsService:
    service = AccountsService(db)
    service.create_first_administrator("admin", ADMIN_PASSWORD, "Pranee")
    return service


def _ok(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_sign_in_dialog_signs_in(qtbot, db: Database, accounts: AccountsService) -> None:
    accounts.sign_out()
    dialog = SignInDialog(accounts, db.location)
    qtbot.addWidget(dialog)
    dialog.open()
    assert db.location in dialog.location.text()
    dialog.login_edit.setText("admin")
    dialog.password_edit.setText("not the password")
    _ok(dialog)
    assert dialog.isVisible() and dialog.problem_label.isVisible()
    assert "Wrong name or password" in dialog.problem_label.text()
    assert dialog.password_edit.text() == ""
    assert db.actor is None
    dialog.password_edit.setText(ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Enter signs in
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert dialog.signed_in is not None and dialog.signed_in.principal.login == "admin"
    assert db.actor is not None and db.actor.login == "admin"


def test_the_sign_in_dialog_says_when_the_account_is_locked(
    qtbot, db: Database, accounts: AccountsService
) -> None:
    accounts.sign_out()
    dialog = SignInDialog(accounts, db.location, login="admin")
    qtbot.addWidget(dialog)
    dialog.open()
    for _ in range(MAX_FAILED_SIGN_INS):
        dialog.password_edit.setText("not the password")
        dialog.sign_in()
    text = dialog.problem_label.text()
    assert "locked until" in text and "administrator can unlock" in text
    assert "+00:00" not in text  # the local time, as people read it, not the stored value
    dialog.password_edit.setText(ADMIN_PASSWORD)  # the right one, still refused
    dialog.sign_in()
    assert dialog.isVisible() and db.actor is None
    assert "locked until" in dialog.problem_label.text()


def test_the_first_administrator_dialog_creates_the_administrator(qtbot, db: Database) -> None:
    accounts = AccountsService(db)
    dialog = FirstAdministratorDialog(accounts, db.location)
    qtbot.addWidget(dialog)
    dialog.open()
    assert "no administrator yet" in dialog.intro.text()
    assert "10 characters" in dialog.rule.text()
    dialog.login_edit.setText("pranee")
    dialog.name_edit.setText("Pranee S.")
    dialog.password_edit.setText(ADMIN_PASSWORD)
    dialog.again_edit.setText(ADMIN_PASSWORD + "x")
    _ok(dialog)
    assert "not the same" in dialog.problem_label.text()
    assert accounts.needs_first_administrator()
    dialog.again_edit.setText(ADMIN_PASSWORD)
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert not accounts.needs_first_administrator()
    assert db.actor is not None and db.actor.role is Role.ADMINISTRATOR
    assert db.actor.display_name == "Pranee S."


def test_cancelling_the_first_administrator_changes_nothing(qtbot, db: Database) -> None:
    accounts = AccountsService(db)
    dialog = FirstAdministratorDialog(accounts, db.location)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.login_edit.setText("pranee")
    dialog.reject()
    assert accounts.needs_first_administrator()
    assert accounts.accounts() == []


def test_a_forced_password_change_offers_only_signing_out(
    qtbot, db: Database, accounts: AccountsService
) -> None:
    row = accounts.add_account("somchai", STAFF_PASSWORD)
    accounts.reset_password(row.id, "temporary words 1")
    accounts.sign_out()
    assert accounts.sign_in("somchai", "temporary words 1").must_change_password
    dialog = ChangePasswordDialog(accounts, forced=True)
    qtbot.addWidget(dialog)
    dialog.open()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Sign out"
    dialog.current_edit.setText("temporary words 1")
    dialog.new_edit.setText("short")
    dialog.again_edit.setText("short")
    _ok(dialog)
    assert "at least 10 characters" in dialog.problem_label.text()
    dialog.new_edit.setText("somchai's own words")
    dialog.again_edit.setText("somchai's own words")
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    accounts.sign_out()
    assert not accounts.sign_in("somchai", "somchai's own words").must_change_password


def _child(users: UsersDialog, kind: type[QDialog]) -> QDialog:
    assert isinstance(users.child, kind)
    return users.child


def test_the_users_dialog_adds_a_staff_account_with_grants_and_manages_it(
    qtbot, db: Database, accounts: AccountsService, tmp_path: Path
) -> None:
    users = UsersDialog(accounts)
    qtbot.addWidget(users)
    users.open()
    assert users.accounts_table.rowCount() == 1
    assert users.accounts_table.item(0, 2).text() == "Administrator"

    users.add_account()
    add = _child(users, AccountDialog)
    add.login_edit.setText("somchai")
    add.name_edit.setText("Somchai K.")
    add.password_edit.setText(STAFF_PASSWORD)
    add.again_edit.setText(STAFF_PASSWORD)
    add.personal_box.setChecked(True)
    _ok(add)
    assert users.accounts_table.rowCount() == 2
    somchai = next(row for row in accounts.accounts() if row.login == "somchai")
    assert somchai.role is Role.STAFF
    assert (somchai.may_read_personal_data, somchai.may_read_confidential) == (True, False)
    assert somchai.must_change_password

    users.choose_account("somchai")
    users.edit_account()
    edit = _child(users, AccountDialog)
    assert edit.login_edit.isReadOnly()
    edit.role_box.setCurrentIndex(list(Role).index(Role.SUPERVISOR))
    edit.confidential_box.setChecked(True)
    _ok(edit)
    somchai = next(row for row in accounts.accounts() if row.login == "somchai")
    assert (somchai.role, somchai.may_read_confidential) == (Role.SUPERVISOR, True)
    texts = [users.accounts_table.item(1, column).text() for column in range(8)]
    assert texts[:6] == ["somchai", "Somchai K.", "Supervisor", "Yes", "Yes", "Yes"]

    # The last administrator cannot be demoted: said on the dialog, nothing changed.
    users.choose_account("admin")
    users.edit_account()
    demote = _child(users, AccountDialog)
    demote.role_box.setCurrentIndex(list(Role).index(Role.STAFF))
    _ok(demote)
    assert "at least one active administrator" in demote.problem_label.text()
    demote.reject()

    users.choose_account("somchai")
    users.reset_password()
    reset = _child(users, ResetPasswordDialog)
    reset.password_edit.setText("temporary words 2")
    reset.again_edit.setText("temporary words 2")
    _ok(reset)

    users.choose_account("somchai")
    users.issue_token()
    issue = _child(users, IssueTokenDialog)
    assert issue.account_box.currentText() == "somchai"
    issue.label_edit.setText("nightly copy")
    _ok(issue)
    shown = _child(users, TokenDialog)
    token = shown.token_edit.text()
    assert token.startswith("vdt_")
    target = tmp_path / "somchai.token"
    assert shown.save_to(target)
    assert target.read_text(encoding="utf-8").strip() == token
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    shown.accept()
    assert users.tokens_table.rowCount() == 1
    assert users.tokens_table.item(0, 4).text() == "Valid"
    users.tokens_table.selectRow(0)
    users.revoke_token()
    assert users.tokens_table.item(0, 4).text().startswith("Revoked")
    accounts.sign_out()
    with pytest.raises(Exception, match="not valid"):
        accounts.sign_in_with_token(token)
    signed_in = accounts.sign_in("somchai", "temporary words 2")
    assert signed_in.must_change_password


def test_the_users_dialog_shows_sign_ins_in_the_buddhist_era_in_thai(
    qtbot, qapp, accounts: AccountsService, compiled_translations: Path
) -> None:
    from datetime import UTC, datetime

    from vocdesk.ui.i18n import LanguageManager

    languages = LanguageManager(qapp, compiled_translations)
    languages.set_language("th")
    try:
        users = UsersDialog(accounts)
        qtbot.addWidget(users)
        assert users.windowTitle() == "ผู้ใช้และบทบาท"
        last_sign_in = users.accounts_table.item(0, 7).text()
        buddhist_year = f"{(datetime.now(UTC).year + 543) % 100:02d}"
        assert f" {buddhist_year} " in last_sign_in and last_sign_in.endswith("น.")
        assert users.accounts_table.item(0, 2).text() == "ผู้ดูแลระบบ"
    finally:
        languages.set_language("en")


def test_a_forced_change_refused_signs_out_and_asks_again(
    qtbot, db: Database, accounts: AccountsService
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from vocdesk.ui.accounts.session import sign_in_interactively

    row = accounts.add_account("somchai", STAFF_PASSWORD)
    accounts.reset_password(row.id, "temporary words 1")
    accounts.sign_out()
    seen: list[str] = []

    def visible(kind: type) -> list:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    def step() -> None:
        if dialogs := visible(ChangePasswordDialog):
            seen.append("change")
            dialogs[0].reject()  # "Sign out"
        elif dialogs := visible(SignInDialog):
            if "signed in" in seen:
                seen.append("asked again")
                dialogs[0].reject()  # quit
                return
            dialogs[0].login_edit.setText("somchai")
            dialogs[0].password_edit.setText("temporary words 1")
            dialogs[0].sign_in()
            seen.append("signed in")
        QTimer.singleShot(50, step)

    QTimer.singleShot(50, step)
    assert sign_in_interactively(accounts, db.location) is None
    assert seen == ["signed in", "change", "asked again"]
    assert db.actor is None
