"""The listening plan (which method and channel for which segment, at which stage, how often,
by whom) and its coverage matrix for a period."""

from __future__ import annotations

import uuid
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from vocdesk.db.models import Channel, FeedbackEntry, ListeningPlanItem, Segment
from vocdesk.db.repositories.query import (
    Sorting,
    enum_order,
    localised,
    ordered_page,
    search_filter,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import LifecycleStage
from vocdesk.domain.fiscal import Period
from vocdesk.domain.listening.coverage import (
    CoverageMatrix,
    PlannedMethod,
    build_coverage,
)
from vocdesk.domain.listening.improvement import ListeningFrequency
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.tables import Named, TableQuery
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database
from vocdesk.services.periods import in_period

__all__ = [
    "Choice",
    "CoverageReport",
    "ListeningPlanService",
    "Named",
    "PlanItemInput",
    "PlanItemRow",
    "TableQuery",
]

METHOD_MAX = 300


@dataclass(frozen=True)
class Choice:
    """A catalogue entry to pick in a form: its id and its names."""

    id: uuid.UUID
    name: Named


@dataclass(frozen=True)
class PlanItemInput:
    segment_id: uuid.UUID | None  # None when the form has none chosen: the service says so
    stage: LifecycleStage
    channel_id: uuid.UUID | None
    method: str
    frequency: ListeningFrequency = ListeningFrequency.CONTINUOUS
    owner: str = ""
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class PlanItemRow:
    id: uuid.UUID
    segment_id: uuid.UUID
    segment: Named
    stage: LifecycleStage
    channel_id: uuid.UUID
    channel: Named
    method: str
    frequency: ListeningFrequency
    owner: str
    notes: str
    active: bool

    def as_input(self) -> PlanItemInput:
        return PlanItemInput(
            self.segment_id, self.stage, self.channel_id, self.method,
            self.frequency, self.owner, self.notes, self.active,
        )  # fmt: skip


@dataclass(frozen=True)
class CoverageReport:
    """The matrix of a period with the names its keys stand for (``None``: no segment)."""

    period: Period
    matrix: CoverageMatrix
    segments: dict[uuid.UUID, Named]
    channels: dict[uuid.UUID, Named]

    def segment_name(self, key: uuid.UUID | None) -> Named | None:
        return self.segments.get(key) if key is not None else None

    def channel_name(self, key: uuid.UUID) -> Named:
        return self.channels.get(key) or Named("?", "?")


_segment = aliased(Segment, name="seg")
_channel = aliased(Channel, name="ch")


class ListeningPlanService:
    SORT_KEYS = ("segment", "stage", "channel", "method", "frequency", "owner", "active")

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- the plan's table ----------------------------------------------------------------
    def _sorting(self, query: TableQuery) -> Sorting:
        segment_order = localised(query, _segment.name_th, _segment.name_en)
        return Sorting(
            {
                "segment": segment_order,
                "stage": enum_order(ListeningPlanItem.stage, LifecycleStage),
                "channel": localised(query, _channel.name_th, _channel.name_en),
                "method": ListeningPlanItem.method,
                "frequency": enum_order(ListeningPlanItem.frequency, ListeningFrequency),
                "owner": ListeningPlanItem.owner,
                "active": ListeningPlanItem.active,
            },
            "segment",
            ListeningPlanItem.id,
        )

    def _filtered(self, stmt: Any, query: TableQuery) -> Any:
        stmt = stmt.join(_segment, ListeningPlanItem.segment_id == _segment.id).join(
            _channel, ListeningPlanItem.channel_id == _channel.id
        )
        condition = search_filter(
            query,
            [
                ListeningPlanItem.method, ListeningPlanItem.owner, ListeningPlanItem.notes,
                _segment.name_th, _segment.name_en, _channel.name_th, _channel.name_en,
            ],
        )  # fmt: skip
        return stmt if condition is None else stmt.where(condition)

    @requires(Permission.READ)
    def list_items(self, query: TableQuery, offset: int = 0, limit: int = 200) -> list[PlanItemRow]:
        stmt = self._filtered(
            select(
                ListeningPlanItem,
                _segment.name_th,
                _segment.name_en,
                _channel.name_th,
                _channel.name_en,
            ),
            query,
        )
        sorting = self._sorting(query)
        if (
            query.sort_key not in self.SORT_KEYS
        ):  # the natural order: the catalogue's, stage by stage
            stmt = (
                stmt.order_by(
                    _segment.sort_order,
                    _segment.code,
                    enum_order(ListeningPlanItem.stage, LifecycleStage),
                    _channel.sort_order,
                    ListeningPlanItem.id,
                )
                .offset(max(0, offset))
                .limit(max(0, limit))
            )
        else:
            stmt = ordered_page(stmt, query, sorting, offset, limit)
        with self._db.session_scope() as session:
            return [
                _row(item, Named(s_th, s_en), Named(c_th, c_en))
                for item, s_th, s_en, c_th, c_en in session.execute(stmt)
            ]

    @requires(Permission.READ)
    def count_items(self, query: TableQuery) -> int:
        with self._db.session_scope() as session:
            return (
                session.scalar(self._filtered(select(func.count(ListeningPlanItem.id)), query)) or 0
            )

    @requires(Permission.READ)
    def get_item(self, item_id: uuid.UUID) -> PlanItemRow:
        with self._db.session_scope() as session:
            item = _existing(session, item_id)
            return _row(item, _named(item.segment), _named(item.channel))

    # --- changing it ---------------------------------------------------------------------
    @requires(Permission.RECORD)
    def add_item(self, fields: PlanItemInput) -> uuid.UUID:
        with self._db.session_scope() as session:
            item = ListeningPlanItem(**_checked(session, fields))
            session.add(item)
            session.flush()
            return item.id

    @requires(Permission.RECORD)
    def update_item(self, item_id: uuid.UUID, fields: PlanItemInput) -> None:
        with self._db.session_scope() as session:
            item = _existing(session, item_id)
            for name, value in _checked(session, fields).items():
                setattr(item, name, value)

    @requires(Permission.MANAGE_CASES)
    def delete_item(self, item_id: uuid.UUID) -> None:
        with self._db.session_scope() as session:
            session.delete(_existing(session, item_id))

    # --- what a form offers ----------------------------------------------------------------
    @requires(Permission.READ)
    def segment_choices(self) -> list[Choice]:
        stmt = select(Segment.id, Segment.name_th, Segment.name_en).where(Segment.active.is_(True))
        with self._db.session_scope() as session:
            rows = session.execute(stmt.order_by(Segment.sort_order, Segment.code)).all()
        return [Choice(i, Named(th, en)) for i, th, en in rows]

    @requires(Permission.READ)
    def channel_choices(self) -> list[Choice]:
        stmt = select(Channel.id, Channel.name_th, Channel.name_en).where(Channel.active.is_(True))
        with self._db.session_scope() as session:
            rows = session.execute(stmt.order_by(Channel.sort_order, Channel.code)).all()
        return [Choice(i, Named(th, en)) for i, th, en in rows]

    # --- coverage --------------------------------------------------------------------------
    @requires(Permission.READ)
    def coverage(self, period: Period) -> CoverageReport:
        """The active plan beside the entries heard in ``period`` (Thai days, both ends in)."""
        counts_stmt = (
            select(
                FeedbackEntry.segment_id,
                FeedbackEntry.stage,
                FeedbackEntry.channel_id,
                func.count(),
            )
            .where(in_period(FeedbackEntry.received_at, period))
            .group_by(FeedbackEntry.segment_id, FeedbackEntry.stage, FeedbackEntry.channel_id)
        )
        with self._db.session_scope() as session:
            segments = session.execute(
                select(Segment.id, Segment.name_th, Segment.name_en, Segment.active)
                .order_by(Segment.sort_order, Segment.code)
            ).all()  # fmt: skip
            channels = session.execute(select(Channel.id, Channel.name_th, Channel.name_en)).all()
            plan = session.execute(
                select(
                    ListeningPlanItem.segment_id, ListeningPlanItem.stage,
                    ListeningPlanItem.channel_id, ListeningPlanItem.method,
                )
                .join(Channel, ListeningPlanItem.channel_id == Channel.id)
                .where(ListeningPlanItem.active.is_(True))
                .order_by(Channel.sort_order, ListeningPlanItem.method)
            ).all()  # fmt: skip
            counts: dict[tuple[Hashable, LifecycleStage, Hashable], int] = {
                (seg, stage, ch): n for seg, stage, ch, n in session.execute(counts_stmt)
            }
        matrix = build_coverage(
            [key for key, _th, _en, active in segments if active],
            [PlannedMethod(seg, stage, ch, method) for seg, stage, ch, method in plan],
            counts,
        )
        return CoverageReport(
            period,
            matrix,
            {key: Named(th, en) for key, th, en, _active in segments},
            {key: Named(th, en) for key, th, en in channels},
        )


def _named(entity: Any) -> Named:
    return Named(entity.name_th, entity.name_en)


def _row(item: ListeningPlanItem, segment: Named, channel: Named) -> PlanItemRow:
    return PlanItemRow(
        id=item.id, segment_id=item.segment_id, segment=segment, stage=item.stage,
        channel_id=item.channel_id, channel=channel, method=item.method,
        frequency=item.frequency, owner=item.owner, notes=item.notes, active=item.active,
    )  # fmt: skip


def _existing(session: Session, item_id: uuid.UUID) -> ListeningPlanItem:
    item = session.get(ListeningPlanItem, item_id)
    if item is None:
        raise user_error(
            "ListeningPlanRules",
            QT_TRANSLATE_NOOP(
                "ListeningPlanRules",
                "This line of the listening plan no longer exists; someone may have deleted it.",
            ),
        )
    return item


def _checked(session: Session, fields: PlanItemInput) -> dict[str, Any]:
    method = fields.method.strip()
    if not method:
        raise user_error(
            "ListeningPlanRules",
            QT_TRANSLATE_NOOP(
                "ListeningPlanRules",
                "Name the listening method, e.g. “satisfaction survey” or “counter talk”.",
            ),
        )
    if len(method) > METHOD_MAX:
        raise user_error(
            "ListeningPlanRules",
            QT_TRANSLATE_NOOP(
                "ListeningPlanRules", "The method is {length} characters long; at most {limit} fit."
            ),
            length=len(method),
            limit=METHOD_MAX,
        )
    if fields.segment_id is None or session.get(Segment, fields.segment_id) is None:
        raise user_error(
            "ListeningPlanRules",
            QT_TRANSLATE_NOOP("ListeningPlanRules", "Choose the segment this method listens to."),
        )
    if fields.channel_id is None or session.get(Channel, fields.channel_id) is None:
        raise user_error(
            "ListeningPlanRules",
            QT_TRANSLATE_NOOP("ListeningPlanRules", "Choose the channel this method uses."),
        )
    return {
        "segment_id": fields.segment_id,
        "stage": LifecycleStage(fields.stage),
        "channel_id": fields.channel_id,
        "method": method,
        "frequency": ListeningFrequency(fields.frequency),
        "owner": fields.owner.strip(),
        "notes": fields.notes.strip(),
        "active": bool(fields.active),
    }
