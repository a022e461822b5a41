"""The complaint KPI page on a real database with real widgets: figures, breakdown, charts,
background reading, and Thai after a language switch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from vocdesk.db.models import Channel, Complaint, ComplaintCategory, Holiday
from vocdesk.domain.complaints.kpis import Dimension
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.fiscal import PeriodKind, period_for
from vocdesk.services.complaints.kpis import ComplaintKpisService
from vocdesk.services.database import Database, open_database
from vocdesk.ui.complaints.kpis_model import ComplaintKpisModel
from vocdesk.ui.complaints.kpis_page import ComplaintKpisPage
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.tasks import TaskRunner

TODAY = date(2024, 10, 31)
OCTOBER_2024 = (PeriodKind.MONTH, 2568, 1)


def _moment(day: date | None) -> datetime | None:
    return None if day is None else datetime(day.year, day.month, day.day, 2, 30, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """The five cases of tests/unit/test_complaint_kpis.py (figures counted by hand there)."""
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    with database.session_scope() as session:
        session.add_all(
            [
                Holiday(day=date(2024, 10, 14), name="ชดเชย"),
                Holiday(day=date(2024, 10, 23), name="ปิยมหาราช"),
            ]
        )
        road = ComplaintCategory(
            code="road", name_th="ถนนและทางเท้า", name_en="Roads", acknowledge_days=1, resolve_days=5
        )
        water = ComplaintCategory(
            code="water", name_th="น้ำประปา", name_en="Water", acknowledge_days=1, resolve_days=5
        )
        session.add_all([road, water])
        session.flush()
        hotline = session.scalar(select(Channel.id).where(Channel.code == "hotline_1111"))
        walk_in = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        for sequence, (received, acknowledged, resolved, status, reopens, score, category, channel) in enumerate([
            (date(2024, 10, 1), date(2024, 10, 2), date(2024, 10, 7), S.CLOSED, 0, 5, road, hotline),
            (date(2024, 10, 4), date(2024, 10, 7), date(2024, 10, 15), S.RESOLVED, 1, 2, road, walk_in),
            (date(2024, 10, 12), date(2024, 10, 16), None, S.IN_PROGRESS, 0, None, water, hotline),
            (date(2024, 10, 30), None, None, S.RECEIVED, 0, None, water, hotline),
            (date(2024, 10, 21), date(2024, 10, 21), date(2024, 10, 24), S.CLOSED, 0, 4, road, hotline),
        ], 1):  # fmt: skip
            session.add(Complaint(
                fiscal_year=2568, sequence=sequence, number=f"2568/{sequence:06d}", received_at=_moment(received),
                channel_id=channel, subject="เรื่อง", category_id=category.id, status=status,
                acknowledged_at=_moment(acknowledged), resolved_at=_moment(resolved), reopen_count=reopens,
                follow_up_score=score, first_response_at=_moment(acknowledged), notified_at=_moment(resolved),
            ))  # fmt: skip
    yield database
    database.dispose()


@pytest.fixture
def service(db: Database) -> ComplaintKpisService:
    return ComplaintKpisService(db, today=lambda: TODAY)


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:  # noqa: ANN001
    tasks = TaskRunner(max_threads=1)
    yield tasks
    tasks.wait_all(5000)


def test_the_breakdown_model_passes_the_qt_model_tester(
    service: ComplaintKpisService, qtmodeltester
) -> None:  # noqa: ANN001
    model = ComplaintKpisModel()
    model.set_report(service.report(period_for(*OCTOBER_2024), Dimension.CATEGORY), "Category")

    qtmodeltester.check(model)
    assert model.rowCount() == 2
    # Received, acknowledged, first response (3 days: 1, 1, 0), resolved, notified (15 days: 4, 6, 2) in time.
    assert [model.text(0, c) for c in range(6)] == [
        "Roads",
        "3",
        "100.00%",
        "100.00%",
        "66.67%",
        "100.00%",
    ]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Category"


def test_the_page_reads_in_the_background_and_shows_the_hand_counted_figures(
    service, qtbot, runner
) -> None:  # noqa: ANN001
    page = ComplaintKpisPage(service, runner, today=TODAY)
    qtbot.addWidget(page)
    runner.wait_all(5000)
    assert page.report is None  # nothing is counted until the page is shown
    page.show()
    runner.wait_all(5000)
    assert page.report is not None and page.report.total.received == 5  # the fiscal year by default

    page.period_picker.set_period(*OCTOBER_2024)
    runner.wait_all(5000)

    values = {name: label.text() for name, label in page.figure_values.items()}
    assert values["received"] == "5"
    assert values["acknowledged_pct"] == "75.00%"
    assert values["resolved_pct"] == "50.00%"
    # First response: the water case still open got its reply 2 days after receipt; notified:
    # it is at 12 of 15 days, not decided yet.
    assert (values["first_response_pct"], values["notified_pct"]) == ("100.00%", "100.00%")
    assert (values["mean_days"], values["median_days"]) == ("4.0", "4.0")
    assert (values["open"], values["overdue"]) == ("2", "1")
    assert values["reopen_rate"] == "33.33%"
    assert values["satisfaction_mean"] == "3.67"
    assert values["trust_restored_pct"] == "–"  # nobody was asked
    assert (
        page.period_label.text()
        == "Cases received 1 October 2024 – 31 October 2024, as they stand on 31 October 2024"
    )
    assert page.breakdown_chart.categories == ["Roads", "Water"]
    assert [s.values for s in page.trend_chart.series] == [[5]]


def test_choosing_a_dimension_breaks_the_figures_down_by_it(service, qtbot) -> None:  # noqa: ANN001
    page = ComplaintKpisPage(service, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.period_picker.set_period(*OCTOBER_2024)

    page.set_dimension(Dimension.CHANNEL)

    assert page.report.dimension is Dimension.CHANNEL
    assert [page.model.text(row, 0) for row in range(page.model.rowCount())] == [
        "Government hotline 1111",
        "Walk-in counter",
    ]
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Channel"


def test_the_page_in_the_window_is_a_page_of_the_complaints_tab(db, qtbot, qapp, tmp_path) -> None:  # noqa: ANN001
    from vocdesk.app import build_main_window
    from vocdesk.ui.settings import Settings

    runner = TaskRunner(max_threads=1)
    window = build_main_window(
        db, Settings(tmp_path / "settings.ini"), LanguageManager(qapp, tmp_path), runner
    )
    qtbot.addWidget(window)
    complaints = window.tab("complaints")

    page = complaints.findChild(ComplaintKpisPage, "complaint_kpis_page")

    assert page is not None and complaints.pages.tabText(complaints.pages.indexOf(page)) == "KPIs"
    runner.wait_all(5000)
    assert page.report is None  # not counted while hidden


def test_the_page_speaks_thai_with_buddhist_era_years(
    service, qtbot, qapp, compiled_translations
) -> None:  # noqa: ANN001
    languages = LanguageManager(qapp, compiled_translations)
    page = ComplaintKpisPage(service, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.period_picker.set_period(*OCTOBER_2024)
    try:
        languages.set_language("th")
        qapp.processEvents()

        assert page.title() == "ตัวชี้วัด"
        assert "31 ตุลาคม 2567" in page.period_label.text()
        assert page.model.text(0, 0) == "ถนนและทางเท้า"
        assert page.figure_captions["resolved_pct"].text() == "ดำเนินการแล้วเสร็จตามมาตรฐาน"
        assert page.trend_chart.categories == ["ต.ค. 67"]
    finally:
        languages.set_language("en")
