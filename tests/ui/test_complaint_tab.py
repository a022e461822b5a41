"""The Complaints tab: a container of pages, the Cases page with its queues."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from sample_data import SampleData, fill  # noqa: E402

from vocdesk.domain.tables import TableQuery
from vocdesk.services.complaints.queues import ComplaintsService, Queue  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.ui.complaints.cases_model import ComplaintsModel  # noqa: E402
from vocdesk.ui.complaints.tab import ComplaintsTab  # noqa: E402

TODAY = date(2025, 11, 14)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, SampleData]]:
    db, _ = open_database(tmp_path_factory.mktemp("complaints") / "vocdesk.sqlite")
    data = fill(db, stakeholders=20, feedback=20, complaints=120, surveys=1, responses_per_survey=2,
                activities_per_stakeholder=0, today=TODAY)  # fmt: skip
    yield db, data
    db.dispose()


class _Page(QLabel):
    refreshed = 0

    def title(self) -> str:
        return "KPIs"

    def refresh(self) -> None:
        self.refreshed += 1


def test_the_tab_holds_the_cases_page_and_takes_more_pages(qtbot, filled) -> None:
    db, _ = filled
    tab = ComplaintsTab(ComplaintsService(db, today=lambda: TODAY))
    qtbot.addWidget(tab)
    page = _Page()

    tab.add_page(page)
    tab.refresh()

    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == ["Cases", "KPIs"]
    assert page.refreshed == 1
    assert tab.cases_page.queue_box.currentData() == Queue.OPEN
    assert tab.model.total == ComplaintsService(db, today=lambda: TODAY).count_complaints(
        TableQuery(), Queue.OPEN
    )
    tab.cases_page.set_queue(Queue.ALL)
    assert tab.model.total == 120
    assert tab.export_job()[0] == "complaints"


def test_choosing_a_queue_shows_only_its_cases(qtbot, filled) -> None:
    db, _ = filled
    service = ComplaintsService(db, today=lambda: TODAY)
    tab = ComplaintsTab(service)
    qtbot.addWidget(tab)

    tab.cases_page.set_queue(Queue.OVERDUE)

    overdue = service.count_overdue()
    assert 0 < overdue < 120
    assert tab.model.total == overdue
    assert all(row.overdue for row in service.list_complaints(TableQuery(), queue=Queue.OVERDUE))
    box = tab.cases_page.queue_box
    assert box.itemText(box.currentIndex()) == f"Overdue ({overdue})"


@pytest.mark.parametrize("queue", list(Queue))
def test_the_model_of_every_queue_is_a_valid_qt_model(qtmodeltester, filled, queue: Queue) -> None:
    db, _ = filled
    model = ComplaintsModel(ComplaintsService(db, today=lambda: TODAY),
                            batch_size=25)  # fmt: skip
    model.set_queue(queue)
    qtmodeltester.check(model)


def test_the_overview_lists_overdue_cases_longest_overdue_first(
    qtbot, qtmodeltester, filled
) -> None:
    from vocdesk.services.overview.figures import OverviewService
    from vocdesk.ui.overview.tab import OverviewTab

    db, _ = filled
    overview = OverviewService(db, today=lambda: TODAY)
    tab = OverviewTab(overview)
    qtbot.addWidget(tab)

    model = tab.overdue_cases
    overdue = ComplaintsService(db, today=lambda: TODAY).count_overdue()
    assert model.rowCount() == overdue > 0
    lateness = [model.case_at(row).days_late for row in range(model.rowCount())]
    assert lateness == sorted(lateness, reverse=True) and lateness[-1] > 0
    assert model.index(0, 0).data() == model.case_at(0).number
    qtmodeltester.check(model)
