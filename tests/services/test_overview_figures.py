"""The Overview's figures for a period and office equal the figures each tab's own service gives
for the same period and office (issue 11: "the same period gives the same numbers")."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sample_data import SampleData
from sqlalchemy import func, select

from vocdesk.db.models import (
    Activity,
    Channel,
    ListeningPlanItem,
    Office,
    Reminder,
    Segment,
    Stakeholder,
)
from vocdesk.domain.complaints.kpis import Dimension
from vocdesk.domain.enums import LifecycleStage, ReminderStatus
from vocdesk.domain.fiscal import Period, fiscal_half, fiscal_year_period
from vocdesk.domain.listening.coverage import CoverageStatus
from vocdesk.domain.listening.improvement import ListeningFrequency
from vocdesk.domain.tables import TableQuery
from vocdesk.services.complaints.kpis import ComplaintKpisService
from vocdesk.services.database import Database
from vocdesk.services.listening.improvement import ActionFilter, ImprovementActionsService
from vocdesk.services.listening.log import FeedbackFilters, ListeningService
from vocdesk.services.listening.plan import ListeningPlanService
from vocdesk.services.listening.summary import ListeningSummaryService
from vocdesk.services.overview.figures import OverviewService
from vocdesk.services.periods import in_period
from vocdesk.services.relationships.reminders import ReminderDraft, RemindersService
from vocdesk.services.surveys.analysis import SurveyAnalysisService

TODAY = date(2025, 11, 14)  # the sample's today: fiscal year 2569 began on 1 October 2025
PERIODS = [fiscal_year_period(2569), fiscal_year_period(2568), fiscal_half(2568, 2)]


@pytest.fixture
def service(empty_db: Database, sample: SampleData) -> OverviewService:
    with empty_db.session_scope() as session:  # a plan line, so the coverage has cells planned
        segment = session.scalar(select(Segment.id).order_by(Segment.sort_order).limit(1))
        channel = session.scalar(select(Channel.id).order_by(Channel.sort_order).limit(1))
        session.add(
            ListeningPlanItem(
                segment_id=segment, stage=LifecycleStage.BEFORE, channel_id=channel,
                method="แบบสอบถาม", frequency=ListeningFrequency.QUARTERLY, owner="",
            )
        )  # fmt: skip
    return OverviewService(empty_db, today=lambda: TODAY)


def _offices(db: Database) -> list[uuid.UUID | None]:
    with db.session_scope() as session:
        return [None, *session.scalars(select(Office.id).order_by(Office.code))]


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_feedback_and_coverage_equal_the_listening_tabs(
    empty_db: Database, service: OverviewService, period: Period
) -> None:
    figures = service.figures(period)
    summary = ListeningSummaryService(empty_db).summary(period)
    coverage = ListeningPlanService(empty_db).coverage(period)

    assert figures.feedback.total == summary.total > 0 or period != PERIODS[0]
    assert [(r.channel_id, r.by_stage) for r in figures.feedback.by_channel] == [
        (r.channel_id, r.by_stage) for r in summary.channel_stage
    ]
    assert tuple(s.count for s in figures.feedback.by_stage) == summary.stage_totals()
    assert figures.coverage.matrix == coverage.matrix
    for status, count in [
        (CoverageStatus.COVERED, figures.coverage.covered),
        (CoverageStatus.NOT_HEARD, figures.coverage.not_heard),
        (CoverageStatus.UNPLANNED, figures.coverage.unplanned),
        (CoverageStatus.GAP, figures.coverage.gaps),
    ]:
        assert count == coverage.matrix.count(status)
    assert len(figures.coverage.gap_cells) == figures.coverage.not_heard + figures.coverage.gaps


def test_feedback_of_one_office_equals_the_logs_filtered_count(
    empty_db: Database, service: OverviewService
) -> None:
    period = PERIODS[0]
    log = ListeningService(empty_db)
    totals = 0
    for office in _offices(empty_db)[1:]:
        figures = service.figures(period, office)
        for row in figures.feedback.by_channel:
            for stage, count in zip(LifecycleStage, row.by_stage, strict=True):
                filters = FeedbackFilters(
                    period=period, office_id=office, channel_id=row.channel_id, stage=stage
                )
                assert log.count_feedback(TableQuery(), filters) == count
        assert figures.feedback.total == log.count_feedback(
            TableQuery(), FeedbackFilters(period=period, office_id=office)
        )
        totals += figures.feedback.total
    assert totals == service.figures(period).feedback.total  # every sample entry has an office


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_complaint_figures_equal_the_kpi_page_for_all_offices_and_each(
    empty_db: Database, service: OverviewService, period: Period
) -> None:
    kpis = ComplaintKpisService(empty_db, today=lambda: TODAY)
    assert service.figures(period).complaints.kpis == kpis.report(period).total
    by_office = {g.key: g.figures for g in kpis.report(period, Dimension.OFFICE).groups}
    for office in _offices(empty_db)[1:]:
        assert office is not None
        figures = service.figures(period, office).complaints.kpis
        if office.hex in by_office:
            assert figures == by_office[office.hex]
        else:
            assert figures.received == 0


def test_the_latest_satisfaction_survey_with_its_target_as_the_surveys_tab(
    empty_db: Database, service: OverviewService
) -> None:
    figures = service.figures(PERIODS[0])
    assert figures.survey is not None
    analysis = SurveyAnalysisService(empty_db)
    results = analysis.results(figures.survey.survey_id)
    assert figures.survey.percent == pytest.approx(results.overall.percent)
    assert figures.survey.target_met == results.target_met
    assert figures.survey.responses == results.survey.responses > 0
    assert figures.survey.fiscal_year <= 2569


def test_actions_reminders_and_activities(
    empty_db: Database, service: OverviewService, sample: SampleData
) -> None:
    period = PERIODS[0]
    reminders_service = RemindersService(empty_db, today=lambda: TODAY)
    earlier = RemindersService(empty_db, today=lambda: TODAY - timedelta(days=7))
    for days in (-3, 0, 1):  # overdue, due today, not yet due (set a week before)
        earlier.add_reminder(ReminderDraft(sample.stakeholder_ids[0], TODAY + timedelta(days=days)))
    figures = service.figures(period)
    improvements = ImprovementActionsService(empty_db, today=lambda: TODAY)
    assert (figures.actions.open, figures.actions.overdue, figures.actions.finished) == tuple(
        improvements.count_actions(TableQuery(), show=show)
        for show in (ActionFilter.OPEN, ActionFilter.OVERDUE, ActionFilter.FINISHED)
    )
    with empty_db.session_scope() as session:
        open_due = [r for r in session.scalars(select(Reminder)) if r.status is ReminderStatus.OPEN]
        by_segment: dict[uuid.UUID | None, int] = {}
        for _activity, segment in session.execute(
            select(Activity, Stakeholder.segment_id)
            .join(Stakeholder, Activity.stakeholder_id == Stakeholder.id)
            .where(in_period(Activity.occurred_at, period))
        ):
            by_segment[segment] = by_segment.get(segment, 0) + 1
        all_activities = session.scalar(select(func.count(Activity.id)))
    reminders = reminders_service.due_counts()
    assert figures.reminders_due == reminders.due == 2
    assert reminders.due <= len([r for r in open_due if r.due_on <= TODAY])
    assert {row.segment_id: row.count for row in figures.activities} == by_segment
    assert figures.activities_total == sum(by_segment.values()) <= (all_activities or 0)
    counts = [row.count for row in figures.activities if row.segment_id is not None]
    assert counts == sorted(counts, reverse=True)
    # activities have no office: the office does not change them
    office = _offices(empty_db)[1]
    assert service.figures(period, office).activities == figures.activities


def test_an_empty_database_gives_zeros(empty_db: Database) -> None:
    figures = OverviewService(empty_db, today=lambda: TODAY).figures(PERIODS[0])
    assert figures.feedback.total == 0 and figures.survey is None
    assert figures.complaints.kpis.received == 0 and figures.activities == ()
    assert figures.reminders_due == 0
