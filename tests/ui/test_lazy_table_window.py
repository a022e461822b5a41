"""The window gives its TaskRunner to the list tabs: a search, a sort and the Overview are read
on a worker thread, and the rows arrive without the test (or the user) waiting on the GUI thread."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from sample_data import fill  # noqa: E402

from vocdesk.app import build_main_window  # noqa: E402
from vocdesk.domain.tables import TableQuery  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.listening.log import ListeningService  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402
from vocdesk.ui.main_window import MainWindow  # noqa: E402
from vocdesk.ui.settings import Settings  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402
from vocdesk.ui.widgets.searchable_table import SearchableTable  # noqa: E402

TODAY = date(2026, 11, 28)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    fill(
        database,
        stakeholders=20,
        feedback=300,
        complaints=20,
        surveys=1,
        responses_per_survey=3,
        today=TODAY,
    )
    yield database
    database.dispose()


@pytest.fixture
def window(
    qtbot: Any, qapp: Any, db: Database, tmp_path: Path
) -> Iterator[tuple[MainWindow, TaskRunner]]:
    runner = TaskRunner()
    languages = LanguageManager(qapp, tmp_path)
    languages.set_language("en")
    win = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
    qtbot.addWidget(win)
    win.show()
    yield win, runner
    assert runner.wait_all(5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_every_list_in_the_window_reads_new_queries_on_the_runner(
    window: tuple[MainWindow, TaskRunner],
) -> None:
    win, runner = window
    tables = win.tabs.findChildren(SearchableTable)

    assert (
        len(tables) >= 6
    )  # stakeholders, listening, improvements, surveys, complaints, timeline x2
    assert all(table.model._tasks is runner for table in tables)


def test_a_two_letter_search_in_the_listening_tab_arrives_from_a_worker(
    window: tuple[MainWindow, TaskRunner], db: Database, qtbot: Any
) -> None:
    win, _runner = window
    win.select_tab("listening")
    table = win.tab("listening").table
    before = table.model.total
    expected = ListeningService(db).count_feedback(TableQuery(search="รถ"))
    assert 0 < expected < before

    table.search_box.insert("รถ")  # two letters: too short for the trigram index, a scan
    table.apply_search()

    assert table.model.loading and table.count_label.text() == "Searching…"
    assert table.model.total == before  # the rows before the search stay meanwhile
    qtbot.waitUntil(lambda: not table.model.loading)
    assert table.model.total == expected
    assert table.count_label.text() == f"Rows: {expected}"
    text_column = table.model.column_of("text")
    shown = [table.model.index(r, text_column).data() for r in range(table.model.rowCount())]
    assert shown and all("รถ" in text for text in shown)


def test_a_sort_by_clicking_the_header_arrives_from_a_worker(
    window: tuple[MainWindow, TaskRunner], qtbot: Any
) -> None:
    win, _runner = window
    win.select_tab("stakeholders")
    model = win.tab("stakeholders").model
    column = model.column_of("name")

    win.tab("stakeholders").table.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)

    assert model.loading
    qtbot.waitUntil(lambda: not model.loading)
    assert model.query.sort_key == "name" and model.query.descending
    rows = [model.row_at(r) for r in range(model.rowCount())]
    assert len(rows) > 1 and rows == win.services.registry.list_stakeholders(
        model.query, 0, len(rows)
    )


def test_the_overview_in_the_window_loads_from_a_worker(
    window: tuple[MainWindow, TaskRunner], db: Database, qtbot: Any
) -> None:
    win, _runner = window
    overview = win.tab("overview")

    qtbot.waitUntil(lambda: not overview.loading)

    figures = overview.figures  # the Overview's own period (this fiscal year), every office
    assert figures is not None and figures.office_id is None
    counted = win.services.overview.figures(figures.period).feedback.total
    assert overview.values["feedback"].value_text() == f"{counted:,}"
    assert overview.office_box.count() >= 2  # "all offices" and the catalogue
