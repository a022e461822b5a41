"""The Overview tab: a period and an office choose its figures; each figure and chart bar asks
for the list behind it (``open_list``), and ``drill_down.open_list`` opens that list, filtered,
in a real main window."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from sample_data import fill  # noqa: E402

from vocdesk.app import build_main_window  # noqa: E402
from vocdesk.domain.enums import LifecycleStage  # noqa: E402
from vocdesk.domain.fiscal import PeriodKind, fiscal_half, fiscal_year_be, period_for  # noqa: E402
from vocdesk.services.complaints.queues import Queue  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.listening.log import FeedbackFilters  # noqa: E402
from vocdesk.services.overview.figures import OverviewService  # noqa: E402
from vocdesk.ui.i18n import LanguageManager, current_language  # noqa: E402
from vocdesk.ui.main_window import MainWindow  # noqa: E402
from vocdesk.ui.models.display import number_text  # noqa: E402
from vocdesk.ui.overview import drill_down  # noqa: E402
from vocdesk.ui.overview.tab import FIGURE_TARGETS, OverviewTab  # noqa: E402
from vocdesk.ui.settings import Settings  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402

TODAY = date(2026, 11, 28)  # fiscal year 2570
FY = 2570


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    fill(database, stakeholders=30, feedback=400, complaints=40, surveys=1,
         responses_per_survey=5, today=TODAY)  # fmt: skip
    yield database
    database.dispose()


@pytest.fixture
def service(db: Database) -> OverviewService:
    return OverviewService(db, today=lambda: TODAY)


@pytest.fixture
def tab(qtbot: Any, service: OverviewService) -> OverviewTab:
    widget = OverviewTab(service)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    return widget


def _shown(tab: OverviewTab, key: str) -> str:
    return tab.values[key].value_text()


def test_the_models_pass_the_model_tester(tab: OverviewTab, qtmodeltester: Any) -> None:
    for model in (tab.breakdown, tab.gap_cells, tab.overdue_cases):
        qtmodeltester.check(model)


def test_period_and_office_choose_the_figures(tab: OverviewTab, service: OverviewService) -> None:
    lang = current_language()
    assert tab.figures == service.figures(period_for(PeriodKind.FISCAL_YEAR, FY))

    tab.period_picker.set_period(PeriodKind.HALF, FY - 1, 1)  # the 6-month round, Oct-Mar
    assert tab.figures is not None and tab.figures.period == fiscal_half(FY - 1, 1)
    whole = service.figures(fiscal_half(FY - 1, 1))
    assert _shown(tab, "feedback") == number_text(whole.feedback.total, lang)

    office = service.offices()[0]
    tab.set_office(office.id)
    expected = service.figures(fiscal_half(FY - 1, 1), office.id)
    assert tab.figures == expected and tab.office_id() == office.id
    assert _shown(tab, "feedback") == number_text(expected.feedback.total, lang)
    assert _shown(tab, "received") == number_text(expected.complaints.kpis.received, lang)
    assert expected.feedback.total < whole.feedback.total
    assert office.name.in_language(lang) in tab.heading.text()


def test_every_figure_asks_for_its_own_list(qtbot: Any, tab: OverviewTab) -> None:
    office = tab._offices[0].id
    tab.set_office(office)
    asked: list[tuple[str, dict[str, Any]]] = []
    tab.open_list.connect(lambda target, filters: asked.append((target, filters)))

    for key in FIGURE_TARGETS:
        tab.values[key].click()

    by_key = dict(zip(FIGURE_TARGETS, asked, strict=True))
    period = {"period_kind": "fiscal_year", "fiscal_year": FY, "part": 1}
    assert by_key["feedback"] == ("listening_log", period | {"office_id": office})
    assert by_key["stage_during"] == (
        "listening_log", period | {"office_id": office, "stage": LifecycleStage.DURING.value}
    )  # fmt: skip
    assert by_key["overdue"] == ("complaint_kpis", period | {"office_id": office})
    assert by_key["overdue_now"] == ("complaint_queue", {"queue": "overdue"})
    assert by_key["gaps"] == ("coverage", period)
    assert by_key["actions_finished"] == ("improvements", {"show": "finished"})
    assert by_key["reminders_due"] == ("reminders", {})
    assert by_key["activities"] == ("activities", period)  # every segment: no office either
    assert tab.figures is not None and tab.figures.survey is not None
    assert by_key["survey"] == ("survey", {"survey_code": tab.figures.survey.code})


def test_a_click_on_a_bar_asks_for_that_channel(qtbot: Any, tab: OverviewTab) -> None:
    chart = tab.channel_chart
    assert tab.figures is not None
    heard = [row for row in tab.figures.feedback.by_channel if row.total]
    assert chart.categories and len(chart.categories) == len(heard)
    x = chart.width() // 2
    spot = next(QPoint(x, y) for y in range(chart.height()) if chart.category_at(QPoint(x, y)) == 1)

    with qtbot.waitSignal(tab.open_list) as signal:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=spot)

    target, filters = signal.args
    assert target == "listening_log" and filters["channel_id"] == heard[1].channel_id
    assert chart.category_at(QPoint(0, 0)) is None  # the title: no bar


def test_a_bar_of_activities_and_a_coverage_cell_ask_for_their_segment(
    tab: OverviewTab,
) -> None:
    asked: list[tuple[str, dict[str, Any]]] = []
    tab.open_list.connect(lambda target, filters: asked.append((target, filters)))
    assert tab.figures is not None and tab.figures.activities

    tab.segment_chart.category_clicked.emit(0)

    assert asked[-1][0] == "activities"
    assert asked[-1][1]["segment_id"] == tab.figures.activities[0].segment_id


# --- drill_down.open_list in a real window ---------------------------------------------------
@pytest.fixture
def window(qtbot: Any, qapp: Any, db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    runner = TaskRunner()
    languages = LanguageManager(qapp, tmp_path)
    languages.set_language("en")
    win = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.tab("overview").loading)
    yield win
    assert runner.wait_all(5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_listening_log_opens_filtered_by_period_office_channel_and_stage(
    qtbot: Any, window: MainWindow, service: OverviewService
) -> None:
    office = service.offices()[0].id
    figures = service.figures(period_for(PeriodKind.FISCAL_YEAR, FY - 1), office)
    channel = figures.feedback.by_channel[0]
    filters = {"period_kind": "fiscal_year", "fiscal_year": FY - 1, "part": 1,
               "office_id": office, "channel_id": channel.channel_id, "stage": "after"}  # fmt: skip

    assert drill_down.open_list(window, "listening_log", filters)

    listening = window.tab("listening")
    assert window.tabs.currentWidget() is listening
    assert listening.pages.currentWidget() is listening.log
    expected = FeedbackFilters(
        period=figures.period, office_id=office, channel_id=channel.channel_id,
        stage=LifecycleStage.AFTER,
    )  # fmt: skip
    assert listening.model.filters == expected
    # the Overview's own number of entries
    qtbot.waitUntil(lambda: listening.model.rowCount() == channel.by_stage[2])


def test_queues_actions_survey_coverage_and_kpis_open_their_pages(
    window: MainWindow, service: OverviewService
) -> None:
    assert drill_down.open_list(window, "complaint_queue", {"queue": "overdue"})
    complaints = window.tab("complaints")
    assert window.tabs.currentWidget() is complaints
    assert complaints.cases_page.queue_box.currentData() == Queue.OVERDUE

    assert drill_down.open_list(window, "improvements", {"show": "open"})
    page = window.tab("listening").pages.currentWidget()
    assert page.objectName() == "improvement_actions_page"
    assert page.show_box.currentData() == "open"

    period = {"period_kind": "half", "fiscal_year": FY - 1, "part": 1}
    assert drill_down.open_list(window, "coverage", period)
    page = window.tab("listening").pages.currentWidget()
    assert page.objectName() == "listening_plan_page"
    assert page.period() == fiscal_half(FY - 1, 1)

    office = service.offices()[0].id
    assert drill_down.open_list(window, "complaint_kpis", period | {"office_id": office})
    kpi_page = complaints.pages.currentWidget()
    assert kpi_page.period_picker.period() == fiscal_half(FY - 1, 1)
    assert kpi_page.dimension().value == "office"

    survey = service.latest_survey(period_for(PeriodKind.FISCAL_YEAR, fiscal_year_be(TODAY)))
    assert survey is not None
    assert drill_down.open_list(window, "survey", {"survey_code": survey.code})
    surveys = window.tab("surveys")
    assert window.tabs.currentWidget() is surveys and surveys.survey_id() == survey.survey_id

    with pytest.raises(ValueError):
        drill_down.open_list(window, "nowhere", {})


def test_the_overview_tab_in_the_window_emits_what_drill_down_opens(
    qtbot: Any, window: MainWindow
) -> None:
    overview = window.tab("overview")
    overview.open_list.connect(
        lambda target, filters: drill_down.open_list(window, target, filters)
    )  # as the main window connects it
    overview.values["due_soon_now"].click()
    complaints = window.tab("complaints")
    assert window.tabs.currentWidget() is complaints
    assert complaints.cases_page.queue_box.currentData() == Queue.DUE_SOON


def test_a_segments_activities_and_the_reminders_open_on_the_timeline(
    window: MainWindow, service: OverviewService
) -> None:
    figures = service.figures(period_for(PeriodKind.FISCAL_YEAR, FY))
    segment = next(row.segment_id for row in figures.activities if row.segment_id is not None)
    period = {"period_kind": "fiscal_year", "fiscal_year": FY, "part": 1}

    opened = drill_down.open_list(window, "activities", period | {"segment_id": segment})

    timeline = window.tab("timeline")
    assert window.tabs.currentWidget() is timeline
    if hasattr(timeline, "show_segment"):  # the segment timeline (another part of issue 11)
        assert opened and timeline.segment_box.currentData() == segment
    if getattr(timeline, "reminders", None) is not None:
        assert drill_down.open_list(window, "reminders", {})
        assert timeline.pages.currentWidget() is timeline.reminders


def test_a_coverage_cell_opens_selected_in_the_matrix(
    qtbot: Any, window: MainWindow, service: OverviewService
) -> None:
    period = fiscal_half(FY - 1, 2)
    _feedback, coverage = service.listening_figures(period)
    row = 1 if len(coverage.matrix.rows) > 1 else 0
    segment = coverage.matrix.rows[row].segment
    filters = {"period_kind": "half", "fiscal_year": FY - 1, "part": 2,
               "segment_id": segment, "stage": "during"}  # fmt: skip

    assert drill_down.open_list(window, "coverage", filters)

    page = window.tab("listening").pages.currentWidget()
    qtbot.waitUntil(lambda: page.coverage_view.currentIndex().isValid())
    index = page.coverage_view.currentIndex()
    assert (index.row(), index.column()) == (row, 1)
    assert page.coverage_model.report.matrix == coverage.matrix  # the Overview's own numbers
