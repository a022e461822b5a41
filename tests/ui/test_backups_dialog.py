"""File › Backups… lists the automatic copies; a file that will not open at start is offered
its latest copy (issue 17)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vocdesk import paths
from vocdesk.app import _open_at_start
from vocdesk.services.backups import automatic_backup, list_backups, restore_database
from vocdesk.services.database import open_database
from vocdesk.ui.backups_dialog import BackupsDialog
from vocdesk.ui.settings import Settings


def _database(path: Path) -> Path:
    db, _ = open_database(path)
    db.dispose()
    return path


def test_the_dialog_lists_the_copies_newest_first_with_dates_and_sizes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = _database(tmp_path / "agency.sqlite")
    automatic_backup(database, "daily", now=datetime(2026, 3, 1, 8, 0, 0))
    newest = automatic_backup(database, "import", now=datetime(2026, 3, 2, 14, 5, 0))
    dialog = BackupsDialog(database)
    qtbot.addWidget(dialog)

    rows = [
        [dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())
    ]

    assert len(rows) == 2
    assert rows[0][0].startswith("2 ") and "14:05" in rows[0][0]
    assert rows[0][1] in ("before an import", "ก่อนนำเข้าข้อมูล")
    assert rows[0][2].endswith(("KB", "MB"))
    assert dialog.selected() is not None and dialog.selected().path == newest
    assert dialog.empty.isHidden()
    with qtbot.waitSignal(dialog.restore_requested) as signal:
        dialog.restore_requested.emit(newest)
    assert signal.args == [newest]


def test_a_damaged_file_at_start_is_offered_its_latest_copy(tmp_path: Path) -> None:
    database = _database(tmp_path / "agency.sqlite")
    automatic_backup(database, "daily")
    database.write_bytes(b"garbage, not a database" * 200)
    for journal in ("-wal", "-shm"):
        Path(f"{database}{journal}").unlink(missing_ok=True)
    offered: list[Path] = []

    def accept(path: Path) -> bool:
        offered.append(path)
        from vocdesk.services.backups import latest_backup

        latest = latest_backup(path)
        assert latest is not None
        restore_database(latest.path, path)
        return True

    db, problems = _open_at_start(str(database), Settings(paths.settings_path()), accept)
    try:
        assert offered == [database] and problems == []
        assert db.path == database.resolve()
        with sqlite3.connect(database) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.dispose()


def test_declining_the_offer_opens_the_next_database(tmp_path: Path) -> None:
    database = _database(tmp_path / "agency.sqlite")
    automatic_backup(database, "daily")
    database.write_bytes(b"garbage" * 500)

    db, problems = _open_at_start(str(database), Settings(paths.settings_path()), lambda _p: False)
    try:
        assert len(problems) == 1 and "damaged" in problems[0].message.english()
        assert db.path == paths.default_database_path().resolve()
    finally:
        db.dispose()


def test_file_restore_puts_a_copy_back_and_the_window_reopens_on_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from vocdesk.app import build_main_window
    from vocdesk.domain.registry import StakeholderDraft
    from vocdesk.services.registry.edit import RegistryEditService
    from vocdesk.ui.i18n import LanguageManager
    from vocdesk.ui.tasks import TaskRunner

    db, _ = open_database(tmp_path / "office.sqlite")
    RegistryEditService(db).create(StakeholderDraft(name="ก่อนสำรอง"))
    assert db.path is not None
    copy = automatic_backup(db.path, "manual")
    assert copy is not None
    RegistryEditService(db).create(StakeholderDraft(name="หลังสำรอง"))
    languages = LanguageManager(QApplication.instance(), tmp_path)
    languages.set_language("en")
    runner = TaskRunner()
    window = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
    qtbot.addWidget(window)
    file_menu = [a.text() for a in window.file_menu.actions()]
    assert "Bac&kups…" in file_menu and "&Restore database…" in file_menu
    dialog = window.show_backups()
    assert dialog is not None and dialog.table.rowCount() == 1
    dialog.close()

    window.restore_from(copy)
    qtbot.waitUntil(lambda: window.services.database is not db, timeout=15000)
    runner.wait_all(5000)

    with sqlite3.connect(tmp_path / "office.sqlite") as connection:
        stored = {r[0] for r in connection.execute("SELECT name FROM stakeholder")}
    assert stored == {"ก่อนสำรอง"}
    [kept] = [b for b in list_backups(tmp_path / "office.sqlite") if b.reason == "restore"]
    with sqlite3.connect(kept.path) as connection:
        assert {r[0] for r in connection.execute("SELECT name FROM stakeholder")} == {
            "ก่อนสำรอง", "หลังสำรอง",
        }  # fmt: skip
    window.close()
    window.services.database.dispose()
