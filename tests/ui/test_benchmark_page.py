"""The benchmark page on a real database: ours beside the comparators, the chart, adding,
editing and deleting a comparator's row, the import wizard, and Thai after a language switch."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vocdesk.db.models import Survey, SurveyAnswer, SurveyQuestion, SurveyResponse
from vocdesk.domain.enums import BenchmarkScale, SurveyKind
from vocdesk.services.database import Database, open_database
from vocdesk.services.surveys.benchmarks import BenchmarkDraft, BenchmarkService
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.surveys.benchmark_model import AHEAD, BEHIND, BenchmarkComparisonModel
from vocdesk.ui.surveys.benchmark_page import BenchmarkPage
from vocdesk.ui.tasks import TaskRunner

PEER = "สำนักงานเขตบางรัก"
OTHER = "ศูนย์บริการร่วมจังหวัดเชียงใหม่"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """Q1 (process) answered 5, 4, 3 and Q2 (staff) 4, 4, 5: process 80%, staff 86.67%,
    overall 25/6 = 4.1667 → 83.33%."""
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    with database.session_scope() as session:
        survey = Survey(code="SAT-2568", title_th="ความพึงพอใจ", title_en="Satisfaction",
                        kind=SurveyKind.SATISFACTION, fiscal_year=2568)  # fmt: skip
        survey.questions = [
            SurveyQuestion(code="Q1", number="1.1", position=1, text_th="ขั้นตอนไม่ยุ่งยาก",
                           dimension="process", points=5),
            SurveyQuestion(code="Q2", number="2.1", position=2, text_th="ความสุภาพ",
                           dimension="staff", points=5),
        ]  # fmt: skip
        session.add(survey)
        session.flush()
        for values in ((5, 4), (4, 4), (3, 5)):
            response = SurveyResponse(survey_id=survey.id, submitted_on=date(2025, 3, 1))
            response.answers = [SurveyAnswer(question_id=q.id, value=v)
                                for q, v in zip(survey.questions, values, strict=True)]  # fmt: skip
            session.add(response)
    yield database
    database.dispose()


@pytest.fixture
def service(db: Database) -> BenchmarkService:
    return BenchmarkService(db)


@pytest.fixture
def survey_id(db: Database) -> uuid.UUID:
    from sqlalchemy import select

    with db.session_scope() as session:
        found = session.scalar(select(Survey.id))
    assert found is not None
    return found


@pytest.fixture
def compared(service: BenchmarkService, survey_id: uuid.UUID) -> BenchmarkService:
    five = BenchmarkScale.FIVE_POINT
    service.add_benchmark(survey_id, BenchmarkDraft(PEER, 2568, 85.0, BenchmarkScale.PERCENT))
    service.add_benchmark(survey_id, BenchmarkDraft(PEER, 2568, 3.8, five, dimension="process"))
    service.add_benchmark(survey_id, BenchmarkDraft(OTHER, 2568, 3.0, BenchmarkScale.FOUR_POINT))
    return service


def _page(
    qtbot, service: BenchmarkService, survey_id: uuid.UUID | None
) -> tuple[BenchmarkPage, TaskRunner]:  # noqa: ANN001
    runner = TaskRunner(max_threads=1)
    page = BenchmarkPage(service, runner)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.set_survey(survey_id)
    assert runner.wait_all(10_000)
    return page, runner


def test_the_comparison_model_passes_the_model_tester(compared, survey_id, qtmodeltester) -> None:  # noqa: ANN001
    model = BenchmarkComparisonModel()
    model.set_comparison(compared.comparison(survey_id))

    qtmodeltester.check(model)


def test_the_rows_model_passes_the_model_tester(compared, survey_id, qtbot, qtmodeltester) -> None:  # noqa: ANN001
    page, _ = _page(qtbot, compared, survey_id)

    qtmodeltester.check(page.rows_model)
    assert page.rows_model.rowCount() == 3


def test_ours_and_each_comparator_stand_side_by_side(compared, survey_id, qtbot) -> None:  # noqa: ANN001
    page, _ = _page(qtbot, compared, survey_id)
    model = page.model

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Level", "Ours (%)", f"{OTHER} (2025)", "Difference", f"{PEER} (2025)", "Difference"]  # fmt: skip  # C.E. in English (FY 2568)
    rows = [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]
    assert rows == [
        ["Overall", "83.33%", "75.00%", "+8.33", "85.00%", "−1.67"],
        ["Process and procedure", "80.00%", "", "", "76.00%", "+4.00"],
        ["Staff", "86.67%", "", "", "", ""],
    ]
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) == AHEAD
    assert model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) == BEHIND
    assert (
        model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "Published as 3.00 (4-point scale)"
    )
    assert page.heading.text() == "SAT-2568 Satisfaction: ours beside the comparators"


def test_the_chart_draws_the_levels_a_comparator_reports(compared, survey_id, qtbot) -> None:  # noqa: ANN001
    page, _ = _page(qtbot, compared, survey_id)

    assert page.chart.categories == ["Overall", "Process and procedure"]  # staff: ours alone
    assert [s.name for s in page.chart.series] == ["Ours", f"{OTHER} (2025)", f"{PEER} (2025)"]
    assert list(page.chart.series[0].values) == pytest.approx([250 / 3, 80.0])
    assert list(page.chart.series[1].values) == pytest.approx([75.0, 0.0])
    assert list(page.chart.series[2].values) == pytest.approx([85.0, 76.0])


def test_without_comparators_ours_is_shown_and_only_adding_makes_sense(
    service, survey_id, qtbot
) -> None:  # noqa: ANN001
    page, _ = _page(qtbot, service, survey_id)

    assert page.model.columnCount() == 2 and page.model.rowCount() == 3
    assert page.chart.categories == ["Overall", "Process and procedure", "Staff"]
    assert page.add_button.isEnabled() and page.import_button.isEnabled()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()


def test_no_survey_chosen_shows_nothing_and_offers_nothing(service, qtbot) -> None:  # noqa: ANN001
    page, _ = _page(qtbot, service, None)

    assert page.model.rowCount() == 0 and page.rows_model.rowCount() == 0
    assert not page.add_button.isEnabled() and not page.import_button.isEnabled()
    assert page.heading.text() == "Choose a survey to compare it with other agencies."


def test_a_row_is_added_through_the_dialog(service, survey_id, qtbot) -> None:  # noqa: ANN001
    page, runner = _page(qtbot, service, survey_id)

    dialog = page.add_benchmark()
    assert dialog is not None
    dialog.organisation_box.setCurrentText(PEER)
    dialog.level_box.setCurrentIndex(dialog.level_box.findData("dimension:staff"))
    dialog.scale_box.setCurrentIndex(dialog.scale_box.findData("five_point"))
    dialog.value_box.setValue(4.2)
    assert dialog.percent_label.text() == "84.00%"
    dialog.save()
    assert runner.wait_all(10_000)

    assert dialog.result() == dialog.DialogCode.Accepted
    (row,) = page.rows_model.rows()
    assert (row.organisation, row.dimension, row.value) == (PEER, "staff", 4.2)
    assert page.model.index(2, 3).data() == "+2.67"  # staff: 86.67 − 84.00


def test_a_refused_row_keeps_the_dialog_open_with_the_problem(service, survey_id, qtbot) -> None:  # noqa: ANN001
    page, _ = _page(qtbot, service, survey_id)
    dialog = page.add_benchmark()
    assert dialog is not None
    dialog.organisation_box.setCurrentText(PEER)
    dialog.scale_box.setCurrentIndex(dialog.scale_box.findData("five_point"))
    dialog.value_box.setValue(6.0)

    dialog.save()

    assert dialog.isVisible() and not dialog.problem_label.isHidden()
    assert "between 1 and 5; 6 does not" in dialog.problem_label.text()
    assert service.list_benchmarks(survey_id) == []
    dialog.reject()


def test_a_row_is_edited_and_deleted(compared, survey_id, qtbot, monkeypatch) -> None:  # noqa: ANN001
    page, runner = _page(qtbot, compared, survey_id)
    page.rows_table.selectRow(0)  # OTHER's overall 3.0 on a 4-point scale
    assert page.edit_button.isEnabled()

    dialog = page.edit_benchmark(page.selected_row())
    assert dialog is not None and dialog.value_box.value() == 3.0
    assert dialog.level_box.currentData() == "overall:"
    dialog.value_box.setValue(3.6)
    dialog.save()
    assert runner.wait_all(10_000)
    assert page.model.index(0, 2).data() == "90.00%"

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.rows_table.selectRow(0)
    page.delete_benchmark(page.selected_row())
    assert runner.wait_all(10_000)

    assert [r.organisation for r in page.rows_model.rows()] == [PEER, PEER]
    assert page.model.columnCount() == 4


def test_double_clicking_a_comparator_s_cell_opens_its_row(compared, survey_id, qtbot) -> None:  # noqa: ANN001
    page, _ = _page(qtbot, compared, survey_id)

    page.table.doubleClicked.emit(page.model.index(1, 4))

    assert page.dialog is not None and page.dialog.isVisible()
    assert page.dialog.level_box.currentData() == "dimension:process"
    assert page.dialog.value_box.value() == 3.8
    page.dialog.reject()


def test_the_import_button_opens_the_comparators_import(service, survey_id, qtbot) -> None:  # noqa: ANN001
    page, _ = _page(qtbot, service, survey_id)

    wizard = page.import_file()

    assert wizard is not None and wizard.kind == "benchmarks"
    assert wizard.importer.spec.kind == "benchmarks"
    wizard.reject()


def test_the_page_speaks_thai(compared, survey_id, qtbot, qapp, compiled_translations) -> None:  # noqa: ANN001
    languages = LanguageManager(qapp, compiled_translations)
    page, runner = _page(qtbot, compared, survey_id)
    try:
        languages.set_language("th")
        qapp.processEvents()

        assert page.title() == "การเปรียบเทียบ"
        assert page.model.index(0, 0).data() == "ภาพรวม"
        assert page.model.index(1, 0).data() == "ด้านกระบวนการ/ขั้นตอนการให้บริการ"
        assert page.model.headerData(3, Qt.Orientation.Horizontal) == "ผลต่าง"
        assert page.heading.text() == "SAT-2568 ความพึงพอใจ: ผลของเราเทียบกับคู่เทียบ"
        assert page.chart.series[0].name == "ของเรา"
    finally:
        languages.set_language("en")
        runner.wait_all(10_000)
