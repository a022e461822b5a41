"""Personal data at rest (issue 16): VocDesk's folders and files are its owner's only.

The data folder, a new database and its journals, the backups folder and every copy in it, the
logs folder and the log file: 0700 for folders, 0600 for files, on Linux and macOS. (On Windows
the user's profile folder is private by its ACL; docs/security.md.)
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest

from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.messages import UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.paths import make_private_dir, user_data_dir
from vocdesk.services.audit import AuditFilter, AuditTrailService
from vocdesk.services.backups import (
    BackupsService,
    automatic_backup,
    backups_folder,
    list_backups,
    restore_database,
)
from vocdesk.services.database import open_database
from vocdesk.ui.errors import LogFileHandler, install_excepthook

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def loose_umask() -> object:
    """The usual umask (022): what VocDesk creates would be 0644/0755 if it did nothing."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_database_in_the_data_folder_is_owner_only(loose_umask: object) -> None:
    path = user_data_dir() / "vocdesk.sqlite"

    db, _ = open_database(path)
    try:
        with db.session_scope() as session:  # a write: the WAL files are there now
            session.connection().exec_driver_sql("CREATE TABLE scratch (v TEXT)")
        assert _mode(user_data_dir()) == 0o700
        assert _mode(path) == 0o600
        for suffix in ("-wal", "-shm"):
            journal = Path(f"{path}{suffix}")
            if journal.exists():
                assert _mode(journal) == 0o600, suffix
    finally:
        db.dispose()


def test_a_database_in_a_new_folder_gets_a_private_folder(
    tmp_path: Path, loose_umask: object
) -> None:
    path = tmp_path / "office" / "2569" / "agency.sqlite"

    db, _ = open_database(path)
    db.dispose()

    assert _mode(tmp_path / "office") == 0o700
    assert _mode(tmp_path / "office" / "2569") == 0o700
    assert _mode(path) == 0o600


def test_an_existing_shared_folder_is_left_as_it_is(tmp_path: Path, loose_umask: object) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o775)
    shared.chmod(0o775)

    make_private_dir(shared / "vocdesk")

    assert _mode(shared) == 0o775
    assert _mode(shared / "vocdesk") == 0o700


def test_backup_copies_and_their_folder_are_owner_only(tmp_path: Path, loose_umask: object) -> None:
    database = tmp_path / "agency.sqlite"
    db, _ = open_database(database)
    db.dispose()
    database.chmod(0o644)  # a file from before this version

    copy = automatic_backup(database, "daily", now=datetime(2026, 3, 1, 8, 0, 0))

    assert copy is not None
    assert _mode(copy) == 0o600
    assert _mode(backups_folder(database)) == 0o700
    assert _mode(backups_folder(database).parent) == 0o700  # the folder of all backups


def test_a_copy_on_demand_and_a_restore_keep_files_owner_only(
    tmp_path: Path, loose_umask: object
) -> None:
    database = tmp_path / "agency.sqlite"
    db, _ = open_database(database)
    try:
        db.actor = Principal(login="admin", role=Role.ADMINISTRATOR)
        copy = BackupsService(db).back_up_now()
        assert _mode(copy) == 0o600

        result = restore_database(copy, database)

        assert result.previous_copy is not None and _mode(result.previous_copy) == 0o600
        assert all(_mode(b.path) == 0o600 for b in list_backups(database))
    finally:
        db.dispose()


def test_a_damaged_database_replaced_by_a_restore_is_owner_only(
    tmp_path: Path, loose_umask: object
) -> None:
    database = tmp_path / "agency.sqlite"
    db, _ = open_database(database)
    db.dispose()
    copy = automatic_backup(database, "daily", now=datetime(2026, 3, 1, 8, 0, 0))
    assert copy is not None
    database.write_bytes(b"not a database at all" * 100)
    database.chmod(0o644)

    result = restore_database(copy, database)

    assert _mode(database) == 0o600
    assert result.previous_copy is not None and _mode(result.previous_copy) == 0o600
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_the_window_log_file_and_its_folder_are_owner_only(loose_umask: object) -> None:
    log_path = user_data_dir() / "logs" / "vocdesk.log"

    hook = install_excepthook(log_path)
    try:
        logging.getLogger("vocdesk.test").warning("a line")
    finally:
        hook.uninstall()

    assert _mode(log_path.parent) == 0o700
    assert _mode(user_data_dir()) == 0o700
    assert _mode(log_path) == 0o600


def test_a_rotated_log_file_stays_owner_only(tmp_path: Path, loose_umask: object) -> None:
    log_path = tmp_path / "logs" / "vocdesk.log"
    hook = install_excepthook(log_path)
    try:
        handler = next(h for h in logging.getLogger().handlers if isinstance(h, LogFileHandler))
        logging.getLogger("vocdesk.test").warning("before the rotation")
        handler.doRollover()
        logging.getLogger("vocdesk.test").warning("after the rotation")
    finally:
        hook.uninstall()

    assert _mode(log_path) == 0o600
    assert _mode(Path(f"{log_path}.1")) == 0o600


def test_a_copy_to_a_chosen_file_is_owner_only_gated_and_recorded(
    tmp_path: Path, loose_umask: object
) -> None:
    db, _ = open_database(tmp_path / "agency.sqlite")
    try:
        db.actor = Principal(login="somchai", role=Role.STAFF)
        with pytest.raises(UserError):
            BackupsService(db).back_up_to(tmp_path / "usb" / "copy.sqlite")
        db.actor = Principal(login="admin", role=Role.ADMINISTRATOR)

        copy = BackupsService(db).back_up_to(tmp_path / "usb" / "copy.sqlite")

        assert _mode(copy) == 0o600
        rows = AuditTrailService(db).entries(TableQuery(), 0, 5, AuditFilter(entity="database"))
        assert [(r.user, r.action.value) for r in rows] == [("admin", "export")]
    finally:
        db.dispose()
