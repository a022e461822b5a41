"""The demonstration database's accounts (``vocdesk demo`` only): its administrator, one account
per officer the demo cases are assigned to, and the administrator's token for scripts.

Every demo account has the password ``DEMO_PASSWORD``, printed by ``vocdesk demo``: demonstration
data only, never a real database. The in-process generator (``generate_demo``, used by tests,
screenshots and benchmarks) makes no accounts, so its databases keep their setting-up principal.
"""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy import select

from vocdesk.db.base import utc_now
from vocdesk.db.models import AuditEntry, Complaint, ComplaintOfficer, UserAccount
from vocdesk.domain.accounts import Role, normalized_login
from vocdesk.domain.enums import AuditAction
from vocdesk.services.accounts import AccountsService
from vocdesk.services.database import Database

__all__ = ["ADMINISTRATOR_LOGIN", "DEMO_PASSWORD", "DemoAccounts", "create_demo_accounts"]

ADMINISTRATOR_LOGIN = "admin"
ADMINISTRATOR_NAME = "ผู้ดูแลระบบ (ข้อมูลตัวอย่าง)"
DEMO_PASSWORD = "vocdesk-demo"  # demonstration data only: printed by ``vocdesk demo``
SUPERVISORS = 2  # the first officers by name are supervisors, the rest staff
TOKEN_LABEL = "vocdesk demo"


@dataclass(frozen=True)
class DemoAccounts:
    administrator: str
    supervisors: tuple[str, ...]
    staff: tuple[str, ...]
    confidential: tuple[str, ...]  # officers granted the confidential-complaints permission
    password: str
    token: str  # the administrator's, for scripts (``vocdesk demo`` writes it beside the file)


def create_demo_accounts(db: Database) -> DemoAccounts:
    """Make the demo database's administrator (both grants) and an account for each officer
    its cases are assigned to (login = the name the cases carry, so each keeps their cases):
    the first two by name supervisors (granted personal data, so that they can export the
    cases), the rest staff; the database's confidential-complaint officers are granted
    confidential cases. Signs in as the administrator and issues their
    token. Refused (``UserError``) when the database already has an administrator."""
    accounts = AccountsService(db)
    accounts.create_first_administrator(ADMINISTRATOR_LOGIN, DEMO_PASSWORD, ADMINISTRATOR_NAME)
    # One hash for all: the same demonstration password, and 30 Argon2 hashes would take seconds.
    password_hash = PasswordHasher().hash(DEMO_PASSWORD)
    now = utc_now()
    with db.session_scope() as session:
        assigned = session.scalars(select(Complaint.assigned_to).distinct())
        officers = sorted({normalized_login(name) for name in assigned if name and name.strip()})
        known = set(session.scalars(select(UserAccount.login)))
        officers = [name for name in officers if name not in known]
        confidential_names = {normalized_login(n) for n in session.scalars(
            select(ComplaintOfficer.user_name))}  # fmt: skip
        supervisors, staff = officers[:SUPERVISORS], officers[SUPERVISORS:]
        for name in officers:
            role = Role.SUPERVISOR if name in supervisors else Role.STAFF
            confidential = name in confidential_names
            account = UserAccount(login=name, display_name=name, password_hash=password_hash,
                                  role=role, may_read_confidential=confidential,
                                  may_read_personal_data=role is Role.SUPERVISOR,
                                  must_change_password=False)  # fmt: skip
            session.add(account)
            session.flush()
            session.add(AuditEntry(at=now, user=ADMINISTRATOR_LOGIN, action=AuditAction.CREATE,
                                   entity="user_account", entity_id=account.id,
                                   changes={"login": [None, name], "role": [None, role.value],
                                            "may_read_confidential": [None, confidential],
                                            "may_read_personal_data": [None, role is Role.SUPERVISOR]}))  # fmt: skip
    token = accounts.issue_token(ADMINISTRATOR_LOGIN, TOKEN_LABEL)
    return DemoAccounts(
        administrator=ADMINISTRATOR_LOGIN,
        supervisors=tuple(supervisors),
        staff=tuple(staff),
        confidential=tuple(sorted(n for n in officers if n in confidential_names)),
        password=DEMO_PASSWORD,
        token=token,
    )
