"""Who acts on a complaint case, and whether they may.

Who acts is the login name of the person at the PC (see ``services.complaints.queues``). A
confidential case is read and changed only by the officer it is assigned to, the database's
confidential-complaint officers and the people granted that case; every case action asks
``CaseAccess.writable`` for its case. Changes are written to the audit trail under that name.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vocdesk.db.models import AuditEntry, Complaint, ComplaintAccess, ComplaintOfficer
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.services.complaints.case_records import CONTEXT
from vocdesk.services.complaints.queues import is_confidential_officer
from vocdesk.services.database import Database


class CaseAccess:
    def __init__(
        self, db: Database, now: Callable[[], datetime], current_user: Callable[[], str]
    ) -> None:
        self._db = db
        self._now = now
        self._user = current_user

    def user(self) -> str:
        """The login name of the person acting."""
        return self._user()

    # --- who may read confidential cases ----------------------------------------------------
    def confidential_officers(self) -> list[str]:
        with self._db.session_scope() as session:
            return list(
                session.scalars(
                    select(ComplaintOfficer.user_name).order_by(ComplaintOfficer.user_name)
                )
            )

    def set_confidential_officers(self, names: Sequence[str]) -> None:
        wanted = {n.strip() for n in names if n.strip()}
        with self._db.session_scope() as session:
            session.execute(
                delete(ComplaintOfficer).where(ComplaintOfficer.user_name.not_in(wanted))
            )
            have = set(session.scalars(select(ComplaintOfficer.user_name)))
            session.add_all(ComplaintOfficer(user_name=n) for n in sorted(wanted - have))

    def grant_access(self, case_id: uuid.UUID, user_name: str) -> None:
        user_name = user_name.strip()
        if not user_name:
            return
        with self._db.session_scope() as session:
            case = self.writable(session, case_id)
            exists = session.scalar(select(ComplaintAccess.id).where(
                ComplaintAccess.complaint_id == case.id, ComplaintAccess.user_name == user_name))  # fmt: skip
            if exists is None:
                session.add(ComplaintAccess(complaint_id=case.id, user_name=user_name))

    def revoke_access(self, case_id: uuid.UUID, user_name: str) -> None:
        with self._db.session_scope() as session:
            case = self.writable(session, case_id)
            session.execute(delete(ComplaintAccess).where(
                ComplaintAccess.complaint_id == case.id, ComplaintAccess.user_name == user_name))  # fmt: skip

    # --- for the other case actions, inside their transaction ----------------------------------
    def can_read(self, session: Session, case: Complaint) -> bool:
        if not case.confidential:
            return True
        user = self._user()
        if not user:
            return False
        if case.assigned_to == user or is_confidential_officer(session, user):
            return True
        return session.scalar(select(ComplaintAccess.id).where(
            ComplaintAccess.complaint_id == case.id, ComplaintAccess.user_name == user)) is not None  # fmt: skip

    def writable(self, session: Session, case_id: uuid.UUID) -> Complaint:
        """The case, when the person acting may read and change it; raises ``UserError``."""
        case = session.get(Complaint, case_id)
        if case is None:
            raise case_gone()
        if not self.can_read(session, case):
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                             "Case {number} is confidential: only the officers allowed may open or change it."),
                             number=case.number)  # fmt: skip
        return case

    def audit(
        self, session: Session, case_id: uuid.UUID, action: AuditAction, changes: dict[str, Any]
    ) -> None:
        session.add(AuditEntry(at=self._now(), user=self._user(), action=action, entity="complaint",
                               entity_id=case_id, changes=changes))  # fmt: skip


def case_gone() -> UserError:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "The case no longer exists."))
