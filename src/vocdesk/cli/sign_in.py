"""Who runs a command: ``--user NAME`` (the password asked on the terminal, or one line of
standard input for a script that pipes it) or ``--token-file FILE`` (else ``VOCDESK_TOKEN_FILE``)
holding a token an administrator issued (``vocdesk users token NAME --out FILE``).

A password is never an argument or an environment variable: both are visible to other users of
the computer (``ps``, ``/proc``) and kept in shell histories. Every command that works on a
database's records signs in right after opening it (``signed_in_database``); the services then
check what the person may do. A database with no administrator yet is worked on by its
setting-up principal (``services.authorization``), with a notice saying how to make one.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from vocdesk.cli.common import database_arg, print_error
from vocdesk.cli.messages import Messages
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.os_errors import reason_of

if TYPE_CHECKING:
    from vocdesk.domain.accounts import Principal
    from vocdesk.services.database import Database

TOKEN_FILE_ENV = "VOCDESK_TOKEN_FILE"
SIGN_IN_NEEDED = QT_TRANSLATE_NOOP(
    "Cli", "Sign in: --user NAME (the password is asked) or --token-file FILE (a token an "
    "administrator issued with vocdesk users token NAME --out FILE)."
)  # fmt: skip
_notices: dict[str, str | None] = {}  # database → its "no administrator yet" notice (None: said)


def add_sign_in_options(
    parser: argparse.ArgumentParser,
    tr: Callable[[str], str],
    *,
    user: bool = True,
    dest: str = "token_file",
) -> None:
    """``--user NAME`` and ``--token-file FILE`` on a command's parser (the window and its
    pictures take only the token file: the window asks for the password itself). The top-level
    parser keeps its token file under another ``dest``, as its ``--db``: a command's own
    default would otherwise hide it."""
    if user:
        parser.add_argument("--user", metavar="NAME", help=tr(QT_TRANSLATE_NOOP(
            "Cli", "sign in as NAME; the password is asked on the terminal (a script pipes it as one line on standard input, never as an argument)"
        )))  # fmt: skip
    parser.add_argument("--token-file", dest=dest, metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "sign in with the token in FILE, issued by an administrator (vocdesk users token); default: VOCDESK_TOKEN_FILE"
    )))  # fmt: skip


def token_file_of(args: argparse.Namespace) -> Path | None:
    """The token file asked for: ``--token-file``, else ``VOCDESK_TOKEN_FILE`` unless ``--user``
    was given (the name typed now wins over the environment)."""
    given = getattr(args, "token_file", None) or getattr(args, "top_token_file", None)
    if given:
        return Path(given).expanduser()
    if getattr(args, "user", None):
        return None
    from_env = os.environ.get(TOKEN_FILE_ENV, "").strip()
    return Path(from_env).expanduser() if from_env else None


def read_token(path: Path) -> str:
    """The token kept in ``path`` (its first line that is not blank)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "The token file {path} could not be read: {reason}."
        ), path=str(path), reason=reason_of(error)) from None  # fmt: skip
    token = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not token:
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "The token file {path} is empty."), path=str(path))  # fmt: skip
    return token


def read_password(prompt: str) -> str:
    """A password from the terminal (not echoed), or one line of standard input when a script
    pipes it; never from an argument or the environment."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "No password was given: type it when asked, or (in a script) pipe it as one line on standard input."
        ))  # fmt: skip
    return line.rstrip("\r\n")


def read_new_password(messages: Messages, login: str) -> str:
    """A new password for ``login``: asked twice on a terminal, one line when piped."""
    prompt = messages.tr(QT_TRANSLATE_NOOP("Cli", "New password for {login}: "), login=login)
    first = read_password(prompt)
    if sys.stdin is not None and sys.stdin.isatty():
        again = read_password(messages.tr(QT_TRANSLATE_NOOP("Cli", "The same password again: ")))
        if again != first:
            raise user_error("Cli", QT_TRANSLATE_NOOP(
                "Cli", "The two passwords differ; nothing was changed."))  # fmt: skip
    return first


def sign_in(db: Database, args: argparse.Namespace, messages: Messages) -> Principal:
    """Sign in on ``db`` as the options say and return who acts; raises ``UserError`` (exit 2)
    for a wrong password, a locked account, a bad token, or no sign-in on a database that has
    an administrator."""
    from vocdesk.services.accounts import AccountsService
    from vocdesk.services.authorization import acting

    accounts = AccountsService(db)
    user = (getattr(args, "user", None) or "").strip()
    token_file = token_file_of(args)
    if user and (getattr(args, "token_file", None) or getattr(args, "top_token_file", None)):
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Sign in one way: --user NAME or --token-file FILE, not both."))  # fmt: skip
    if token_file is not None:
        return accounts.sign_in_with_token(read_token(token_file)).principal
    if user:
        prompt = messages.tr(QT_TRANSLATE_NOOP("Cli", "Password for {login}: "), login=user)
        signed_in = accounts.sign_in(user, read_password(prompt))
        if signed_in.must_change_password:
            print_error(messages.tr(QT_TRANSLATE_NOOP(
                "Cli", "Your password was set by an administrator: sign in to the window to choose your own."
            )))  # fmt: skip
        return signed_in.principal
    if accounts.needs_first_administrator():
        location = db.location
        if location not in _notices:  # said after the command's own output (print_notices)
            _notices[location] = messages.tr(QT_TRANSLATE_NOOP(
                "Cli", "Note: {path} has no administrator yet, so whoever opens the file may do everything except read confidential cases. Make one: vocdesk users add NAME --role administrator --db {path}"
            ), path=location)  # fmt: skip
        return acting(db)
    raise user_error("Cli", SIGN_IN_NEEDED)


def print_notices() -> None:
    """Say, once each and after a command's own output, which databases it worked on have no
    administrator yet (on a refusal the error stays the first line a script reads)."""
    for location, notice in _notices.items():
        if notice is not None:
            print_error(notice)
            _notices[location] = None


def open_for_command(
    args: argparse.Namespace, messages: Messages, path: Path, *, create: bool = False
) -> Database:
    """Open ``path`` for a command: with its passphrase when the file is encrypted
    (``--passphrase-file``, else asked on the terminal; ``cli.encryption``)."""
    from vocdesk.cli.encryption import read_passphrase
    from vocdesk.services.database import open_database

    passphrase = read_passphrase(args, messages, path) if path.is_file() else None
    db, _ = open_database(path, create=create, passphrase=passphrase)
    return db


@contextmanager
def signed_in_database(
    args: argparse.Namespace, messages: Messages, *, create: bool = False
) -> Iterator[Database]:
    """The command's database (``--db``), opened and signed in on; closed afterwards."""
    db = open_for_command(args, messages, database_arg(args).resolve(), create=create)
    try:
        sign_in(db, args, messages)
        yield db
    finally:
        db.dispose()
