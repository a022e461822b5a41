"""The relationship timeline: a stakeholder's (or a whole segment's or organisation's) history
on one line, newest first.

Seven sources live in seven tables: registry changes (the audit trail), feedback entries,
complaint cases and each of their status changes, survey responses, activities (those the
stakeholder leads and those they take part in) and reminders. One UNION ALL of the seven, each
arm filtered by the stakeholder (or the members of a segment or organisation) through its own
index and by the period and kinds asked for, is sorted by the moment and paged in SQL: only the
page on screen is read, whatever the length of the history.

A confidential complaint case the reader may not read (``services.confidentiality``)
shows on the line with its number, dates and status but no words: its subject and its history
notes are left out, and the search does not look into them (its words must not find it).

Who belongs to an organisation: the organisation's own record (a stakeholder of party type
organisation with that name) and every stakeholder whose ``organisation`` field holds that name.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    DateTime,
    Select,
    String,
    and_,
    case,
    func,
    literal,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import CompoundSelect
from sqlalchemy.sql.visitors import InternalTraversal

from vocdesk.db.base import UtcDateTime
from vocdesk.db.models import (
    Activity,
    AuditEntry,
    Complaint,
    ComplaintStatusChange,
    FeedbackEntry,
    Reminder,
    Segment,
    Stakeholder,
    Survey,
    SurveyResponse,
)
from vocdesk.db.models.timeline import activity_participant
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import start_of_thai_day
from vocdesk.domain.enums import (
    ActivityKind,
    AuditAction,
    ComplaintStatus,
    FeedbackType,
    PartyType,
    ReminderSource,
    ReminderStatus,
    SurveyKind,
)
from vocdesk.domain.listening.log import FeedbackStatus
from vocdesk.domain.tables import Named, TableQuery
from vocdesk.services.authorization import acting, requires
from vocdesk.services.confidentiality import readable_condition
from vocdesk.services.database import Database
from vocdesk.services.pdpa.masking import sees_sensitive

__all__ = [
    "RecordType",
    "RegistryChange",
    "TableQuery",
    "TimelineFilter",
    "TimelineItem",
    "TimelineKind",
    "TimelineScope",
    "TimelineService",
]


class TimelineKind(StrEnum):
    REGISTRY = "registry"  # the record created, merged, archived, restored, moved to a segment
    FEEDBACK = "feedback"
    COMPLAINT = "complaint"  # a case received
    COMPLAINT_STATUS = "complaint_status"  # a case moved to another status
    SURVEY_RESPONSE = "survey_response"
    ACTIVITY = "activity"
    REMINDER = "reminder"


class RegistryChange(StrEnum):
    CREATED = "created"
    MERGED = "merged"
    ARCHIVED = "archived"
    RESTORED = "restored"
    SEGMENT_CHANGED = "segment_changed"


class RecordType(StrEnum):
    """Which record an item opens."""

    STAKEHOLDER = "stakeholder"
    FEEDBACK_ENTRY = "feedback_entry"
    COMPLAINT = "complaint"
    SURVEY_RESPONSE = "survey_response"
    ACTIVITY = "activity"
    REMINDER = "reminder"


# What the sub-kind and state columns hold for each kind of item.
_SUB_KINDS: dict[TimelineKind, type[StrEnum]] = {
    TimelineKind.REGISTRY: RegistryChange,
    TimelineKind.FEEDBACK: FeedbackType,
    TimelineKind.COMPLAINT: ComplaintStatus,
    TimelineKind.COMPLAINT_STATUS: ComplaintStatus,
    TimelineKind.SURVEY_RESPONSE: SurveyKind,
    TimelineKind.ACTIVITY: ActivityKind,
    TimelineKind.REMINDER: ReminderSource,
}
_STATES: dict[TimelineKind, type[StrEnum]] = {
    TimelineKind.FEEDBACK: FeedbackStatus,
    TimelineKind.COMPLAINT: ComplaintStatus,
    TimelineKind.COMPLAINT_STATUS: ComplaintStatus,  # the status it came from
    TimelineKind.REMINDER: ReminderStatus,
}


@dataclass(frozen=True)
class TimelineScope:
    """Whose history: one stakeholder, every member of a segment, or an organisation (its own
    record and everyone whose ``organisation`` is its name). Exactly one is set."""

    stakeholder_id: uuid.UUID | None = None
    segment_id: uuid.UUID | None = None
    organisation: str = ""

    def __post_init__(self) -> None:
        given = (
            self.stakeholder_id is not None,
            self.segment_id is not None,
            bool(self.organisation),
        )
        if sum(given) != 1:
            raise ValueError(
                "a timeline scope names exactly one stakeholder, segment or organisation"
            )

    @property
    def is_group(self) -> bool:
        return self.stakeholder_id is None


@dataclass(frozen=True)
class TimelineFilter:
    """Which items: of these kinds (None: all), within these days (Thai calendar, inclusive)."""

    kinds: frozenset[TimelineKind] | None = None
    start: date | None = None
    end: date | None = None

    def wants(self, kind: TimelineKind) -> bool:
        return self.kinds is None or kind in self.kinds


@dataclass(frozen=True)
class TimelineItem:
    kind: TimelineKind
    sub_kind: StrEnum | None  # see _SUB_KINDS: the activity kind, the status a case reached, ...
    moment: datetime | date  # a date for survey responses and reminders, which keep only the day
    summary: str  # one line
    state: StrEnum | None  # a case's or entry's status now, a reminder open or done
    record_type: RecordType
    record_id: uuid.UUID
    stakeholder_id: uuid.UUID
    stakeholder_name: str = ""  # filled for segment and organisation timelines
    reference: str = ""  # the complaint number, the feedback entry number
    as_participant: bool = False  # an activity the stakeholder took part in, led by another
    # PDPA s.26: the person's record holds sensitive data and the reader lacks the personal-data
    # grant: ``summary`` (their words) is left empty.
    withheld: bool = False
    segment_change: tuple[Named | None, Named | None] | None = None  # from, to


def _as_text(column: Any) -> ColumnElement[str]:
    """A column as the union's text: on SQLite its stored text as it is (a moment's
    "YYYY-MM-DD HH:MM:SS.ffffff" in UTC); on PostgreSQL the same text, written out."""
    return _StoredText(column)


class _StoredText(ColumnElement[str]):
    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: Any) -> None:
        self.column = column
        self.type = String()


@compiles(_StoredText)
def _stored_as_it_is(element: _StoredText, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(type_coerce(element.column, String), **kw)


@compiles(_StoredText, "postgresql")
def _written_out(element: _StoredText, compiler: SQLCompiler, **kw: Any) -> str:
    inner = compiler.process(element.column, **kw)
    kind = getattr(element.column, "type", None)
    if isinstance(kind, UtcDateTime | DateTime):  # as SQLite stores it: UTC, microseconds
        return f"to_char(({inner}) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    if isinstance(kind, Date):
        return f"to_char({inner}, 'YYYY-MM-DD')"
    return f"CAST({inner} AS VARCHAR)"


def _moment(raw: Any) -> datetime | date:
    """The union returns the stored text on SQLite (a datetime or a date); stored datetimes are
    UTC."""
    if isinstance(raw, datetime):
        return raw if raw.tzinfo else raw.replace(tzinfo=UTC)
    if isinstance(raw, date):
        return raw
    text = str(raw)
    if len(text) <= 10:
        return date.fromisoformat(text)
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


_COLUMNS = (
    "kind", "sub_kind", "at", "summary", "state", "record_type", "record_id", "stakeholder_id",
    "reference", "participant",
)  # fmt: skip


def _row(*columns: Any) -> Select[Any]:
    """One arm of the union, its columns named alike whichever arm comes first."""
    return select(*(c.label(name) for c, name in zip(columns, _COLUMNS, strict=True)))


def _first(arm: Select[Any], ascending: bool, count: int) -> Select[Any]:
    """The first ``count`` items of one source in the timeline's order."""
    c = arm.selected_columns
    order = (c.at.asc(), c.record_id.asc()) if ascending else (c.at.desc(), c.record_id.desc())
    return select(arm.order_by(*order).limit(count).subquery())


