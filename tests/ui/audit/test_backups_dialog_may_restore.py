"""File › Backups… for someone who may not restore (issue 16): the copies to read, no Restore."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from vocdesk.services.backups import automatic_backup
from vocdesk.services.database import open_database
from vocdesk.ui.backups_dialog import BackupsDialog


def test_the_restore_buttons_stay_disabled_without_the_permission(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = tmp_path / "agency.sqlite"
    db, _ = open_database(database)
    db.dispose()
    automatic_backup(database, "daily", now=datetime(2026, 3, 1, 8, 0, 0))

    reader = BackupsDialog(database, may_restore=False)
    admin = BackupsDialog(database)
    qtbot.addWidget(reader)
    qtbot.addWidget(admin)

    assert reader.table.rowCount() == 1 and reader.selected() is not None
    assert not reader.restore_button.isEnabled() and not reader.other_button.isEnabled()
    assert "administrator" in reader.restore_button.toolTip()
    assert admin.restore_button.isEnabled() and admin.other_button.isEnabled()
