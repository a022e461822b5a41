"""Retention (issue 19): how long each kind of record is kept, which records are past their
period on a day, and the administrator's review that anonymises or deletes them in bulk.

Periods are read by anyone who may read (``Permission.READ``) and set by whoever keeps the
catalogues (``MANAGE_CATALOGUES``), audited. The review needs the erase permission and the
personal-data grant; it acts on one kind of record in one transaction (all or nothing: a
cancelled review changes nothing), writes an audit entry per record (its table and id, never
its data: ANONYMISE, and DELETE too when deleted) and one ``RetentionRun`` row for the log. A confidential complaint
the reviewer may not read (``services.confidentiality``) is counted but left alone.

Anonymising is ``services.pdpa.anonymise.anonymise_records`` (the record-level form of a
person's erasure); deleting first anonymises (so the audit trail's old values and the
attachments go too), then deletes the rows and settles what points at them
(``retention_delete``). When a period counts from is in ``retention_due``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, insert, select, true
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import (
    Activity,
    AuditEntry,
    Complaint,
    ComplaintCategory,
    FeedbackEntry,
    RetentionPolicy,
    RetentionRun,
    Segment,
    Stakeholder,
    Survey,
    SurveyResponse,
)
from vocdesk.db.models.timeline import activity_participant
from vocdesk.domain.accounts import Permission, Principal
from vocdesk.domain.clock import thai_date
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.pdpa.retention import MAX_KEEP_YEARS, period_ends
from vocdesk.domain.pdpa.terms import RetentionAction, RetentionRecordType
from vocdesk.domain.tables import Named, TableQuery
from vocdesk.services.authorization import acting, require, requires
from vocdesk.services.confidentiality import readable_condition
from vocdesk.services.database import Database
from vocdesk.services.pdpa.anonymise import anonymise_records, forget_erased, secure_delete
from vocdesk.services.pdpa.retention_delete import delete_rows
from vocdesk.services.pdpa.retention_due import counted_from, due_condition, model_of

CONTEXT = "Retention"
POLICY_ENTITY = "retention_policy"
STEP = 100  # records per progress report (and chance to cancel): about half a second

# A review reports after each chunk of records: (records done, records in all).
ReviewProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class Policy:
    """How long a kind of record is kept (None: no period set, kept) and what happens after."""

    record_type: RetentionRecordType
    keep_years: int | None
    action: RetentionAction


@dataclass(frozen=True)
class DueCount:
    record_type: RetentionRecordType
    keep_years: int
    action: RetentionAction
    count: int  # past their period on the day
    closed: int  # of them, confidential cases the reader may not read (a review leaves them)


@dataclass(frozen=True)
class DueRecord:
    """What identifies a record in the review, never more: a number, the day its period
    counts from, its category (or survey, or segment) and kind."""

    id: uuid.UUID
    reference: str  # a case or entry number, a form number, a person's name
    counted_from: date  # Thai day: closed, received, submitted, took place, last contact
    kept_until: date  # the last day of its period (a person's own "kept until" day)
    about: Named | None  # complaint category, survey, the person's segment
    kind: StrEnum | None  # feedback type, activity kind
    readable: bool = True  # False: a confidential case the reader may not read


@dataclass(frozen=True)
class RunRow:
    at: datetime
    user: str
    record_type: RetentionRecordType
    action: RetentionAction
    due_before: date
    count: int


def _not_set(record_type: RetentionRecordType) -> Any:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP("Retention",
                      "No retention period is set for this kind of record."))  # fmt: skip


class RetentionService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._now = now

    def _today(self) -> date:
        """The Thai day a review is for unless told otherwise."""
        return thai_date(self._now())

    # --- the periods ---------------------------------------------------------------------
    @requires(Permission.READ)
    def policies(self) -> list[Policy]:
        """Every kind of record with its period (None where none is set)."""
        with self._db.session_scope() as session:
            rows = {row.record_type: row for row in session.scalars(select(RetentionPolicy))}
        return [
            Policy(kind, rows[kind].keep_years, rows[kind].action)
            if kind in rows
            else Policy(kind, None, RetentionAction.ANONYMISE)
            for kind in RetentionRecordType
        ]

    @requires(Permission.MANAGE_CATALOGUES)
    def set_policy(
        self, record_type: RetentionRecordType, keep_years: int | None, action: RetentionAction
    ) -> None:
        """Set (or, with ``keep_years`` None, remove) the period of ``record_type``; audited."""
        if keep_years is not None and not 1 <= keep_years <= MAX_KEEP_YEARS:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Retention",
                             "A retention period is from 1 to {most} years."), most=MAX_KEEP_YEARS)  # fmt: skip
        user = acting(self._db).login
        with self._db.session_scope() as session:
            row = session.scalar(
                select(RetentionPolicy).where(RetentionPolicy.record_type == record_type)
            )
            before = {"keep_years": row.keep_years, "action": row.action.value} if row else None
            after = (
                {"keep_years": keep_years, "action": action.value}
                if keep_years is not None
                else None
            )
            if before == after:
                return
            if row is None:
                assert keep_years is not None
                row = RetentionPolicy(record_type=record_type, keep_years=keep_years, action=action)
                session.add(row)
                session.flush()
                audit_action = AuditAction.CREATE
            elif keep_years is None:
                session.delete(row)
                audit_action = AuditAction.DELETE
            else:
                row.keep_years, row.action = keep_years, action
                audit_action = AuditAction.UPDATE
            session.add(AuditEntry(at=self._now(), user=user, action=audit_action,
                                   entity=POLICY_ENTITY, entity_id=row.id,
                                   changes={"record_type": record_type.value,
                                            "before": before, "after": after}))  # fmt: skip

    # --- what is due ---------------------------------------------------------------------
    @requires(Permission.READ)
    def due_counts(self, on: date | None = None) -> list[DueCount]:
        """How many records of each kind with a period are past it on ``on`` (default today)."""
        day = on or self._today()
        principal = acting(self._db)
        counts = []
        with self._db.session_scope() as session:
            for policy in session.scalars(select(RetentionPolicy)):
                kind = policy.record_type
                model = model_of(kind)
                where = due_condition(kind, day, policy.keep_years)
                total = session.scalar(select(func.count()).select_from(model).where(where)) or 0
                closed = 0
                if kind == RetentionRecordType.COMPLAINT and total:
                    closed = total - (
                        session.scalar(
                            select(func.count())
                            .select_from(Complaint)
                            .where(where, readable_condition(principal))
                        )
                        or 0
                    )
                counts.append(DueCount(kind, policy.keep_years, policy.action, total, closed))
        order = list(RetentionRecordType)
        return sorted(counts, key=lambda c: order.index(c.record_type))

    @requires(Permission.READ)
    def count_due(
        self, record_type: RetentionRecordType, query: TableQuery | None = None,
        on: date | None = None,
    ) -> int:  # fmt: skip
        """How many records of ``record_type`` are due (0 when no period is set)."""
        with self._db.session_scope() as session:
            where = self._due_where(session, record_type, on)
            if where is None:
                return 0
            model = model_of(record_type)
            return session.scalar(select(func.count()).select_from(model).where(where)) or 0

    @requires(Permission.READ)
    def list_due(
        self, record_type: RetentionRecordType, query: TableQuery | None = None,
        offset: int = 0, limit: int = 200, on: date | None = None,
    ) -> list[DueRecord]:  # fmt: skip
        """A page of the records of ``record_type`` due, oldest first (``query.descending``:
        newest first)."""
        query = query or TableQuery()
        principal = acting(self._db)
        with self._db.session_scope() as session:
            policy = _policy(session, record_type)
            if policy is None:
                return []
            keep_years = policy.keep_years
            where = due_condition(record_type, on or self._today(), keep_years)
            start = counted_from(record_type)
            model = model_of(record_type)
            order = (start.desc(), model.id.desc()) if query.descending else (start, model.id)
            stmt = _listing(record_type, principal).where(where).order_by(*order)
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
            return _due_records(session, record_type, keep_years, rows)

    def _due_where(
        self, session: Session, record_type: RetentionRecordType, on: date | None
    ) -> ColumnElement[bool] | None:
        policy = _policy(session, record_type)
        if policy is None:
            return None
        return due_condition(record_type, on or self._today(), policy.keep_years)

    # --- the review ----------------------------------------------------------------------
    @requires(Permission.ERASE)
    def review(
        self,
        record_type: RetentionRecordType,
        action: RetentionAction,
        on: date | None = None,
        excluded: Sequence[uuid.UUID] = (),
        progress: ReviewProgress | None = None,
    ) -> int:
        """Anonymise or delete every record of ``record_type`` due on ``on`` (default today)
        but those ``excluded`` (and confidential cases the reviewer may not read), in one
        transaction; returns how many. ``progress`` may raise to cancel: nothing is changed."""
        principal = require(self._db, Permission.PERSONAL_DATA)
        day = on or self._today()
        left_out = set(excluded)
        with self._db.session_scope() as session:
            policy = _policy(session, record_type)
            if policy is None:
                raise _not_set(record_type)
            model = model_of(record_type)
            where = due_condition(record_type, day, policy.keep_years)
            if record_type == RetentionRecordType.COMPLAINT:
                where = and_(where, readable_condition(principal))
            ids = [i for i in session.scalars(select(model.id).where(where)) if i not in left_out]
            secure_delete(session)
            now = self._now()
            for start in range(0, len(ids), STEP):
                chunk = ids[start : start + STEP]
                _act(session, record_type, action, chunk, principal.login, now)
                if progress is not None:
                    progress(start + len(chunk), len(ids))
            session.add(RetentionRun(at=now, user=principal.login, record_type=record_type,
                                     action=action, due_before=day, count=len(ids)))  # fmt: skip
        if ids:
            forget_erased(self._db)  # the full-text index, free pages and log forget them
        return len(ids)

    @requires(Permission.READ)
    def runs(self, limit: int = 200) -> list[RunRow]:
        """The log of past reviews, the latest first."""
        with self._db.session_scope() as session:
            rows = session.scalars(
                select(RetentionRun).order_by(RetentionRun.at.desc()).limit(limit)
            ).all()
            return [RunRow(r.at, r.user, r.record_type, r.action, r.due_before, r.count)
                    for r in rows]  # fmt: skip


def _policy(session: Session, record_type: RetentionRecordType) -> RetentionPolicy | None:
    return session.scalar(select(RetentionPolicy).where(RetentionPolicy.record_type == record_type))


def _act(
    session: Session,
    record_type: RetentionRecordType,
    action: RetentionAction,
    ids: list[uuid.UUID],
    user: str,
    now: datetime,
) -> None:
    # Anonymising writes its own ANONYMISE entry per record. Deleting anonymises first, so
    # that the audit trail's old values of the record are scrubbed too, then deletes it (and
    # writes a DELETE entry per record).
    anonymise_records(session, record_type, ids, user=user, now=now)
    if action == RetentionAction.DELETE:
        delete_rows(session, model_of(record_type).__table__, ids)
        _audit_deleted(session, record_type, ids, user, now)


def _audit_deleted(
    session: Session,
    record_type: RetentionRecordType,
    ids: list[uuid.UUID],
    user: str,
    now: datetime,
) -> None:
    table = model_of(record_type).__tablename__
    session.execute(insert(AuditEntry), [
        {"at": now, "user": user, "action": AuditAction.DELETE, "entity": table,
         "entity_id": record_id, "changes": {"retention": record_type.value}}
        for record_id in ids
    ])  # fmt: skip


def _listing(record_type: RetentionRecordType, principal: Principal) -> Select[Any]:
    """The columns a due record is shown by, for ``record_type``."""
    start = counted_from(record_type)
    if record_type == RetentionRecordType.COMPLAINT:
        return select(Complaint.id, Complaint.number, start, ComplaintCategory.name_th,
                      ComplaintCategory.name_en, readable_condition(principal)).join(
            ComplaintCategory, ComplaintCategory.id == Complaint.category_id)  # fmt: skip
    if record_type == RetentionRecordType.FEEDBACK:
        return select(FeedbackEntry.id, FeedbackEntry.number, start, FeedbackEntry.type)
    if record_type == RetentionRecordType.SURVEY_RESPONSE:
        return select(SurveyResponse.id, SurveyResponse.form_number, start, Survey.title_th,
                      Survey.title_en, true()).join(Survey, Survey.id == SurveyResponse.survey_id)  # fmt: skip
    if record_type == RetentionRecordType.ACTIVITY:
        return select(Activity.id, Activity.kind, start)
    return select(Stakeholder.id, Stakeholder.name, start, Segment.name_th, Segment.name_en,
                  true(), Stakeholder.retention_until).outerjoin(
        Segment, Segment.id == Stakeholder.segment_id)  # fmt: skip


def _day(value: date | datetime) -> date:
    return thai_date(value) if isinstance(value, datetime) else value


def _due_records(
    session: Session, record_type: RetentionRecordType, keep_years: int, rows: Sequence[Any]
) -> list[DueRecord]:
    if record_type == RetentionRecordType.FEEDBACK:
        return [DueRecord(row[0], str(row[1]), _day(row[2]), period_ends(_day(row[2]), keep_years),
                          None, row[3]) for row in rows]  # fmt: skip
    if record_type == RetentionRecordType.ACTIVITY:
        return [DueRecord(row[0], "", _day(row[2]), period_ends(_day(row[2]), keep_years),
                          None, row[1]) for row in rows]  # fmt: skip
    last = (
        last_contacts(session, [row[0] for row in rows])
        if record_type == RetentionRecordType.STAKEHOLDER
        else {}
    )
    records = []
    for row in rows:
        start = last.get(row[0], _day(row[2]))
        kept_until = row[6] if len(row) > 6 and row[6] is not None else None
        about = Named(row[3] or "", row[4] or "") if (row[3] or row[4]) else None
        records.append(DueRecord(row[0], str(row[1] or ""), start,
                                 kept_until or period_ends(start, keep_years), about, None,
                                 bool(row[5])))  # fmt: skip
    return records


def last_contacts(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, date]:
    """The Thai day of each person's last contact (their record's creation at the earliest)."""
    latest: dict[uuid.UUID, date] = {}

    def note(person: uuid.UUID | None, moment: date | datetime | None) -> None:
        if person is not None and moment is not None:
            day = _day(moment)
            if person not in latest or day > latest[person]:
                latest[person] = day

    wanted = list(ids)
    for key, moment in (
        (Stakeholder.id, Stakeholder.created_at),
        (Activity.stakeholder_id, Activity.occurred_at),
        (FeedbackEntry.stakeholder_id, FeedbackEntry.received_at),
        (Complaint.stakeholder_id, Complaint.received_at),
        (Complaint.stakeholder_id, Complaint.resolved_at),
        (Complaint.stakeholder_id, Complaint.closed_at),
        (SurveyResponse.stakeholder_id, SurveyResponse.submitted_on),
    ):
        stmt = select(key, func.max(moment)).where(key.in_(wanted)).group_by(key)
        for person, value in session.execute(stmt):
            note(person, value)
    took_part = (
        select(activity_participant.c.stakeholder_id, func.max(Activity.occurred_at))
        .join(Activity, Activity.id == activity_participant.c.activity_id)
        .where(activity_participant.c.stakeholder_id.in_(wanted))
        .group_by(activity_participant.c.stakeholder_id)
    )
    for person, value in session.execute(took_part):
        note(person, value)
    return latest
