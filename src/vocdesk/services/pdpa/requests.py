"""The data subject's requests (PDPA sections 30–36): logged, assigned, answered within
``REQUEST_DAYS`` calendar days, each step on the audit trail (entity "data_subject_request").

What an answer does besides closing the request:

- an objection or a restriction answered *done* marks the person ``restricted`` (kept, still
  counted in statistics, left out of processing: follow-up lists and contact exports);
  ``lift_restriction`` clears the mark when the ground has gone;
- a withdrawal of consent answered *done* withdraws the consents named, in the same
  transaction (``services.pdpa.consents.withdraw_consent``);
- an erasure answered *done* anonymises the person (``services.pdpa.anonymise``, which needs
  the erase permission and personal data) in the answer's transaction, so the request closes
  with it or not at all, and its own texts and audit entries are scrubbed with the rest;
- a correction is made through the stakeholder form, whose changes are audited already; access
  and portability through ``services.pdpa.access_export``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import AuditEntry, Channel, Stakeholder
from vocdesk.db.models.pdpa import DataSubjectRequest
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_today
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.pdpa.request_clock import DUE_SOON_DAYS, RequestClock, request_clock
from vocdesk.domain.pdpa.terms import ConsentPurpose, RequestKind, RequestStatus, request_due_on
from vocdesk.domain.tables import Named
from vocdesk.services.authorization import acting, require, requires
from vocdesk.services.catalogue_choices import active_channels
from vocdesk.services.database import Database, check_version
from vocdesk.services.pdpa.consents import drop_queued_calls, withdraw_consent
from vocdesk.services.pdpa.person_data import find_person

__all__ = [
    "PAGE_SIZE",
    "RESTRICTING_KINDS",
    "DataSubjectRequestsService",
    "RequestAnswer",
    "RequestDraft",
    "RequestFilter",
    "RequestRow",
]

CONTEXT = "DataSubjectRequests"
ENTITY = "data_subject_request"
PAGE_SIZE = 200
RESTRICTING_KINDS = frozenset({RequestKind.OBJECTION, RequestKind.RESTRICTION})
MAX_TEXT = 4000


@dataclass(frozen=True)
class RequestDraft:
    """A request as the officer logs it. ``person``: the stakeholder's id or national ID, or
    "" when the requester is not (yet) in the registry."""

    person: str
    kind: RequestKind
    received_on: date
    channel_id: uuid.UUID | None = None
    requester: str = ""
    details: str = ""


@dataclass(frozen=True)
class RequestAnswer:
    status: RequestStatus  # DONE or REFUSED
    outcome: str  # what was done, or the legal ground of a refusal
    closed_on: date | None = None  # today when None
    purposes: tuple[ConsentPurpose, ...] = ()  # a withdrawal of consent: which ones
    version: int | None = None  # the version the form read


@dataclass(frozen=True)
class RequestFilter:
    open_only: bool = False
    overdue_only: bool = False  # open and past the due day
    kind: RequestKind | None = None
    received_from: date | None = None
    received_to: date | None = None
    stakeholder_id: uuid.UUID | None = None


@dataclass(frozen=True)
class RequestRow:
    id: uuid.UUID
    stakeholder_id: uuid.UUID | None
    person_name: str
    kind: RequestKind
    received_on: date
    due_on: date
    channel: Named | None
    requester: str
    details: str
    officer: str
    status: RequestStatus
    outcome: str
    closed_on: date | None
    version: int
    clock: RequestClock
    restricted: bool = False  # the person is marked restricted now


class DataSubjectRequestsService:
    def __init__(self, db: Database, today: Callable[[], date] = thai_today) -> None:
        self._db = db
        self._today = today

    # --- reading ------------------------------------------------------------------------
    @requires(Permission.READ)
    def count(self, filt: RequestFilter = RequestFilter()) -> int:  # noqa: B008
        with self._db.session_scope() as session:
            stmt = self._filtered(select(func.count(DataSubjectRequest.id)), filt)
            return int(session.scalar(stmt) or 0)

    @requires(Permission.READ)
    def page(
        self,
        filt: RequestFilter = RequestFilter(),  # noqa: B008
        *,
        offset: int = 0,
        limit: int = PAGE_SIZE,
    ) -> list[RequestRow]:
        """One page of the requests, open ones by their due day first, then the newest."""
        stmt = self._filtered(self._rows(), filt).order_by(
            (DataSubjectRequest.status != RequestStatus.OPEN),
            DataSubjectRequest.due_on,
            DataSubjectRequest.received_on.desc(),
            DataSubjectRequest.id,
        )
        with self._db.session_scope() as session:
            rows = session.execute(stmt.offset(max(offset, 0)).limit(max(limit, 0))).all()
        today = self._today()
        return [self._row(row, today) for row in rows]

    @requires(Permission.READ)
    def get(self, request_id: uuid.UUID) -> RequestRow:
        stmt = self._rows().where(DataSubjectRequest.id == request_id)
        with self._db.session_scope() as session:
            row = session.execute(stmt).first()
        if row is None:
            raise _gone()
        return self._row(row, self._today())

    @requires(Permission.READ)
    def due_soon_count(self) -> int:
        """Open requests due within ``DUE_SOON_DAYS`` days or overdue (for a badge)."""
        limit = self._today().toordinal() + DUE_SOON_DAYS
        with self._db.session_scope() as session:
            stmt = select(DataSubjectRequest.due_on).where(
                DataSubjectRequest.status == RequestStatus.OPEN
            )
            return sum(1 for due in session.scalars(stmt) if due.toordinal() <= limit)

    @requires(Permission.READ)
    def channel_choices(self) -> list[tuple[uuid.UUID, Named]]:
        with self._db.session_scope() as session:
            return active_channels(session)

    # --- writing ------------------------------------------------------------------------
    @requires(Permission.RECORD)
    def log(self, draft: RequestDraft) -> uuid.UUID:
        """Log a request received on ``draft.received_on``; due ``REQUEST_DAYS`` days later."""
        today = self._today()
        if draft.received_on > today:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                "DataSubjectRequests", "A request cannot be received after today."))  # fmt: skip
        requester, details = _text(draft.requester, 300), _text(draft.details, MAX_TEXT)
        user = acting(self._db).login
        with self._db.session_scope() as session:
            person_id = find_person(session, draft.person).id if draft.person.strip() else None
            if person_id is None and not requester:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                    "DataSubjectRequests", "Say who made the request: choose the person, or type the requester's name."
                ))  # fmt: skip
            row = DataSubjectRequest(
                stakeholder_id=person_id, kind=draft.kind, received_on=draft.received_on,
                due_on=request_due_on(draft.received_on), channel_id=draft.channel_id,
                requester=requester, details=details, officer=user,
            )  # fmt: skip
            session.add(row)
            session.flush()
            _audit(session, user, AuditAction.CREATE, row.id, {
                "kind": draft.kind.value, "received_on": draft.received_on.isoformat(),
                "due_on": row.due_on.isoformat(),
                "stakeholder_id": str(person_id) if person_id else None,
            })  # fmt: skip
            return row.id

    @requires(Permission.RECORD)
    def assign(self, request_id: uuid.UUID, officer: str, version: int | None = None) -> None:
        """Hand the request to ``officer`` (a login) to answer."""
        officer = _text(officer, 200)
        user = acting(self._db).login
        with self._db.session_scope() as session:
            row = self._get(session, request_id)
            check_version(row, version)
            if row.officer == officer:
                return
            before, row.officer = row.officer, officer
            _audit(session, user, AuditAction.UPDATE, row.id, {"officer": [before, officer]})

    @requires(Permission.RECORD)
    def answer(self, request_id: uuid.UUID, answer: RequestAnswer) -> None:
        """Close the request with its outcome, doing what it asked (see the module's note)."""
        today = self._today()
        closed_on = answer.closed_on or today
        outcome = _text(answer.outcome, MAX_TEXT)
        if answer.status is RequestStatus.OPEN:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                "DataSubjectRequests", "An answer either does what was asked or refuses it."))  # fmt: skip
        if not outcome:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                "DataSubjectRequests", "Write the outcome: what was done, or the legal ground of the refusal."
            ))  # fmt: skip
        if closed_on > today:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                "DataSubjectRequests", "A request cannot be answered after today."))  # fmt: skip
        record = self.get(request_id)
        if record.status is not RequestStatus.OPEN:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                "DataSubjectRequests", "This request was answered already."))  # fmt: skip
        if answer.version is not None and record.version != answer.version:
            with self._db.session_scope() as session:
                check_version(self._get(session, request_id), answer.version)
        if closed_on < record.received_on:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                "DataSubjectRequests", "A request cannot be answered before it was received."))  # fmt: skip
        done = answer.status is RequestStatus.DONE
        needs_person = done and record.kind in (
            RESTRICTING_KINDS | {RequestKind.ERASURE, RequestKind.WITHDRAW_CONSENT}
        )
        if needs_person and record.stakeholder_id is None:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                "DataSubjectRequests", "Link the request to the person's record first: this answer changes their record."
            ))  # fmt: skip
        if done and record.kind is RequestKind.WITHDRAW_CONSENT and not answer.purposes:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                "DataSubjectRequests", "Choose the consents the person withdraws."))  # fmt: skip
        erasure = done and record.kind is RequestKind.ERASURE
        if erasure:
            require(self._db, Permission.ERASE)
            require(self._db, Permission.PERSONAL_DATA)
        user = acting(self._db).login
        with self._db.session_scope() as session:
            row = self._get(session, request_id)
            check_version(row, answer.version)
            changes: dict[str, Any] = {
                "status": [row.status.value, answer.status.value],
                "closed_on": closed_on.isoformat(),
                "outcome": outcome,
                "answered_late": closed_on > row.due_on,
            }
            if done and row.kind in RESTRICTING_KINDS:
                person = _person(session, row.stakeholder_id)
                if not person.restricted:
                    person.restricted, person.restricted_on = True, closed_on
                    dropped = drop_queued_calls(session, person.id)
                    _audit_person(session, user, person.id, {
                        "restricted": [False, True], "queued_calls_dropped": dropped})  # fmt: skip
                changes["restricted"] = True
            if done and row.kind is RequestKind.WITHDRAW_CONSENT:
                _withdraw(session, _person(session, row.stakeholder_id), answer.purposes,
                          closed_on, user, today, row.channel_id)  # fmt: skip
                changes["withdrawn"] = [purpose.value for purpose in answer.purposes]
            row.status, row.outcome, row.closed_on = answer.status, outcome, closed_on
            if not row.officer:
                row.officer = user
            _audit(session, user, AuditAction.UPDATE, row.id, changes)
            if erasure:
                # In the answer's transaction and after it: the request's details and outcome
                # and this answer's audit entry are scrubbed of the person with the rest, and
                # the request cannot stay open over a person already anonymised.
                _anonymise_person(session, _person(session, row.stakeholder_id), user)
        if erasure:
            _forget_erased(self._db)

    @requires(Permission.RECORD)
    def link_person(self, request_id: uuid.UUID, person: str, version: int | None = None) -> None:
        """Link a request logged without a record to the person (id or national ID)."""
        user = acting(self._db).login
        with self._db.session_scope() as session:
            row = self._get(session, request_id)
            check_version(row, version)
            found = find_person(session, person)
            before, row.stakeholder_id = row.stakeholder_id, found.id
            _audit(session, user, AuditAction.UPDATE, row.id, {
                "stakeholder_id": [str(before) if before else None, str(found.id)]})  # fmt: skip

    @requires(Permission.RECORD)
    def lift_restriction(self, stakeholder_id: uuid.UUID) -> None:
        """Clear the person's restricted mark (the objection was withdrawn or its ground went)."""
        user = acting(self._db).login
        with self._db.session_scope() as session:
            person = _person(session, stakeholder_id)
            if not person.restricted:
                return
            person.restricted, person.restricted_on = False, None
            _audit_person(session, user, person.id, {"restricted": [True, False]})

    # --- helpers --------------------------------------------------------------------------
    @staticmethod
    def _rows() -> Select[*tuple[Any, ...]]:
        return (
            select(
                DataSubjectRequest,
                Stakeholder.name,
                Stakeholder.restricted,
                Channel.name_th,
                Channel.name_en,
            )  # fmt: skip
            .outerjoin(Stakeholder, Stakeholder.id == DataSubjectRequest.stakeholder_id)
            .outerjoin(Channel, Channel.id == DataSubjectRequest.channel_id)
        )

    def _filtered(
        self, stmt: Select[*tuple[Any, ...]], filt: RequestFilter
    ) -> Select[*tuple[Any, ...]]:
        r = DataSubjectRequest
        if filt.open_only or filt.overdue_only:
            stmt = stmt.where(r.status == RequestStatus.OPEN)
        if filt.overdue_only:
            stmt = stmt.where(r.due_on < self._today())
        if filt.kind is not None:
            stmt = stmt.where(r.kind == filt.kind)
        if filt.received_from is not None:
            stmt = stmt.where(r.received_on >= filt.received_from)
        if filt.received_to is not None:
            stmt = stmt.where(r.received_on <= filt.received_to)
        if filt.stakeholder_id is not None:
            stmt = stmt.where(r.stakeholder_id == filt.stakeholder_id)
        return stmt

    @staticmethod
    def _row(row: Any, today: date) -> RequestRow:
        request: DataSubjectRequest = row[0]
        channel = Named(row.name_th, row.name_en) if row.name_th is not None else None
        return RequestRow(
            id=request.id, stakeholder_id=request.stakeholder_id, person_name=row.name or "",
            kind=request.kind, received_on=request.received_on, due_on=request.due_on,
            channel=channel, requester=request.requester, details=request.details,
            officer=request.officer, status=request.status, outcome=request.outcome,
            closed_on=request.closed_on, version=request.version,
            clock=request_clock(request.due_on, request.closed_on, today),
            restricted=bool(row.restricted),
        )  # fmt: skip

    @staticmethod
    def _get(session: Session, request_id: uuid.UUID) -> DataSubjectRequest:
        row = session.get(DataSubjectRequest, request_id)
        if row is None:
            raise _gone()
        return row


