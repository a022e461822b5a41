"""Accounts: the first administrator, signing in and out, passwords, roles, grants and tokens.

Passwords are hashed with Argon2id (``argon2-cffi``'s defaults, RFC 9106's second
recommendation); a password is never kept, logged or audited, only that it was set. After
``MAX_FAILED_SIGN_INS`` wrong passwords in a row an account is locked for ``LOCKOUT_MINUTES``;
an administrator can unlock it. Scripts sign in with a token an administrator issued: 32 random
bytes shown once, kept only as their SHA-256, revocable, acting with the account's role.

Signing in sets ``db.actor``, the principal every service asks for (``services.authorization``).
Every sign-in, failed sign-in, sign-out, password change and change of role, grant or state is
written to the audit trail under entity ``user_account``.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import AccessToken, AuditEntry, UserAccount
from vocdesk.domain.accounts import (
    LOCKOUT_MINUTES,
    MAX_FAILED_SIGN_INS,
    MIN_PASSWORD_LENGTH,
    Permission,
    Principal,
    Role,
    normalized_login,
    password_problem,
)
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.services.authorization import (
    acting,
    has_administrator,
    open_to_anyone_signed_in,
    requires,
)
from vocdesk.services.database import Database

__all__ = [
    "TOKEN_PREFIX",
    "AccountRow",
    "AccountsService",
    "SignedIn",
    "TokenRow",
    "principal_of",
]

CONTEXT = "Accounts"
TOKEN_PREFIX = "vdt_"  # so a token pasted in the wrong place is recognisable (and greppable)
NO_ACCOUNT = uuid.UUID(int=0)  # audit entity id of a failed sign-in under an unknown name

_hasher = PasswordHasher()
# Verified against when the name is unknown, so a wrong name takes as long as a wrong password.
# A fixed hash (of a random secret nobody kept) with the hasher's parameters: hashing one at
# import cost every start of the program an Argon2id hash (64 MiB, ~0.1-0.3 s of CPU).
# tests/services/test_accounts_dummy_hash.py checks it still has the hasher's parameters.
_DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$8ZWIFRbObegG56LSb59Hmg$m8Z0sdx36/36Zo5nMLkU6wN3HOD7t2p/Qoc9TxOZsos"


@dataclass(frozen=True)
class SignedIn:
    principal: Principal
    must_change_password: bool  # set by an administrator's reset: the window asks for a new one


@dataclass(frozen=True)
class AccountRow:
    id: uuid.UUID
    login: str
    display_name: str
    role: Role
    may_read_confidential: bool
    may_read_personal_data: bool
    active: bool
    has_password: bool
    must_change_password: bool
    locked_until: datetime | None
    last_sign_in_at: datetime | None


@dataclass(frozen=True)
class TokenRow:
    id: uuid.UUID
    login: str
    label: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


def principal_of(account: UserAccount) -> Principal:
    grants = set()
    if account.may_read_confidential:
        grants.add(Permission.CONFIDENTIAL)
    if account.may_read_personal_data:
        grants.add(Permission.PERSONAL_DATA)
    return Principal(login=account.login, role=account.role, grants=frozenset(grants),
                     account_id=account.id, display_name=account.display_name)  # fmt: skip


class AccountsService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._now = now

    # --- the first administrator ------------------------------------------------------------
    def needs_first_administrator(self) -> bool:
        """Whether this database has no administrator who can sign in yet."""
        return not has_administrator(self._db)

    def create_first_administrator(
        self, login: str, password: str, display_name: str = ""
    ) -> SignedIn:
        """Make the database's first administrator and sign in as them. Refused once one
        exists. A name carried over from before accounts (migration 0014) becomes that account."""
        login = _checked_login(login)
        _check_password(password)
        with self._db.session_scope() as session:
            if has_administrator_in(session):
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts",
                                 "This database already has an administrator: sign in."))  # fmt: skip
            account = _account_named(session, login)
            if account is None:
                account = UserAccount(login=login)
                session.add(account)
            account.display_name = display_name.strip() or account.display_name or login
            account.role = Role.ADMINISTRATOR
            # The agency's first user sees what they set up; they may hand the grants on later.
            account.may_read_confidential = True
            account.may_read_personal_data = True
            account.password_hash = _hasher.hash(password)
            account.active = True
            account.must_change_password = False
            account.failed_sign_ins = 0
            account.locked_until = None
            account.last_sign_in_at = self._now()
            session.flush()
            self._audit(session, login, AuditAction.PERMISSION, account.id,
                        {"role": [None, Role.ADMINISTRATOR.value], "first_administrator": True,
                         "may_read_confidential": [None, True],
                         "may_read_personal_data": [None, True]})  # fmt: skip
            self._audit(session, login, AuditAction.SIGN_IN, account.id, {})
            principal = principal_of(account)
        self._signed_in(principal)
        return SignedIn(principal, must_change_password=False)

    # --- signing in and out -----------------------------------------------------------------
    def sign_in(self, login: str, password: str) -> SignedIn:
        """Sign in with a password; raises ``UserError`` for a wrong name or password (one
        message for both), a locked, disabled or password-less account."""
        login = normalized_login(login)
        failure: UserError | None = None
        signed_in: SignedIn | None = None
        with self._db.session_scope() as session:
            account = _account_named(session, login)
            now = self._now()
            if account is None:
                _verify(_DUMMY_HASH, password)
                self._audit(session, login, AuditAction.SIGN_IN_FAILED, NO_ACCOUNT,
                            {"reason": "unknown name"})  # fmt: skip
                failure = _wrong_name_or_password()
            elif account.locked_until is not None and account.locked_until > now:
                failure = _locked(account.locked_until)
            elif not account.active:
                failure = user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts",
                                     "The account {login} is disabled. Ask an administrator."),
                                     login=account.login)  # fmt: skip
            elif not account.password_hash:
                failure = user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts",
                                     "The account {login} has no password yet. Ask an administrator "
                                     "to set one (Users and roles, Reset password)."),
                                     login=account.login)  # fmt: skip
            elif not _verify(account.password_hash, password):
                account.failed_sign_ins += 1
                reason: dict[str, Any] = {"failed_sign_ins": account.failed_sign_ins}
                failure = _wrong_name_or_password()
                if account.failed_sign_ins >= MAX_FAILED_SIGN_INS:
                    account.locked_until = now + timedelta(minutes=LOCKOUT_MINUTES)
                    account.failed_sign_ins = 0
                    reason["locked_until"] = account.locked_until.isoformat()
                    failure = _locked(account.locked_until)
                self._audit(session, account.login, AuditAction.SIGN_IN_FAILED, account.id, reason)
            else:
                if _hasher.check_needs_rehash(account.password_hash):
                    account.password_hash = _hasher.hash(password)
                account.failed_sign_ins = 0
                account.locked_until = None
                account.last_sign_in_at = now
                self._audit(session, account.login, AuditAction.SIGN_IN, account.id, {})
                signed_in = SignedIn(principal_of(account), account.must_change_password)
        if failure is not None or signed_in is None:  # after the commit: failures must count
            raise failure or _wrong_name_or_password()
        self._signed_in(signed_in.principal)
        return signed_in

    def sign_in_with_token(self, token: str) -> SignedIn:
        """Sign in with a token an administrator issued (``issue_token``)."""
        digest = _token_digest(token)
        with self._db.session_scope() as session:
            row = session.scalar(select(AccessToken).where(AccessToken.token_hash == digest))
            account = session.get(UserAccount, row.account_id) if row is not None else None
            if row is None or account is None or row.revoked_at is not None:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts",
                                 "The access token is not valid for this database (unknown or "
                                 "revoked). Ask an administrator for a new one."))  # fmt: skip
            if not account.active:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts",
                                 "The account {login} is disabled. Ask an administrator."),
                                 login=account.login)  # fmt: skip
            row.last_used_at = self._now()
            self._audit(session, account.login, AuditAction.SIGN_IN, account.id,
                        {"with": "token", "token": str(row.id)})  # fmt: skip
            principal = principal_of(account)
        self._signed_in(principal)
        return SignedIn(principal, must_change_password=False)

    def sign_out(self) -> None:
        principal = self._db.actor
        if principal is None:
            return
        if principal.account_id is not None:
            with self._db.session_scope() as session:
                self._audit(
                    session, principal.login, AuditAction.SIGN_OUT, principal.account_id, {}
                )
        self._db.actor = None

    # --- one's own account ------------------------------------------------------------------
    @open_to_anyone_signed_in
    def change_password(self, current: str, new: str) -> None:
        principal = acting(self._db)
        _check_password(new)
        with self._db.session_scope() as session:
            account = _account_named(session, principal.login)
            if account is None or not _verify(account.password_hash, current):
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts",
                                 "The current password is not right."))  # fmt: skip
            if _verify(account.password_hash, new):
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts",
                                 "The new password must differ from the current one."))  # fmt: skip
            account.password_hash = _hasher.hash(new)
            account.must_change_password = False
            self._audit(session, principal.login, AuditAction.PASSWORD, account.id, {"by": "self"})

    # --- administration ---------------------------------------------------------------------
    @requires(Permission.MANAGE_USERS)
    def accounts(self) -> list[AccountRow]:
        with self._db.session_scope() as session:
            rows = session.scalars(select(UserAccount).order_by(UserAccount.login))
            return [_row(a) for a in rows]

    @requires(Permission.MANAGE_USERS)
    def add_account(
        self,
        login: str,
        password: str,
        role: Role = Role.STAFF,
        display_name: str = "",
        *,
        may_read_confidential: bool = False,
        may_read_personal_data: bool = False,
    ) -> AccountRow:
        login = _checked_login(login)
        _check_password(password)
        with self._db.session_scope() as session:
            if _account_named(session, login) is not None:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts",
                                 "There is already an account named {login}."), login=login)  # fmt: skip
            account = UserAccount(login=login, display_name=display_name.strip() or login,
                                  password_hash=_hasher.hash(password), role=role,
                                  may_read_confidential=may_read_confidential,
                                  may_read_personal_data=may_read_personal_data,
                                  must_change_password=True)  # fmt: skip
            session.add(account)
            session.flush()
            self._audit(session, self._actor_login(), AuditAction.CREATE, account.id,
                        {"login": [None, login], "role": [None, role.value],
                         "may_read_confidential": [None, may_read_confidential],
                         "may_read_personal_data": [None, may_read_personal_data]})  # fmt: skip
            return _row(account)

    @requires(Permission.MANAGE_USERS)
    def update_account(
        self,
        account_id: uuid.UUID,
        *,
        display_name: str | None = None,
        role: Role | None = None,
        may_read_confidential: bool | None = None,
        may_read_personal_data: bool | None = None,
        active: bool | None = None,
    ) -> AccountRow:
        """Change an account's name, role, grants or whether it may sign in (audited, before
        and after). The last active administrator cannot be demoted or disabled."""
        wanted = {"display_name": display_name, "role": role,
                  "may_read_confidential": may_read_confidential,
                  "may_read_personal_data": may_read_personal_data, "active": active}  # fmt: skip
        with self._db.session_scope() as session:
            account = self._account(session, account_id)
            changes: dict[str, list[Any]] = {}
            for name, value in wanted.items():
                if value is None or getattr(account, name) == value:
                    continue
                before = getattr(account, name)
                changes[name] = [_plain(before), _plain(value)]
                setattr(account, name, value)
            if not changes:
                return _row(account)
            session.flush()
            if not has_administrator_in(session):
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts",
                                 "The database must keep at least one active administrator who "
                                 "can sign in."))  # fmt: skip
            self._audit(session, self._actor_login(), AuditAction.PERMISSION, account.id, changes)
            return _row(account)

    @requires(Permission.MANAGE_USERS)
    def reset_password(self, account_id: uuid.UUID, new_password: str) -> None:
        """Set a new password for someone (who must change it at their next sign-in) and
        unlock the account."""
        _check_password(new_password)
        with self._db.session_scope() as session:
            account = self._account(session, account_id)
            account.password_hash = _hasher.hash(new_password)
            account.must_change_password = True
            account.failed_sign_ins = 0
            account.locked_until = None
            self._audit(session, self._actor_login(), AuditAction.PASSWORD, account.id,
                        {"by": "administrator"})  # fmt: skip

    @requires(Permission.MANAGE_USERS)
    def unlock(self, account_id: uuid.UUID) -> None:
        with self._db.session_scope() as session:
            account = self._account(session, account_id)
            if account.locked_until is None and not account.failed_sign_ins:
                return
            changes = {"locked_until": [_plain(account.locked_until), None]}
            account.locked_until = None
            account.failed_sign_ins = 0
            self._audit(session, self._actor_login(), AuditAction.PERMISSION, account.id, changes)

    @requires(Permission.MANAGE_USERS)
    def issue_token(self, login: str, label: str = "") -> str:
        """A new token for ``login``, returned once (only its hash is kept)."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self._db.session_scope() as session:
            account = _account_named(session, normalized_login(login))
            if account is None:
                raise _unknown_account(login)
            row = AccessToken(account_id=account.id, token_hash=_token_digest(token),
                              label=label.strip())  # fmt: skip
            session.add(row)
            session.flush()
            self._audit(session, self._actor_login(), AuditAction.TOKEN, account.id,
                        {"issued": str(row.id), "label": row.label})  # fmt: skip
        return token

    @requires(Permission.MANAGE_USERS)
    def tokens(self) -> list[TokenRow]:
        with self._db.session_scope() as session:
            rows = session.execute(
                select(AccessToken, UserAccount.login)
                .join(UserAccount, UserAccount.id == AccessToken.account_id)
                .order_by(AccessToken.created_at)
            )
            return [TokenRow(t.id, login, t.label, t.created_at, t.last_used_at, t.revoked_at)
                    for t, login in rows]  # fmt: skip

    @requires(Permission.MANAGE_USERS)
    def revoke_token(self, token_id: uuid.UUID) -> None:
        with self._db.session_scope() as session:
            row = session.get(AccessToken, token_id)
            if row is None or row.revoked_at is not None:
                return
            row.revoked_at = self._now()
            self._audit(session, self._actor_login(), AuditAction.TOKEN, row.account_id,
                        {"revoked": str(row.id)})  # fmt: skip

    # --- helpers ----------------------------------------------------------------------------
    def _signed_in(self, principal: Principal) -> None:
        self._db.actor = principal
        self._db.setting_up_as = None

    def _actor_login(self) -> str:
        return acting(self._db).login

    def _account(self, session: Session, account_id: uuid.UUID) -> UserAccount:
        account = session.get(UserAccount, account_id)
        if account is None:
            raise _unknown_account(str(account_id))
        return account

    def _audit(
        self,
        session: Session,
        user: str,
        action: AuditAction,
        account_id: uuid.UUID,
        changes: dict[str, Any],
    ) -> None:
        session.add(AuditEntry(at=self._now(), user=user, action=action, entity="user_account",
                               entity_id=account_id, changes=changes))  # fmt: skip


