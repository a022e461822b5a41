"""Reading the listening log: what was heard, through which channel, at which lifecycle stage."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import aliased

from vocdesk.db.models import Channel, FeedbackEntry, Office, Segment, Service, Stakeholder
from vocdesk.db.repositories.query import (
    Lookup,
    Named,
    Sorting,
    TableQuery,
    deferred_page,
    enum_order,
    localised,
    named,
    search_filter,
)
from vocdesk.domain.enums import FeedbackType, LifecycleStage, Sentiment
from vocdesk.services.database import Database

__all__ = ["FeedbackRow", "ListeningService", "Named", "TableQuery"]


@dataclass(frozen=True)
class FeedbackRow:
    id: uuid.UUID
    received_at: datetime
    channel: Named
    stage: LifecycleStage
    type: FeedbackType
    sentiment: Sentiment
    text: str
    stakeholder: str | None  # None: anonymous
    segment: Named | None
    service: Named | None
    office: Named | None


# Aliases keep the joins readable and let one statement join two name tables.
_channel = aliased(Channel, name="ch")
_segment = aliased(Segment, name="seg")
_service = aliased(Service, name="svc")
_office = aliased(Office, name="off")
_person = aliased(Stakeholder, name="person")


class ListeningService:
    SORT_KEYS = (
        "received", "channel", "stage", "type", "sentiment",
        "text", "stakeholder", "segment", "service", "office",
    )  # fmt: skip

    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def _joined(stmt: Select[Any]) -> Select[Any]:
        return (
            stmt.join(_channel, FeedbackEntry.channel_id == _channel.id)
            .outerjoin(_person, FeedbackEntry.stakeholder_id == _person.id)
            .outerjoin(_segment, FeedbackEntry.segment_id == _segment.id)
            .outerjoin(_service, FeedbackEntry.service_id == _service.id)
            .outerjoin(_office, FeedbackEntry.office_id == _office.id)
        )

    @staticmethod
    def _searched(stmt: Select[Any], query: TableQuery) -> Select[Any]:
        condition = search_filter(
            query,
            [FeedbackEntry.text, FeedbackEntry.staff],
            [
                Lookup(FeedbackEntry.stakeholder_id, Stakeholder, ("name",)),
                Lookup(FeedbackEntry.channel_id, Channel, ("name_th", "name_en")),
                Lookup(FeedbackEntry.service_id, Service, ("name_th", "name_en")),
                Lookup(FeedbackEntry.office_id, Office, ("name_th", "name_en")),
                Lookup(FeedbackEntry.segment_id, Segment, ("name_th", "name_en")),
            ],
        )
        return stmt if condition is None else stmt.where(condition)

    def list_feedback(self, query: TableQuery, offset: int = 0, limit: int = 200) -> list[FeedbackRow]:
        sort_columns: dict[str, ColumnElement[Any]] = {
            "received": FeedbackEntry.received_at,
            "channel": localised(query, _channel.name_th, _channel.name_en),
            "stage": enum_order(FeedbackEntry.stage, LifecycleStage),
            "type": enum_order(FeedbackEntry.type, FeedbackType),
            "sentiment": enum_order(FeedbackEntry.sentiment, Sentiment),
            "text": FeedbackEntry.text,
            "stakeholder": _person.name,
            "segment": localised(query, _segment.name_th, _segment.name_en),
            "service": localised(query, _service.name_th, _service.name_en),
            "office": localised(query, _office.name_th, _office.name_en),
        }
        columns = (
            FeedbackEntry.id, FeedbackEntry.received_at,
            _channel.name_th.label("channel_th"), _channel.name_en.label("channel_en"),
            FeedbackEntry.stage, FeedbackEntry.type, FeedbackEntry.sentiment, FeedbackEntry.text,
            _person.name.label("person"),
            _segment.name_th.label("segment_th"), _segment.name_en.label("segment_en"),
            _service.name_th.label("service_th"), _service.name_en.label("service_en"),
            _office.name_th.label("office_th"), _office.name_en.label("office_en"),
        )  # fmt: skip
        sorting = Sorting(
            sort_columns, "received", FeedbackEntry.id, default_descending=True,
            nullable_keys=frozenset({"stakeholder", "segment", "service", "office"}),
        )  # fmt: skip
        stmt = deferred_page(
            self._joined(select(*columns)),
            self._searched(self._joined(select(FeedbackEntry.id)), query),
            query, sorting, offset, limit,
        )  # fmt: skip
        with self._db.session_scope() as session:
            return [
                FeedbackRow(
                    id=r.id,
                    received_at=r.received_at,
                    channel=Named(r.channel_th, r.channel_en),
                    stage=r.stage,
                    type=r.type,
                    sentiment=r.sentiment,
                    text=r.text,
                    stakeholder=r.person,
                    segment=named(r.segment_th, r.segment_en),
                    service=named(r.service_th, r.service_en),
                    office=named(r.office_th, r.office_en),
                )
                for r in session.execute(stmt)
            ]

    def count_feedback(self, query: TableQuery) -> int:
        stmt = self._searched(select(func.count(FeedbackEntry.id)), query)  # no joins needed
        with self._db.session_scope() as session:
            return session.scalar(stmt) or 0
