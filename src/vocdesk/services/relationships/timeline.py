"""One stakeholder's relationship timeline: every contact on one line, newest first.

Activities, feedback entries, complaints and survey responses live in four tables; a UNION ALL
of the four, each filtered by the stakeholder through its own index, is sorted and paged in SQL
like any other table.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    SQLColumnExpression,
    String,
    func,
    literal,
    null,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.sql.selectable import Subquery

from vocdesk.db.models import (
    Activity,
    Channel,
    Complaint,
    FeedbackEntry,
    Survey,
    SurveyResponse,
)
from vocdesk.db.repositories.query import (
    Sorting,
    enum_order,
    named,
    ordered_page,
    search_filter,
)
from vocdesk.domain.enums import ActivityKind, ComplaintStatus, FeedbackType
from vocdesk.domain.tables import Named, TableQuery
from vocdesk.services.database import Database

__all__ = ["Named", "TableQuery", "TimelineEvent", "TimelineEventKind", "TimelineService"]


class TimelineEventKind(StrEnum):
    ACTIVITY = "activity"
    FEEDBACK = "feedback"
    COMPLAINT = "complaint"
    SURVEY_RESPONSE = "survey_response"


# What the "category" column holds for each kind of event.
_CATEGORY_ENUMS: dict[TimelineEventKind, type[StrEnum]] = {
    TimelineEventKind.ACTIVITY: ActivityKind,
    TimelineEventKind.FEEDBACK: FeedbackType,
    TimelineEventKind.COMPLAINT: ComplaintStatus,
}


@dataclass(frozen=True)
class TimelineEvent:
    kind: TimelineEventKind
    record_id: uuid.UUID
    when: datetime | date  # a date for survey responses, which record only the day
    category: StrEnum | None  # activity kind, feedback type or complaint status
    summary: str  # subject, feedback text or survey title
    details: str  # notes, complaint details or the respondent's comment
    reference: str  # the complaint number; empty for the others
    channel: Named | None


def _when(raw: Any) -> datetime | date:
    """The union returns the stored text on SQLite (a datetime or a date) and typed values on
    PostgreSQL; stored datetimes are UTC."""
    if isinstance(raw, datetime):
        return raw if raw.tzinfo else raw.replace(tzinfo=UTC)
    if isinstance(raw, date):
        return raw
    text = str(raw)
    if len(text) <= 10:
        return date.fromisoformat(text)
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _as_text(column: SQLColumnExpression[Any]) -> ColumnElement[str]:
    return type_coerce(column, String)


class TimelineService:
    SORT_KEYS = ("when", "kind", "category", "summary", "reference", "channel")

    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def _events(stakeholder_id: uuid.UUID) -> Subquery:
        def kind(value: TimelineEventKind) -> ColumnElement[str]:
            return literal(value.value, String).label("kind")

        no_channel = (null().label("channel_th"), null().label("channel_en"))
        activities = select(
            kind(TimelineEventKind.ACTIVITY), Activity.id.label("record_id"),
            _as_text(Activity.occurred_at).label("at"), _as_text(Activity.kind).label("category"),
            Activity.subject.label("summary"), Activity.notes.label("details"),
            literal("", String).label("reference"), *no_channel,
        ).where(Activity.stakeholder_id == stakeholder_id)  # fmt: skip
        feedback = (
            select(
                kind(TimelineEventKind.FEEDBACK),
                FeedbackEntry.id,
                _as_text(FeedbackEntry.received_at),
                _as_text(FeedbackEntry.type),
                FeedbackEntry.text,
                literal("", String),
                literal("", String),
                Channel.name_th,
                Channel.name_en,
            )  # fmt: skip
            .join(Channel, FeedbackEntry.channel_id == Channel.id)
            .where(FeedbackEntry.stakeholder_id == stakeholder_id)
        )
        complaints = (
            select(
                kind(TimelineEventKind.COMPLAINT),
                Complaint.id,
                _as_text(Complaint.received_at),
                _as_text(Complaint.status),
                Complaint.subject,
                Complaint.details,
                Complaint.number,
                Channel.name_th,
                Channel.name_en,
            )  # fmt: skip
            .join(Channel, Complaint.channel_id == Channel.id)
            .where(Complaint.stakeholder_id == stakeholder_id)
        )
        responses = (
            select(
                kind(TimelineEventKind.SURVEY_RESPONSE),
                SurveyResponse.id,
                _as_text(SurveyResponse.submitted_on),
                literal(None, String),
                Survey.title_th,
                SurveyResponse.comment,
                literal("", String),
                *no_channel,
            )  # fmt: skip
            .join(Survey, SurveyResponse.survey_id == Survey.id)
            .where(SurveyResponse.stakeholder_id == stakeholder_id)
        )
        return union_all(activities, feedback, complaints, responses).subquery("events")

    def list_events(
        self, stakeholder_id: uuid.UUID, query: TableQuery, offset: int = 0, limit: int = 200
    ) -> list[TimelineEvent]:
        events = self._events(stakeholder_id)
        stmt = select(events)
        condition = search_filter(query, _searched_columns(events))
        if condition is not None:
            stmt = stmt.where(condition)
        sort_columns: dict[str, SQLColumnExpression[Any]] = {
            "when": events.c.at,
            "kind": enum_order(events.c.kind, TimelineEventKind),
            "category": events.c.category,
            "summary": events.c.summary,
            "reference": events.c.reference,
            "channel": events.c.channel_en if query.language == "en" else events.c.channel_th,
        }
        sorting = Sorting(
            sort_columns, "when", events.c.record_id, default_descending=True,
            nullable_keys=frozenset({"category", "channel"}),
        )  # fmt: skip
        stmt = ordered_page(stmt, query, sorting, offset, limit)
        with self._db.session_scope() as session:
            return [self._event(r) for r in session.execute(stmt)]

    @staticmethod
    def _event(r: Any) -> TimelineEvent:
        kind = TimelineEventKind(r.kind)
        enum_cls = _CATEGORY_ENUMS.get(kind)
        record_id = (
            r.record_id if isinstance(r.record_id, uuid.UUID) else uuid.UUID(str(r.record_id))
        )
        return TimelineEvent(
            kind=kind,
            record_id=record_id,
            when=_when(r.at),
            category=enum_cls(r.category) if enum_cls and r.category else None,
            summary=r.summary or "",
            details=r.details or "",
            reference=r.reference or "",
            channel=named(r.channel_th, r.channel_en),
        )

    def count_events(self, stakeholder_id: uuid.UUID, query: TableQuery) -> int:
        events = self._events(stakeholder_id)
        stmt = select(func.count()).select_from(events)
        condition = search_filter(query, _searched_columns(events))
        if condition is not None:
            stmt = stmt.where(condition)
        with self._db.session_scope() as session:
            return session.scalar(stmt) or 0


def _searched_columns(events: Any) -> list[SQLColumnExpression[Any]]:
    """What a search in the timeline looks through: texts, references, channels in both languages."""
    c = events.c
    return [c.summary, c.details, c.reference, c.channel_th, c.channel_en]
