"""Screenshots of the accounts dialogs, in Thai and English, for docs/ (issue 16): signing in,
the first administrator, and Users and roles on a database with a few accounts.

    python scripts/screenshots_accounts.py [--out docs/screenshots]

The database is made in a temporary folder: an administrator, a supervisor with both grants, a
staff member with the personal-data grant, one locked after five wrong passwords, and a token for the nightly backup.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from vocdesk.app import _application  # noqa: E402
from vocdesk.domain.accounts import MAX_FAILED_SIGN_INS, Role  # noqa: E402
from vocdesk.domain.messages import UserError  # noqa: E402
from vocdesk.paths import translations_dir  # noqa: E402
from vocdesk.services.accounts import AccountsService  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.ui.accounts.first_admin_dialog import FirstAdministratorDialog  # noqa: E402
from vocdesk.ui.accounts.sign_in_dialog import SignInDialog  # noqa: E402
from vocdesk.ui.accounts.users_dialog import UsersDialog  # noqa: E402
from vocdesk.ui.fonts import install_thai_font  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402

PASSWORD = "correct horse battery"


def fill(db: Database) -> AccountsService:
    accounts = AccountsService(db)
    accounts.create_first_administrator("pranee", PASSWORD, "ปราณี ศรีสุข")
    accounts.add_account("malee", PASSWORD, Role.SUPERVISOR, "มาลี วงศ์ทอง",
                         may_read_confidential=True, may_read_personal_data=True)  # fmt: skip
    accounts.add_account("somchai", PASSWORD, Role.STAFF, "สมชาย ใจดี",
                         may_read_personal_data=True)  # fmt: skip
    accounts.add_account("wichai", PASSWORD, Role.STAFF, "วิชัย แก้วมณี")
    accounts.add_account("backup", PASSWORD, Role.SUPERVISOR, "สำรองข้อมูลทุกคืน")
    accounts.issue_token("backup", "nightly backup / สำรองข้อมูลทุกคืน")
    accounts.sign_out()
    for login in ("malee", "somchai"):
        accounts.sign_in(login, PASSWORD)
        accounts.sign_out()
    for _ in range(MAX_FAILED_SIGN_INS):
        with contextlib.suppress(UserError):
            accounts.sign_in("wichai", "a wrong password")
    accounts.sign_in("pranee", PASSWORD)
    return accounts


def settle(app: QApplication, seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(path)
    widget.close()
    widget.deleteLater()
    settle(app, 0.05)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = _application()
    install_thai_font(app)
    languages = LanguageManager(app, translations_dir())
    with tempfile.TemporaryDirectory(prefix="vocdesk-accounts-") as scratch:
        new_db, _ = open_database(Path(scratch) / "new-office.sqlite")
        db, _ = open_database(Path(scratch) / "vocdesk.sqlite")
        try:
            accounts = fill(db)
            for lang in ("th", "en"):
                languages.set_language(lang)
                sign_in = SignInDialog(AccountsService(db), str(db.location), login="somchai")
                save(app, sign_in, args.out / f"signin-{lang}.png")
                first = FirstAdministratorDialog(AccountsService(new_db), str(new_db.location))
                first.login_edit.setText("pranee")
                first.name_edit.setText("ปราณี ศรีสุข")
                save(app, first, args.out / f"first-admin-{lang}.png")
                users = UsersDialog(accounts)
                users.choose_account("somchai")
                save(app, users, args.out / f"users-{lang}.png")
            languages.set_language("en")
        finally:
            db.dispose()
            new_db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
