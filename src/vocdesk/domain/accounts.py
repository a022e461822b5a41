"""Who may do what: roles, permissions, and the person acting.

Every service entry point names the permission it needs (``services.authorization``); the
window and the command line only decide who signs in. The matrix below is the one documented in
docs/permissions.md (a test keeps the two the same). Two permissions are never given by a role
alone but granted to a person: reading confidential complaints, and reading and exporting
personal data unmasked; an administrator grants them, and the grant is audited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    STAFF = "staff"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


class Permission(StrEnum):
    READ = "read"  # see the records: registry, feedback, cases, surveys, timeline, overview
    RECORD = "record"  # add and change records; register complaints and work one's own cases
    MANAGE_CASES = "manage_cases"  # assign, close, reopen and escalate any case; delete records
    REPORTS = "reports"  # print reports
    IMPORT = "import"  # bring records in from files
    EXPORT = "export"  # write records out to files
    MANAGE_CATALOGUES = "manage_catalogues"  # channels, categories, segments, standards, holidays, settings, survey design
    MANAGE_USERS = "manage_users"  # accounts, roles, grants, tokens
    MANAGE_BACKUPS = "manage_backups"  # restore a backup over the working file
    VIEW_AUDIT = "view_audit"  # browse and export the audit trail
    # Anonymise or delete a person's data on request or at the end of its retention period
    # (issue 19); the services also ask for PERSONAL_DATA, so it takes the grant too.
    ERASE = "erase"
    CONFIDENTIAL = "confidential"  # read and work confidential complaints (granted)
    PERSONAL_DATA = (
        "personal_data"  # national IDs, phones, addresses unmasked in exports and reports (granted)
    )


# Granted to a person by an administrator, never carried by a role alone.
GRANTED_PERMISSIONS = frozenset({Permission.CONFIDENTIAL, Permission.PERSONAL_DATA})

_STAFF = frozenset({Permission.READ, Permission.RECORD})
_SUPERVISOR = _STAFF | {
    Permission.MANAGE_CASES,
    Permission.REPORTS,
    Permission.IMPORT,
    Permission.EXPORT,
}
_ADMINISTRATOR = _SUPERVISOR | {
    Permission.MANAGE_CATALOGUES,
    Permission.MANAGE_USERS,
    Permission.MANAGE_BACKUPS,
    Permission.VIEW_AUDIT,
    Permission.ERASE,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.STAFF: _STAFF,
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMINISTRATOR: frozenset(_ADMINISTRATOR),
}

# Sign-in: this many wrong passwords in a row lock the account for LOCKOUT_MINUTES.
MAX_FAILED_SIGN_INS = 5
LOCKOUT_MINUTES = 15
MIN_PASSWORD_LENGTH = 10


@dataclass(frozen=True)
class Principal:
    """The person acting on an open database: their account, role and granted permissions.

    ``setting_up`` marks the one principal of a database that has no administrator yet (made
    before accounts existed, or by an import on the command line): it administers, so the first
    administrator can be made, and reads personal data (whoever has such a file has that data
    already), but is not granted confidential cases: their readers were named before accounts
    existed, and stay closed to anyone else."""

    login: str
    role: Role
    grants: frozenset[Permission] = field(default_factory=frozenset)
    account_id: uuid.UUID | None = None
    display_name: str = ""
    setting_up: bool = False

    @property
    def permissions(self) -> frozenset[Permission]:
        return ROLE_PERMISSIONS[self.role] | (self.grants & GRANTED_PERMISSIONS)

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions

    @property
    def shown_name(self) -> str:
        return self.display_name or self.login


def setting_up_principal(login: str) -> Principal:
    """Who acts on a database with no administrator yet (see ``Principal``)."""
    return Principal(
        login=login,
        role=Role.ADMINISTRATOR,
        grants=frozenset({Permission.PERSONAL_DATA}),
        setting_up=True,
    )


def password_problem(password: str) -> str | None:
    """Why ``password`` is too weak, as an English key the services translate; None when fine.

    Length is what counts (NIST SP 800-63B): at least MIN_PASSWORD_LENGTH characters, not all
    one character. No rules on character classes, which push people to predictable patterns."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "short"
    if len(set(password)) < 3:
        return "repetitive"
    return None


def normalized_login(login: str) -> str:
    """A sign-in name as kept: without surrounding spaces. Case is kept and counts, as in the
    operating-system login names cases were assigned by before accounts (migration 0014)."""
    return login.strip()
