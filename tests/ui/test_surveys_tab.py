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
from survey_results_data import add_form, make_results_survey  # noqa: E402

from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.surveys.analysis import SurveyAnalysisService  # noqa: E402
from vocdesk.services.surveys.benchmarks import BenchmarkService  # noqa: E402
from vocdesk.services.surveys.design import SurveyDesignService  # noqa: E402
from vocdesk.services.surveys.double_entry import DoubleEntryService  # noqa: E402
from vocdesk.services.surveys.entry import SurveyEntryService  # noqa: E402
from vocdesk.services.surveys.rounds import SurveysService  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402
from vocdesk.ui.surveys.dissatisfaction_page import SurveyDissatisfactionPage  # noqa: E402
from vocdesk.ui.surveys.entry_page import SurveyEntryPage  # noqa: E402
from vocdesk.ui.surveys.results_page import SurveyResultsPage  # noqa: E402
from vocdesk.ui.surveys.tab import SurveyServices, SurveysTab  # noqa: E402
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
    tab = SurveysTab(
        SurveysService(db),
        tasks=runner,
        services=SurveyServices(analysis=SurveyAnalysisService(db)),
    )
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
    chosen = tab.list.view.currentIndex().row()
    assert tab.model.index(chosen, tab.model.column_of("target")).data() == "80.00% — not met"
    tab.model.sort(tab.model.column_of("target"))  # sorts in SQL, keeping the round chosen
    runner.wait_all(10_000)
    assert tab.survey() is not None and tab.survey().code == "RES-2569"

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
        SurveysService(results_db),
        tasks=runner,
        services=SurveyServices(analysis=SurveyAnalysisService(results_db)),
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


def _full_tab(db: Database, runner: TaskRunner | None, qtbot) -> SurveysTab:
    tab = SurveysTab(
        SurveysService(db),
        tasks=runner,
        services=SurveyServices(
            database=db,
            analysis=SurveyAnalysisService(db),
            design=SurveyDesignService(db),
            entry=SurveyEntryService(db),
            double_entry=DoubleEntryService(db),
            benchmarks=BenchmarkService(db),
        ),
    )
    qtbot.addWidget(tab)
    return tab


def test_every_page_and_action_is_there_when_the_services_are(qtbot, results_db, runner) -> None:
    tab = _full_tab(results_db, runner, qtbot)
    tab.show()
    assert tab.select_survey("RES-2569")
    runner.wait_all(10_000)

    assert tab.page_names() == [
        "results", "dissatisfaction", "benchmark", "entry", "double_entry",
    ]  # fmt: skip
    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == [
        "Results", "Dissatisfaction", "Benchmarks", "Data entry", "Double-entry check",
    ]  # fmt: skip
    for name in ("benchmark", "entry", "double_entry"):
        assert tab.show_page(name)
        runner.wait_all(10_000)
        assert tab.pages.currentWidget() is tab.page(name)
    actions = (tab.new_action, tab.edit_action, tab.dimensions_action,
               tab.import_structure_action, tab.export_structure_action,
               tab.import_responses_action, tab.export_results_action)  # fmt: skip
    assert all(action.isEnabled() for action in actions)
    assert tab.new_action.shortcut().toString() == "Ctrl+Shift+N"

    dialog = tab.new_survey()
    assert dialog is not None and tab.dialog is dialog and dialog.isVisible()
    dialog.reject()
    wizard = tab.import_responses()
    assert wizard is not None and "RES-2569" in wizard.windowTitle()
    wizard.reject()


def test_without_services_the_actions_are_off_and_only_given_pages_show(qtbot, filled) -> None:
    db, _ = filled
    tab = SurveysTab(SurveysService(db))
    qtbot.addWidget(tab)
    assert tab.page_names() == []
    assert not tab.new_action.isEnabled() and not tab.import_responses_action.isEnabled()
    assert tab.new_survey() is None and tab.import_responses() is None


def test_the_questionnaire_goes_to_a_workbook_and_back(qtbot, results_db, tmp_path) -> None:
    tab = _full_tab(results_db, None, qtbot)
    said: list[str] = []
    tab.status_message.connect(said.append)
    assert tab.select_survey("RES-2569")

    target = tmp_path / "RES-2569.xlsx"
    tab.export_questionnaire(target)
    assert target.is_file()
    assert said[-1].startswith("Questionnaire RES-2569 written to") and "2 questions" in said[-1]

    tab.import_questionnaire(target)  # the same design: the survey is updated, not doubled
    assert said[-1] == "Questionnaire RES-2569 imported: 2 questions."
    assert tab.model.total == 2
    assert tab.survey() is not None and tab.survey().code == "RES-2569"


def test_the_results_go_to_a_csv_file(qtbot, results_db, tmp_path) -> None:
    tab = _full_tab(results_db, None, qtbot)
    said: list[str] = []
    tab.status_message.connect(said.append)
    assert tab.select_survey("RES-2569")

    target = tmp_path / "results.csv"
    tab.export_results(target)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    # 5 rows for all respondents, 5 per segment (two segments)
    assert len(lines) == 1 + 15 and lines[0].startswith("level,code,segment,n,mean,sd,percent")
    assert lines[5].startswith("overall,overall,,8,3.25,")
    assert said[-1].startswith("Results of RES-2569 written to") and "(15 rows)" in said[-1]


def test_a_form_saved_on_the_entry_page_is_counted_when_the_results_are_shown_again(
    qtbot, results_db, runner
) -> None:
    tab = _full_tab(results_db, runner, qtbot)
    tab.show()
    assert tab.select_survey("RES-2569")
    runner.wait_all(10_000)
    results = tab.page("results")
    entry = tab.page("entry")
    assert isinstance(results, SurveyResultsPage) and isinstance(entry, SurveyEntryPage)
    assert results.figure_values["responses"].text() == "4"

    assert tab.show_page("entry")
    add_form(results_db, "RES-2569", "5", 5, 5)  # as the entry page's save would
    entry.saved.emit("5")
    runner.wait_all(10_000)
    chosen = tab.list.view.currentIndex().row()
    assert tab.model.index(chosen, tab.model.column_of("responses")).data() == "5"

    assert tab.show_page("results")
    runner.wait_all(10_000)
    assert results.figure_values["responses"].text() == "5"
    assert results.figure_values["overall"].text() == "72.00%"  # (26 + 10) / 10 / 5
