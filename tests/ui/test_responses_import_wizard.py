"""A survey's responses through the import wizard: the columns are the survey's questions
(matched from the headings online forms write), problems by row and column, all or nothing."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from survey_entry_fixtures import FormIds, make_form  # noqa: E402

from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.ui.surveys.responses_import import (  # noqa: E402
    open_responses_import,
    responses_import_wizard,
)
from vocdesk.ui.tasks import TaskRunner  # noqa: E402
from vocdesk.ui.transfer.import_wizard import (  # noqa: E402
    PAGE_CHECK,
    PAGE_COLUMNS,
    PAGE_DONE,
    PAGE_PREVIEW,
    ImportWizard,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait_all(10_000)


def _responses(db: Database) -> int:
    connection = sqlite3.connect(db.path)
    try:
        return int(connection.execute("SELECT count(*) FROM survey_response").fetchone()[0])
    finally:
        connection.close()


def _next(qtbot, wizard: ImportWizard, page_id: int) -> None:
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=10_000)
    wizard.next()
    assert wizard.currentId() == page_id


def test_a_google_forms_file_is_imported_for_the_chosen_survey(qtbot, db, runner, tmp_path) -> None:
    form: FormIds = make_form(db)
    source = tmp_path / "google.csv"
    source.write_text(
        "ประทับเวลา,1.1 ความสะดวกในการติดต่อขอรับบริการ,1.2 ระยะเวลาการรอรับบริการมีความเหมาะสม\n"
        "2026/06/15 10:00,มากที่สุด,4\n2026/06/15 11:00,ไม่มีความคิดเห็น,\n",
        encoding="utf-8-sig",
    )
    wizard = responses_import_wizard(None, db, runner, form.survey, source)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle().endswith("SAT-2569")

    _next(qtbot, wizard, PAGE_PREVIEW)
    _next(qtbot, wizard, PAGE_COLUMNS)  # no words-to-values page for responses
    assert wizard.columns_page.combos["Q1.1"].currentData() == 1
    assert wizard.columns_page.combos["Q1.2"].currentData() == 2
    _next(qtbot, wizard, PAGE_CHECK)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    assert _responses(db) == 0
    with qtbot.waitSignal(wizard.imported, timeout=10_000) as imported:
        wizard.next()

    assert wizard.currentId() == PAGE_DONE
    assert imported.args[0].added == 2 and _responses(db) == 2


def test_a_bad_cell_is_listed_and_nothing_imported(qtbot, db, runner, tmp_path) -> None:
    form = make_form(db)
    source = tmp_path / "bad.csv"
    source.write_text("Q1.1,Q1.2\n5,9\n", encoding="utf-8")
    wizard = responses_import_wizard(None, db, runner, form.survey, source)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard, PAGE_PREVIEW)
    _next(qtbot, wizard, PAGE_COLUMNS)
    wizard.next()

    qtbot.waitUntil(lambda: "problem" in wizard.check_page.status.text(), timeout=10_000)
    assert wizard.check_page.problem_rows() == [
        ("2", "B", "9 is outside 1–5, the scale of item 1.2.")
    ]
    assert not wizard.check_page.isComplete() and _responses(db) == 0


def test_opening_for_a_survey_that_is_gone_shows_a_message(qtbot, db, runner, monkeypatch) -> None:
    import uuid

    shown: list[str] = []
    monkeypatch.setattr("vocdesk.ui.surveys.responses_import.show_error",
                        lambda _parent, error: shown.append(str(error)))  # fmt: skip

    assert open_responses_import(None, db, runner, uuid.uuid4()) is None
    assert shown == ["This survey is no longer in the database."]
