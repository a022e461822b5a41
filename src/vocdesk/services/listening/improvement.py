"""Improvement actions: what the agency changed because of what it heard, linked to the
listening entries, complaints and survey findings that caused it (PMQA 3.1 a: the loop closed).

Complaint handling uses ``create_for_complaint`` and ``actions_of_complaint`` for a case's
corrective action; the listening log uses ``create_from_entries`` for selected entries. The links
themselves (what they are, how they are stored and read back) are in ``improvement_links``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, func, insert, select

from vocdesk.db.models import (
    Complaint,
    FeedbackEntry,
    ImprovementAction,
    ImprovementSurveyFinding,
    improvement_complaint,
    improvement_feedback,
)
from vocdesk.db.repositories.query import (
    Sorting,
    enum_order,
    ordered_page,
    search_filter,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_today
from vocdesk.domain.fiscal import Period
from vocdesk.domain.listening.improvement import (
    OPEN_IMPROVEMENT_STATUSES,
    ImprovementFields,
    ImprovementStatus,
    is_overdue,
)
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.tables import TableQuery
from vocdesk.services.authorization import acting, requires
from vocdesk.services.database import Database
from vocdesk.services.listening.improvement_links import (
    NO_LINKS,
    ImprovementLinks,
    LinkedComplaint,
    LinkedEntry,
    LinkedFinding,
    SurveyChoice,
    check_all_exist,
    clear_links,
    entries_with_ids,
    linked_complaints,
    linked_entries,
    linked_findings,
    store_links,
    survey_choices,
)
from vocdesk.services.pdpa.masking import sees_sensitive
from vocdesk.services.periods import in_period

__all__ = [
    "ActionFilter",
    "ImprovementActionsService",
    "ImprovementDetail",
    "ImprovementFields",
    "ImprovementRow",
    "LoopSummary",
    "TableQuery",
]


class ActionFilter(StrEnum):
    """Which actions the list shows."""

    ALL = "all"
    OPEN = "open"  # planned or in progress
    OVERDUE = "overdue"  # open and past the due day
    FINISHED = "finished"  # done or cancelled


@dataclass(frozen=True)
class ImprovementRow:
    id: uuid.UUID
    title: str
    reason: str
    owner: str
    due_on: date | None
    status: ImprovementStatus
    outcome: str
    completed_on: date | None
    entries: int  # linked listening entries
    complaints: int
    findings: int  # linked survey findings
    overdue: bool

    @property
    def fields(self) -> ImprovementFields:
        return ImprovementFields(
            self.title,
            self.reason,
            self.owner,
            self.due_on,
            self.status,
            self.outcome,
            self.completed_on,
        )

    @property
    def sources(self) -> int:
        return self.entries + self.complaints + self.findings


@dataclass(frozen=True)
class ImprovementDetail:
    action: ImprovementRow
    entries: tuple[LinkedEntry, ...]
    complaints: tuple[LinkedComplaint, ...]
    findings: tuple[LinkedFinding, ...]

    @property
    def links(self) -> ImprovementLinks:
        return ImprovementLinks(
            tuple(e.id for e in self.entries),
            tuple(c.id for c in self.complaints),
            tuple(f.link for f in self.findings),
        )


@dataclass(frozen=True)
class LoopSummary:
    """How far what was heard in a period led to action: for the PMQA report."""

    period: Period
    entries_heard: int
    entries_acted_on: int  # entries of the period linked to at least one action
    complaints_received: int
    complaints_acted_on: int
    actions: dict[ImprovementStatus, int]  # actions linked to anything heard in the period
    actions_done_with_outcome: int


def _link_count(table: Any, column: str) -> Any:
    return (
        select(func.count())
        .select_from(table)
        .where(table.c.action_id == ImprovementAction.id)
        .scalar_subquery()
        .label(column)
    )


_findings_count = (
    select(func.count(ImprovementSurveyFinding.id))
    .where(ImprovementSurveyFinding.action_id == ImprovementAction.id)
    .scalar_subquery()
    .label("findings")
)


class ImprovementActionsService:
    """Improvement actions and what caused them. Reading needs ``Permission.READ``; adding,
    changing and linking ``Permission.RECORD``; deleting ``Permission.MANAGE_CASES``. A linked
    confidential complaint shows its subject only to those allowed to read it."""

    SORT_KEYS = ("title", "status", "owner", "due", "completed", "sources")

    def __init__(self, db: Database, today: Callable[[], date] = thai_today) -> None:
        self._db = db
        self._today = today

    # --- the list ----------------------------------------------------------------------------
    def _rows_stmt(self) -> Select[*tuple[Any, ...]]:
        return select(
            ImprovementAction,
            _link_count(improvement_feedback, "entries"),
            _link_count(improvement_complaint, "complaints"),
            _findings_count,
        )

    def _searched(
        self,
        stmt: Select[*tuple[Any, ...]],
        query: TableQuery,
        show: ActionFilter = ActionFilter.ALL,
    ) -> Select[*tuple[Any, ...]]:
        condition = search_filter(
            query,
            [
                ImprovementAction.title,
                ImprovementAction.reason,
                ImprovementAction.owner,
                ImprovementAction.outcome,
            ],
        )
        if condition is not None:
            stmt = stmt.where(condition)
        show = ActionFilter(show)
        open_now = ImprovementAction.status.in_(OPEN_IMPROVEMENT_STATUSES)
        if show is ActionFilter.OPEN:
            stmt = stmt.where(open_now)
        elif show is ActionFilter.OVERDUE:
            stmt = stmt.where(open_now, ImprovementAction.due_on < self._today())
        elif show is ActionFilter.FINISHED:
            stmt = stmt.where(ImprovementAction.status.not_in(OPEN_IMPROVEMENT_STATUSES))
        return stmt

    @requires(Permission.READ)
    def list_actions(
        self,
        query: TableQuery,
        offset: int = 0,
        limit: int = 200,
        *,
        show: ActionFilter = ActionFilter.ALL,
    ) -> list[ImprovementRow]:
        sorting = Sorting(
            {
                "title": ImprovementAction.title,
                "status": enum_order(ImprovementAction.status, ImprovementStatus),
                "owner": ImprovementAction.owner,
                "due": ImprovementAction.due_on,
                "completed": ImprovementAction.completed_on,
                "sources": _link_count(improvement_feedback, "e2")
                + _link_count(improvement_complaint, "c2"),
            },
            "due",
            ImprovementAction.id,
            nullable_keys=frozenset({"due", "completed"}),
        )
        stmt = ordered_page(
            self._searched(self._rows_stmt(), query, show), query, sorting, offset, limit
        )
        with self._db.session_scope() as session:
            return [self._row(*r) for r in session.execute(stmt)]

    @requires(Permission.READ)
    def count_actions(self, query: TableQuery, *, show: ActionFilter = ActionFilter.ALL) -> int:
        with self._db.session_scope() as session:
            return (
                session.scalar(
                    self._searched(select(func.count(ImprovementAction.id)), query, show)
                )
                or 0
            )

    def _row(
        self, action: ImprovementAction, entries: int, complaints: int, findings: int
    ) -> ImprovementRow:
        return ImprovementRow(
            id=action.id, title=action.title, reason=action.reason, owner=action.owner,
            due_on=action.due_on, status=action.status, outcome=action.outcome,
            completed_on=action.completed_on, entries=entries, complaints=complaints,
            findings=findings, overdue=is_overdue(action.status, action.due_on, self._today()),
        )  # fmt: skip

    def _rows_where(self, *conditions: ColumnElement[bool]) -> list[ImprovementRow]:
        stmt = (
            self._rows_stmt()
            .where(*conditions)
            .order_by(ImprovementAction.created_at, ImprovementAction.id)
        )
        with self._db.session_scope() as session:
            return [self._row(*r) for r in session.execute(stmt)]

    # --- one action --------------------------------------------------------------------------
    @requires(Permission.READ)
    def get_action(self, action_id: uuid.UUID) -> ImprovementDetail:
        with self._db.session_scope() as session:
            found = session.execute(
                self._rows_stmt().where(ImprovementAction.id == action_id)
            ).first()
            if found is None:
                raise _gone()
            return ImprovementDetail(
                self._row(*found),
                linked_entries(session, action_id, withhold=not sees_sensitive(self._db)),
                linked_complaints(session, action_id, acting(self._db)),
                linked_findings(session, action_id),
            )

    @requires(Permission.READ)
    def describe_entries(self, entry_ids: Sequence[uuid.UUID]) -> list[LinkedEntry]:
        """The entries with these ids, oldest first: what a new action from the log will link."""
        if not entry_ids:
            return []
        with self._db.session_scope() as session:
            return entries_with_ids(session, entry_ids, withhold=not sees_sensitive(self._db))

    @requires(Permission.RECORD)
    def create_action(
        self, fields: ImprovementFields, links: ImprovementLinks = NO_LINKS
    ) -> uuid.UUID:
        """A new action with its links, in one transaction: all stored, or nothing."""
        cleaned = fields.cleaned(self._today())
        with self._db.session_scope() as session:
            action = ImprovementAction(**_columns(cleaned))
            session.add(action)
            session.flush()
            store_links(session, action.id, links)
            return action.id

    @requires(Permission.RECORD)
    def update_action(
        self, action_id: uuid.UUID, fields: ImprovementFields, links: ImprovementLinks | None = None
    ) -> None:
        """Change an action; with ``links`` its links become exactly those (None keeps them)."""
        cleaned = fields.cleaned(self._today())
        with self._db.session_scope() as session:
            action = session.get(ImprovementAction, action_id)
            if action is None:
                raise _gone()
            for name, value in _columns(cleaned).items():
                setattr(action, name, value)
            if links is not None:
                clear_links(session, action_id)
                store_links(session, action_id, links)

    @requires(Permission.MANAGE_CASES)
    def delete_action(self, action_id: uuid.UUID) -> None:
        with self._db.session_scope() as session:
            action = session.get(ImprovementAction, action_id)
            if action is None:
                raise _gone()
            session.delete(action)  # the links go with it (ON DELETE CASCADE)

    # --- from elsewhere in the program -------------------------------------------------------
    @requires(Permission.RECORD)
    def create_from_entries(
        self, entry_ids: Sequence[uuid.UUID], fields: ImprovementFields
    ) -> uuid.UUID:
        """An action for entries selected in the listening log."""
        return self.create_action(fields, ImprovementLinks(entry_ids=tuple(entry_ids)))

    @requires(Permission.RECORD)
    def create_for_complaint(self, complaint_id: uuid.UUID, fields: ImprovementFields) -> uuid.UUID:
        """A complaint's corrective action, linked to the case (and to the listening entry the
        case came from, if any, so the log shows it too)."""
        with self._db.session_scope() as session:
            entry_id = session.scalar(
                select(Complaint.feedback_entry_id).where(Complaint.id == complaint_id)
            )
        entries = (entry_id,) if entry_id is not None else ()
        return self.create_action(
            fields, ImprovementLinks(entry_ids=entries, complaint_ids=(complaint_id,))
        )

    @requires(Permission.RECORD)
    def link_complaint(self, action_id: uuid.UUID, complaint_id: uuid.UUID) -> None:
        """Add a complaint to an existing action (linking twice changes nothing)."""
        with self._db.session_scope() as session:
            if session.get(ImprovementAction, action_id) is None:
                raise _gone()
            check_all_exist(session, Complaint, [complaint_id])
            already = session.scalar(
                select(func.count()).select_from(improvement_complaint).where(
                    improvement_complaint.c.action_id == action_id,
                    improvement_complaint.c.complaint_id == complaint_id,
                )
            )  # fmt: skip
            if not already:
                session.execute(
                    insert(improvement_complaint),
                    [{"action_id": action_id, "complaint_id": complaint_id}],
                )

    @requires(Permission.READ)
    def actions_of_complaint(self, complaint_id: uuid.UUID) -> list[ImprovementRow]:
        linked = select(improvement_complaint.c.action_id).where(
            improvement_complaint.c.complaint_id == complaint_id
        )
        return self._rows_where(ImprovementAction.id.in_(linked))

    @requires(Permission.READ)
    def actions_of_entry(self, entry_id: uuid.UUID) -> list[ImprovementRow]:
        linked = select(improvement_feedback.c.action_id).where(
            improvement_feedback.c.feedback_entry_id == entry_id
        )
        return self._rows_where(ImprovementAction.id.in_(linked))

    @requires(Permission.READ)
    def survey_choices(self) -> list[SurveyChoice]:
        with self._db.session_scope() as session:
            return survey_choices(session)

    # --- the loop, for reports ---------------------------------------------------------------
    @requires(Permission.READ)
    def loop_summary(self, period: Period) -> LoopSummary:
        entries_in = in_period(FeedbackEntry.received_at, period)
        complaints_in = in_period(Complaint.received_at, period)
        linked_entries = select(improvement_feedback.c.feedback_entry_id)
        linked_complaints = select(improvement_complaint.c.complaint_id)
        actions_of_period = select(improvement_feedback.c.action_id).join(
            FeedbackEntry, FeedbackEntry.id == improvement_feedback.c.feedback_entry_id
        ).where(entries_in).union(
            select(improvement_complaint.c.action_id).join(
                Complaint, Complaint.id == improvement_complaint.c.complaint_id
            ).where(complaints_in)
        )  # fmt: skip
        with self._db.session_scope() as session:
            heard = session.scalar(select(func.count(FeedbackEntry.id)).where(entries_in)) or 0
            acted = session.scalar(
                select(func.count(FeedbackEntry.id)).where(entries_in, FeedbackEntry.id.in_(linked_entries))
            ) or 0  # fmt: skip
            received = session.scalar(select(func.count(Complaint.id)).where(complaints_in)) or 0
            handled = session.scalar(
                select(func.count(Complaint.id)).where(complaints_in, Complaint.id.in_(linked_complaints))
            ) or 0  # fmt: skip
            by_status = dict(
                session.execute(
                    select(ImprovementAction.status, func.count())
                    .where(ImprovementAction.id.in_(actions_of_period))
                    .group_by(ImprovementAction.status)
                ).all()
            )
            with_outcome = session.scalar(
                select(func.count()).where(
                    ImprovementAction.id.in_(actions_of_period),
                    ImprovementAction.status == ImprovementStatus.DONE,
                    ImprovementAction.outcome != "",
                )
            ) or 0  # fmt: skip
        return LoopSummary(
            period, heard, acted, received, handled,
            {status: by_status.get(status, 0) for status in ImprovementStatus}, with_outcome,
        )  # fmt: skip

    @requires(Permission.READ)
    def open_count(self) -> int:
        with self._db.session_scope() as session:
            return session.scalar(
                select(func.count(ImprovementAction.id)).where(ImprovementAction.status.in_(OPEN_IMPROVEMENT_STATUSES))
            ) or 0  # fmt: skip


def _columns(fields: ImprovementFields) -> dict[str, Any]:
    return {
        "title": fields.title, "reason": fields.reason, "owner": fields.owner, "due_on": fields.due_on,
        "status": fields.status, "outcome": fields.outcome, "completed_on": fields.completed_on,
    }  # fmt: skip


def _gone() -> Exception:
    return user_error(
        "ImprovementRules",
        QT_TRANSLATE_NOOP(
            "ImprovementRules",
            "This improvement action no longer exists; someone may have deleted it.",
        ),
    )
