"""Changing one's own password: the current one, the new one twice. In *forced* mode (after an
administrator's reset, or on a new account's first sign-in) it cannot be skipped: its other
button is Sign out, and closing it means the same."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from vocdesk.services.accounts import AccountsService
from vocdesk.ui import layout
from vocdesk.ui.accounts.common import (
    attempt,
    dialog_column,
    labelled_rows,
    password_edit,
    password_rule,
    problem_label,
)
from vocdesk.ui.accounts.first_admin_dialog import passwords_differ
from vocdesk.ui.widgets.thai_wrap import WrappingLabel


class ChangePasswordDialog(QDialog):
    """OK changes the password through ``accounts`` and accepts; a refusal keeps it open.
    ``forced``: rejecting it (Sign out, Esc, closing) means the caller signs the person out."""

    def __init__(
        self, accounts: AccountsService, parent: QWidget | None = None, *, forced: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("change_password_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH)
        self._accounts = accounts
        self.forced = forced
        self.intro = WrappingLabel("", self)
        self.intro.setObjectName("intro")
        self.current_edit = password_edit(self, "current_password")
        self.new_edit = password_edit(self, "new_password")
        self.again_edit = password_edit(self, "new_password_again")
        self.rule = WrappingLabel("", self)
        self.rule.setObjectName("password_rule")
        self.problem_label = problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel(self) for _ in range(3)]
        edits: list[QWidget] = [self.current_edit, self.new_edit, self.again_edit]
        form = labelled_rows(self.labels, edits, self.rule)
        dialog_column(self, self.intro, form, self.problem_label, self.buttons)
        self.current_edit.setFocus()
        self.retranslate()

    def change(self) -> None:
        def work() -> None:
            if self.new_edit.text() != self.again_edit.text():
                raise passwords_differ()
            self._accounts.change_password(self.current_edit.text(), self.new_edit.text())

        if attempt(self, self.problem_label, work):
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.intro.setText(
            self.tr(
                "An administrator set your password: choose your own before you go on. "
                "To leave without it, sign out."
            )
            if self.forced
            else self.tr("Type your current password, then the new one twice.")
        )
        texts = [
            self.tr("&Current password:"), self.tr("&New password:"),
            self.tr("New password &again:"),
        ]  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.rule.setText(password_rule())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change password"))
        ok.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Sign out") if self.forced else self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
