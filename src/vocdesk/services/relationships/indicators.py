"""Relationship indicators of one stakeholder, beside the timeline (PMQA 3.2 b (9)).

Interactions in the last 12 months by kind and by channel, open complaints, the last
satisfaction score and its trend, days since the last contact, and the engagement level by the
rule of ``domain/relationships_engagement.py``. docs/relationships-indicators.md says where each
number comes from.

Every count is one grouped query per source (activities the stakeholder owns, activities they
took part in, feedback entries, complaints, survey responses), each reading its table through
its stakeholder index; a stakeholder with 10,000 items is read in a few tens of milliseconds
(tests/services/test_indicators.py measures it). Items dated after today (an activity planned
ahead) are left out of every figure.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from vocdesk.db.models import (
    Activity,
    Channel,
    Complaint,
    FeedbackEntry,
    Survey,
    SurveyResponse,
)
from vocdesk.db.models.timeline import activity_participant
from vocdesk.domain.clock import start_of_thai_day, thai_date, thai_today
from vocdesk.domain.complaints.workflow import OPEN_STATUSES
from vocdesk.domain.enums import ActivityKind
from vocdesk.domain.messages import Message
from vocdesk.domain.relationships_engagement import (
    WINDOW_DAYS,
    Engagement,
    EngagementFacts,
    EngagementLevel,
    engagement,
    levels,
    rule_line,
)
from vocdesk.domain.surveys.scales import percent_score
from vocdesk.domain.tables import Named
from vocdesk.services.database import Database
from vocdesk.services.surveys.analysis_queries import QuestionInfo, questions_of
from vocdesk.services.surveys.answer_scores import NO_ANSWER, ZERO

__all__ = [
    "ChannelCount",
    "IndicatorsService",
    "InteractionSource",
    "KindCount",
    "SatisfactionPoint",
    "StakeholderIndicators",
]

TREND_POINTS = 5  # the satisfaction trend shows the latest scores, at most this many
_RESPONSES_READ = 50  # the latest responses looked at for scores (a response may have none)


class InteractionSource(StrEnum):
    ACTIVITY = "activity"
    FEEDBACK = "feedback"
    COMPLAINT = "complaint"
    SURVEY_RESPONSE = "survey_response"


@dataclass(frozen=True)
class KindCount:
    """Interactions of one kind: an activity kind, or feedback, complaints, survey responses."""

    source: InteractionSource
    activity_kind: ActivityKind | None  # set for activities only
    count: int


@dataclass(frozen=True)
class ChannelCount:
    """Interactions through one channel; ``channel`` None: none recorded (a survey response,
    an activity without a channel)."""

    code: str  # the channel's code, "" for none
    channel: Named | None
    count: int


@dataclass(frozen=True)
class SatisfactionPoint:
    """One survey response's score: the mean of its rating answers (each mapped onto the
    survey's scale) as a percent of the scale's top, as the survey analysis counts a
    respondent."""

    response_id: uuid.UUID
    submitted_on: date
    survey_code: str
    survey_title: Named
    percent: float
    answers: int  # the rating answers the mean is of


@dataclass(frozen=True)
class StakeholderIndicators:
    stakeholder_id: uuid.UUID
    today: date
    since: date  # the first day of the 12 months counted (today is the last)
    interactions: int  # in the 12 months: the sum of ``by_kind`` (and of ``by_channel``)
    by_kind: tuple[KindCount, ...]  # activities by kind in ActivityKind order, then the rest
    by_channel: tuple[ChannelCount, ...]  # most used first; "none recorded" last
    open_complaints: int  # not finished, whenever received
    last_contact: date | None  # the latest interaction of any age, None: never
    days_since_contact: int | None
    satisfaction: SatisfactionPoint | None  # the latest scored survey response
    satisfaction_trend: tuple[SatisfactionPoint, ...]  # oldest first, the latest last
    engagement: Engagement
    rule: tuple[tuple[EngagementLevel, Message], ...]  # each level's rule in words

    @property
    def satisfaction_change(self) -> float | None:
        """Percentage points from the previous score to the latest (None without two)."""
        trend = self.satisfaction_trend
        if len(trend) < 2:
            return None
        return trend[-1].percent - trend[-2].percent


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return thai_date(value)
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class IndicatorsService:
    def __init__(self, db: Database, today: Callable[[], date] = thai_today) -> None:
        self._db = db
        self._today = today

    def for_stakeholder(self, stakeholder_id: uuid.UUID) -> StakeholderIndicators:
        """The indicators of ``stakeholder_id`` as they stand today."""
        today = self._today()
        since = today - timedelta(days=WINDOW_DAYS - 1)
        start, end = start_of_thai_day(since), start_of_thai_day(today + timedelta(days=1))
        kinds: Counter[tuple[InteractionSource, ActivityKind | None]] = Counter()
        channels: Counter[uuid.UUID | None] = Counter()
        latest: list[date] = []
        open_complaints = 0
        with self._db.session_scope() as session:
            names: dict[uuid.UUID, tuple[str, Named | None]] = {
                row.id: (row.code, Named(row.name_th, row.name_en))
                for row in session.execute(
                    select(Channel.id, Channel.code, Channel.name_th, Channel.name_en)
                )
            }
            for source, kind, channel, counted, last, opened in self._tallies(
                session, stakeholder_id, start, end, since, today
            ):
                if counted:
                    kinds[source, kind] += counted
                    channels[channel] += counted
                if last is not None:
                    latest.append(last)
                open_complaints += opened
            trend = self._scores(session, stakeholder_id, today)

        by_kind = tuple(
            KindCount(source, kind, kinds[source, kind])
            for source, kind in [(InteractionSource.ACTIVITY, k) for k in ActivityKind]
            + [(s, None) for s in InteractionSource if s is not InteractionSource.ACTIVITY]
            if kinds[source, kind]
        )
        none: tuple[str, Named | None] = ("", None)
        tallied = [
            (names.get(key, none) if key else none, count) for key, count in channels.items()
        ]
        by_channel = tuple(
            sorted(
                (ChannelCount(code, name, count) for (code, name), count in tallied),
                key=lambda c: (c.channel is None, -c.count, c.code),
            )
        )
        interactions = sum(kinds.values())
        last_contact = max(latest, default=None)
        days = None if last_contact is None else (today - last_contact).days
        satisfaction = trend[-1] if trend else None
        facts = EngagementFacts(
            interactions, days, open_complaints, satisfaction.percent if satisfaction else None
        )
        return StakeholderIndicators(
            stakeholder_id=stakeholder_id,
            today=today,
            since=since,
            interactions=interactions,
            by_kind=by_kind,
            by_channel=by_channel,
            open_complaints=open_complaints,
            last_contact=last_contact,
            days_since_contact=days,
            satisfaction=satisfaction,
            satisfaction_trend=tuple(trend),
            engagement=engagement(facts),
            rule=tuple((level, rule_line(level)) for level in levels()),
        )

    # --- the counts ------------------------------------------------------------------------
    @staticmethod
    def _tallies(
        session: Session,
        stakeholder_id: uuid.UUID,
        start: datetime,
        end: datetime,
        since: date,
        today: date,
    ) -> Iterable[
        tuple[InteractionSource, ActivityKind | None, uuid.UUID | None, int, date | None, int]
    ]:
        """(source, activity kind, channel, count in the 12 months, latest date, open
        complaints) per group of each source's rows up to today."""

        def in_window(column: Any) -> Any:
            return func.coalesce(func.sum(case((column >= start, 1), else_=0)), 0)

        a = Activity
        owned = (
            select(a.kind, a.channel_id, in_window(a.occurred_at), func.max(a.occurred_at))
            .where(a.stakeholder_id == stakeholder_id, a.occurred_at < end)
            .group_by(a.kind, a.channel_id)
        )
        joined = (
            select(a.kind, a.channel_id, in_window(a.occurred_at), func.max(a.occurred_at))
            .join(activity_participant, activity_participant.c.activity_id == a.id)
            .where(
                activity_participant.c.stakeholder_id == stakeholder_id,
                a.stakeholder_id != stakeholder_id,  # counted above already
                a.occurred_at < end,
            )
            .group_by(a.kind, a.channel_id)
        )
        for statement in (owned, joined):
            for kind, channel, counted, last in session.execute(statement):
                yield (
                    InteractionSource.ACTIVITY,
                    ActivityKind(kind),
                    channel,
                    counted,
                    _day(last),
                    0,
                )

        f = FeedbackEntry
        for channel, counted, last in session.execute(
            select(f.channel_id, in_window(f.received_at), func.max(f.received_at))
            .where(f.stakeholder_id == stakeholder_id, f.received_at < end)
            .group_by(f.channel_id)
        ):
            yield InteractionSource.FEEDBACK, None, channel, counted, _day(last), 0

        c = Complaint
        is_open = func.coalesce(func.sum(case((c.status.in_(OPEN_STATUSES), 1), else_=0)), 0)
        for channel, counted, last, opened in session.execute(
            select(c.channel_id, in_window(c.received_at), func.max(c.received_at), is_open)
            .where(c.stakeholder_id == stakeholder_id, c.received_at < end)
            .group_by(c.channel_id)
        ):
            yield InteractionSource.COMPLAINT, None, channel, counted, _day(last), opened

        r = SurveyResponse
        row = session.execute(
            select(
                func.coalesce(func.sum(case((r.submitted_on >= since, 1), else_=0)), 0),
                func.max(r.submitted_on),
            ).where(r.stakeholder_id == stakeholder_id, r.entry_pass == 1, r.submitted_on <= today)
        ).one()
        yield InteractionSource.SURVEY_RESPONSE, None, None, row[0], _day(row[1]), 0

    # --- satisfaction ----------------------------------------------------------------------
    @staticmethod
    def _scores(
        session: Session, stakeholder_id: uuid.UUID, today: date
    ) -> list[SatisfactionPoint]:
        """The latest ``TREND_POINTS`` scored responses of the stakeholder, oldest first."""
        r, s = SurveyResponse, Survey
        rows = session.execute(
            select(
                r.id, r.survey_id, r.submitted_on, r.scores, s.code, s.title_th, s.title_en,
                s.scale_points,
            )
            .join(s, r.survey_id == s.id)
            .where(r.stakeholder_id == stakeholder_id, r.entry_pass == 1, r.submitted_on <= today)
            .order_by(r.submitted_on.desc(), r.id.desc())
            .limit(_RESPONSES_READ)
        ).all()  # fmt: skip
        questions = questions_of(session, sorted({row.survey_id for row in rows}))
        found: list[SatisfactionPoint] = []
        for row in rows:
            scored = response_score(row.scores, questions.get(row.survey_id, []), row.scale_points)
            if scored is None:
                continue
            percent, answers = scored
            title = Named(row.title_th, row.title_en)
            found.append(
                SatisfactionPoint(row.id, row.submitted_on, row.code, title, percent, answers)
            )
            if len(found) == TREND_POINTS:
                break
        return found[::-1]


def response_score(
    scores: str, questions: Iterable[QuestionInfo], points: int
) -> tuple[float, int] | None:
    """A response's score from its ``scores`` string: (percent, rating answers), or None when
    it has no rating answer. Each answer is mapped onto the survey's ``points`` scale
    (1 + (v - 1) x (points - 1) / (item points - 1)), as the survey analysis does."""
    total = 0.0
    n = 0
    for q in questions:
        if not q.scored or q.column >= len(scores) or scores[q.column] == NO_ANSWER:
            continue
        value = ord(scores[q.column]) - ZERO
        total += 1 + (value - 1) * (points - 1) / ((q.points or points) - 1)
        n += 1
    if n == 0:
        return None
    return percent_score(total / n, points), n
