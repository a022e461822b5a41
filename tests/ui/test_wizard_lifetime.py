"""The import wizard closed, deleted or sent back while its work runs: no crash, no error, no
stale result, and an import is written whole or not at all.

Each page's reading, checking and importing run on worker threads and often end after the
user has moved on; these tests make them end late on purpose, many times over.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from shiboken6 import delete

from vocdesk.services.database import Database, open_database
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.transfer.import_wizard import (
    PAGE_CHECK,
    PAGE_COLUMNS,
    PAGE_DONE,
    PAGE_PREVIEW,
    ImportWizard,
)

WAIT_MS = 20_000
BIG = 20_000  # rows: long enough to be still at work when the wizard goes


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    source = tmp_path / "holidays.csv"
    days = (f"{2030 + n // 336}-{n // 28 % 12 + 1:02d}-{n % 28 + 1:02d}" for n in range(BIG))
    source.write_text(
        "date,name\n" + "".join(f"{day},day {n}\n" for n, day in enumerate(days)),
        encoding="utf-8",
    )
    return source


def _holiday_count(db: Database) -> int:
    connection = sqlite3.connect(db.path)
    try:
        return connection.execute("SELECT count(*) FROM holiday").fetchone()[0]
    finally:
        connection.close()


def _to_check_page(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.show()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=WAIT_MS)
    wizard.next()
    assert wizard.currentId() == PAGE_COLUMNS
    wizard.next()  # the check of every row starts
    assert wizard.currentId() == PAGE_CHECK


def test_a_window_closed_while_its_wizard_checks_a_file_many_times_over(
    qtbot: QtBot, db: Database, big_file: Path
) -> None:
    # As when a window goes with its runner and its wizard: nothing but the running work is
    # left, and it ends into nothing. (It used to end in a double delete of its task.)
    for n in range(6):
        runner = TaskRunner()
        wizard = ImportWizard("holidays", db, runner, path=big_file)
        _to_check_page(qtbot, wizard)
        if n % 2:
            wizard.reject()
        del wizard, runner
        qtbot.wait(50)


@pytest.mark.parametrize("close", ["reject", "delete"])
def test_a_wizard_gone_while_a_page_works_never_calls_it_back(
    qtbot: QtBot, db: Database, big_file: Path, close: str
) -> None:
    runner = TaskRunner()
    try:
        for page_id in (PAGE_PREVIEW, PAGE_CHECK):
            for _ in range(3):
                wizard = ImportWizard("holidays", db, runner, path=big_file)
                if page_id == PAGE_PREVIEW:
                    wizard.show()
                    wizard.next()  # the file is being read
                else:
                    _to_check_page(qtbot, wizard)
                if close == "reject":
                    wizard.reject()
                delete(wizard)
        assert runner.wait_all(WAIT_MS)  # every late result finds no page: no error
    finally:
        runner.cancel_all()
        runner.wait_all(WAIT_MS)


def test_an_import_cut_short_by_closing_the_wizard_is_written_whole_or_not_at_all(
    qtbot: QtBot, db: Database, big_file: Path
) -> None:
    runner = TaskRunner()
    try:
        for _ in range(2):
            before = _holiday_count(db)
            wizard = ImportWizard("holidays", db, runner, path=big_file)
            qtbot.addWidget(wizard)
            _to_check_page(qtbot, wizard)
            qtbot.waitUntil(wizard.check_page.isComplete, timeout=WAIT_MS)
            wizard.next()  # importing
            assert wizard.currentId() == PAGE_DONE
            wizard.reject()
            delete(wizard)
            assert runner.wait_all(WAIT_MS)

            assert _holiday_count(db) in (before, BIG)  # every row of the file, or none
    finally:
        runner.cancel_all()
        runner.wait_all(WAIT_MS)


def test_going_back_for_another_file_while_the_first_is_read_shows_the_second(
    qtbot: QtBot, db: Database, big_file: Path, tmp_path: Path
) -> None:
    small = tmp_path / "small.csv"
    small.write_text("date,name\n2031-03-03,b\n2031-03-04,c\n", encoding="utf-8")
    runner = TaskRunner()
    try:
        wizard = ImportWizard("holidays", db, runner, path=big_file)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()  # the big file is being read
        wizard.back()
        wizard.file_page.path_edit.setText(str(small))
        wizard.next()  # the small one is read, and ends first

        qtbot.waitUntil(wizard.preview_page.isComplete, timeout=WAIT_MS)
        assert runner.wait_all(WAIT_MS)  # the big file's late result is not shown
        assert wizard.sheet is not None and len(wizard.sheet) == 2
        assert wizard.preview_page.table.rowCount() == 2
        assert wizard.preview_page.progress.isHidden()
    finally:
        runner.cancel_all()
        runner.wait_all(WAIT_MS)
