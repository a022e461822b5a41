"""The one gate every service entry point goes through: who acts, and may they.

A service method declares the permission it needs with ``@requires(Permission.X)`` (or
``@open_to_anyone_signed_in`` for what any signed-in person may do, such as changing their own
password); the decorator asks ``acting(self._db)`` and raises a ``UserError`` before the method
runs. The window, the command line and any later server reach the data only through services, so
they all meet the same gate; the window hides what would be refused, but that is a courtesy.

Who acts is the person signed in on the ``Database`` (``db.actor``, set by
``services.accounts``). A database that has no administrator yet (made before accounts existed,
or created by an import on the command line) is acted on by a *setting-up* principal named after
the operating-system login: it may administer, so that the first administrator can be made, but
holds no grant, so confidential cases and unmasked personal data stay closed (see
``domain.accounts.Principal``). Once an administrator exists, nobody acts without signing in.
"""

from __future__ import annotations

import functools
import getpass
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from sqlalchemy import exists, select

from vocdesk.db.models import UserAccount
from vocdesk.domain.accounts import Permission, Principal, Role, setting_up_principal
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.services.database import Database

__all__ = [
    "GATE_ATTRIBUTE",
    "acting",
    "has_administrator",
    "may",
    "not_allowed",
    "open_to_anyone_signed_in",
    "require",
    "requires",
]

CONTEXT = "Authorization"
# The permission a gated method needs, kept on the function for tests that walk every service.
GATE_ATTRIBUTE = "__vocdesk_permission__"
ANYONE = "anyone signed in"


def has_administrator(db: Database) -> bool:
    """Whether an active administrator who can sign in exists on this database."""
    with db.session_scope() as session:
        return bool(session.scalar(select(exists().where(
            UserAccount.role == Role.ADMINISTRATOR, UserAccount.active.is_(True),
            UserAccount.password_hash != ""))))  # fmt: skip


def acting(db: Database) -> Principal:
    """The person acting on ``db``; raises ``UserError`` when nobody is signed in."""
    if db.actor is not None:
        return db.actor
    if db.setting_up_as is None and not has_administrator(db):
        db.setting_up_as = setting_up_principal(_os_login())
    if db.setting_up_as is not None:
        return db.setting_up_as
    raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Authorization",
                     "Nobody is signed in. Sign in to work with this database."))  # fmt: skip


def may(db: Database, permission: Permission) -> bool:
    """Whether the person acting may ``permission`` (False when nobody is signed in)."""
    try:
        return acting(db).may(permission)
    except UserError:
        return False


def require(db: Database, permission: Permission) -> Principal:
    """The person acting, when they may ``permission``; raises ``UserError`` otherwise."""
    principal = acting(db)
    if not principal.may(permission):
        raise not_allowed(principal, permission)
    return principal


def not_allowed(principal: Principal, permission: Permission) -> UserError:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP("Authorization",
                      "{user} may not do this: it needs the permission “{permission}”, which the "
                      "role or grants of this account do not give. An administrator can change "
                      "that under Users and roles."),
                      user=principal.shown_name, permission=permission_name(permission))  # fmt: skip


def permission_name(permission: Permission) -> str:
    """The permission as named in docs/permissions.md and the Users dialog (English; the UI
    translates it with ``ui.labels``)."""
    return _PERMISSION_NAMES[permission]


_PERMISSION_NAMES = {
    Permission.READ: QT_TRANSLATE_NOOP("Authorization", "read records"),
    Permission.RECORD: QT_TRANSLATE_NOOP("Authorization", "record and work own cases"),
    Permission.MANAGE_CASES: QT_TRANSLATE_NOOP("Authorization", "assign, close and delete"),
    Permission.REPORTS: QT_TRANSLATE_NOOP("Authorization", "print reports"),
    Permission.IMPORT: QT_TRANSLATE_NOOP("Authorization", "import files"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("Authorization", "export files"),
    Permission.MANAGE_CATALOGUES: QT_TRANSLATE_NOOP(
        "Authorization", "manage catalogues and settings"
    ),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Authorization", "manage users"),
    Permission.MANAGE_BACKUPS: QT_TRANSLATE_NOOP("Authorization", "restore backups"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Authorization", "view the audit trail"),
    Permission.ERASE: QT_TRANSLATE_NOOP("Authorization", "erase personal data"),
    Permission.CONFIDENTIAL: QT_TRANSLATE_NOOP("Authorization", "confidential complaints"),
    Permission.PERSONAL_DATA: QT_TRANSLATE_NOOP("Authorization", "personal data"),
}


class _HasDatabase(Protocol):
    _db: Database


S = TypeVar("S", bound=_HasDatabase)
P = ParamSpec("P")
R = TypeVar("R")


def requires(
    permission: Permission,
) -> Callable[[Callable[Concatenate[S, P], R]], Callable[Concatenate[S, P], R]]:
    """Gate a service method (of a class holding its ``Database`` as ``self._db``)."""

    def gate(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
        @functools.wraps(method)
        def gated(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
            require(self._db, permission)
            return method(self, *args, **kwargs)

        setattr(gated, GATE_ATTRIBUTE, permission)
        return gated

    return gate


def open_to_anyone_signed_in(
    method: Callable[Concatenate[S, P], R],
) -> Callable[Concatenate[S, P], R]:
    """Gate a service method that any signed-in person may call (their own password, who
    they are); still refused when nobody is signed in."""

    @functools.wraps(method)
    def gated(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        acting(self._db)
        return method(self, *args, **kwargs)

    setattr(gated, GATE_ATTRIBUTE, ANYONE)
    return gated


def gate_of(function: Any) -> Permission | str | None:
    """The permission a service method is gated by (``ANYONE`` for ``open_to_anyone_signed_in``),
    None when it is not gated."""
    return getattr(function, GATE_ATTRIBUTE, None)


def _os_login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in a stripped-down environment
        return ""
