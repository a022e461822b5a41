"""The first start of a database that has no administrator: whoever sets it up becomes its
administrator (name, display name, password twice; the password rule shown). An officer name
carried over from before accounts may be chosen: that account becomes the administrator."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.services.accounts import AccountsService, SignedIn
from vocdesk.ui import layout
from vocdesk.ui.accounts.common import (
    attempt,
    dialog_column,
    labelled_rows,
    password_edit,
    password_rule,
    problem_label,
)
from vocdesk.ui.accounts.sign_in_dialog import LOGIN_MAX_LENGTH, location_label
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

NAME_MAX_LENGTH = 200


def passwords_differ() -> UserError:
    return user_error("Accounts", QT_TRANSLATE_NOOP("Accounts",
                      "The two passwords are not the same: type the new one twice."))  # fmt: skip


class FirstAdministratorDialog(QDialog):
    """OK creates the administrator through ``accounts`` and signs them in (``signed_in``);
    Cancel rejects and nothing is changed."""

    def __init__(
        self,
        accounts: AccountsService,
        location: str,
        parent: QWidget | None = None,
        *,
        login: str = "",
        later: bool = False,
    ) -> None:
        """``later``: the window is already open (another database was opened), so Cancel
        means "later" (the database stays being set up), not "quit"."""
        super().__init__(parent)
        self.setObjectName("first_administrator_dialog")
        self.later = later
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 80)
        self._accounts = accounts
        self.signed_in: SignedIn | None = None
        self.intro = WrappingLabel("", self)
        self.intro.setObjectName("intro")
        self.login_edit = QLineEdit(login, self)
        self.login_edit.setObjectName("login")
        self.login_edit.setMaxLength(LOGIN_MAX_LENGTH)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("display_name")
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.password_edit = password_edit(self, "password")
        self.again_edit = password_edit(self, "password_again")
        self.rule = WrappingLabel("", self)
        self.rule.setObjectName("password_rule")
        self.problem_label = problem_label(self)
        self.location = location_label(self, location)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.create_administrator)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel(self) for _ in range(4)]
        edits: list[QWidget] = [
            self.login_edit,
            self.name_edit,
            self.password_edit,
            self.again_edit,
        ]
        form = labelled_rows(self.labels, edits, self.rule)
        dialog_column(self, self.intro, form, self.problem_label, self.buttons, self.location)
        self.login_edit.setFocus()
        self.retranslate()

    def create_administrator(self) -> None:
        def work() -> None:
            if self.password_edit.text() != self.again_edit.text():
                raise passwords_differ()
            self.signed_in = self._accounts.create_first_administrator(
                self.login_edit.text(), self.password_edit.text(), self.name_edit.text()
            )

        if attempt(self, self.problem_label, work):
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The first administrator"))
        self.intro.setText(
            self.tr(
                "This database has no administrator yet. Whoever sets it up becomes its "
                "administrator: they add the other people who work with it, give them their "
                "roles and may read its confidential complaints and personal data. Choose your "
                "sign-in name and a password."
            )
        )
        texts = [
            self.tr("Sign-in &name:"), self.tr("&Display name:"),
            self.tr("&Password:"), self.tr("Password &again:"),
        ]  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("as it appears on cases and in the audit trail"))
        self.rule.setText(password_rule())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create and sign in"))
        ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Later") if self.later else self.tr("Quit")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
