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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Select, String, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from vocdesk.db.models import (
    Activity,
    Channel,
    Complaint,
    FeedbackEntry,
    Stakeholder,
    Survey,
    SurveyResponse,
)
from vocdesk.db.models.timeline import activity_participant
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import start_of_thai_day, thai_date, thai_today
from vocdesk.domain.complaints.workflow import OPEN_STATUSES
from vocdesk.domain.enums import ActivityKind, PartyType
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
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database
from vocdesk.services.surveys.analysis_queries import QuestionInfo, questions_of
from vocdesk.services.surveys.answer_scores import NO_ANSWER, ZERO

__all__ = [
    "ChannelCount",
    "GroupIndicators",
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


@dataclass(frozen=True)
class GroupIndicators:
    """The indicators of a segment's or an organisation's members together."""

    today: date
    since: date
    members: int
    members_in_touch: int  # members with an interaction in the 12 months
    interactions: int  # records in the 12 months (an activity shared by members counts once)
    by_kind: tuple[KindCount, ...]
    by_channel: tuple[ChannelCount, ...]
    open_complaints: int
    last_contact: date | None  # any member's latest interaction
    days_since_contact: int | None
    satisfaction: float | None  # the mean of the members' last satisfaction scores
    members_scored: int  # the members that have one
    levels: tuple[tuple[EngagementLevel, int], ...]  # members per engagement level, High first
    rule: tuple[tuple[EngagementLevel, Message], ...]


def _stored_day(value: Any) -> date | None:
    """A stored date or UTC datetime read as text (SQLite: "2025-11-10 02:00:00.000000")
    as the agency's calendar day."""
    if value is None or isinstance(value, date):
        return _day(value)
    raw = str(value)
    if len(raw) <= 10:
        return date.fromisoformat(raw)
    moment = datetime.fromisoformat(raw)
    return thai_date(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return thai_date(value)
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


_Kinds = Counter[tuple["InteractionSource", ActivityKind | None]]
K = TypeVar("K")


def _channel_names(session: Session) -> dict[uuid.UUID, tuple[str, Named | None]]:
    return {
        row.id: (row.code, Named(row.name_th, row.name_en))
        for row in session.execute(
            select(Channel.id, Channel.code, Channel.name_th, Channel.name_en)
        )
    }


def _by_kind(kinds: _Kinds) -> tuple[KindCount, ...]:
    """Activities by kind in ActivityKind order, then feedback, complaints, survey responses."""
    order = [(InteractionSource.ACTIVITY, k) for k in ActivityKind] + [
        (s, None) for s in InteractionSource if s is not InteractionSource.ACTIVITY
    ]
    return tuple(
        KindCount(source, kind, kinds[source, kind])
        for source, kind in order
        if kinds[source, kind]
    )


def _by_channel(
    channels: Mapping[K | None, int], names: Mapping[K, tuple[str, Named | None]]
) -> tuple[ChannelCount, ...]:
    """The most used first; "no channel recorded" last."""
    none: tuple[str, Named | None] = ("", None)
    tallied = [
        (names.get(key, none) if key else none, count) for key, count in channels.items() if count
    ]
    return tuple(
        sorted(
            (ChannelCount(code, name, count) for (code, name), count in tallied),
            key=lambda c: (c.channel is None, -c.count, c.code),
        )
    )


class IndicatorsService:
    def __init__(self, db: Database, today: Callable[[], date] = thai_today) -> None:
        self._db = db
        self._today = today

    @requires(Permission.READ)
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
            names = _channel_names(session)
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

        by_kind, by_channel = _by_kind(kinds), _by_channel(channels, names)
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

    # --- segments and organisations ----------------------------------------------------------
    @requires(Permission.READ)
    def for_segment(self, segment_id: uuid.UUID) -> GroupIndicators:
        """The indicators of every member of the segment together."""
        return self._for_group(select(Stakeholder.id).where(Stakeholder.segment_id == segment_id))

    @requires(Permission.READ)
    def for_organisation(self, organisation: str) -> GroupIndicators:
        """The indicators of an organisation: its own record (a stakeholder of party type
        organisation with that name) and everyone whose ``organisation`` is that name, as on
        the organisation's timeline."""
        return self._for_group(
            select(Stakeholder.id).where(
                or_(
                    Stakeholder.organisation == organisation,
                    and_(
                        Stakeholder.name == organisation,
                        Stakeholder.party_type == PartyType.ORGANISATION,
                    ),
                )
            )
        )

    def _for_group(self, members: Select[Any]) -> GroupIndicators:
        today = self._today()
        since = today - timedelta(days=WINDOW_DAYS - 1)
        start, end = start_of_thai_day(since), start_of_thai_day(today + timedelta(days=1))
        kinds: _Kinds = Counter()
        channels: Counter[str | None] = Counter()
        # Each member's interactions in the 12 months, latest day and open complaints, keyed
        # by the stored key as text: tens of thousands of rows are read without making a UUID
        # or a datetime of each.
        counts: Counter[str] = Counter()
        latest: dict[str, date] = {}
        open_cases: Counter[str] = Counter()

        def note(who: str, counted: int, last: Any, opened: int = 0) -> None:
            counts[who] += counted
            day = _stored_day(last)
            if day is not None and (who not in latest or day > latest[who]):
                latest[who] = day
            if opened:
                open_cases[who] += opened

        def in_window(column: Any) -> Any:
            return func.coalesce(func.sum(case((column >= start, 1), else_=0)), 0)

        def text(column: Any) -> Any:
            return type_coerce(column, String)

        a, p = Activity, activity_participant
        f, c, r = FeedbackEntry, Complaint, SurveyResponse
        with self._db.session_scope() as session:
            names = {
                row[0]: (row[1], Named(row[2], row[3]))
                for row in session.execute(
                    select(text(Channel.id), Channel.code, Channel.name_th, Channel.name_en)
                )
            }
            size = session.scalar(select(func.count()).select_from(members.subquery())) or 0
            for who, kind, channel, counted, last in session.execute(
                select(text(a.stakeholder_id), a.kind, text(a.channel_id),
                       in_window(a.occurred_at), text(func.max(a.occurred_at)))
                .where(a.stakeholder_id.in_(members), a.occurred_at < end)
                .group_by(a.stakeholder_id, a.kind, a.channel_id)
            ):  # fmt: skip
                note(who, counted, last)
                kinds[InteractionSource.ACTIVITY, ActivityKind(kind)] += counted
                channels[channel] += counted
            for who, counted, last in session.execute(
                select(text(p.c.stakeholder_id), in_window(a.occurred_at),
                       text(func.max(a.occurred_at)))
                .join(a, a.id == p.c.activity_id)
                .where(p.c.stakeholder_id.in_(members), a.stakeholder_id != p.c.stakeholder_id,
                       a.occurred_at < end)
                .group_by(p.c.stakeholder_id)
            ):  # fmt: skip
                note(who, counted, last)
            # Activities members took part in, of owners outside the group: once each.
            for kind, channel, counted in session.execute(
                select(a.kind, text(a.channel_id), func.count(a.id.distinct()))
                .join(p, a.id == p.c.activity_id)
                .where(p.c.stakeholder_id.in_(members), a.stakeholder_id.not_in(members),
                       a.occurred_at >= start, a.occurred_at < end)
                .group_by(a.kind, a.channel_id)
            ):  # fmt: skip
                kinds[InteractionSource.ACTIVITY, ActivityKind(kind)] += counted
                channels[channel] += counted
            for who, channel, counted, last in session.execute(
                select(text(f.stakeholder_id), text(f.channel_id), in_window(f.received_at),
                       text(func.max(f.received_at)))
                .where(f.stakeholder_id.in_(members), f.received_at < end)
                .group_by(f.stakeholder_id, f.channel_id)
            ):  # fmt: skip
                note(who, counted, last)
                kinds[InteractionSource.FEEDBACK, None] += counted
                channels[channel] += counted
            is_open = func.coalesce(func.sum(case((c.status.in_(OPEN_STATUSES), 1), else_=0)), 0)
            for who, channel, counted, last, opened in session.execute(
                select(text(c.stakeholder_id), text(c.channel_id), in_window(c.received_at),
                       text(func.max(c.received_at)), is_open)
                .where(c.stakeholder_id.in_(members), c.received_at < end)
                .group_by(c.stakeholder_id, c.channel_id)
            ):  # fmt: skip
                note(who, counted, last, opened)
                kinds[InteractionSource.COMPLAINT, None] += counted
                channels[channel] += counted
            for who, counted, last in session.execute(
                select(text(r.stakeholder_id), func.coalesce(func.sum(case(
                       (r.submitted_on >= since, 1), else_=0)), 0), text(func.max(r.submitted_on)))
                .where(r.stakeholder_id.in_(members), r.entry_pass == 1, r.submitted_on <= today)
                .group_by(r.stakeholder_id)
            ):  # fmt: skip
                note(who, counted, last)
                kinds[InteractionSource.SURVEY_RESPONSE, None] += counted
                channels[None] += counted
            scores = self._latest_scores(session, members, today)

        # Members with the same facts reach the same level: each set of facts judged once.
        judged: dict[EngagementFacts, EngagementLevel] = {}
        levels_found: Counter[EngagementLevel] = Counter()
        for who in set(counts) | set(latest) | set(scores):
            days = (today - latest[who]).days if who in latest else None
            facts = EngagementFacts(counts[who], days, open_cases[who], scores.get(who))
            level = judged.get(facts)
            if level is None:
                level = judged[facts] = engagement(facts).level
            levels_found[level] += 1
        levels_found[EngagementLevel.NONE] += size - sum(levels_found.values())
        last_contact = max(latest.values(), default=None)
        return GroupIndicators(
            today=today,
            since=since,
            members=size,
            members_in_touch=sum(1 for n in counts.values() if n),
            interactions=sum(kinds.values()),
            by_kind=_by_kind(kinds),
            by_channel=_by_channel(channels, names),
            open_complaints=sum(open_cases.values()),
            last_contact=last_contact,
            days_since_contact=None if last_contact is None else (today - last_contact).days,
            satisfaction=sum(scores.values()) / len(scores) if scores else None,
            members_scored=len(scores),
            levels=tuple((level, levels_found[level]) for level in levels()),
            rule=tuple((level, rule_line(level)) for level in levels()),
        )

    @staticmethod
    def _latest_scores(session: Session, members: Select[Any], today: date) -> dict[str, float]:
        """Each member's last satisfaction score (their latest scored response)."""
        r, s = SurveyResponse, Survey
        rows = session.execute(
            select(type_coerce(r.stakeholder_id, String), r.survey_id, r.scores, s.scale_points)
            .join(s, r.survey_id == s.id)
            .where(r.stakeholder_id.in_(members), r.entry_pass == 1, r.submitted_on <= today)
            .order_by(r.stakeholder_id, r.submitted_on.desc(), r.id.desc())
        ).all()
        questions = questions_of(session, sorted({row.survey_id for row in rows}))
        found: dict[str, float] = {}
        for row in rows:
            who: str | None = row[0]
            if who is None or who in found:
                continue
            scored = response_score(row[2], questions.get(row[1], []), row[3])
            if scored is not None:
                found[who] = scored[0]
        return found


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
