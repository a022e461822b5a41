"""File › Backups… (issue 17): an administrator sets the automatic copies' schedule and kept
counts; whoever else opens it reads them in the text and cannot change them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from vocdesk.domain.accounts import Principal, Role
from vocdesk.services.backup_policy import BackupPolicy
from vocdesk.services.backups import BackupsService, backup_policy_of
from vocdesk.services.database import Database, open_database
from vocdesk.ui.backups_dialog import BackupsDialog
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.widgets.choices import select_data


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "agency.sqlite")
    yield database
    database.dispose()


def _dialog(qtbot: QtBot, db: Database) -> BackupsDialog:
    assert db.path is not None
    dialog = BackupsDialog(db.path, backups=BackupsService(db))
    qtbot.addWidget(dialog)
    return dialog


def test_an_administrator_sets_the_schedule_in_the_dialog(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    box = dialog.schedule_box
    assert not box.isHidden() and box.schedule.currentData() == "daily"
    assert "once a day" in dialog.intro.text() and "months: 12" in dialog.intro.text()

    select_data(box.schedule, "weekly")
    box.keep["keep_daily"].setValue(10)
    box.keep["keep_monthly"].setValue(24)
    box.save_button.click()

    assert db.path is not None
    assert backup_policy_of(db.path) == BackupPolicy("weekly", 10, 4, 24)
    assert "once a week" in dialog.intro.text() and "days: 10" in dialog.intro.text()
    assert box.saved_label.text() == "The schedule was saved."


def test_someone_else_reads_the_schedule_but_cannot_set_it(qtbot: QtBot, db: Database) -> None:
    BackupsService(db).set_policy(BackupPolicy("off"))
    db.actor = Principal(login="somchai", role=Role.STAFF)
    dialog = _dialog(qtbot, db)

    assert dialog.schedule_box.isHidden()
    assert "not on a schedule" in dialog.intro.text()
    assert not dialog.restore_button.isEnabled() and not dialog.other_button.isEnabled()


def test_the_schedule_box_in_thai(
    qtbot: QtBot, db: Database, qapp, compiled_translations, tmp_path: Path
) -> None:  # noqa: ANN001
    languages = LanguageManager(qapp, compiled_translations)
    try:
        languages.set_language("th")
        dialog = _dialog(qtbot, db)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.schedule_box.title() == "การสำรองข้อมูลอัตโนมัติ"
        assert "วันละครั้ง" in dialog.intro.text()
    finally:
        languages.set_language("en")
