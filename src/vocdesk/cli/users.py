"""``vocdesk users ...``: accounts, roles, grants and tokens from the command line, through
``services.accounts`` (every action checked and audited there).

``add``, ``list``, ``set-role``, ``grant``, ``revoke``, ``disable``, ``enable``,
``reset-password``, ``unlock``, ``token``, ``tokens`` and ``revoke-token``; each signs in as any
command does (``cli.sign_in``). On a database with no administrator yet, ``users add NAME --role
administrator`` makes its first one. Passwords are asked on the terminal (twice) or read as one
line of standard input when piped; never taken from an argument.
"""

from __future__ import annotations

import argparse
import os
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vocdesk.cli.common import EXIT_OK, database_arg
from vocdesk.cli.groups import command_group
from vocdesk.cli.messages import Messages
from vocdesk.cli.sign_in import open_for_command, read_new_password, sign_in
from vocdesk.domain.accounts import Role
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.paths import make_private_file

if TYPE_CHECKING:
    from vocdesk.services.accounts import AccountRow, AccountsService

GRANTS = {"confidential": "may_read_confidential", "personal-data": "may_read_personal_data"}
ROLE_NAMES = {
    Role.STAFF: QT_TRANSLATE_NOOP("Cli", "staff"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Cli", "supervisor"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Cli", "administrator"),
}
GRANT_NAMES = {
    "confidential": QT_TRANSLATE_NOOP("Cli", "confidential cases"),
    "personal-data": QT_TRANSLATE_NOOP("Cli", "personal data"),
}


# --- the parser ---------------------------------------------------------------------------
def users_commands(commands: Any, tr: Callable[[str], str]) -> None:
    """``users ACTION ...``, each action with its own ``--db``, ``--user`` and ``--token-file``."""
    help_text = QT_TRANSLATE_NOOP(
        "Cli", "accounts, roles, grants and access tokens (an administrator's work)"
    )
    action = command_group(commands, "users", help_text, "users_action", tr)

    def login(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("login", metavar="NAME", help=tr(QT_TRANSLATE_NOOP(
            "Cli", "the account's sign-in name"
        )))  # fmt: skip

    roles = [role.value for role in Role]
    add = action("add", QT_TRANSLATE_NOOP(
        "Cli", "add an account (the password is asked twice); on a database with no administrator, --role administrator makes the first one"
    ), run_add)  # fmt: skip
    login(add)
    add.add_argument("--role", required=True, choices=roles, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "staff, supervisor or administrator"
    )))  # fmt: skip
    add.add_argument("--name", default="", metavar="TEXT", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the name shown for the account (default: NAME)"
    )))  # fmt: skip
    add.add_argument("--confidential", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "grant reading confidential complaint cases"
    )))  # fmt: skip
    add.add_argument("--personal-data", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "grant reading and exporting personal data unmasked"
    )))  # fmt: skip
    action("list", QT_TRANSLATE_NOOP("Cli", "list the accounts"), run_list)
    set_role = action(
        "set-role", QT_TRANSLATE_NOOP("Cli", "change an account's role"), run_set_role
    )
    login(set_role)
    set_role.add_argument("role", choices=roles, metavar="ROLE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "staff, supervisor or administrator"
    )))  # fmt: skip
    for name, text, run in (
        ("grant", QT_TRANSLATE_NOOP("Cli", "grant an account a permission no role gives"), run_grant),
        ("revoke", QT_TRANSLATE_NOOP("Cli", "take a granted permission back"), run_revoke),
    ):  # fmt: skip
        sub = action(name, text, run)
        login(sub)
        sub.add_argument("grant", choices=list(GRANTS), metavar="PERMISSION", help=tr(QT_TRANSLATE_NOOP(
            "Cli", "confidential (confidential complaint cases) or personal-data (personal data unmasked)"
        )))  # fmt: skip
    for name, text, run in (
        ("disable", QT_TRANSLATE_NOOP("Cli", "stop an account from signing in (its tokens too)"), run_disable),
        ("enable", QT_TRANSLATE_NOOP("Cli", "let a disabled account sign in again"), run_enable),
        ("reset-password", QT_TRANSLATE_NOOP("Cli", "set a new password for an account (asked twice); it is to be changed at the next sign-in"), run_reset_password),
        ("unlock", QT_TRANSLATE_NOOP("Cli", "unlock an account locked after wrong passwords"), run_unlock),
    ):  # fmt: skip
        login(action(name, text, run))
    token = action("token", QT_TRANSLATE_NOOP(
        "Cli", "issue an access token for an account, for scripts and scheduled backups (--token-file); it acts with the account's role"
    ), run_token)  # fmt: skip
    login(token)
    token.add_argument("--out", required=True, metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the file to write the token to (readable by you only)"
    )))  # fmt: skip
    token.add_argument("--label", default="", metavar="TEXT", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "what the token is for, e.g. nightly backup"
    )))  # fmt: skip
    token.add_argument("--force", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "overwrite FILE if it exists"
    )))  # fmt: skip
    action("tokens", QT_TRANSLATE_NOOP("Cli", "list the access tokens issued"), run_tokens)
    revoke_token = action("revoke-token", QT_TRANSLATE_NOOP(
        "Cli", "revoke an access token: it no longer signs in"
    ), run_revoke_token)  # fmt: skip
    revoke_token.add_argument("token_id", metavar="ID", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the token's ID as vocdesk users tokens lists it (its last 8 characters are enough)"
    )))  # fmt: skip


