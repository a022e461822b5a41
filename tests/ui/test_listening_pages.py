"""The listening plan, improvement actions and summary pages, on a real database with real
widgets: models pass Qt's model tester, forms save by keyboard, background reads arrive."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from plan_fixtures import Catalogue, add_entry, add_survey, catalogue  # noqa: E402

from vocdesk.domain.enums import LifecycleStage  # noqa: E402
from vocdesk.domain.fiscal import Period, PeriodKind, period_for  # noqa: E402
from vocdesk.domain.listening.coverage import CoverageStatus  # noqa: E402
from vocdesk.domain.listening.improvement import ImprovementFields, ImprovementStatus  # noqa: E402
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.listening.improvement import ImprovementActionsService  # noqa: E402
from vocdesk.services.listening.log import ListeningService  # noqa: E402
from vocdesk.services.listening.plan import ListeningPlanService, PlanItemInput  # noqa: E402
from vocdesk.services.listening.summary import ListeningSummaryService  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402
from vocdesk.ui.listening.improvement_model import OVERDUE_COLOUR, ImprovementModel  # noqa: E402
from vocdesk.ui.listening.improvement_page import ImprovementActionsPage  # noqa: E402
from vocdesk.ui.listening.plan_model import (  # noqa: E402
    STATUS_COLOURS,
    CoverageModel,
    ListeningPlanModel,
)
from vocdesk.ui.listening.plan_page import ListeningPlanPage  # noqa: E402
from vocdesk.ui.listening.summary_model import ChannelStageModel, CountsModel  # noqa: E402
from vocdesk.ui.listening.summary_page import TYPE_TITLE, ListeningSummaryPage, _types  # noqa: E402
from vocdesk.ui.listening.tab import ListeningTab  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402
from vocdesk.ui.widgets.period_picker import PeriodPicker  # noqa: E402

TODAY = date(2025, 12, 10)  # in quarter 1 of fiscal year 2569
QUARTER_1 = (PeriodKind.QUARTER, 2569, 1)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def filled(db: Database) -> tuple[Database, Catalogue]:
    cat = catalogue(db)
    for at, channel, stage, kind, segment, service in [
        ("2025-10-01 09:00", "walk_in", "during", "complaint", "general_public", "licence"),
        ("2025-10-15 10:00", "walk_in", "before", "inquiry", "general_public", "advice"),
        ("2025-11-20 10:00", "line_oa", "after", "compliment", "business", None),
        ("2025-12-01 10:00", "phone", "during", "suggestion", None, "licence"),
        ("2026-02-01 10:00", "phone", "during", "need", "partners", None),
    ]:
        add_entry(
            db, cat, at, channel, stage, kind, segment, service, text=f"ได้ยินว่า {kind} ที่ {channel}"
        )
    plan = ListeningPlanService(db)
    plan.add_item(PlanItemInput(cat.segments["general_public"], LifecycleStage.DURING, cat.channels["walk_in"],
                                "สอบถามที่เคาน์เตอร์"))  # fmt: skip
    plan.add_item(PlanItemInput(cat.segments["business"], LifecycleStage.BEFORE, cat.channels["meeting"],
                                "ประชุมชี้แจง"))  # fmt: skip
    return db, cat


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:  # noqa: ANN001
    tasks = TaskRunner(max_threads=1)
    yield tasks
    tasks.wait_all(5000)


def test_the_plan_improvement_and_summary_models_pass_the_qt_model_tester(
    filled, qtmodeltester
) -> None:
    db, cat = filled
    actions = ImprovementActionsService(db, today=lambda: TODAY)
    for n in range(5):
        actions.create_action(ImprovementFields(f"การปรับปรุง {n}", due_on=date(2025, 12, n + 5)))
    summary = ListeningSummaryService(db).summary(period_for(*QUARTER_1))
    coverage = CoverageModel()
    coverage.set_report(ListeningPlanService(db).coverage(summary.period))
    channel_stage, types = ChannelStageModel(), CountsModel(TYPE_TITLE, _types)
    channel_stage.set_summary(summary)
    types.set_summary(summary)
    models = [
        ListeningPlanModel(ListeningPlanService(db), batch_size=1),
        ImprovementModel(actions, batch_size=2),
        coverage, channel_stage, types,
    ]  # fmt: skip

    for model in models:
        qtmodeltester.check(model)
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        for column in range(model.columnCount()):  # every column sorts in SQL, both ways
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
                model.sort(column, order)
        qtmodeltester.check(model)
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())

    assert models[1].rowCount() == 5
    assert coverage.rowCount() == 6  # five default segments and "no segment"
    public_during = coverage.index(0, 1)
    assert coverage.cell_at(public_during).status is CoverageStatus.COVERED
    assert (
        public_during.data(Qt.ItemDataRole.BackgroundRole) == STATUS_COLOURS[CoverageStatus.COVERED]
    )
    assert "1 heard · 1 planned" in public_during.data()
    assert "สอบถามที่เคาน์เตอร์" in public_during.data(Qt.ItemDataRole.ToolTipRole)
    assert coverage.headerData(5, Qt.Orientation.Vertical) == "No segment recorded"
    assert channel_stage.rows()[-1] == ("Total", [1, 2, 1, 4])
    assert (
        types.index(0, 2).data() == "0.00%" and types.index(2, 2).data() == "25.00%"
    )  # need, suggestion


def test_a_plan_line_typed_in_the_form_is_saved_and_the_coverage_follows(filled, qtbot) -> None:
    db, cat = filled
    page = ListeningPlanPage(ListeningPlanService(db), today=TODAY)
    qtbot.addWidget(page)
    assert page.coverage_model.report is None  # nothing is read before the page is shown
    page.show()
    page.period_picker.set_period(*QUARTER_1)
    partners = page.coverage_model.report.matrix.cell(
        cat.segments["partners"], LifecycleStage.AFTER
    )
    assert partners.status is CoverageStatus.GAP

    form = page.new_item()
    qtbot.addWidget(form)
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # no method yet: refused
    assert form.isVisible() and "Name the listening method" in form.problem_label.text()
    form.segment_box.setCurrentIndex(form.segment_box.findData(str(cat.segments["partners"])))
    form.stage_box.setCurrentIndex(form.stage_box.findData(LifecycleStage.AFTER))
    form.method_edit.insert("สนทนากลุ่มภาคีเครือข่าย")  # QTest types only ASCII keys
    qtbot.keyClicks(form.owner_edit, "Community relations")
    qtbot.keyClick(form.method_edit, Qt.Key.Key_Return)  # Enter saves, like the Save button

    assert not form.isVisible()
    assert page.plan_model.total == 3
    after = page.coverage_model.report.matrix.cell(cat.segments["partners"], LifecycleStage.AFTER)
    assert after.status is CoverageStatus.NOT_HEARD
    assert "0 cells with neither" not in page.summary_label.text()
    page.coverage_view.setCurrentIndex(page.coverage_model.index(4, 2))  # partners, after
    assert page.cell_details.text().startswith(
        "Partners and networks, After the service: Planned: สนทนากลุ่ม"
    )
    assert "Nothing heard through" in page.cell_details.text()


def test_editing_and_deleting_a_plan_line(filled, qtbot, monkeypatch) -> None:
    db, _cat = filled
    page = ListeningPlanPage(ListeningPlanService(db), today=TODAY)
    qtbot.addWidget(page)
    first = page.plan_model.row_at(0)

    form = page.edit_item(first)
    qtbot.addWidget(form)
    form.method_edit.setText("ประชุมชี้แจงหลักเกณฑ์")
    form.save()
    assert page.plan_model.row_at(0).method == "ประชุมชี้แจงหลักเกณฑ์"

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.delete_item(page.plan_model.row_at(0))
    assert page.plan_model.total == 1


def test_entries_selected_in_the_log_become_one_improvement_action(filled, qtbot) -> None:
    db, _cat = filled
    service = ImprovementActionsService(db, today=lambda: TODAY)
    page = ImprovementActionsPage(service)
    tab = ListeningTab(ListeningService(db), pages=(page,))
    qtbot.addWidget(tab)
    view = tab.log.table.view
    selection = view.selectionModel()
    for row in (0, 2):
        selection.select(tab.log.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    chosen = {tab.log.model.row_at(r).id for r in (0, 2)}

    page.from_log_button.click()
    form = page.findChild(object, "improvement_action_form")
    qtbot.addWidget(form)
    assert form.links_list.count() == 2
    form.title_edit.insert("เพิ่มช่องทางจองคิวออนไลน์")
    form.due_check.setChecked(True)
    form.due_edit.setDate(date(2025, 12, 1))
    form.save()

    assert not form.isVisible()
    assert page.model.total == 1
    row = page.model.row_at(0)
    assert set(service.get_action(row.id).links.entry_ids) == chosen
    assert page.model.index(0, page.model.column_of("sources")).data() == "2 entries"
    assert (
        page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    )  # due 1 Dec
    assert page.open_label.text() == "Open: 1"
    page.show_box.setCurrentIndex(page.show_box.findData("finished"))
    assert page.model.total == 0 and page.show_box.currentText() == "Done or cancelled"
    page.show_box.setCurrentIndex(page.show_box.findData("overdue"))
    assert page.model.total == 1
    assert tab.page_titles()[-1] == "Improvement actions"


def test_a_done_action_without_outcome_is_refused_and_a_survey_finding_is_linked(
    filled, qtbot
) -> None:
    db, _cat = filled
    survey_id, question_id = add_survey(db)
    service = ImprovementActionsService(db, today=lambda: TODAY)
    page = ImprovementActionsPage(service)
    qtbot.addWidget(page)

    form = page.new_action()
    qtbot.addWidget(form)
    form.title_edit.setText("ปรับปรุงความรวดเร็ว")
    form.status_box.setCurrentIndex(form.status_box.findData(ImprovementStatus.DONE))
    form.question_box.setCurrentIndex(form.question_box.findData(str(question_id)))
    form.finding_edit.setText("คะแนน 3.21")
    form.add_finding_button.click()
    form.save()
    assert form.isVisible() and "needs its outcome" in form.problem_label.text()
    assert service.count_actions(TableQuery()) == 0

    form.outcome_edit.setPlainText("ลดเวลารอเหลือ 15 นาที")
    form.save()

    detail = service.get_action(page.model.row_at(0).id)
    assert [(f.survey_id, f.question_id, f.finding) for f in detail.findings] == [
        (survey_id, question_id, "คะแนน 3.21")
    ]
    assert detail.action.completed_on == TODAY


def test_the_summary_page_reads_in_the_background_and_draws_its_charts(
    filled, qtbot, runner
) -> None:
    db, _cat = filled
    actions = ImprovementActionsService(db, today=lambda: TODAY)
    first_entry = ListeningService(db).list_feedback(TableQuery(sort_key="received"), 0, 1)[0].id
    actions.create_from_entries(
        [first_entry], ImprovementFields("ลดเวลารอคิว", status=ImprovementStatus.IN_PROGRESS)
    )
    page = ListeningSummaryPage(
        ListeningSummaryService(db), runner, today=TODAY, improvements=actions
    )
    qtbot.addWidget(page)
    runner.wait_all(5000)
    assert page.summary is None  # nothing is counted before the page is shown
    page.show()
    runner.wait_all(5000)
    assert page.summary is not None and page.summary.total == 5  # the fiscal year

    page.period_picker.set_period(*QUARTER_1)
    runner.wait_all(5000)

    assert page.summary.total == 4
    assert page.total_label.text() == "4 entries heard in the period"
    assert page.breakdown_chart.has_data()
    assert page.breakdown_chart.categories == [
        "Walk-in counter",
        "Telephone",
        "LINE official account",
    ]  # ties: catalogue order
    assert [s.values for s in page.trend_chart.series] == [[2, 1, 1]]
    assert page.loop_label.text() == (
        "What was done about it: linked to improvement actions, entries of the period 1 of 4 and "
        "complaints 0 of 0; of those actions, done with an outcome: 0, still open: 1."
    )  # said as "label: count", right for one and many
    page.tables.setCurrentIndex(2)  # by segment
    assert page.breakdown_chart.categories[:2] == ["General public", "Businesses"]


def test_the_pages_speak_thai_after_a_language_switch(
    filled, qtbot, qapp, compiled_translations
) -> None:
    db, _cat = filled
    languages = LanguageManager(qapp, compiled_translations)
    plan = ListeningPlanPage(ListeningPlanService(db), today=TODAY)
    actions = ImprovementActionsPage(ImprovementActionsService(db, today=lambda: TODAY))
    summary = ListeningSummaryPage(ListeningSummaryService(db), today=TODAY)
    for page in (plan, actions, summary):
        qtbot.addWidget(page)
        page.show()
    try:
        languages.set_language("th")
        qapp.processEvents()

        assert (plan.title(), actions.title(), summary.title()) == (
            "แผนการรับฟังและความครอบคลุม",
            "การปรับปรุง",
            "สรุปผล",
        )
        assert plan.coverage_model.headerData(0, Qt.Orientation.Horizontal) == "ก่อนรับบริการ"
        assert summary.total_label.text().startswith("ข้อมูล")
    finally:
        languages.set_language("en")


def test_the_period_picker_cuts_fiscal_halves_quarters_and_months(qtbot) -> None:
    picker = PeriodPicker(today=TODAY)
    qtbot.addWidget(picker)
    assert picker.fiscal_year() == 2569 and picker.kind() is PeriodKind.FISCAL_YEAR
    assert picker.period() == Period(date(2025, 10, 1), date(2026, 9, 30))  # FY 2569

    with qtbot.waitSignal(picker.period_changed) as changed:
        picker.kind_box.setCurrentIndex(picker.kind_box.findData("half"))
    assert changed.args == [
        Period(date(2025, 10, 1), date(2026, 3, 31))
    ]  # half 1: the ITA 6-month round
    picker.part_box.setCurrentIndex(1)
    assert picker.period() == Period(date(2026, 4, 1), date(2026, 9, 30))
    picker.set_period(PeriodKind.MONTH, 2569, 3)
    assert picker.period() == Period(date(2025, 12, 1), date(2025, 12, 31))
    assert picker.part_box.currentText() == "December"
    assert [picker.part_box.itemText(i) for i in (0, 11)] == ["October", "September"]
    picker.set_period(PeriodKind.FISCAL_YEAR, 2568)
    assert picker.period() == Period(date(2024, 10, 1), date(2025, 9, 30))
    assert not picker.part_box.isVisibleTo(picker)