def _uuid(raw: Any) -> uuid.UUID:
    return raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw))


class TimelineService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- public -------------------------------------------------------------------------
    @requires(Permission.READ)
    def list_items(
        self,
        scope: TimelineScope,
        query: TableQuery | None = None,
        filters: TimelineFilter | None = None,
        offset: int = 0,
        limit: int = 200,
    ) -> list[TimelineItem]:
        """A page of the timeline, newest first (oldest first with an ascending ``query``)."""
        stmt = self._page(scope, query or TableQuery(), filters or TimelineFilter(), offset, limit)
        if stmt is None:
            return []
        with self._db.session_scope() as session:
            rows = list(session.execute(stmt))
            names = self._names(session, scope, rows)
            segments = self._segments(session, rows)
            items = [self._item(r, names, segments) for r in rows]
            if items and not sees_sensitive(self._db):
                wanted = {item.stakeholder_id for item in items}
                sensitive = set(
                    session.scalars(
                        select(Stakeholder.id).where(
                            Stakeholder.sensitive, Stakeholder.id.in_(wanted)
                        )
                    )
                )
                items = [
                    replace(item, summary="", withheld=True)
                    if item.stakeholder_id in sensitive
                    and item.summary
                    and item.kind is not TimelineKind.REGISTRY  # no one's words
                    else item
                    for item in items
                ]
            return items

    def _page(
        self,
        scope: TimelineScope,
        query: TableQuery,
        filters: TimelineFilter,
        offset: int,
        limit: int,
    ) -> Select[Any] | None:
        arms = self._arms(scope, query, filters)
        if not arms:
            return None
        # Newest first unless asked otherwise; the record id keeps pages from overlapping.
        ascending = query.sort_key in ("when", "moment") and not query.descending
        # Each source gives only its own first offset + limit items, in the page's order (an
        # index on its moment, where there is one, is walked instead of sorting all of them):
        # the page is among those, and the outer sort merges a few hundred rows, not 100,000.
        first = [_first(arm, ascending, offset + limit) for arm in arms]
        events = union_all(*first).subquery("events")
        order = (events.c.at.asc(), events.c.record_id.asc(), events.c.kind.asc())
        if not ascending:
            order = (events.c.at.desc(), events.c.record_id.desc(), events.c.kind.desc())
        return select(events).order_by(*order).offset(offset).limit(limit)

    @requires(Permission.READ)
    def count_items(
        self,
        scope: TimelineScope,
        query: TableQuery | None = None,
        filters: TimelineFilter | None = None,
    ) -> int:
        arms = self._arms(scope, query or TableQuery(), filters or TimelineFilter())
        if not arms:
            return 0
        # One count per source, no column computed: each reads only its index.
        counts = [
            arm.with_only_columns(func.count(), maintain_column_froms=True).scalar_subquery()
            for arm in arms
        ]
        with self._db.session_scope() as session:
            row = session.execute(select(*counts)).one()
            return sum(int(n or 0) for n in row)

    @requires(Permission.READ)
    def richest_stakeholder(self) -> uuid.UUID | None:
        """The stakeholder with the most activities, feedback and complaints (the screenshot's
        and the demo's default choice)."""
        counted = union_all(
            select(Activity.stakeholder_id.label("sid")),
            select(FeedbackEntry.stakeholder_id).where(FeedbackEntry.stakeholder_id.is_not(None)),
            select(Complaint.stakeholder_id).where(Complaint.stakeholder_id.is_not(None)),
        ).subquery("counted")
        stmt = (
            select(counted.c.sid)
            .group_by(counted.c.sid)
            .order_by(func.count().desc(), counted.c.sid)
            .limit(1)
        )
        with self._db.session_scope() as session:
            found = session.scalar(stmt)
            return _uuid(found) if found is not None else None

    # --- the union -----------------------------------------------------------------------
    @staticmethod
    def _members(scope: TimelineScope) -> Select[Any] | None:
        if scope.segment_id is not None:
            return select(Stakeholder.id).where(Stakeholder.segment_id == scope.segment_id)
        if scope.organisation:
            return select(Stakeholder.id).where(
                or_(
                    Stakeholder.organisation == scope.organisation,
                    and_(
                        Stakeholder.name == scope.organisation,
                        Stakeholder.party_type == PartyType.ORGANISATION,
                    ),
                )
            )
        return None

    def _union(
        self, scope: TimelineScope, query: TableQuery, filters: TimelineFilter
    ) -> CompoundSelect[Any] | None:
        """Every item of the scope, unsorted (the benchmark shows its query plan)."""
        arms = self._arms(scope, query, filters)
        return union_all(*arms) if arms else None

    def _arms(
        self, scope: TimelineScope, query: TableQuery, filters: TimelineFilter
    ) -> list[Select[Any]]:
        members = self._members(scope)

        def whose(column: Any) -> ColumnElement[bool]:
            if members is None:
                return column == scope.stakeholder_id  # type: ignore[no-any-return]
            return column.in_(members)  # type: ignore[no-any-return]

        def within(column: Any, *, days: bool = False) -> list[ColumnElement[bool]]:
            bounds: list[ColumnElement[bool]] = []
            if filters.start is not None:
                bounds.append(
                    column >= (filters.start if days else start_of_thai_day(filters.start))
                )
            if filters.end is not None:
                if days:
                    bounds.append(column <= filters.end)
                else:
                    bounds.append(column < start_of_thai_day(filters.end + timedelta(days=1)))
            return bounds

        def searched(column: Any) -> list[ColumnElement[bool]]:
            return [column.icontains(term, autoescape=True) for term in query.search_terms()]

        def head(kind: TimelineKind) -> ColumnElement[str]:
            return literal(kind.value, String).label("kind")

        def text(value: str) -> ColumnElement[str]:
            return literal(value, String)

        # A confidential case the reader may not read: no words shown, none searched.
        readable = readable_condition(acting(self._db))

        def protected(column: Any) -> ColumnElement[str]:
            return case((readable, column), else_=literal("", String))

        def searched_case(column: Any) -> list[ColumnElement[bool]]:
            terms = searched(column)
            return [and_(readable, *terms)] if terms else []

        arms: list[Any] = []
        if filters.wants(TimelineKind.REGISTRY):
            segment_moved = AuditEntry.changes["segment_id"].as_string()
            restored = AuditEntry.changes["archived"].as_string()
            merged_from = AuditEntry.changes["merged_from"].as_string()
            registry_kind = case(
                (AuditEntry.action == AuditAction.CREATE, RegistryChange.CREATED.value),
                (AuditEntry.action == AuditAction.MERGE, RegistryChange.MERGED.value),
                (AuditEntry.action == AuditAction.ARCHIVE, RegistryChange.ARCHIVED.value),
                (segment_moved.is_not(None), RegistryChange.SEGMENT_CHANGED.value),
                else_=RegistryChange.RESTORED.value,
            )
            arms.append(
                _row(
                    head(TimelineKind.REGISTRY),
                    registry_kind.label("sub_kind"),
                    _as_text(AuditEntry.at).label("at"),
                    func.coalesce(AuditEntry.changes["other"]["name"].as_string(), "").label(
                        "summary"
                    ),
                    null().label("state"),
                    text(RecordType.STAKEHOLDER).label("record_type"),
                    AuditEntry.entity_id.label("record_id"),
                    AuditEntry.entity_id.label("stakeholder_id"),
                    func.coalesce(segment_moved, "").label("reference"),
                    literal(0).label("participant"),
                ).where(
                    AuditEntry.entity == "stakeholder",
                    whose(AuditEntry.entity_id),
                    or_(
                        AuditEntry.action.in_([AuditAction.CREATE, AuditAction.ARCHIVE]),
                        and_(AuditEntry.action == AuditAction.MERGE, merged_from.is_not(None)),
                        and_(
                            AuditEntry.action == AuditAction.UPDATE,
                            or_(segment_moved.is_not(None), restored.is_not(None)),
                        ),
                    ),
                    *within(AuditEntry.at),
                    *searched(AuditEntry.changes["other"]["name"].as_string()),
                )  # fmt: skip
            )
        if filters.wants(TimelineKind.FEEDBACK):
            arms.append(
                _row(
                    head(TimelineKind.FEEDBACK),
                    _as_text(FeedbackEntry.type),
                    _as_text(FeedbackEntry.received_at),
                    FeedbackEntry.text,
                    _as_text(FeedbackEntry.status),
                    text(RecordType.FEEDBACK_ENTRY),
                    FeedbackEntry.id,
                    FeedbackEntry.stakeholder_id,
                    func.coalesce(_as_text(FeedbackEntry.number), ""),
                    literal(0),
                ).where(
                    whose(FeedbackEntry.stakeholder_id),
                    *within(FeedbackEntry.received_at),
                    *searched(FeedbackEntry.text),
                )  # fmt: skip
            )
        if filters.wants(TimelineKind.COMPLAINT):
            arms.append(
                _row(
                    head(TimelineKind.COMPLAINT),
                    _as_text(Complaint.status),
                    _as_text(Complaint.received_at),
                    protected(Complaint.subject),
                    _as_text(Complaint.status),
                    text(RecordType.COMPLAINT),
                    Complaint.id,
                    Complaint.stakeholder_id,
                    Complaint.number,
                    literal(0),
                ).where(
                    whose(Complaint.stakeholder_id),
                    *within(Complaint.received_at),
                    *searched_case(Complaint.subject),
                )  # fmt: skip
            )
        if filters.wants(TimelineKind.COMPLAINT_STATUS):
            # The first change (from nothing to received) is the case itself, shown above.
            arms.append(
                _row(
                    head(TimelineKind.COMPLAINT_STATUS),
                    _as_text(ComplaintStatusChange.to_status),
                    _as_text(ComplaintStatusChange.changed_at),
                    protected(
                        func.coalesce(
                            func.nullif(ComplaintStatusChange.note, ""), Complaint.subject
                        )
                    ),
                    _as_text(ComplaintStatusChange.from_status),
                    text(RecordType.COMPLAINT),
                    Complaint.id,
                    Complaint.stakeholder_id,
                    Complaint.number,
                    literal(0),
                )
                .join(Complaint, ComplaintStatusChange.complaint_id == Complaint.id)
                .where(
                    whose(Complaint.stakeholder_id),
                    ComplaintStatusChange.from_status.is_not(None),
                    *within(ComplaintStatusChange.changed_at),
                    *searched_case(Complaint.subject),
                )  # fmt: skip
            )
        if filters.wants(TimelineKind.SURVEY_RESPONSE):
            title = Survey.title_en if query.language == "en" else Survey.title_th
            arms.append(
                _row(
                    head(TimelineKind.SURVEY_RESPONSE),
                    _as_text(Survey.kind),
                    _as_text(SurveyResponse.submitted_on),
                    func.coalesce(func.nullif(title, ""), Survey.title_th),
                    null(),
                    text(RecordType.SURVEY_RESPONSE),
                    SurveyResponse.id,
                    SurveyResponse.stakeholder_id,
                    Survey.code,
                    literal(0),
                )
                .join(Survey, SurveyResponse.survey_id == Survey.id)
                .where(
                    whose(SurveyResponse.stakeholder_id),
                    *within(SurveyResponse.submitted_on, days=True),
                    *searched(Survey.title_th),
                )  # fmt: skip
            )
        if filters.wants(TimelineKind.ACTIVITY):

            def activities(
                condition: ColumnElement[bool], stakeholder: Any, participant: int
            ) -> Select[Any]:
                return _row(
                    head(TimelineKind.ACTIVITY), _as_text(Activity.kind),
                    _as_text(Activity.occurred_at), Activity.subject, null(),
                    text(RecordType.ACTIVITY), Activity.id, stakeholder, text(""),
                    literal(participant),
                ).where(
                    condition, *within(Activity.occurred_at), *searched(Activity.subject)
                )  # fmt: skip

            arms.append(activities(whose(Activity.stakeholder_id), Activity.stakeholder_id, 0))
            taking_part = select(activity_participant.c.activity_id).where(
                whose(activity_participant.c.stakeholder_id)
            )
            if members is None:
                arms.append(
                    activities(
                        and_(
                            Activity.id.in_(taking_part),
                            Activity.stakeholder_id != scope.stakeholder_id,
                        ),
                        literal(scope.stakeholder_id, Activity.stakeholder_id.type),
                        1,
                    )  # fmt: skip
                )
            else:
                arms.append(
                    activities(
                        and_(Activity.id.in_(taking_part), Activity.stakeholder_id.not_in(members)),
                        Activity.stakeholder_id,
                        1,
                    )  # fmt: skip
                )
        if filters.wants(TimelineKind.REMINDER):
            due = func.coalesce(Reminder.done_on, Reminder.due_on)
            opens = func.coalesce(Reminder.activity_id, Reminder.complaint_id, Reminder.id)
            record_type = case(
                (Reminder.activity_id.is_not(None), RecordType.ACTIVITY.value),
                (Reminder.complaint_id.is_not(None), RecordType.COMPLAINT.value),
                else_=RecordType.REMINDER.value,
            )
            day_bounds = []
            if filters.start is not None:
                day_bounds.append(due >= filters.start)
            if filters.end is not None:
                day_bounds.append(due <= filters.end)
            arms.append(
                _row(
                    head(TimelineKind.REMINDER),
                    _as_text(Reminder.source),
                    _as_text(due),
                    Reminder.note,
                    _as_text(Reminder.status),
                    record_type,
                    opens,
                    Reminder.stakeholder_id,
                    text(""),
                    literal(0),
                ).where(
                    whose(Reminder.stakeholder_id), *day_bounds, *searched(Reminder.note)
                )  # fmt: skip
            )
        return arms

    # --- rows to items -------------------------------------------------------------------
    @staticmethod
    def _names(session: Any, scope: TimelineScope, rows: Sequence[Any]) -> dict[uuid.UUID, str]:
        if not scope.is_group or not rows:
            return {}
        ids = {_uuid(r.stakeholder_id) for r in rows if r.stakeholder_id is not None}
        found = session.execute(
            select(Stakeholder.id, Stakeholder.name).where(Stakeholder.id.in_(ids))
        )
        return {_uuid(i): name for i, name in found}

    @staticmethod
    def _segments(session: Any, rows: Sequence[Any]) -> dict[str, Named]:
        wanted: set[uuid.UUID] = set()
        for r in rows:
            if r.kind == TimelineKind.REGISTRY and r.sub_kind == RegistryChange.SEGMENT_CHANGED:
                wanted.update(uuid.UUID(v) for v in _segment_pair(r.reference) if v)
        if not wanted:
            return {}
        found = session.execute(
            select(Segment.id, Segment.name_th, Segment.name_en).where(Segment.id.in_(wanted))
        )
        return {str(_uuid(i)): Named(th, en) for i, th, en in found}

    @staticmethod
    def _item(r: Any, names: dict[uuid.UUID, str], segments: dict[str, Named]) -> TimelineItem:
        kind = TimelineKind(r.kind)
        sub_enum = _SUB_KINDS[kind]
        state_enum = _STATES.get(kind)
        stakeholder_id = _uuid(r.stakeholder_id)
        summary = " ".join(str(r.summary or "").split())  # one line
        reference = str(r.reference or "")
        segment_change = None
        if kind == TimelineKind.REGISTRY:
            if r.sub_kind == RegistryChange.SEGMENT_CHANGED:
                before, after = _segment_pair(reference)
                segment_change = (segments.get(before or ""), segments.get(after or ""))
            reference = ""
        return TimelineItem(
            kind=kind,
            sub_kind=sub_enum(r.sub_kind) if r.sub_kind else None,
            moment=_moment(r.at),
            summary=summary,
            state=state_enum(r.state) if state_enum and r.state else None,
            record_type=RecordType(r.record_type),
            record_id=_uuid(r.record_id),
            stakeholder_id=stakeholder_id,
            stakeholder_name=names.get(stakeholder_id, ""),
            reference=reference,
            as_participant=bool(r.participant),
            segment_change=segment_change,
        )


def _segment_pair(text: str) -> tuple[str | None, str | None]:
    """The audit trail's ``[before, after]`` segment ids (JSON text)."""
    try:
        pair = json.loads(text) if text else None
    except ValueError:
        return None, None
    if not isinstance(pair, list) or len(pair) != 2:
        return None, None
    return (pair[0] or None, pair[1] or None)
