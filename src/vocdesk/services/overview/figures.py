"""The first screen and the status bar: how much is recorded, what needs attention now.

"Due soon" follows each complaint category's own warning time (``warn_days_before``, in working
days, counting the agency's public holidays), so a 7-day category and a 30-day one each warn
when their own deadline approaches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select

from vocdesk.db.models import (
    Activity,
    Channel,
    Complaint,
    FeedbackEntry,
    Stakeholder,
    Survey,
    SurveyResponse,
)
from vocdesk.domain.clock import thai_date, thai_today
from vocdesk.domain.enums import LifecycleStage
from vocdesk.domain.fiscal import Period, fiscal_year_be, fiscal_year_period
from vocdesk.domain.tables import Named
from vocdesk.services.complaints.queues import (
    OPEN_STATUSES,
    ComplaintsService,
    OverdueCase,
    due_soon_condition,
    os_user_name,
    overdue_condition,
)
from vocdesk.services.database import Database
from vocdesk.services.periods import in_period

__all__ = [
    "ChannelCount",
    "OverdueCase",
    "OverviewService",
    "OverviewSummary",
    "RecordCounts",
    "StageCount",
]


@dataclass(frozen=True)
class RecordCounts:
    stakeholders: int
    feedback: int
    surveys: int
    survey_responses: int
    complaints: int
    activities: int


@dataclass(frozen=True)
class ChannelCount:
    code: str
    channel: Named
    count: int


@dataclass(frozen=True)
class StageCount:
    stage: LifecycleStage
    count: int


@dataclass(frozen=True)
class OverviewSummary:
    today: date
    counts: RecordCounts
    open_complaints: int
    overdue_complaints: int
    due_soon_complaints: int  # open, not overdue, within their category's warning time
    fiscal_year: int  # Buddhist Era: the year of the feedback breakdown
    fiscal_period: Period
    feedback_this_year: int  # in ``fiscal_year``
    feedback_by_channel: tuple[ChannelCount, ...]  # every active channel, most used first
    feedback_by_stage: tuple[StageCount, ...]  # before, during, after


class OverviewService:
    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = thai_today,
        current_user: Callable[[], str] = os_user_name,
    ) -> None:
        self._db = db
        self._today = today
        self._complaints = ComplaintsService(db, today, current_user)

    def overdue_cases(self, limit: int = 200) -> list[OverdueCase]:
        """The overdue complaint cases, longest overdue first, for supervisors (confidential
        ones without their subject unless the reader is allowed)."""
        return self._complaints.list_overdue(limit)

    def record_counts(self) -> RecordCounts:
        def count(column: Any, *where: Any) -> Any:
            return select(func.count(column)).where(*where).scalar_subquery()

        stmt = select(
            count(Stakeholder.id, Stakeholder.archived.is_(False)),
            count(FeedbackEntry.id),
            count(Survey.id),
            count(SurveyResponse.id),
            count(Complaint.id),
            count(Activity.id),
        )
        with self._db.session_scope() as session:
            return RecordCounts(*session.execute(stmt).one())

    def fiscal_years(self) -> list[int]:
        """The fiscal years (B.E.) from the first recorded feedback or complaint to this one,
        newest first: the years an overview can be asked about."""
        with self._db.session_scope() as session:
            firsts = session.execute(
                select(
                    select(func.min(FeedbackEntry.received_at)).scalar_subquery(),
                    select(func.min(Complaint.received_at)).scalar_subquery(),
                )
            ).one()
        current = fiscal_year_be(self._today())
        known = [fiscal_year_be(thai_date(moment)) for moment in firsts if moment is not None]
        first = min([current, *known])
        return list(range(current, first - 1, -1))

    def summary(self, fiscal_year: int | None = None) -> OverviewSummary:
        """Counts as of today; the feedback breakdown for ``fiscal_year`` (B.E.), by default
        the one today falls in."""
        today = self._today()
        fiscal_year = fiscal_year or fiscal_year_be(today)
        period = fiscal_year_period(fiscal_year)
        in_year = in_period(FeedbackEntry.received_at, period)
        counts = self.record_counts()
        with self._db.session_scope() as session:
            open_count = session.scalar(
                select(func.count())
                .select_from(Complaint)
                .where(Complaint.status.in_(OPEN_STATUSES))
            )
            overdue = session.scalar(
                select(func.count()).select_from(Complaint).where(overdue_condition(today))
            )
            due_soon = self._due_soon(session, today)
            by_channel = session.execute(
                select(Channel.code, Channel.name_th, Channel.name_en, func.count(FeedbackEntry.id))
                .outerjoin(FeedbackEntry, and_(FeedbackEntry.channel_id == Channel.id, in_year))
                .where(Channel.active.is_(True))
                .group_by(Channel.id)
                .order_by(func.count(FeedbackEntry.id).desc(), Channel.sort_order, Channel.code)
            ).all()
            stage_counts = dict(
                session.execute(
                    select(FeedbackEntry.stage, func.count(FeedbackEntry.id))
                    .where(in_year)
                    .group_by(FeedbackEntry.stage)
                ).all()
            )
            this_year = session.scalar(select(func.count(FeedbackEntry.id)).where(in_year))
        return OverviewSummary(
            today=today,
            counts=counts,
            open_complaints=open_count or 0,
            overdue_complaints=overdue or 0,
            due_soon_complaints=due_soon,
            fiscal_year=fiscal_year,
            fiscal_period=period,
            feedback_this_year=this_year or 0,
            feedback_by_channel=tuple(
                ChannelCount(code, Named(th, en), n) for code, th, en, n in by_channel
            ),
            feedback_by_stage=tuple(
                StageCount(stage, stage_counts.get(stage, 0)) for stage in LifecycleStage
            ),
        )

    @staticmethod
    def _due_soon(session: Any, today: date) -> int:
        return (
            session.scalar(
                select(func.count())
                .select_from(Complaint)
                .where(due_soon_condition(session, today))
            )
            or 0
        )
