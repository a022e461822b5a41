"""The Surveys tab: the list of rounds above, the pages of the chosen round below."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_data import SampleData, fill  # noqa: E402
from survey_results_data import make_results_survey  # noqa: E402

from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.surveys.analysis import SurveyAnalysisService  # noqa: E402
from vocdesk.services.surveys.rounds import SurveysService  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402
from vocdesk.ui.surveys.dissatisfaction_page import SurveyDissatisfactionPage  # noqa: E402
from vocdesk.ui.surveys.results_page import SurveyResultsPage  # noqa: E402
from vocdesk.ui.surveys.tab import SurveysTab  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, SampleData]]:
    db, _ = open_database(tmp_path_factory.mktemp("surveys") / "vocdesk.sqlite")
    data = fill(db, stakeholders=10, feedback=5, complaints=5, surveys=3, responses_per_survey=4,
                activities_per_stakeholder=0)  # fmt: skip
    yield db, data
    db.dispose()


class _Page(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.surveys: list[object] = []
        self.setObjectName("probe")

    def title(self) -> str:
        return "Probe"

    def refresh(self) -> None:
        pass

    def set_survey(self, survey_id: object) -> None:
        self.surveys.append(survey_id)


def test_the_first_round_is_chosen_and_a_click_hands_another_to_the_pages(qtbot, filled) -> None:
    db, _ = filled
    page = _Page()
    tab = SurveysTab(SurveysService(db), pages=[page])
    qtbot.addWidget(tab)

    first = tab.model.row_at(0)
    assert first is not None and tab.survey_id() == first.id
    assert page.surveys[-1] == first.id
    assert first.code in tab.heading.text()
    second = tab.model.row_at(1)
    assert second is not None
    tab.list.view.setCurrentIndex(tab.model.index(1, 0))
    assert tab.survey_id() == second.id and page.surveys[-1] == second.id
    assert tab.page_names() == ["probe"]


def test_a_search_that_hides_the_round_chooses_another_and_nothing_when_empty(
    qtbot, filled
) -> None:
    db, _ = filled
    page = _Page()
    tab = SurveysTab(SurveysService(db), pages=[page])
    qtbot.addWidget(tab)

    tab.model.set_search("no such survey at all")
    assert tab.survey_id() is None and page.surveys[-1] is None
    assert tab.heading.text() == "Choose a survey in the list above."
    tab.model.set_search("")
    assert tab.survey_id() is not None


@pytest.fixture()
def results_db(tmp_path: Path) -> Iterator[Database]:
    db, _ = open_database(tmp_path / "vocdesk.sqlite")
    make_results_survey(db)
    yield db
    db.dispose()


@pytest.fixture()
def runner(qapp) -> Iterator[TaskRunner]:
    tasks = TaskRunner(qapp)
    yield tasks
    tasks.wait_all(10_000)


def _results_tab(db: Database, runner: TaskRunner, qtbot) -> SurveysTab:
    tab = SurveysTab(SurveysService(db), tasks=runner, analysis=SurveyAnalysisService(db))
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    assert tab.select_survey("RES-2569")
    runner.wait_all(10_000)
    return tab


def test_choosing_a_survey_computes_its_results_off_the_gui_thread(
    qtbot, results_db, runner
) -> None:
    tab = _results_tab(results_db, runner, qtbot)

    results = tab.page("results")
    assert isinstance(results, SurveyResultsPage)
    assert tab.pages.currentWidget() is results
    assert results.results is not None and results.results.survey.code == "RES-2569"
    assert results.figure_values["overall"].text() == "65.00%"
    assert results.scores_model.index(4, 2).data() == "3.25"

    assert tab.select_survey("RES-2568")
    runner.wait_all(10_000)
    assert results.results is not None and results.results.survey.code == "RES-2568"
    assert results.figure_values["overall"].text() == "60.00%"

    # The other pages compute only once shown, then for the round chosen now.
    assert tab.page_names()[:2] == ["results", "dissatisfaction"]
    dissatisfaction = tab.page("dissatisfaction")
    assert isinstance(dissatisfaction, SurveyDissatisfactionPage)
    assert dissatisfaction.results is None
    assert tab.show_page("dissatisfaction")
    runner.wait_all(10_000)
    assert dissatisfaction.results is not None
    assert dissatisfaction.results.survey.code == "RES-2568"
    assert tab.select_survey("RES-2569")
    runner.wait_all(10_000)
    assert dissatisfaction.figure_values["dissatisfied"].text() == "50.00%"


def test_an_answer_about_a_survey_no_longer_chosen_is_dropped(qtbot, results_db, runner) -> None:
    tab = SurveysTab(
        SurveysService(results_db), tasks=runner, analysis=SurveyAnalysisService(results_db)
    )
    qtbot.addWidget(tab)
    tab.show()
    tab.select_survey("RES-2569")
    tab.select_survey("RES-2568")  # before the first answer arrives
    runner.wait_all(10_000)
    results = tab.page("results")
    assert isinstance(results, SurveyResultsPage)
    assert results.results is not None and results.results.survey.code == "RES-2568"


def test_the_language_switch_retranslates_the_tab_and_its_results(
    qtbot, qapp, results_db, runner, compiled_translations
) -> None:
    languages = LanguageManager(qapp, compiled_translations)
    tab = _results_tab(results_db, runner, qtbot)
    results = tab.page("results")
    assert isinstance(results, SurveyResultsPage)
    try:
        languages.set_language("th")
        assert tab.title() == "แบบสำรวจ"
        qtbot.waitUntil(lambda: tab.pages.tabText(0) == "ผลการสำรวจ")
        assert results.scores_model.index(4, 5).data() == "ปานกลาง"
        assert results.scores_model.index(4, 0).data() == "ภาพรวม"
        assert results.trend_chart.categories == ["2568", "2569"]
        assert "แบบสำรวจความพึงพอใจ 2569" in tab.heading.text()
    finally:
        languages.set_language("en")
    qtbot.waitUntil(lambda: tab.pages.tabText(0) == "Results")
    assert results.scores_model.index(4, 5).data() == "Moderate"
    assert results.trend_chart.categories == ["FY2025", "FY2026"]
