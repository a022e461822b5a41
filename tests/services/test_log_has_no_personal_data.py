"""Logs without personal data (issue 16): a write that fails with a citizen's values in it leaves
none of them in the window's log, the user's message, the command line's log or its terminal.

Before, SQLAlchemy's ``[parameters: ...]`` carried national IDs, phones and addresses into
``vocdesk.log`` and stderr; the engine now hides statement parameters (``hide_parameters``).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vocdesk.domain.messages import UserError
from vocdesk.domain.registry import StakeholderDraft
from vocdesk.paths import user_data_dir
from vocdesk.services.database import Database, open_database
from vocdesk.services.registry.edit import RegistryEditService
from vocdesk.ui.errors import error_text, install_excepthook, show_error

NATIONAL_ID = "1103700012346"  # a valid check digit
PHONE = "0812345678"
ADDRESS = "99/9 ซอยลับเฉพาะ"
NAME = "นางสาวทดสอบ ข้อมูลส่วนบุคคล"
SECRETS = (NATIONAL_ID, PHONE, "081-234-5678", ADDRESS, "ซอยลับเฉพาะ", NAME)
REFUSING_TRIGGER = (
    "CREATE TRIGGER refuse_stakeholders BEFORE INSERT ON stakeholder "
    "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
)


def _draft() -> StakeholderDraft:
    return StakeholderDraft(name=NAME, national_id=NATIONAL_ID, phone=PHONE, address=ADDRESS)


def _leaks(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "people.sqlite")
    yield database
    database.dispose()


def test_a_locked_database_refuses_the_save_and_names_no_value(
    db: Database, tmp_path: Path
) -> None:
    log_path = tmp_path / "logs" / "vocdesk.log"
    hook = install_excepthook(log_path)
    assert db.path is not None
    blocker = sqlite3.connect(db.path)
    try:
        blocker.execute("BEGIN EXCLUSIVE")
        with pytest.raises(UserError) as refused:
            RegistryEditService(db).create(_draft())
    finally:
        blocker.rollback()
        blocker.close()
        hook.uninstall()

    message = error_text(refused.value)
    assert "locked" in message
    chained = "".join(str(e) for e in (refused.value, refused.value.__cause__))
    assert _leaks(message + chained) == []
    assert _leaks(log_path.read_text(encoding="utf-8")) == []


def test_an_unexpected_failure_of_a_write_logs_the_statement_without_its_values(
    db: Database, tmp_path: Path, qtbot: object
) -> None:
    log_path = tmp_path / "logs" / "vocdesk.log"
    assert db.path is not None
    with sqlite3.connect(db.path) as connection:
        connection.execute(REFUSING_TRIGGER)
    hook = install_excepthook(log_path)
    try:
        with pytest.raises(Exception) as failed:  # noqa: PT011 - any error: it is unexpected
            RegistryEditService(db).create(_draft())
        assert not isinstance(failed.value, UserError)
        show_error(None, failed.value)  # what the window does: log the traceback, show a note
        text = error_text(failed.value)
    finally:
        hook.uninstall()

    logged = log_path.read_text(encoding="utf-8")
    assert "refused for the test" in logged and "INSERT INTO stakeholder" in logged
    assert "parameters hidden" in logged
    assert _leaks(logged) == []
    assert _leaks(str(failed.value)) == []
    assert _leaks(text) == [] and str(log_path) in text


def test_the_command_line_logs_a_failed_import_without_the_rows_values(tmp_path: Path) -> None:
    database = tmp_path / "people.sqlite"
    db, _ = open_database(database)
    db.dispose()
    with sqlite3.connect(database) as connection:
        connection.execute(REFUSING_TRIGGER)
    source = tmp_path / "people.csv"
    source.write_text(
        f'name,national_id,phone,address\n"{NAME}",{NATIONAL_ID},{PHONE},"{ADDRESS}"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "VOCDESK_LANG": "en", "PYTHONIOENCODING": "utf-8"}

    done = subprocess.run(
        [sys.executable, "-m", "vocdesk", "import", "stakeholders", str(source), "--db", str(database)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False,
    )  # fmt: skip

    assert done.returncode != 0, done.stdout
    logs = list((user_data_dir() / "logs").glob("*.log*"))
    logged = "".join(p.read_text(encoding="utf-8") for p in logs)
    assert "refused for the test" in logged + done.stderr, (done.stdout, done.stderr)
    assert _leaks(done.stdout + done.stderr) == []
    assert _leaks(logged) == []
