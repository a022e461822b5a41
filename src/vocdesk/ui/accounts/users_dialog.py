"""Users and roles (administrators): every account with its role, grants and state, and the
access tokens issued for scripts. Add…, Edit… (role, grants, active), Reset password… and
Unlock work on the account chosen; Issue token… and Revoke on the tokens. Every change is the
service's, audited there; a refusal (say, demoting the last administrator) is shown in the box.
The small dialogs open without blocking (``open``) and the tables read again when they close."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vocdesk.services.accounts import AccountRow, AccountsService, TokenRow
from vocdesk.ui import layout
from vocdesk.ui.accounts.account_dialogs import (
    AccountDialog,
    IssueTokenDialog,
    ResetPasswordDialog,
    TokenDialog,
)
from vocdesk.ui.accounts.common import role_name
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.display import date_text, yes_no

USERS_DIALOG_SIZE = (1100, 620)
ID_ROLE = Qt.ItemDataRole.UserRole


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[uuid.UUID, list[str]]]) -> None:
    chosen = _chosen_id(table)
    table.setRowCount(len(rows))
    for number, (row_id, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, row_id)
            table.setItem(number, column, item)
        if row_id == chosen:
            table.selectRow(number)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        width = min(header.sectionSize(column) + layout.COLUMN_PADDING, layout.COLUMN_MAX_WIDTH)
        header.resizeSection(column, width)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def _chosen_id(table: QTableWidget) -> uuid.UUID | None:
    items = table.selectedItems()
    if not items:
        return None
    value = items[0].data(ID_ROLE)
    return value if isinstance(value, uuid.UUID) else None


class UsersDialog(QDialog):
    def __init__(self, accounts: AccountsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_dialog")
        self.resize(*USERS_DIALOG_SIZE)
        self._accounts = accounts
        self.rows: list[AccountRow] = []
        self.token_rows: list[TokenRow] = []
        self.child: QDialog | None = None  # the small dialog opened last (for tests)
        self.accounts_table = _table(self, "accounts")
        self.accounts_table.itemSelectionChanged.connect(self._enable)
        self.accounts_table.itemDoubleClicked.connect(lambda _item: self.edit_account())
        self.add_button = self._button("add_account", self.add_account)
        self.edit_button = self._button("edit_account", self.edit_account)
        self.reset_button = self._button("reset_password", self.reset_password)
        self.unlock_button = self._button("unlock", self.unlock)
        self.tokens_box = QGroupBox(self)
        self.tokens_box.setObjectName("tokens")
        self.tokens_table = _table(self.tokens_box, "tokens_table")
        self.tokens_table.itemSelectionChanged.connect(self._enable)
        self.issue_button = self._button("issue_token", self.issue_token)
        self.revoke_button = self._button("revoke_token", self.revoke_token)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.accept)

        account_buttons = QVBoxLayout()
        account_buttons.setSpacing(layout.BUTTON_SPACING)
        for button in (self.add_button, self.edit_button, self.reset_button, self.unlock_button):
            account_buttons.addWidget(button)
        account_buttons.addStretch(1)
        accounts_row = QHBoxLayout()
        accounts_row.setSpacing(layout.SPACING)
        accounts_row.addWidget(self.accounts_table, 1)
        accounts_row.addLayout(account_buttons)
        token_buttons = QVBoxLayout()
        token_buttons.setSpacing(layout.BUTTON_SPACING)
        token_buttons.addWidget(self.issue_button)
        token_buttons.addWidget(self.revoke_button)
        token_buttons.addStretch(1)
        tokens_row = QHBoxLayout(self.tokens_box)
        tokens_row.setSpacing(layout.SPACING)
        tokens_row.addWidget(self.tokens_table, 1)
        tokens_row.addLayout(token_buttons)
        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.setSpacing(layout.SPACING)
        box.addLayout(accounts_row, 3)
        box.addWidget(self.tokens_box, 2)
        box.addWidget(self.buttons)
        self.retranslate()

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.rows = self._accounts.accounts()
            self.token_rows = self._accounts.tokens()
        except Exception as error:  # noqa: BLE001 - a refusal or a failure: the box says it
            show_error(self, error)
            return
        lang = current_language()
        now = datetime.now(UTC)
        _fill(self.accounts_table, [(row.id, self._account_cells(row, lang, now))
                                    for row in self.rows])  # fmt: skip
        _fill(self.tokens_table, [(row.id, self._token_cells(row, lang))
                                  for row in self.token_rows])  # fmt: skip
        self._enable()

    def _account_cells(self, row: AccountRow, lang: str, now: datetime) -> list[str]:
        locked = row.locked_until is not None and row.locked_until > now
        return [
            row.login,
            row.display_name,
            role_name(row.role),
            yes_no(row.may_read_confidential),
            yes_no(row.may_read_personal_data),
            yes_no(row.active) if row.has_password else self.tr("No password yet"),
            self.tr("until {time}").format(time=date_text(row.locked_until, lang))
            if locked
            else "",
            date_text(row.last_sign_in_at, lang),
        ]

    def _token_cells(self, row: TokenRow, lang: str) -> list[str]:
        return [
            row.login,
            row.label,
            date_text(row.created_at, lang),
            date_text(row.last_used_at, lang),
            self.tr("Revoked {time}").format(time=date_text(row.revoked_at, lang))
            if row.revoked_at is not None
            else self.tr("Valid"),
        ]

    def chosen_account(self) -> AccountRow | None:
        chosen = _chosen_id(self.accounts_table)
        return next((row for row in self.rows if row.id == chosen), None)

    def chosen_token(self) -> TokenRow | None:
        chosen = _chosen_id(self.tokens_table)
        return next((row for row in self.token_rows if row.id == chosen), None)

    def choose_account(self, login: str) -> None:
        for number, row in enumerate(self.rows):
            if row.login == login:
                self.accounts_table.selectRow(number)

    def _enable(self) -> None:
        account = self.chosen_account()
        for button in (self.edit_button, self.reset_button):
            button.setEnabled(account is not None)
        self.unlock_button.setEnabled(account is not None and account.locked_until is not None)
        token = self.chosen_token()
        self.revoke_button.setEnabled(token is not None and token.revoked_at is None)
        self.issue_button.setEnabled(bool(self.rows))

    # --- acting ------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        self.child = dialog
        dialog.open()
        return dialog

    def add_account(self) -> QDialog:
        return self._open(AccountDialog(self._accounts, None, self))

    def edit_account(self) -> QDialog | None:
        account = self.chosen_account()
        return self._open(AccountDialog(self._accounts, account, self)) if account else None

    def reset_password(self) -> QDialog | None:
        account = self.chosen_account()
        return self._open(ResetPasswordDialog(self._accounts, account, self)) if account else None

    def unlock(self) -> None:
        account = self.chosen_account()
        if account is None:
            return
        try:
            self._accounts.unlock(account.id)
        except Exception as error:  # noqa: BLE001 - a refusal or a failure: the box says it
            show_error(self, error)
        self.reload()

    def issue_token(self) -> QDialog:
        chosen = self.chosen_account()
        dialog = IssueTokenDialog(
            self._accounts, [row.login for row in self.rows], self,
            login=chosen.login if chosen else "",
        )  # fmt: skip
        dialog.accepted.connect(
            lambda: self._open(TokenDialog(dialog.token, dialog.account_box.currentText(), self))
        )
        return self._open(dialog)

    def revoke_token(self) -> None:
        token = self.chosen_token()
        if token is None:
            return
        try:
            self._accounts.revoke_token(token.id)
        except Exception as error:  # noqa: BLE001 - a refusal or a failure: the box says it
            show_error(self, error)
        self.reload()

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Users and roles"))
        self.accounts_table.setColumnCount(8)
        self.accounts_table.setHorizontalHeaderLabels([
            self.tr("Sign-in name"), self.tr("Name"), self.tr("Role"),
            self.tr("Confidential"), self.tr("Personal data"), self.tr("Active"),
            self.tr("Locked"), self.tr("Last sign-in"),
        ])  # fmt: skip
        self.tokens_table.setColumnCount(5)
        self.tokens_table.setHorizontalHeaderLabels([
            self.tr("Account"), self.tr("For"), self.tr("Issued"), self.tr("Last used"),
            self.tr("State"),
        ])  # fmt: skip
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.reset_button.setText(self.tr("&Reset password…"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.tokens_box.setTitle(self.tr("Access tokens for scripts and scheduled tasks"))
        self.issue_button.setText(self.tr("&Issue token…"))
        self.revoke_button.setText(self.tr("Re&voke"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
