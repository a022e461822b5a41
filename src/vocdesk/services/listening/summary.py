"""Summaries of the listening log for a period: channel × stage, type, segment, service, months.

The counts come from one GROUP BY over the entries of the period. The covering index
``ix_feedback_entry_summary`` (received_at first, then the grouped columns) lets SQLite answer
it from the index alone, so the long texts of a million entries are never read.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import SQLColumnExpression, String, TypeCoerce, func, select, type_coerce

from vocdesk.db.models import Channel, FeedbackEntry, Segment, Service
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.domain.fiscal import Period, months_of
from vocdesk.domain.tables import Named
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database
from vocdesk.services.periods import in_period

__all__ = [
    "ChannelStageRow",
    "ListeningSummary",
    "ListeningSummaryService",
    "MonthCount",
    "NamedCount",
    "TypeCount",
]


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
    channel_stage: tuple[
        ChannelStageRow, ...
    ]  # every active channel (and any other heard), most used first
    by_type: tuple[TypeCount, ...]  # every type, in declared order
    by_segment: tuple[NamedCount, ...]  # most heard first, "no segment" last
    by_service: tuple[NamedCount, ...]  # most heard first, "no service" last
    monthly: tuple[MonthCount, ...]

    def stage_totals(self) -> tuple[int, ...]:
        return tuple(
            sum(row.by_stage[i] for row in self.channel_stage) for i in range(len(self.stages))
        )


class ListeningSummaryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @requires(Permission.READ)
    def summary(
        self, period: Period, progress: Callable[[int, int], None] | None = None
    ) -> ListeningSummary:
        """All counts of ``period`` in one read transaction (a consistent snapshot)."""
        where = in_period(FeedbackEntry.received_at, period)
        stages = tuple(LifecycleStage)
        steps = 3
        report = progress or (lambda done, total: None)
        # One pass over the period's index entries, grouped by every column a table needs; the
        # groups (at most channels × stages × types × segments × services) are added up below.
        # Measured at 1,000,000 entries: 25-40% faster than one GROUP BY per table.
        # The columns are read as plain text: converting every group's ids to UUID objects and
        # values to enums cost more than the query (17,000 groups at 1,000,000 entries); only the
        # few distinct keys are converted, below.
        grouped = (
            _as_text(FeedbackEntry.channel_id), _as_text(FeedbackEntry.stage),
            _as_text(FeedbackEntry.type), _as_text(FeedbackEntry.segment_id),
            _as_text(FeedbackEntry.service_id),
        )  # fmt: skip
        with self._db.session_scope() as session:
            # Core, not the ORM: its per-row loading machinery is not needed for plain tuples.
            groups = (
                session.connection()
                .execute(select(*grouped, func.count()).where(where).group_by(*grouped))
                .all()
            )
            report(1, steps)
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
            report(2, steps)
            channel_text: Counter[tuple[str, str]] = Counter()
            type_text: Counter[str] = Counter()
            segment_text: Counter[str | None] = Counter()
            service_text: Counter[str | None] = Counter()
            for channel, stage, kind, segment_id, service_id, n in groups:
                channel_text[channel, stage] += n
                type_text[kind] += n
                segment_text[segment_id] += n
                service_text[service_id] += n
            channel_counts = {
                (uuid.UUID(str(c)), LifecycleStage(st)): n for (c, st), n in channel_text.items()
            }
            type_counts = {FeedbackType(kind): n for kind, n in type_text.items()}
            segment_counts = [(_key(key), n) for key, n in segment_text.items()]
            service_counts = [(_key(key), n) for key, n in service_text.items()]
            channels = session.execute(
                select(Channel.id, Channel.name_th, Channel.name_en, Channel.active)
                .order_by(Channel.sort_order, Channel.code)
            ).all()  # fmt: skip
            segments = _names(session, Segment, [key for key, _n in segment_counts])
            services = _names(session, Service, [key for key, _n in service_counts])
            report(3, steps)

        per_channel: dict[uuid.UUID, list[int]] = {}
        for (channel_id, stage), n in channel_counts.items():
            per_channel.setdefault(channel_id, [0] * len(stages))[stages.index(stage)] += n
        rows = [
            ChannelStageRow(key, Named(th, en), tuple(per_channel.get(key, [0] * len(stages))))
            for key, th, en, active in channels
            if active or key in per_channel
        ]
        rows.sort(key=lambda row: -row.total)  # stable: equal totals keep the catalogue order
        return ListeningSummary(
            period=period,
            total=sum(channel_counts.values()),
            stages=stages,
            channel_stage=tuple(rows),
            by_type=tuple(TypeCount(t, type_counts.get(t, 0)) for t in FeedbackType),
            by_segment=_ranked(segment_counts, segments),
            by_service=_ranked(service_counts, services),
            monthly=tuple(MonthCount(m, n) for m, n in zip(months, month_counts, strict=True)),
        )


def _as_text(column: SQLColumnExpression[Any]) -> TypeCoerce[str]:
    return type_coerce(column, String())


def _key(text: str | None) -> uuid.UUID | None:
    """A key read as text (32 hex digits on SQLite) as the UUID the ORM would have made."""
    return None if text is None else uuid.UUID(str(text))


def _names(session: Any, entity: Any, keys: list[uuid.UUID | None]) -> dict[uuid.UUID, Named]:
    wanted = [key for key in keys if key is not None]
    if not wanted:
        return {}
    rows = session.execute(
        select(entity.id, entity.name_th, entity.name_en).where(entity.id.in_(wanted))
    )
    return {key: Named(th, en) for key, th, en in rows}


def _ranked(counts: Any, names: dict[uuid.UUID, Named]) -> tuple[NamedCount, ...]:
    known = [NamedCount(key, names.get(key), n) for key, n in counts if key is not None]
    known.sort(key=lambda c: (-c.count, c.name.th if c.name else ""))
    missing = [NamedCount(None, None, n) for key, n in counts if key is None and n]
    return tuple(known + missing)
