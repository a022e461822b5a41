"""Summaries of the listening log for a period: channel × stage, type, segment, service, months.

Every count is one GROUP BY over the entries of the period. The covering index
``ix_feedback_entry_summary`` (received_at first, then the grouped columns) lets SQLite answer
each from the index alone, so the long texts of a million entries are never read.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from vocdesk.db.models import Channel, FeedbackEntry, Segment, Service
from vocdesk.db.repositories.query import Named
from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.domain.fiscal import Period
from vocdesk.services.database import Database
from vocdesk.services.listening_plan import in_period

__all__ = ["ChannelStageRow", "ListeningSummary", "ListeningSummaryService", "MonthCount", "NamedCount", "TypeCount"]


@dataclass(frozen=True)
class ChannelStageRow:
    channel_id: uuid.UUID
    channel: Named
    by_stage: tuple[int, ...]  # in LifecycleStage order

    @property
    def total(self) -> int:
        return sum(self.by_stage)


@dataclass(frozen=True)
class TypeCount:
    type: FeedbackType
    count: int


@dataclass(frozen=True)
class NamedCount:
    id: uuid.UUID | None  # None: entries with no segment / no service
    name: Named | None
    count: int


@dataclass(frozen=True)
class MonthCount:
    month: Period  # one calendar month, cut to the period at its ends
    count: int


@dataclass(frozen=True)
class ListeningSummary:
    period: Period
    total: int
    stages: tuple[LifecycleStage, ...]
    channel_stage: tuple[ChannelStageRow, ...]  # every active channel (and any other heard), most used first
    by_type: tuple[TypeCount, ...]  # every type, in declared order
    by_segment: tuple[NamedCount, ...]  # most heard first, "no segment" last
    by_service: tuple[NamedCount, ...]  # most heard first, "no service" last
    monthly: tuple[MonthCount, ...]

    def stage_totals(self) -> tuple[int, ...]:
        return tuple(sum(row.by_stage[i] for row in self.channel_stage) for i in range(len(self.stages)))


def months_of(period: Period) -> list[Period]:
    """The calendar months ``period`` touches, each cut to the period."""
    months, start = [], period.start
    while start <= period.end:
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        months.append(Period(start, min(period.end, following - timedelta(days=1))))
        start = following
    return months


class ListeningSummaryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def summary(self, period: Period, progress: Callable[[int, int], None] | None = None) -> ListeningSummary:
        """All counts of ``period`` in one read transaction (a consistent snapshot)."""
        where = in_period(FeedbackEntry.received_at, period)
        stages = tuple(LifecycleStage)
        steps = 5
        report = progress or (lambda done, total: None)
        with self._db.session_scope() as session:
            channel_counts = session.execute(
                select(FeedbackEntry.channel_id, FeedbackEntry.stage, func.count())
                .where(where)
                .group_by(FeedbackEntry.channel_id, FeedbackEntry.stage)
            ).all()  # fmt: skip
            report(1, steps)
            type_counts = dict(
                session.execute(
                    select(FeedbackEntry.type, func.count()).where(where).group_by(FeedbackEntry.type)
                ).all()
            )
            report(2, steps)
            segment_counts = session.execute(
                select(FeedbackEntry.segment_id, func.count()).where(where).group_by(FeedbackEntry.segment_id)
            ).all()
            report(3, steps)
            service_counts = session.execute(
                select(FeedbackEntry.service_id, func.count()).where(where).group_by(FeedbackEntry.service_id)
            ).all()
            report(4, steps)
            months = months_of(period)
            month_counts = session.execute(
                select(
                    *(
                        select(func.count())
                        .select_from(FeedbackEntry)
                        .where(in_period(FeedbackEntry.received_at, month))
                        .scalar_subquery()
                        for month in months
                    )
                )
            ).one()
            channels = session.execute(
                select(Channel.id, Channel.name_th, Channel.name_en, Channel.active)
                .order_by(Channel.sort_order, Channel.code)
            ).all()  # fmt: skip
            segments = _names(session, Segment, [key for key, _n in segment_counts])
            services = _names(session, Service, [key for key, _n in service_counts])
            report(5, steps)

        per_channel: dict[uuid.UUID, list[int]] = {}
        for channel_id, stage, n in channel_counts:
            per_channel.setdefault(channel_id, [0] * len(stages))[stages.index(LifecycleStage(stage))] += n
        rows = [
            ChannelStageRow(key, Named(th, en), tuple(per_channel.get(key, [0] * len(stages))))
            for key, th, en, active in channels
            if active or key in per_channel
        ]
        rows.sort(key=lambda row: -row.total)  # stable: equal totals keep the catalogue order
        return ListeningSummary(
            period=period,
            total=sum(n for _c, _s, n in channel_counts),
            stages=stages,
            channel_stage=tuple(rows),
            by_type=tuple(TypeCount(t, type_counts.get(t, 0)) for t in FeedbackType),
            by_segment=_ranked(segment_counts, segments),
            by_service=_ranked(service_counts, services),
            monthly=tuple(MonthCount(m, n) for m, n in zip(months, month_counts, strict=True)),
        )


def _names(session: Any, entity: Any, keys: list[uuid.UUID | None]) -> dict[uuid.UUID, Named]:
    wanted = [key for key in keys if key is not None]
    if not wanted:
        return {}
    rows = session.execute(select(entity.id, entity.name_th, entity.name_en).where(entity.id.in_(wanted)))
    return {key: Named(th, en) for key, th, en in rows}


def _ranked(counts: Any, names: dict[uuid.UUID, Named]) -> tuple[NamedCount, ...]:
    known = [NamedCount(key, names.get(key), n) for key, n in counts if key is not None]
    known.sort(key=lambda c: (-c.count, c.name.th if c.name else ""))
    missing = [NamedCount(None, None, n) for key, n in counts if key is None and n]
    return tuple(known + missing)

