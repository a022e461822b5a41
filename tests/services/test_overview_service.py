"""The Overview tab and the status bar: counts, complaints needing attention, this year's feedback."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sample_data import SampleData
from sqlalchemy import select, update

from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintCategory,
    FeedbackEntry,
    Holiday,
)
from vocdesk.domain.enums import ComplaintStatus, FeedbackType, LifecycleStage
from vocdesk.services.database import Database
from vocdesk.services.overview.figures import OverviewService

TODAY = date(2025, 11, 14)  # Friday; fiscal year 2569 began on 1 October 2025


def test_record_counts_cover_every_area(empty_db: Database, sample: SampleData) -> None:
    counts = OverviewService(empty_db).record_counts()

    assert (counts.stakeholders, counts.feedback, counts.surveys, counts.complaints) == (
        30,
        300,
        3,
        250,
    )
    assert counts.survey_responses == 60 and counts.activities == 60


def _case(session, sequence: int, category, due: date, status=ComplaintStatus.IN_PROGRESS) -> None:
    channel = session.scalar(select(Channel.id).limit(1))
    session.add(
        Complaint(
            fiscal_year=2569,
            sequence=sequence,
            number=f"2569/{sequence:06d}",
            received_at=datetime(2025, 11, 1, tzinfo=UTC),
            channel_id=channel,
            subject="x",
            category_id=category,
            status=status,
            due_on=due,
        )  # fmt: skip
    )


def test_due_soon_counts_working_days_with_the_agencys_holidays(empty_db: Database) -> None:
    with empty_db.session_scope() as session:
        category = session.scalar(select(ComplaintCategory.id).limit(1))
        session.execute(update(ComplaintCategory).values(warn_days_before=2))
        # Friday + 2 working days = Tuesday 18th; with Monday a holiday, Wednesday 19th.
        session.add(Holiday(day=date(2025, 11, 17), name="วันหยุดชดเชย"))
        _case(session, 1, category, date(2025, 11, 19))  # due soon thanks to the holiday
        _case(session, 2, category, date(2025, 11, 20))  # not yet
        _case(session, 3, category, date(2025, 11, 13))  # overdue, not "due soon"
        _case(session, 4, category, date(2025, 11, 18), ComplaintStatus.CLOSED)  # finished

    summary = OverviewService(empty_db, today=lambda: TODAY).summary()

    assert summary.due_soon_complaints == 1
    assert summary.overdue_complaints == 1
    assert summary.open_complaints == 3


def test_feedback_counts_only_this_fiscal_year_by_channel_and_stage(empty_db: Database) -> None:
    with empty_db.session_scope() as session:
        walk_in = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        for when, stage in [
            (
                datetime(2025, 9, 30, 12, tzinfo=UTC),
                LifecycleStage.BEFORE,
            ),  # 19:00 in Bangkok: FY 2568
            (datetime(2025, 10, 1, 3, tzinfo=UTC), LifecycleStage.AFTER),
            (datetime(2025, 11, 13, 3, tzinfo=UTC), LifecycleStage.AFTER),
        ]:
            session.add(FeedbackEntry(received_at=when, channel_id=walk_in, stage=stage,
                                      type=FeedbackType.OTHER, text="-"))  # fmt: skip

    summary = OverviewService(empty_db, today=lambda: TODAY).summary()

    assert summary.fiscal_year == 2569
    assert summary.feedback_this_year == 2
    assert (
        summary.feedback_by_channel[0].code == "walk_in"
        and summary.feedback_by_channel[0].count == 2
    )
    assert {s.stage: s.count for s in summary.feedback_by_stage} == {
        LifecycleStage.BEFORE: 0, LifecycleStage.DURING: 0, LifecycleStage.AFTER: 2,
    }  # fmt: skip


def test_fiscal_years_run_from_the_first_record_to_this_year(empty_db: Database) -> None:
    with empty_db.session_scope() as session:
        walk_in = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        session.add(FeedbackEntry(received_at=datetime(2023, 10, 2, 3, tzinfo=UTC), channel_id=walk_in,
                                  stage=LifecycleStage.AFTER, type=FeedbackType.OTHER, text="-"))  # fmt: skip
    service = OverviewService(empty_db, today=lambda: TODAY)

    assert service.fiscal_years() == [2569, 2568, 2567]
    assert service.summary(2567).feedback_this_year == 1
    assert service.summary().feedback_this_year == 0
