"""Who works in the window: the sign-in at the start (or the first administrator of a database
that has none), the password an administrator's reset asks to change, and signing in again
after a sign-out. These run the dialogs modally (``exec``): nothing else is shown yet."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from vocdesk.services.accounts import AccountsService, SignedIn
from vocdesk.ui.accounts.change_password_dialog import ChangePasswordDialog
from vocdesk.ui.accounts.first_admin_dialog import FirstAdministratorDialog
from vocdesk.ui.accounts.sign_in_dialog import SignInDialog


def sign_in_interactively(
    accounts: AccountsService, location: str, parent: QWidget | None = None, *, login: str = ""
) -> SignedIn | None:
    """Sign someone in on ``accounts``' database: the first administrator's dialog when it has
    none, else the sign-in dialog, then, when an administrator set the password, the forced
    change (refusing it signs out and asks again). None when the person quit."""
    if accounts.needs_first_administrator():
        first = FirstAdministratorDialog(accounts, location, parent, login=login)
        accepted = first.exec() == QDialog.DialogCode.Accepted.value
        signed_in = first.signed_in if accepted else None
        first.deleteLater()
        return signed_in
    while True:
        dialog = SignInDialog(accounts, location, parent, login=login)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted.value
        signed_in = dialog.signed_in if accepted else None
        login = dialog.login_edit.text()
        dialog.deleteLater()
        if signed_in is None:
            return None
        if not signed_in.must_change_password:
            return signed_in
        change = ChangePasswordDialog(accounts, parent, forced=True)
        changed = change.exec() == QDialog.DialogCode.Accepted.value
        change.deleteLater()
        if changed:
            return signed_in
        accounts.sign_out()
