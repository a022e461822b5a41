"""``vocdesk settings set backup_schedule weekly --db PATH`` (issue 17): the automatic backups'
schedule and kept counts set from the command line, kept in the database; nonsense exits 2 in
the user's language and changes nothing."""

from __future__ import annotations

from pathlib import Path

from test_cli import vocdesk_command

from vocdesk.services.backup_policy import BackupPolicy
from vocdesk.services.backups import backup_policy_of
from vocdesk.services.database import open_database


def test_the_schedule_is_set_and_shown_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    open_database(path)[0].dispose()

    for key, value in (("backup_schedule", "weekly"), ("backup_keep_weekly", "8")):
        run = vocdesk_command("settings", "set", key, value, "--db", path)
        assert run.code == 0, run.err
    refused = vocdesk_command(
        "settings", "set", "backup_schedule", "hourly", "--db", path, lang="th"
    )
    shown = vocdesk_command("settings", "show", "--db", path)

    assert refused.code == 2 and "ตารางสำรองข้อมูล" in refused.err
    assert "backup_schedule = weekly" in shown.out.splitlines()
    assert backup_policy_of(path) == BackupPolicy("weekly", 7, 8, 12)
