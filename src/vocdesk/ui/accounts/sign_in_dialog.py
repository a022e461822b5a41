"""Signing in: a name and a password; a refusal (wrong name or password, a locked or disabled
account) is said on the dialog's own line, in the user's language. Enter signs in. The database
location is shown small, so the person knows which file they open."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from vocdesk.services.accounts import AccountsService, SignedIn
from vocdesk.ui import layout
from vocdesk.ui.accounts.common import (
    attempt,
    dialog_column,
    labelled_rows,
    password_edit,
    problem_label,
)
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

LOGIN_MAX_LENGTH = 200


def location_label(parent: QWidget, location: str) -> QLabel:
    """The database's location in small grey letters (its whole path in the tooltip)."""
    label = WrappingLabel("", parent)
    label.setObjectName("database_location")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.85)
    label.setFont(font)
    label.setText(location)  # measured in the small font, so no descender is cut off
    label.setToolTip(location)
    label.setStyleSheet("color: palette(placeholder-text)")
    return label


class SignInDialog(QDialog):
    """``SignInDialog(accounts, location)``: Sign in signs in through ``accounts`` and accepts
    (``signed_in`` then holds who); a refusal keeps the dialog open; Cancel rejects."""

    def __init__(
        self,
        accounts: AccountsService,
        location: str,
        parent: QWidget | None = None,
        *,
        login: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH)
        self._accounts = accounts
        self.signed_in: SignedIn | None = None
        self.intro = WrappingLabel("", self)
        self.intro.setObjectName("intro")
        self.login_edit = QLineEdit(login, self)
        self.login_edit.setObjectName("login")
        self.login_edit.setMaxLength(LOGIN_MAX_LENGTH)
        self.password_edit = password_edit(self, "password")
        self.problem_label = problem_label(self)
        self.location = location_label(self, location)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel(self), QLabel(self)]
        form = labelled_rows(self.labels, [self.login_edit, self.password_edit])
        dialog_column(self, self.intro, form, self.problem_label, self.buttons, self.location)
        (self.password_edit if login else self.login_edit).setFocus()
        self.retranslate()

    def sign_in(self) -> None:
        """Sign in with what is typed; on a refusal, say why and keep the dialog open."""

        def work() -> None:
            self.signed_in = self._accounts.sign_in(
                self.login_edit.text(), self.password_edit.text()
            )

        if attempt(self, self.problem_label, work):
            self.accept()
            return
        self.password_edit.clear()
        self.password_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to VocDesk"))
        self.intro.setText(self.tr("Sign in with the name and password an administrator gave you."))
        self.labels[0].setText(self.tr("&Name:"))
        self.labels[1].setText(self.tr("&Password:"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["SignInDialog", "location_label"]
