"""The small dialogs of Users and roles: an account added or changed (role, grants, whether it
may sign in), a password reset, a token issued and shown once (copied, or saved to a file only
its owner can read)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from vocdesk.domain.accounts import Role
from vocdesk.paths import make_private_file
from vocdesk.services.accounts import AccountRow, AccountsService
from vocdesk.ui import layout
from vocdesk.ui.accounts.common import (
    attempt,
    dialog_column,
    password_edit,
    password_rule,
    problem_label,
    role_name,
)
from vocdesk.ui.accounts.first_admin_dialog import NAME_MAX_LENGTH, passwords_differ
from vocdesk.ui.accounts.sign_in_dialog import LOGIN_MAX_LENGTH
from vocdesk.ui.errors import show_error
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

PRIVATE_FILE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
PRIVATE_FILE_MODE = 0o600


def write_private_text(path: Path, text: str) -> Path:
    """Write ``text`` to ``path``, readable by its owner only (0600 on Linux and macOS)."""
    descriptor = os.open(path, PRIVATE_FILE_FLAGS, PRIVATE_FILE_MODE)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text)
    return make_private_file(path)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


class AccountDialog(QDialog):
    """Add an account (``row`` None: sign-in name, password twice) or change one (its name,
    role, grants and whether it may sign in). OK stores it through ``accounts``."""

    def __init__(
        self,
        accounts: AccountsService,
        row: AccountRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("account_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 60)
        self._accounts = accounts
        self.row = row
        self.saved: AccountRow | None = None
        self.login_edit = QLineEdit(row.login if row else "", self)
        self.login_edit.setObjectName("login")
        self.login_edit.setMaxLength(LOGIN_MAX_LENGTH)
        self.login_edit.setReadOnly(row is not None)
        self.name_edit = QLineEdit(row.display_name if row else "", self)
        self.name_edit.setObjectName("display_name")
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.password_edit = password_edit(self, "password")
        self.again_edit = password_edit(self, "password_again")
        self.rule = WrappingLabel("", self)
        self.rule.setObjectName("password_rule")
        self.role_box = QComboBox(self)
        self.role_box.setObjectName("role")
        for role in Role:
            self.role_box.addItem("", role)
        self.role_box.setCurrentIndex(list(Role).index(row.role if row else Role.STAFF))
        self.confidential_box = QCheckBox(self)
        self.confidential_box.setObjectName("may_read_confidential")
        self.confidential_box.setChecked(bool(row and row.may_read_confidential))
        self.personal_box = QCheckBox(self)
        self.personal_box.setObjectName("may_read_personal_data")
        self.personal_box.setChecked(bool(row and row.may_read_personal_data))
        self.active_box = QCheckBox(self)
        self.active_box.setObjectName("active")
        self.active_box.setChecked(row.active if row else True)
        self.problem_label = problem_label(self)
        self.buttons = _buttons(self)
        self.buttons.accepted.connect(self.save)
        self.labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        form.setSpacing(layout.FORM_SPACING)
        form.addRow(self.labels[0], self.login_edit)
        form.addRow(self.labels[1], self.name_edit)
        if row is None:
            form.addRow(self.labels[2], self.password_edit)
            form.addRow(self.labels[3], self.again_edit)
            form.addRow("", self.rule)
        else:
            for widget in (self.labels[2], self.labels[3], self.password_edit, self.again_edit,
                           self.rule):  # fmt: skip
                widget.hide()
        form.addRow(self.labels[4], self.role_box)
        form.addRow("", self.confidential_box)
        form.addRow("", self.personal_box)
        if row is not None:
            form.addRow("", self.active_box)
        else:
            self.active_box.hide()
        for label, buddy in zip(self.labels, [self.login_edit, self.name_edit, self.password_edit,
                                              self.again_edit, self.role_box], strict=True):  # fmt: skip
            label.setBuddy(buddy)
        dialog_column(self, form, self.problem_label, self.buttons)
        (self.name_edit if row else self.login_edit).setFocus()
        self.retranslate()

    def role(self) -> Role:
        return Role(self.role_box.currentData())

    def save(self) -> None:
        def work() -> None:
            if self.row is None:
                if self.password_edit.text() != self.again_edit.text():
                    raise passwords_differ()
                self.saved = self._accounts.add_account(
                    self.login_edit.text(), self.password_edit.text(), self.role(),
                    self.name_edit.text(),
                    may_read_confidential=self.confidential_box.isChecked(),
                    may_read_personal_data=self.personal_box.isChecked(),
                )  # fmt: skip
            else:
                self.saved = self._accounts.update_account(
                    self.row.id, display_name=self.name_edit.text().strip() or self.row.login,
                    role=self.role(), may_read_confidential=self.confidential_box.isChecked(),
                    may_read_personal_data=self.personal_box.isChecked(),
                    active=self.active_box.isChecked(),
                )  # fmt: skip

        if attempt(self, self.problem_label, work):
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an account") if self.row is None else self.tr("Account"))
        texts = [
            self.tr("Sign-in &name:"), self.tr("&Display name:"), self.tr("&Password:"),
            self.tr("Password &again:"), self.tr("&Role:"),
        ]  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.rule.setText(
            password_rule() + " " + self.tr("They choose their own at their first sign-in.")
        )
        for index, role in enumerate(Role):
            self.role_box.setItemText(index, role_name(role))
        self.role_box.setToolTip(
            self.tr(
                "Staff record and work their own cases; supervisors also assign and close "
                "cases, print reports, import and export; administrators also manage users, "
                "catalogues, settings and backups, and read the audit trail."
            )
        )
        self.confidential_box.setText(self.tr("May read &confidential complaints"))
        self.personal_box.setText(self.tr("May read and export &personal data unmasked"))
        self.active_box.setText(self.tr("&Active (may sign in)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ResetPasswordDialog(QDialog):
    """An administrator sets a new password for ``row`` (who must change it at their next
    sign-in); the account is unlocked too."""

    def __init__(
        self, accounts: AccountsService, row: AccountRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reset_password_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH)
        self._accounts = accounts
        self.row = row
        self.intro = WrappingLabel("", self)
        self.password_edit = password_edit(self, "password")
        self.again_edit = password_edit(self, "password_again")
        self.rule = WrappingLabel("", self)
        self.problem_label = problem_label(self)
        self.buttons = _buttons(self)
        self.buttons.accepted.connect(self.save)
        self.labels = [QLabel(self), QLabel(self)]
        form = QFormLayout()
        form.setSpacing(layout.FORM_SPACING)
        form.addRow(self.labels[0], self.password_edit)
        form.addRow(self.labels[1], self.again_edit)
        form.addRow("", self.rule)
        dialog_column(self, self.intro, form, self.problem_label, self.buttons)
        self.retranslate()

    def save(self) -> None:
        def work() -> None:
            if self.password_edit.text() != self.again_edit.text():
                raise passwords_differ()
            self._accounts.reset_password(self.row.id, self.password_edit.text())

        if attempt(self, self.problem_label, work):
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset password"))
        self.intro.setText(
            self.tr(
                "A new password for {name}. Tell it to them in person; they must choose their "
                "own at their next sign-in. The account is unlocked too."
            ).format(name=self.row.display_name or self.row.login)
        )
        self.labels[0].setText(self.tr("&New password:"))
        self.labels[1].setText(self.tr("New password &again:"))
        self.rule.setText(password_rule())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reset password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class IssueTokenDialog(QDialog):
    """Issue a token for one account (chosen) with a label saying what it is for; on OK the
    token is kept in ``token`` for ``TokenDialog`` to show once."""

    def __init__(
        self,
        accounts: AccountsService,
        logins: list[str],
        parent: QWidget | None = None,
        *,
        login: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issue_token_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH)
        self._accounts = accounts
        self.token = ""
        self.intro = WrappingLabel("", self)
        self.account_box = QComboBox(self)
        self.account_box.setObjectName("account")
        self.account_box.addItems(logins)
        if login in logins:
            self.account_box.setCurrentIndex(logins.index(login))
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("label")
        self.label_edit.setMaxLength(NAME_MAX_LENGTH)
        self.problem_label = problem_label(self)
        self.buttons = _buttons(self)
        self.buttons.accepted.connect(self.issue)
        self.labels = [QLabel(self), QLabel(self)]
        form = QFormLayout()
        form.setSpacing(layout.FORM_SPACING)
        form.addRow(self.labels[0], self.account_box)
        form.addRow(self.labels[1], self.label_edit)
        dialog_column(self, self.intro, form, self.problem_label, self.buttons)
        self.retranslate()

    def issue(self) -> None:
        def work() -> None:
            self.token = self._accounts.issue_token(
                self.account_box.currentText(), self.label_edit.text()
            )

        if attempt(self, self.problem_label, work):
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Issue a token"))
        self.intro.setText(
            self.tr(
                "A token lets a script or a scheduled task sign in as this account, with its "
                "role, without a password (vocdesk --token-file FILE). Revoke it when it is no "
                "longer needed."
            )
        )
        self.labels[0].setText(self.tr("&Account:"))
        self.labels[1].setText(self.tr("&What it is for:"))
        self.label_edit.setPlaceholderText(self.tr("e.g. the nightly backup"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class TokenDialog(QDialog):
    """A token just issued, shown this once: copy it, or save it to a file only its owner
    may read."""

    def __init__(self, token: str, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("token_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 180)
        self._token = token
        self._login = login
        self.saved_to: Path | None = None
        self.intro = WrappingLabel("", self)
        self.token_edit = QLineEdit(token, self)
        self.token_edit.setObjectName("token")
        self.token_edit.setReadOnly(True)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy_token")
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_token")
        self.save_button.clicked.connect(self.choose_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.accept)
        row = QHBoxLayout()
        row.setSpacing(layout.BUTTON_SPACING)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        dialog_column(self, self.intro, self.token_edit, row, self.buttons)
        self.retranslate()

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self._token)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the token"), str(Path.home() / f"vocdesk-{self._login}.token")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        try:
            self.saved_to = write_private_text(path, self._token + "\n")
        except OSError as error:
            show_error(self, error)
            return False
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Token for {login}").format(login=self._login))
        self.intro.setText(
            self.tr(
                "This token is shown only now: VocDesk keeps only a fingerprint of it. Save it "
                "to a file that only the account that runs the script can read, or copy it. "
                "Whoever holds it can sign in as {login}."
            ).format(login=self._login)
        )
        self.copy_button.setText(self.tr("&Copy"))
        self.save_button.setText(self.tr("&Save to file…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
