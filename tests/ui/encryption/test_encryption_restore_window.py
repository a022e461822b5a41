"""File › Restore in the window over an open encrypted database, on real files: a copy under the
database's passphrase restores without a question; a copy under another passphrase asks for it
(a wrong one asked again, with the refusal said), the file then opens under the copy's
passphrase for the same person, and the window keeps working (a query after)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from vocdesk.app import _offer_latest_backup, _open_at_start
from vocdesk.db.cipher import forget_passphrase
from vocdesk.db.models import AuditEntry, Channel, FeedbackEntry
from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.enums import AuditAction, FeedbackType, LifecycleStage
from vocdesk.services.backups import automatic_backup
from vocdesk.services.database import Database, open_database
from vocdesk.services.encryption import change_passphrase, is_encrypted_file
from vocdesk.ui.encryption.backup_passphrase_dialog import BackupPassphraseDialog
from vocdesk.ui.main_window import MainWindow
from vocdesk.ui.settings import Settings

KEY = "ข้อมูลลับของสำนักงาน"
COPY_KEY = "the copy's own passphrase"


def _add(db: Database, count: int) -> None:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        start = datetime(2025, 10, 1, 2, 0, tzinfo=UTC)
        for index in range(count):
            session.add(FeedbackEntry(
                received_at=start + timedelta(hours=index), channel_id=channel,
                stage=LifecycleStage.DURING, type=FeedbackType.OTHER, text=f"ความเห็น {index}",
            ))  # fmt: skip


def _entries(db: Database) -> int:
    with db.session_scope() as session:
        return int(session.scalar(select(func.count()).select_from(FeedbackEntry)) or 0)


def _restores(db: Database) -> int:
    with db.session_scope() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)
                                  .where(AuditEntry.action == AuditAction.RESTORE)) or 0)  # fmt: skip


def _open_encrypted(path: Path) -> tuple[Database, Path]:
    """The database (5 entries, under KEY) open for an administrator, and its copy (3)."""
    db, _ = open_database(path, passphrase=KEY)
    _add(db, 3)
    copy = db.backup_to(path.parent / "copies" / "office-copy.sqlite")
    _add(db, 2)
    db.actor = Principal(login="pranee", role=Role.ADMINISTRATOR, display_name="Pranee")
    return db, copy


def _under_another_passphrase(copy: Path) -> None:
    """The copy under COPY_KEY, which this program does not know (as a copy from elsewhere)."""
    change_passphrase(copy, KEY, COPY_KEY)
    forget_passphrase(copy)


def _dialog() -> BackupPassphraseDialog | None:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, BackupPassphraseDialog) and w.isVisible()]  # fmt: skip
    return found[-1] if found else None


def _restored(window: MainWindow, old: Database) -> bool:
    return window.services.database is not old and window.status.currentMessage().startswith(
        "Restored from"
    )


def test_restoring_a_copy_of_the_open_encrypted_database_asks_nothing(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    make_window: Callable[[Database], MainWindow],
) -> None:
    path = tmp_path / "office.sqlite"
    db, copy = _open_encrypted(path)
    window = make_window(db)
    assert _entries(db) == 5

    window.restore_from(copy)
    qtbot.waitUntil(lambda: _restored(window, db), timeout=20_000)

    database = window.services.database
    assert _dialog() is None
    assert database.encrypted and is_encrypted_file(path)
    assert database.actor is not None and database.actor.login == "pranee"
    assert _entries(database) == 3  # the window keeps working: a query after
    assert _restores(database) == 1
    window.refresh()
    qtbot.wait(50)
    _add(database, 1)
    assert _entries(database) == 4


def test_a_copy_under_another_passphrase_asks_for_it_and_opens_with_it(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    make_window: Callable[[Database], MainWindow],
) -> None:
    path = tmp_path / "office.sqlite"
    db, copy = _open_encrypted(path)
    _under_another_passphrase(copy)
    window = make_window(db)

    window.restore_from(copy)
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=20_000)
    asking = _dialog()
    assert asking is not None and not asking.problem_label.isVisible()
    assert "office-copy.sqlite" in asking.intro.text()
    shots = os.environ.get("VOCDESK_SHOTS")
    if shots:
        asking.grab().save(str(Path(shots) / "backup-passphrase-en.png"))
    assert _entries(window.services.database) == 5  # still the database as it was
    asking.passphrase_edit.setText("not the copy's passphrase")
    asking.ok_button.click()

    qtbot.waitUntil(lambda: _dialog() not in (None, asking), timeout=20_000)
    again = _dialog()
    assert again is not None and again.problem_label.text().startswith("Wrong passphrase")
    assert _entries(window.services.database) == 5  # refused: nothing changed
    again.passphrase_edit.setText(COPY_KEY)
    again.ok_button.click()
    qtbot.waitUntil(lambda: _restored(window, db), timeout=20_000)

    database = window.services.database
    assert database.encrypted
    assert database.actor is not None and database.actor.login == "pranee"
    assert _entries(database) == 3
    assert _restores(database) == 1
    database.dispose()
    open_database(path, create=False, passphrase=COPY_KEY)[0].dispose()


def test_cancelling_the_copys_passphrase_keeps_the_open_database(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    make_window: Callable[[Database], MainWindow],
) -> None:
    path = tmp_path / "office.sqlite"
    db, copy = _open_encrypted(path)
    _under_another_passphrase(copy)
    window = make_window(db)

    window.restore_from(copy)
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=20_000)
    dialog = _dialog()
    assert dialog is not None
    dialog.cancel_button.click()
    qtbot.wait(50)
    assert window.services.database is db
    assert _entries(db) == 5  # the window keeps working on the database as it was


def test_at_start_the_latest_encrypted_backup_of_a_damaged_file_asks_its_passphrase(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    """A plain database that no longer opens, whose latest automatic copy is encrypted under
    a passphrase this program does not know: Yes to the offer, a wrong passphrase said, the
    right one restores, and the file opens under it."""
    path = tmp_path / "office.sqlite"
    db, _ = open_database(path, passphrase=KEY)
    _add(db, 3)
    db.dispose()
    latest = automatic_backup(path, "exit")
    assert latest is not None
    forget_passphrase(path)
    forget_passphrase(latest)
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)  # plain, and damaged
    seen: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            seen.append("offer")
            modal.button(QMessageBox.StandardButton.Yes).click()
        elif isinstance(modal, BackupPassphraseDialog):
            if not seen or seen[-1] == "offer":
                seen.append("asked")
                modal.passphrase_edit.setText("not the copy's passphrase")
            else:
                seen.append(modal.problem_label.text())
                modal.passphrase_edit.setText(KEY)
            modal.ok_button.click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    try:
        opened, problems = _open_at_start(str(path), Settings(tmp_path / "settings.ini"),
                                          _offer_latest_backup)  # fmt: skip
    finally:
        timer.stop()
    try:
        assert seen[:2] == ["offer", "asked"] and seen[2].startswith("Wrong passphrase")
        assert problems == [] and opened.encrypted
        assert _entries(opened) == 3
    finally:
        opened.dispose()
