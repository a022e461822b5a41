"""Who acts on a complaint case, and whether they may.

Who acts is the signed-in person (``services.authorization.acting``), read when the action
runs. A confidential case is read and changed only by those the one reading rule allows
(``services.confidentiality``); every case action asks ``CaseAccess.writable`` for its
case. Working a case (moving it along, correcting it, attachments, follow-up, marking a
duplicate) is open to a person who may record (``Permission.RECORD``) on a case assigned to
them or to nobody yet (the shared in-tray); a case assigned to someone else needs a person who
manages cases (``Permission.MANAGE_CASES``: supervisors), as do assigning, closing, resolving,
rejecting, withdrawing, reopening, merging, removing attachments and the access list
(``CaseAccess.workable``). Changes are written to the audit trail under the person's login.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vocdesk.db.models import AuditEntry, Complaint, ComplaintAccess
from vocdesk.domain.accounts import Permission, Principal
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.services.authorization import acting, not_allowed
from vocdesk.services.complaints.case_records import CONTEXT
from vocdesk.services.confidentiality import may_read, not_readable
from vocdesk.services.database import Database


class CaseAccess:
    def __init__(self, db: Database, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now

    def principal(self) -> Principal:
        """The person acting now."""
        return acting(self._db)

    def user(self) -> str:
        """The login name of the person acting."""
        return self.principal().login

    # --- a confidential case's own access list ----------------------------------------------
    def grant_access(self, case_id: uuid.UUID, user_name: str) -> None:
        user_name = user_name.strip()
        if not user_name:
            return
        with self._db.session_scope() as session:
            case = self.managed(session, case_id)
            exists = session.scalar(select(ComplaintAccess.id).where(
                ComplaintAccess.complaint_id == case.id, ComplaintAccess.user_name == user_name))  # fmt: skip
            if exists is None:
                session.add(ComplaintAccess(complaint_id=case.id, user_name=user_name))
                self.audit(session, case.id, AuditAction.PERMISSION, {"access_added": user_name})

    def revoke_access(self, case_id: uuid.UUID, user_name: str) -> None:
        with self._db.session_scope() as session:
            case = self.managed(session, case_id)
            session.execute(delete(ComplaintAccess).where(
                ComplaintAccess.complaint_id == case.id, ComplaintAccess.user_name == user_name))  # fmt: skip
            self.audit(session, case.id, AuditAction.PERMISSION, {"access_removed": user_name})

    # --- for the other case actions, inside their transaction ----------------------------------
    def can_read(self, session: Session, case: Complaint) -> bool:
        return may_read(session, self.principal(), case)

    def writable(self, session: Session, case_id: uuid.UUID) -> Complaint:
        """The case, when the person acting may read and change it; raises ``UserError``."""
        case = session.get(Complaint, case_id)
        if case is None:
            raise case_gone()
        if not self.can_read(session, case):
            raise not_readable(case.number)
        return case

    def workable(self, session: Session, case_id: uuid.UUID) -> Complaint:
        """The case, when the person acting may work it: readable, and assigned to them or to
        nobody, unless they manage cases; raises ``UserError``."""
        case = self.writable(session, case_id)
        principal = self.principal()
        if case.assigned_to not in ("", principal.login) and not principal.may(
            Permission.MANAGE_CASES
        ):
            raise not_own_case(case.number, case.assigned_to)
        return case

    def managed(self, session: Session, case_id: uuid.UUID) -> Complaint:
        """The case, when the person acting manages cases and may read it; raises ``UserError``."""
        principal = self.principal()
        if not principal.may(Permission.MANAGE_CASES):
            raise not_allowed(principal, Permission.MANAGE_CASES)
        return self.writable(session, case_id)

    def audit(
        self, session: Session, case_id: uuid.UUID, action: AuditAction, changes: dict[str, Any]
    ) -> None:
        session.add(AuditEntry(at=self._now(), user=self.user(), action=action, entity="complaint",
                               entity_id=case_id, changes=changes))  # fmt: skip


def case_gone() -> UserError:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "The case no longer exists."))


def not_own_case(number: str, assignee: str) -> UserError:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                      "Case {number} is assigned to {assignee}: only they or a supervisor may work on it."),
                      number=number, assignee=assignee)  # fmt: skip
