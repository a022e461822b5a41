"""Encryption in the window, on real files: an encrypted database opened at start (the
passphrase dialog driven by timers, a wrong passphrase said in place) or through File › Open,
and File › Encryption… converting the open database while the window keeps working, for the
same person; hidden from staff."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from vocdesk.app import _open_at_start, run_gui
from vocdesk.db.models import AuditEntry
from vocdesk.domain.accounts import Principal, Role
from vocdesk.services.accounts import AccountsService
from vocdesk.services.database import Database, open_database
from vocdesk.services.encryption import is_encrypted_file
from vocdesk.ui.accounts.sign_in_dialog import SignInDialog
from vocdesk.ui.encryption.passphrase_dialog import PassphraseDialog
from vocdesk.ui.main_window import MainWindow
from vocdesk.ui.settings import Settings

KEY = "ข้อมูลลับของสำนักงาน"
NEW_KEY = "a newer passphrase"
ADMIN_PASSWORD = "correct horse battery"


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "secret.sqlite"
    open_database(path, passphrase=KEY)[0].dispose()
    return path


def _rows(db: Database) -> int:
    """A query on the open database: the audit trail's length."""
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _type(dialog: PassphraseDialog, passphrase: str) -> None:  # type: ignore[type-arg]
    dialog.passphrase_edit.setText(passphrase)
    dialog.ok_button.click()


def test_an_encrypted_database_asks_its_passphrase_at_start(encrypted: Path) -> None:
    db, _ = open_database(encrypted, create=False, passphrase=KEY)
    AccountsService(db).create_first_administrator("admin", ADMIN_PASSWORD, "Pranee")
    db.dispose()
    seen: dict[str, object] = {}

    def wrong_then_right() -> bool:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, PassphraseDialog) and w.isVisible()]  # fmt: skip
        if not dialogs:
            return False
        dialog = dialogs[0]
        _type(dialog, "not the passphrase")
        seen["problem"] = dialog.problem_label.text()
        seen["still_asking"] = dialog.isVisible()
        _type(dialog, KEY)
        return True

    def sign_in() -> bool:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, SignInDialog) and w.isVisible()]  # fmt: skip
        if not dialogs:
            return False
        dialogs[0].login_edit.setText("admin")
        dialogs[0].password_edit.setText(ADMIN_PASSWORD)
        dialogs[0].sign_in()
        return True

    def close_window() -> bool:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]  # fmt: skip
        if not windows:
            return False
        database = windows[0].services.database
        seen["path"] = database.path
        seen["encrypted"] = database.encrypted
        seen["rows"] = _rows(database)
        seen["who"] = windows[0].signed_in_action.text()
        windows[0].close()
        return True

    steps = [wrong_then_right, sign_in, close_window]

    def tick() -> None:
        if steps and steps[0]():
            steps.pop(0)
        if steps:
            QTimer.singleShot(100, tick)

    QTimer.singleShot(100, tick)
    assert run_gui(str(encrypted), language="en") == 0

    assert "Wrong passphrase" in str(seen["problem"]) and seen["still_asking"] is True
    assert seen["path"] == encrypted.resolve() and seen["encrypted"] is True
    assert isinstance(seen["rows"], int) and seen["who"] == "Signed in as Pranee (Administrator)"
    assert is_encrypted_file(encrypted)


def test_a_passphrase_refused_at_start_is_said_and_the_next_database_opens(
    encrypted: Path,
) -> None:
    asked: list[str] = []

    def cancel(location: str) -> Database | None:
        asked.append(location)
        return None

    settings = Settings(Path(encrypted.parent / "start.ini"))
    db, problems = _open_at_start(str(encrypted), settings, ask_passphrase=cancel)
    try:
        assert asked == [str(encrypted)]
        assert len(problems) == 1 and "is encrypted" in str(problems[0])
        assert db.path != encrypted.resolve() and not db.encrypted  # the default database
    finally:
        db.dispose()


