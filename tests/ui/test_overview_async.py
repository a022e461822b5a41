"""The Overview reads its figures on a worker thread when given a TaskRunner: the previous
figures stay until the new ones arrive, and a period or office chosen after another wins."""

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

from vocdesk.domain.fiscal import PeriodKind, fiscal_year_period  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.overview.figures import OverviewService  # noqa: E402
from vocdesk.ui.i18n import current_language  # noqa: E402
from vocdesk.ui.models.display import number_text  # noqa: E402
from vocdesk.ui.overview.tab import OverviewTab  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402

TODAY = date(2026, 11, 28)  # fiscal year 2570


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


def _shown(tab: OverviewTab, key: str) -> str:
    return tab.values[key].value_text()


def test_without_a_runner_the_figures_are_there_when_the_tab_is_built(
    qtbot, service: OverviewService
) -> None:
    tab = OverviewTab(service)
    qtbot.addWidget(tab)

    assert not tab.loading
    expected = service.figures(fiscal_year_period(2570)).feedback.total
    assert _shown(tab, "feedback") == number_text(expected, current_language())
    assert tab.office_box.count() == 1 + len(service.offices())


def test_with_a_runner_the_figures_arrive_later_from_a_worker(
    qtbot, service: OverviewService, runner: TaskRunner
) -> None:
    tab = OverviewTab(service, tasks=runner)
    qtbot.addWidget(tab)

    assert tab.loading and _shown(tab, "feedback") == "0"  # nothing counted on the GUI thread
    assert tab.office_box.count() == 1
    qtbot.waitUntil(lambda: not tab.loading)

    expected = service.figures(fiscal_year_period(2570))
    lang = current_language()
    assert _shown(tab, "feedback") == number_text(expected.feedback.total, lang)
    assert _shown(tab, "received") == number_text(expected.complaints.kpis.received, lang)
    assert tab.office_box.count() == 1 + len(service.offices())
    assert tab.overdue_cases.rowCount() == len(service.overdue_cases())


def test_another_period_keeps_the_previous_figures_until_its_own_arrive(
    qtbot, service: OverviewService, runner: TaskRunner
) -> None:
    tab = OverviewTab(service, tasks=runner)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading)
    heading, shown = tab.heading.text(), _shown(tab, "feedback")

    tab.period_picker.set_period(PeriodKind.FISCAL_YEAR, 2569)

    assert tab.loading
    assert (tab.heading.text(), _shown(tab, "feedback")) == (heading, shown)  # still 2570
    qtbot.waitUntil(lambda: not tab.loading)
    expected = service.figures(fiscal_year_period(2569)).feedback.total
    assert _shown(tab, "feedback") == number_text(expected, current_language())
    assert tab.figures is not None and tab.figures.period == fiscal_year_period(2569)


def test_the_period_chosen_last_wins_whichever_read_ends_first(
    qtbot, service: OverviewService, runner: TaskRunner
) -> None:
    tab = OverviewTab(service, tasks=runner)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading)
    older_generation = tab._generation
    late = tab._figures_job(with_offices=False, period=fiscal_year_period(2569), office_id=None)(
        None
    )  # read for a period no longer wanted

    tab.period_picker.set_period(PeriodKind.FISCAL_YEAR, 2569)
    tab.period_picker.set_period(PeriodKind.FISCAL_YEAR, 2570)  # changed the mind meanwhile
    assert runner.wait_all(5000)
    qtbot.waitUntil(lambda: not tab.loading)
    tab._show_figures(older_generation, late)  # and a stale read delivered out of order

    assert tab.figures is not None and tab.figures.period == fiscal_year_period(2570)
