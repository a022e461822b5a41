"""Automatic backups on the schedule the administrator sets (issue 17): off, daily or weekly,
and how many daily, weekly and monthly copies are kept, stored with the data so that every PC
opening the file follows it; set in File › Backups… or ``vocdesk settings set``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.messages import UserError
from vocdesk.services.backup_policy import BackupPolicy
from vocdesk.services.backups import (
    BackupsService,
    automatic_backup,
    backup_if_due,
    backup_policy_of,
    list_backups,
)
from vocdesk.services.database import Database, open_database
from vocdesk.services.settings import SettingsService

MONDAY = datetime(2026, 3, 2, 8, 0, 0)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "agency.sqlite")
    yield database
    database.dispose()


def _path(db: Database) -> Path:
    assert db.path is not None
    return db.path


def test_by_default_a_copy_is_taken_daily_and_7_4_12_are_kept(db: Database) -> None:
    assert BackupsService(db).policy() == BackupPolicy("daily", 7, 4, 12)
    assert backup_policy_of(_path(db)) == BackupPolicy()
    assert backup_if_due(_path(db), now=MONDAY) is not None


def test_a_weekly_schedule_takes_a_copy_once_in_seven_days(db: Database) -> None:
    BackupsService(db).set_policy(BackupPolicy(schedule="weekly"))
    path = _path(db)

    first = backup_if_due(path, now=MONDAY)
    assert first is not None and first.name.endswith("-weekly.sqlite")
    for days in range(1, 7):
        assert backup_if_due(path, now=MONDAY + timedelta(days=days)) is None
    assert backup_if_due(path, now=MONDAY + timedelta(days=7)) is not None
    assert [b.reason for b in list_backups(path)] == ["weekly", "weekly"]


def test_off_takes_no_scheduled_copy_but_still_one_before_an_import(db: Database) -> None:
    BackupsService(db).set_policy(BackupPolicy(schedule="off"))
    path = _path(db)

    assert backup_if_due(path, now=MONDAY) is None
    assert automatic_backup(path, "import", now=MONDAY) is not None
    assert [b.reason for b in list_backups(path)] == ["import"]


def test_the_kept_counts_set_rule_the_rotation(db: Database) -> None:
    BackupsService(db).set_policy(BackupPolicy("daily", keep_daily=3, keep_weekly=1,
                                               keep_monthly=1))  # fmt: skip
    path = _path(db)
    for day in range(40):
        assert backup_if_due(path, now=MONDAY + timedelta(days=day)) is not None

    kept = [b.taken.date() for b in list_backups(path)]
    last = (MONDAY + timedelta(days=39)).date()
    assert kept == [last, last - timedelta(days=1), last - timedelta(days=2)]


def test_only_an_administrator_sets_the_schedule_and_nonsense_is_refused(db: Database) -> None:
    service = BackupsService(db)
    for wrong in (
        BackupPolicy(schedule="hourly"),
        BackupPolicy(keep_daily=0),
        BackupPolicy(keep_weekly=-1),
        BackupPolicy(keep_monthly=10_000),
    ):
        with pytest.raises(UserError):
            service.set_policy(wrong)
    db.actor = Principal(login="malee", role=Role.SUPERVISOR)
    assert service.policy().schedule == "daily"  # anyone reads it
    with pytest.raises(UserError):
        service.set_policy(BackupPolicy(schedule="off"))
    with pytest.raises(UserError):
        SettingsService(db).set("backup_schedule", "off")  # may manage catalogues, not backups
    assert backup_policy_of(_path(db)) == BackupPolicy()


def test_the_settings_command_shows_and_sets_the_schedule(db: Database) -> None:
    settings = SettingsService(db)
    shown = dict(settings.shown())
    assert (shown["backup_schedule"], shown["backup_keep_daily"], shown["backup_keep_weekly"],
            shown["backup_keep_monthly"]) == ("daily", "7", "4", "12")  # fmt: skip

    settings.set("backup_schedule", " Weekly ")
    settings.set("backup_keep_monthly", "24")
    with pytest.raises(UserError) as refused:
        settings.set("backup_keep_daily", "many")
    assert "backup_keep_daily" in refused.value.message.english()

    assert BackupsService(db).policy() == BackupPolicy("weekly", 7, 4, 24)
    assert backup_policy_of(_path(db)) == BackupPolicy("weekly", 7, 4, 24)


def test_a_file_whose_settings_cannot_be_read_keeps_the_default(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"not a database" * 100)
    assert backup_policy_of(damaged) == BackupPolicy()
    plain = tmp_path / "plain.sqlite"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE app_setting (key TEXT, value TEXT)")
        connection.execute("INSERT INTO app_setting VALUES ('backup_schedule', 'nonsense')")
        connection.execute("INSERT INTO app_setting VALUES ('backup_keep_daily', '-5')")
    assert backup_policy_of(plain) == BackupPolicy()
