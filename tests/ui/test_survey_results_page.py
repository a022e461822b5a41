"""The Results page of a survey and its models, on a small survey worked out by hand
(``survey_results_data``)."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from survey_results_data import make_results_survey  # noqa: E402

from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.surveys.analysis import SurveyAnalysisService  # noqa: E402
from vocdesk.ui.surveys.dissatisfaction_page import SurveyDissatisfactionPage  # noqa: E402
from vocdesk.ui.surveys.results_models import (  # noqa: E402
    DissatisfiedCommentsModel,
    SurveyGapsModel,
    SurveyScoresModel,
    SurveySegmentsModel,
    SurveyTrendModel,
)
from vocdesk.ui.surveys.results_page import SurveyResultsPage, segment_test_text  # noqa: E402


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, uuid.UUID]]:
    db, _ = open_database(tmp_path_factory.mktemp("results") / "vocdesk.sqlite")
    yield db, make_results_survey(db)
    db.dispose()


def _rows(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_scores_table_shows_the_hand_computed_figures(qtbot, survey) -> None:
    db, survey_id = survey
    page = SurveyResultsPage(SurveyAnalysisService(db))
    qtbot.addWidget(page)
    page.set_survey(survey_id)
    page.show()

    assert page.scores_model.titles() == [
        "Item", "n", "Mean", "S.D.", "Percent", "Level", "Satisfied", "Dissatisfied",
    ]  # fmt: skip
    assert _rows(page.scores_model) == [
        ["1.1 ความสะดวกในการติดต่อขอรับบริการ", "4", "3.50", "1.29", "70.00%", "High", "50.00%",
         "25.00%"],
        ["1.2 ความสุภาพของเจ้าหน้าที่", "4", "3.00", "1.41", "60.00%", "Moderate", "50.00%",
         "25.00%"],
        ["Process and procedure", "4", "3.50", "1.29", "70.00%", "High", "50.00%", "25.00%"],
        ["Staff", "4", "3.00", "1.41", "60.00%", "Moderate", "50.00%", "25.00%"],
        ["Overall", "8", "3.25", "1.28", "65.00%", "Moderate", "50.00%", "25.00%"],
    ]  # fmt: skip
    assert page.figure_values["overall"].text() == "65.00%"
    assert page.figure_values["target"].text() == "80.00% — not met"
    assert page.figure_values["responses"].text() == "4"
    assert not page.figure_values["nps"].isVisible()
    assert page.dimension_chart.categories == ["Process and procedure", "Staff", "Overall"]
    assert [round(v, 2) for v in page.dimension_chart.series[0].values] == [70.0, 60.0, 65.0]
    assert page.trend_chart.categories == ["FY2025", "FY2026"]
    assert list(page.trend_chart.series[0].values) == [60.0, 65.0]
    assert _rows(page.trend_model) == [
        ["Overall", "60.00%", "65.00%"], ["Process and procedure", "60.00%", "70.00%"],
        ["Staff", "60.00%", "60.00%"],
    ]  # fmt: skip


def test_one_segment_and_the_segments_side_by_side_with_their_test(qtbot, survey) -> None:
    db, survey_id = survey
    page = SurveyResultsPage(SurveyAnalysisService(db))
    qtbot.addWidget(page)
    page.set_survey(survey_id)
    page.show()

    assert [page.segment_box.itemText(i) for i in range(page.segment_box.count())] == [
        "All respondents", "General public", "Businesses",
    ]  # fmt: skip
    page.set_segment("res_business")
    assert _rows(page.scores_model)[-1] == [
        "Overall", "4", "2.25", "0.96", "45.00%", "Low", "0.00%", "50.00%",
    ]  # fmt: skip
    assert [s.name for s in page.dimension_chart.series] == ["Businesses", "All respondents"]

    assert _rows(page.segments_model) == [
        ["All respondents", "4", "8", "3.25", "1.28", "65.00%", "Moderate", "50.00%", "25.00%"],
        ["General public", "2", "4", "4.25", "0.50", "85.00%", "Very high", "100.00%", "0.00%"],
        ["Businesses", "2", "4", "2.25", "0.96", "45.00%", "Low", "0.00%", "50.00%"],
    ]  # fmt: skip
    sentence = page.test_label.text()
    assert "Kruskal–Wallis H test" in sentence and "p = 0.121" in sentence
    assert "may well be chance" in sentence
    page.compare_box.setCurrentIndex(page.compare_box.findData("Q1.1"))
    assert _rows(page.segments_model)[1][3] == "4.50"


def test_the_segment_test_text_calls_a_small_p_value_real(survey) -> None:
    from vocdesk.services.surveys.analysis import SegmentTest

    text = segment_test_text(SegmentTest("Kruskal–Wallis H", 12.0, 2, 0.0004, 3, 90), "en")
    assert "p = less than 0.001" in text and "really differ" in text
    assert "nothing to compare" in segment_test_text(None, "en")


def test_no_survey_shows_nothing(qtbot, survey) -> None:
    db, _ = survey
    page = SurveyResultsPage(SurveyAnalysisService(db))
    qtbot.addWidget(page)
    page.set_survey(None)
    page.show()
    assert page.scores_model.rowCount() == 0
    assert page.message.text() == "Choose a survey in the list above."
    assert not page.dimension_chart.has_data()


def test_the_models_pass_the_model_tester(qtbot, qtmodeltester, survey) -> None:
    db, survey_id = survey
    results = SurveyAnalysisService(db).results(survey_id)
    trend = SurveyAnalysisService(db).trend(survey_id)
    scores = SurveyScoresModel()
    scores.set_rows(results.rows)
    segments = SurveySegmentsModel()
    segments.set_rows(results.rows[-1], 4, results.segments, "overall")
    gaps = SurveyGapsModel()
    gaps.set_rows(results.gaps)
    comments = DissatisfiedCommentsModel()
    comments.set_rows(results.dissatisfaction.comments, {"Q1.1": "1.1", "Q1.2": "1.2"})
    years = SurveyTrendModel()
    years.set_trend(trend, ["2568", "2569"])
    for model in (scores, segments, gaps, comments, years):
        qtmodeltester.check(model, force_py=True)
    assert _rows(comments) == [
        ["เจ้าหน้าที่ไม่สุภาพ", "Businesses", "2.00", "1.2", "4"],
        ["รอนานมาก", "Businesses", "2.50", "1.1", "3"],
    ]


def test_the_dissatisfaction_page_shows_low_answers_weakest_items_and_comments(
    qtbot, survey
) -> None:
    db, survey_id = survey
    page = SurveyDissatisfactionPage(SurveyAnalysisService(db))
    qtbot.addWidget(page)
    page.set_survey(survey_id)
    page.show()

    assert page.figure_values["low_answers"].text() == "25.00%"
    assert page.figure_captions["low_answers"].text() == "Low answers (bottom two levels): 2 of 8"
    assert page.figure_values["dissatisfied"].text() == "50.00%"
    assert page.figure_captions["dissatisfied"].text() == "Dissatisfied respondents: 2 of 4"
    assert page.figure_values["comments"].text() == "2"
    assert [page.items_model.index(r, 0).data() for r in range(2)] == [
        "1.2 ความสุภาพของเจ้าหน้าที่", "1.1 ความสะดวกในการติดต่อขอรับบริการ",
    ]  # fmt: skip
    assert _rows(page.comments_model)[0][0] == "เจ้าหน้าที่ไม่สุภาพ"
    assert page.chart.has_data()

    page.set_survey(None)
    assert page.comments_model.rowCount() == 0 and page.items_model.rowCount() == 0


def test_gaps_read_as_improve_first_or_exceeding_expectations(qtmodeltester) -> None:
    from vocdesk.services.surveys.analysis import GapRow, Named

    gaps = SurveyGapsModel()
    gaps.set_rows([
        GapRow("Q1", "1", Named("การรอคิว", ""), 10, 4.6, 10, 3.2, 1.4, True, False),
        GapRow("Q2", "2", Named("ความสุภาพ", ""), 10, 4.0, 10, 4.3, -0.3, False, True),
        GapRow("Q3", "3", Named("ป้ายบอกทาง", ""), 10, 3.5, 10, 3.4, 0.1, False, False),
        GapRow("Q4", "4", Named("ที่จอดรถ", ""), 0, None, 3, 3.0, None, False, False),
    ])  # fmt: skip
    qtmodeltester.check(gaps, force_py=True)
    assert _rows(gaps) == [
        ["1 การรอคิว", "4.60", "3.20", "1.40", "Improve first"],
        ["2 ความสุภาพ", "4.00", "4.30", "-0.30", "Exceeds expectations"],
        ["3 ป้ายบอกทาง", "3.50", "3.40", "0.10", "Below expectations"],
        ["4 ที่จอดรถ", "–", "3.00", "–", "–"],
    ]


def test_the_segments_table_takes_the_engagement_index_and_nps_beside(qtmodeltester, survey):
    from vocdesk.ui.surveys.results_models import SegmentFigure

    db, survey_id = survey
    results = SurveyAnalysisService(db).results(survey_id)
    model = SurveySegmentsModel()
    model.set_rows(
        results.rows[-1], 4, results.segments, "overall",
        [SegmentFigure("Engagement index", "tip", {"": "65.00%", "res_public": "85.00%"}),
         SegmentFigure("NPS", "tip", {"": "25.0", "res_business": "-50.0"})],
    )  # fmt: skip
    qtmodeltester.check(model, force_py=True)
    assert model.titles()[-2:] == ["Engagement index", "NPS"]
    assert [row[-2:] for row in _rows(model)] == [
        ["65.00%", "25.0"], ["85.00%", "–"], ["–", "-50.0"],
    ]  # fmt: skip