def _anonymise_person(session: Session, person: Stakeholder, user: str) -> None:
    """Anonymise the person through ``services.pdpa.anonymise`` in ``session`` (its checks and
    audit entry); a person anonymised already (by ``vocdesk pdpa anonymise``, say) is left as is."""
    from vocdesk.services.pdpa.anonymise import anonymise_person, secure_delete

    if person.anonymised_at is not None:
        return
    session.flush()
    secure_delete(session)
    anonymise_person(session, person.id, user=user, now=utc_now())


def _forget_erased(db: Database) -> None:
    """After the erasure's commit: no trace left in the live file (``anonymise.forget_erased``)."""
    from vocdesk.services.pdpa.anonymise import forget_erased

    forget_erased(db)


def _withdraw(
    session: Session,
    person: Stakeholder,
    purposes: tuple[ConsentPurpose, ...],
    on: date,
    user: str,
    today: date,
    channel_id: uuid.UUID | None,
) -> None:
    for purpose in purposes:
        withdraw_consent(session, person, purpose, on, user, today=today, channel_id=channel_id,
                         note="")  # fmt: skip


def _person(session: Session, stakeholder_id: uuid.UUID | None) -> Stakeholder:
    person = session.get(Stakeholder, stakeholder_id) if stakeholder_id else None
    if person is None:
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
            "DataSubjectRequests", "The person no longer exists; it may have been merged or deleted."
        ))  # fmt: skip
    return person


def _gone() -> Exception:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP(
        "DataSubjectRequests", "The request no longer exists."))  # fmt: skip


def _text(value: str, limit: int) -> str:
    text = value.strip()
    if len(text) > limit:
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
            "DataSubjectRequests", "A text is too long: at most {limit} characters."), limit=limit)  # fmt: skip
    return text


def _audit(
    session: Session, user: str, action: AuditAction, entity_id: uuid.UUID, changes: dict[str, Any]
) -> None:
    session.add(AuditEntry(at=utc_now(), user=user, action=action, entity=ENTITY,
                           entity_id=entity_id, changes=changes))  # fmt: skip


def _audit_person(
    session: Session, user: str, stakeholder_id: uuid.UUID, changes: dict[str, Any]
) -> None:
    session.add(AuditEntry(at=utc_now(), user=user, action=AuditAction.UPDATE,
                           entity="stakeholder", entity_id=stakeholder_id, changes=changes))  # fmt: skip
