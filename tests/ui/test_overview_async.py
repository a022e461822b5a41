"""The Overview reads its figures on a worker thread when given a TaskRunner: the previous
figures stay until the new ones arrive, and a year chosen after another wins."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from sample_data import fill  # noqa: E402

from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.overview.figures import OverviewService  # noqa: E402
from vocdesk.ui.i18n import current_language  # noqa: E402
from vocdesk.ui.models.display import number_text  # noqa: E402
from vocdesk.ui.overview.tab import OverviewTab  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402

TODAY = date(2026, 11, 28)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    fill(
        database,
        stakeholders=20,
        feedback=240,
        complaints=30,
        surveys=1,
        responses_per_survey=3,
        today=TODAY,
    )
    yield database
    database.dispose()


@pytest.fixture
def service(db: Database) -> OverviewService:
    return OverviewService(db, today=lambda: TODAY)


@pytest.fixture
def runner(qapp: Any) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    assert tasks.wait_all(5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the finished tasks


def _years(tab: OverviewTab) -> list[int]:
    return [tab.year_choice.itemData(i) for i in range(tab.year_choice.count())]


def test_without_a_runner_the_figures_are_there_when_the_tab_is_built(
    qtbot, service: OverviewService
) -> None:
    tab = OverviewTab(service)
    qtbot.addWidget(tab)

    assert not tab.loading
    assert tab.values["feedback"].text() == number_text(240, current_language())
    assert _years(tab) == service.fiscal_years()


def test_with_a_runner_the_figures_arrive_later_from_a_worker(
    qtbot, service: OverviewService, runner: TaskRunner
) -> None:
    tab = OverviewTab(service, tasks=runner)
    qtbot.addWidget(tab)

    assert (
        tab.loading and tab.values["feedback"].text() == "0"
    )  # nothing was counted on the GUI thread
    assert tab.year_choice.count() == 0
    qtbot.waitUntil(lambda: not tab.loading)

    counts = service.record_counts()
    lang = current_language()
    assert tab.values["feedback"].text() == number_text(counts.feedback, lang)
    assert tab.values["complaints"].text() == number_text(counts.complaints, lang)
    assert _years(tab) == service.fiscal_years() and tab.year_choice.currentData() == 2570
    expected = service.summary(2570)
    assert tab.breakdown.rowCount() == len(expected.feedback_by_channel)
    assert tab.overdue_cases.rowCount() == len(service.overdue_cases())


def test_another_year_keeps_the_previous_figures_until_its_own_arrive(
    qtbot, service: OverviewService, runner: TaskRunner
) -> None:
    tab = OverviewTab(service, tasks=runner)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading)
    years = _years(tab)
    assert len(years) >= 2
    heading, total = tab.heading.text(), tab.breakdown_total.text()

    tab.year_choice.setCurrentIndex(1)

    assert tab.loading
    assert (tab.heading.text(), tab.breakdown_total.text()) == (
        heading,
        total,
    )  # still the year before
    qtbot.waitUntil(lambda: not tab.loading)
    assert str(years[1]) in tab.breakdown_total.text()
    expected = service.summary(years[1]).feedback_this_year
    assert number_text(expected, current_language()) in tab.breakdown_total.text()


def test_the_year_chosen_last_wins_whichever_read_ends_first(
    qtbot, service: OverviewService, runner: TaskRunner
) -> None:
    tab = OverviewTab(service, tasks=runner)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading)
    years = _years(tab)
    older_generation = tab._generation
    late = tab._figures_job(with_years=False, year=years[1])(
        None
    )  # read for a year no longer wanted

    tab.year_choice.setCurrentIndex(1)
    tab.year_choice.setCurrentIndex(0)  # changed the mind before the first read ended
    assert runner.wait_all(5000)
    tab._show_figures(older_generation, late)  # and a stale read delivered out of order

    assert not tab.loading
    assert tab.year_choice.currentData() == years[0]
    assert str(years[0]) in tab.breakdown_total.text()
    assert str(years[1]) not in tab.breakdown_total.text()