# --- the actions --------------------------------------------------------------------------
@contextmanager
def _accounts(args: argparse.Namespace, messages: Messages) -> Iterator[AccountsService]:
    from vocdesk.services.accounts import AccountsService

    db = open_for_command(args, messages, database_arg(args).resolve())
    try:
        sign_in(db, args, messages)
        yield AccountsService(db)
    finally:
        db.dispose()


def run_add(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.domain.accounts import Permission
    from vocdesk.services.accounts import AccountsService
    from vocdesk.services.authorization import require

    role = Role(args.role)
    db = open_for_command(args, messages, database_arg(args).resolve())
    try:
        accounts = AccountsService(db)
        first = (
            role is Role.ADMINISTRATOR
            and not (args.user or args.token_file)
            and accounts.needs_first_administrator()
        )
        if first:
            password = read_new_password(messages, args.login)
            made = accounts.create_first_administrator(args.login, password, args.name)
            print(messages.tr(QT_TRANSLATE_NOOP(
                "Cli", "{login} is this database's first administrator, with both grants. From now on every command signs in: --user {login} or a token (vocdesk users token)."
            ), login=made.principal.login))  # fmt: skip
            return EXIT_OK
        sign_in(db, args, messages)
        require(db, Permission.MANAGE_USERS)  # refused before a password is asked for
        password = read_new_password(messages, args.login)
        row = accounts.add_account(args.login, password, role, args.name,
                                   may_read_confidential=args.confidential,
                                   may_read_personal_data=args.personal_data)  # fmt: skip
    finally:
        db.dispose()
    print(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "Account {login} added ({role}); the password is to be changed at the first sign-in in the window."
    ), login=row.login, role=messages.tr(ROLE_NAMES[row.role])))  # fmt: skip
    return EXIT_OK


def run_list(args: argparse.Namespace, messages: Messages) -> int:
    with _accounts(args, messages) as accounts:
        rows = accounts.accounts()
    heading = [messages.tr(text) for text in (
        QT_TRANSLATE_NOOP("Cli", "NAME"), QT_TRANSLATE_NOOP("Cli", "ROLE"),
        QT_TRANSLATE_NOOP("Cli", "GRANTS"), QT_TRANSLATE_NOOP("Cli", "STATE"),
        QT_TRANSLATE_NOOP("Cli", "LAST SIGN-IN"), QT_TRANSLATE_NOOP("Cli", "SHOWN AS"),
    )]  # fmt: skip
    table = [heading]
    for row in rows:
        grants = [key for key, field in GRANTS.items() if getattr(row, field)]
        table.append([
            row.login, messages.tr(ROLE_NAMES[row.role]),
            ", ".join(messages.tr(GRANT_NAMES[g]) for g in grants) or "-",
            _state(row, messages), _when(row.last_sign_in_at, messages), row.display_name,
        ])  # fmt: skip
    _print_table(table)
    return EXIT_OK


def run_set_role(args: argparse.Namespace, messages: Messages) -> int:
    return _update(args, messages, role=Role(args.role))


def run_grant(args: argparse.Namespace, messages: Messages) -> int:
    return _update(args, messages, **{GRANTS[args.grant]: True})


def run_revoke(args: argparse.Namespace, messages: Messages) -> int:
    return _update(args, messages, **{GRANTS[args.grant]: False})


def run_disable(args: argparse.Namespace, messages: Messages) -> int:
    return _update(args, messages, active=False)


def run_enable(args: argparse.Namespace, messages: Messages) -> int:
    return _update(args, messages, active=True)


def _update(args: argparse.Namespace, messages: Messages, **changes: Any) -> int:
    with _accounts(args, messages) as accounts:
        row = accounts.update_account(_account_id(accounts, args.login), **changes)
    grants = [messages.tr(GRANT_NAMES[g]) for g, field in GRANTS.items() if getattr(row, field)]
    print(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "Account {login}: {role}; grants: {grants}; {state}."
    ), login=row.login, role=messages.tr(ROLE_NAMES[row.role]), grants=", ".join(grants) or "-",
        state=_state(row, messages)))  # fmt: skip
    return EXIT_OK


def run_reset_password(args: argparse.Namespace, messages: Messages) -> int:
    with _accounts(args, messages) as accounts:
        account_id = _account_id(accounts, args.login)
        accounts.reset_password(account_id, read_new_password(messages, args.login))
    print(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "New password set for {login}; it is to be changed at the next sign-in in the window."
    ), login=args.login))  # fmt: skip
    return EXIT_OK


def run_unlock(args: argparse.Namespace, messages: Messages) -> int:
    with _accounts(args, messages) as accounts:
        accounts.unlock(_account_id(accounts, args.login))
    print(messages.tr(QT_TRANSLATE_NOOP("Cli", "Account {login} unlocked."), login=args.login))
    return EXIT_OK


