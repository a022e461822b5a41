"""The one rule for reading a confidential complaint case, written once (issue 16).

A case's protected fields (its subject, details, complainant and contact, resolution,
corrective action, follow-up comment, history notes, attachments) reach a person only when
the case is not confidential, or the person:

- holds the granted permission to read confidential complaints (``Permission.CONFIDENTIAL``,
  given by an administrator in the Users dialog), or
- is the officer the case is assigned to (``Complaint.assigned_to`` is their login), or
- is on the case's own access list (``ComplaintAccess``).

Who the person is comes from ``services.authorization.acting`` (the signed-in account), read at
the moment of the call. The rule comes in two forms that must agree: ``readable_condition`` is
the SQL condition lists, searches and counts filter by, and ``may_read`` the Python check of one
case. Every service that hands out complaint text asks one of them
(tests/services/test_confidential_rule_everywhere.py walks them all).

Before accounts, a per-database list of confidential-complaint officers (the ``complaint_officer``
table) named who read every case; migration 0014 copied those names into the accounts'
``may_read_confidential`` grant. The table stays in the schema for older files and is no longer
read.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, exists, or_, select, true
from sqlalchemy.orm import Session

from vocdesk.db.models import Complaint, ComplaintAccess
from vocdesk.domain.accounts import Permission, Principal
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.services.authorization import acting
from vocdesk.services.database import Database

__all__ = [
    "may_read",
    "may_read_all",
    "not_readable",
    "readable_condition",
    "reader",
]

CONTEXT = "ComplaintCases"


def reader(db: Database) -> Principal:
    """The person reading ``db`` now (``services.authorization.acting``)."""
    return acting(db)


def may_read_all(principal: Principal) -> bool:
    """Whether ``principal`` reads every confidential case (the granted permission)."""
    return principal.may(Permission.CONFIDENTIAL)


def readable_condition(principal: Principal) -> ColumnElement[bool]:
    """The cases ``principal`` may read in full, as an SQL condition on ``Complaint``."""
    if may_read_all(principal):
        return true()
    login = principal.login
    if not login:
        return Complaint.confidential.is_(False)
    listed = exists().where(
        ComplaintAccess.complaint_id == Complaint.id, ComplaintAccess.user_name == login
    )
    return or_(Complaint.confidential.is_(False), Complaint.assigned_to == login, listed)


def may_read(session: Session, principal: Principal, case: Complaint) -> bool:
    """Whether ``principal`` may read ``case``'s protected fields (the same rule as
    ``readable_condition``, for one case already loaded)."""
    if not case.confidential or may_read_all(principal):
        return True
    login = principal.login
    if not login:
        return False
    if case.assigned_to == login:
        return True
    listed = session.scalar(
        select(ComplaintAccess.id).where(
            ComplaintAccess.complaint_id == case.id, ComplaintAccess.user_name == login
        )
    )
    return listed is not None


def not_readable(number: str) -> UserError:
    """The refusal of an action on a confidential case the person may not read."""
    return user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                      "Case {number} is confidential: only the officers allowed may open or change it."),
                      number=number)  # fmt: skip