def has_administrator_in(session: Session) -> bool:
    count = session.scalar(select(func.count()).select_from(UserAccount).where(
        UserAccount.role == Role.ADMINISTRATOR, UserAccount.active.is_(True),
        UserAccount.password_hash != ""))  # fmt: skip
    return bool(count)


def _account_named(session: Session, login: str) -> UserAccount | None:
    return session.scalar(select(UserAccount).where(UserAccount.login == login))


def _row(account: UserAccount) -> AccountRow:
    return AccountRow(account.id, account.login, account.display_name, account.role,
                      account.may_read_confidential, account.may_read_personal_data,
                      account.active, bool(account.password_hash), account.must_change_password,
                      account.locked_until, account.last_sign_in_at)  # fmt: skip


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Role):
        return value.value
    return value


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.strip().encode()).hexdigest()


def _checked_login(login: str) -> str:
    login = normalized_login(login)
    if not login or len(login) > 200 or any(c.isspace() for c in login):
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts",
                         "A sign-in name is one word of at most 200 characters, without spaces."))  # fmt: skip
    return login


def _check_password(password: str) -> None:
    problem = password_problem(password)
    if problem == "short":
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts",
                         "A password needs at least {length} characters; a few words together "
                         "make a good one."), length=MIN_PASSWORD_LENGTH)  # fmt: skip
    if problem == "repetitive":
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts",
                         "The password repeats one or two characters: choose another."))  # fmt: skip


def _wrong_name_or_password() -> UserError:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts", "Wrong name or password."))


def _locked(until: datetime) -> UserError:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts",
                      "Too many wrong passwords: the account is locked until {time}. An "
                      "administrator can unlock it sooner."), time=until)  # fmt: skip


def _unknown_account(login: str) -> UserError:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP("Accounts", "There is no account named {login}."),
                      login=login)  # fmt: skip