def run_token(args: argparse.Namespace, messages: Messages) -> int:
    out = Path(args.out).expanduser().resolve()
    if out.exists() and not args.force:
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path} exists already: choose another file, or add --force to overwrite it."
        ), path=str(out))  # fmt: skip
    with _accounts(args, messages) as accounts:
        before = {row.id for row in accounts.tokens()}
        token = accounts.issue_token(args.login, args.label)
        try:
            write_token_file(out, token, overwrite=args.force)
        except BaseException:  # never leave a valid token that nobody holds
            for row in accounts.tokens():
                if row.id not in before:
                    accounts.revoke_token(row.id)
            raise
    print(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "Token for {login} written to {path} (readable by you only). Sign in with --token-file {path} or VOCDESK_TOKEN_FILE; revoke it with vocdesk users revoke-token."
    ), login=args.login, path=str(out)))  # fmt: skip
    return EXIT_OK


def run_tokens(args: argparse.Namespace, messages: Messages) -> int:
    with _accounts(args, messages) as accounts:
        rows = accounts.tokens()
    heading = [messages.tr(text) for text in (
        QT_TRANSLATE_NOOP("Cli", "ID"), QT_TRANSLATE_NOOP("Cli", "NAME"),
        QT_TRANSLATE_NOOP("Cli", "ISSUED"), QT_TRANSLATE_NOOP("Cli", "LAST USED"),
        QT_TRANSLATE_NOOP("Cli", "STATE"), QT_TRANSLATE_NOOP("Cli", "LABEL"),
    )]  # fmt: skip
    table = [heading]
    for row in rows:
        state = (messages.tr(QT_TRANSLATE_NOOP("Cli", "revoked {when}"),
                             when=_when(row.revoked_at, messages))
                 if row.revoked_at is not None
                 else messages.tr(QT_TRANSLATE_NOOP("Cli", "valid")))  # fmt: skip
        table.append([str(row.id), row.login, _when(row.created_at, messages),
                      _when(row.last_used_at, messages), state, row.label])  # fmt: skip
    _print_table(table)
    return EXIT_OK


def run_revoke_token(args: argparse.Namespace, messages: Messages) -> int:
    wanted = args.token_id.strip().lower().replace("-", "")
    with _accounts(args, messages) as accounts:
        # The whole ID, or its end: a UUIDv7 begins with its time, shared by tokens of a moment.
        found = [
            row for row in accounts.tokens() if len(wanted) >= 8 and row.id.hex.endswith(wanted)
        ]
        if len(found) != 1:
            raise user_error("Cli", QT_TRANSLATE_NOOP(
                "Cli", "No single token has the ID {id}: vocdesk users tokens lists them."
            ), id=args.token_id)  # fmt: skip
        accounts.revoke_token(found[0].id)
    print(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "Token {id} of {login} revoked: it no longer signs in."
    ), id=str(found[0].id), login=found[0].login))  # fmt: skip
    return EXIT_OK


# --- helpers ------------------------------------------------------------------------------
def write_token_file(path: Path, token: str, *, overwrite: bool) -> Path:
    """Write ``token`` to ``path``, created readable by its owner only (0600 on POSIX)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(token + "\n")
    return make_private_file(path)  # an existing file overwritten keeps its mode otherwise


def _account_id(accounts: AccountsService, login: str) -> uuid.UUID:
    wanted = login.strip()
    for row in accounts.accounts():
        if row.login == wanted:
            return row.id
    raise user_error("Cli", QT_TRANSLATE_NOOP(
        "Cli", "There is no account named {login}: vocdesk users list shows them."
    ), login=wanted)  # fmt: skip


def _state(row: AccountRow, messages: Messages) -> str:
    if not row.active:
        return messages.tr(QT_TRANSLATE_NOOP("Cli", "disabled"))
    if row.locked_until is not None and row.locked_until > datetime.now(row.locked_until.tzinfo):
        return messages.tr(QT_TRANSLATE_NOOP("Cli", "locked until {when}"),
                           when=_when(row.locked_until, messages))  # fmt: skip
    if not row.has_password:
        return messages.tr(QT_TRANSLATE_NOOP("Cli", "no password yet"))
    if row.must_change_password:
        return messages.tr(QT_TRANSLATE_NOOP("Cli", "to change password"))
    return messages.tr(QT_TRANSLATE_NOOP("Cli", "active"))


def _when(moment: datetime | None, messages: Messages) -> str:
    """A moment on the agency's clock, in the messages' language (B.E. in Thai); "-" if none."""
    from vocdesk.domain.clock import thai_time
    from vocdesk.domain.thai_dates import format_datetime

    if moment is None:
        return "-"
    return format_datetime(thai_time(moment), messages.language, "numeric")


def _width(text: str) -> int:
    """Columns ``text`` takes on a terminal: Thai vowels and tone marks above or below a letter
    take none."""
    return sum(0 if unicodedata.combining(c) or unicodedata.category(c) == "Mn" else 1
               for c in text)  # fmt: skip


def _print_table(rows: list[list[str]]) -> None:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)]
        print("  ".join(cells).rstrip())