def test_file_open_of_an_encrypted_database_asks_its_passphrase(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    encrypted: Path,
    make_window: Callable[[Database], MainWindow],
) -> None:
    window = make_window(open_database(tmp_path / "plain.sqlite")[0])

    dialog = window.open_location(str(encrypted))

    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    _type(dialog, "still not it, sorry")
    assert "Wrong passphrase" in dialog.problem_label.text()
    assert window.services.database.path == (tmp_path / "plain.sqlite").resolve()
    _type(dialog, KEY)
    qtbot.waitUntil(lambda: window.services.database.path == encrypted.resolve())
    assert window.services.database.encrypted
    assert window.windowTitle() == "VocDesk — secret.sqlite"
    _rows(window.services.database)


def test_cancelling_the_passphrase_keeps_the_open_database(
    tmp_path: Path, encrypted: Path, make_window: Callable[[Database], MainWindow]
) -> None:
    window = make_window(open_database(tmp_path / "plain.sqlite")[0])
    dialog = window.open_location(str(encrypted))
    assert dialog is not None
    dialog.cancel_button.click()
    assert window.services.database.path == (tmp_path / "plain.sqlite").resolve()
    _rows(window.services.database)


def test_encryption_converts_the_open_database_and_the_window_keeps_working(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    make_window: Callable[[Database], MainWindow],
) -> None:
    path = tmp_path / "office.sqlite"
    db, _ = open_database(path)
    AccountsService(db).create_first_administrator("admin", ADMIN_PASSWORD, "Pranee")
    window = make_window(db)
    assert window.encryption_action.isVisible() and window.encryption_action.isEnabled()
    assert window.encryption_action.text() == "E&ncryption…"
    before = _rows(db)

    dialog = window.show_encryption()
    assert dialog is not None and not dialog.encrypted
    dialog.new_edit.setText(KEY)
    dialog.again_edit.setText(KEY)
    dialog.understood.setChecked(True)
    dialog.ok_button.click()

    database = window.services.database
    assert database is not db and database.encrypted and is_encrypted_file(path)
    assert database.actor is not None and database.actor.login == "admin"
    assert window.signed_in_action.text() == "Signed in as Pranee (Administrator)"
    assert window.status.currentMessage().startswith("The database is now encrypted")
    assert _rows(database) >= before
    AccountsService(database).add_account("somchai", "first words 12", Role.STAFF, "Somchai")
    window.refresh()
    qtbot.wait(50)

    changing = window.show_encryption()
    assert changing is not None and changing.encrypted
    changing.current_edit.setText(KEY)
    changing.new_edit.setText(NEW_KEY)
    changing.again_edit.setText(NEW_KEY)
    changing.understood.setChecked(True)
    changing.ok_button.click()
    assert window.services.database.actor is not None
    assert window.status.currentMessage() == "The database's passphrase was changed."
    _rows(window.services.database)
    open_database(path, create=False, passphrase=NEW_KEY)[0].dispose()


def test_a_refused_conversion_leaves_the_file_and_the_open_database_as_they_were(
    tmp_path: Path, encrypted: Path, make_window: Callable[[Database], MainWindow]
) -> None:
    db, _ = open_database(encrypted, passphrase=KEY)
    window = make_window(db)
    dialog = window.show_encryption()
    assert dialog is not None and dialog.encrypted
    dialog.remove_choice.setChecked(True)
    dialog.current_edit.setText("this is the wrong one")
    dialog.ok_button.click()
    assert "Wrong passphrase" in dialog.problem_label.text()
    dialog.cancel_button.click()

    assert window.services.database is db and is_encrypted_file(encrypted)
    _rows(db)


def test_encryption_is_hidden_for_staff(
    tmp_path: Path, make_window: Callable[[Database], MainWindow]
) -> None:
    db, _ = open_database(tmp_path / "plain.sqlite")
    db.actor = Principal(login="somchai", role=Role.STAFF)
    window = make_window(db)
    assert not window.encryption_action.isVisible()
