"""``vocdesk database encrypt | decrypt | passphrase``: a database file encrypted with SQLCipher
under a passphrase the administrator chooses, the passphrase changed, or the encryption removed.

A passphrase comes from ``--passphrase-file FILE`` (its first line) or is asked on the terminal
(a new one twice; a script without a terminal pipes it as one line on standard input); never
from an argument or an environment variable, which other users of the computer can read.
Other commands open an encrypted file with ``read_passphrase(args, messages, path)``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vocdesk.cli.common import EXIT_OK, database_arg
from vocdesk.cli.help_format import ThaiHelpFormatter
from vocdesk.cli.messages import Messages
from vocdesk.cli.sign_in import add_sign_in_options, sign_in
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.os_errors import reason_of


def register(commands: Any, tr: Callable[[str], str]) -> None:
    """Declare ``database encrypt``, ``database decrypt`` and ``database passphrase`` on the
    parser's ``commands`` (its ``add_subparsers``)."""
    help_text = QT_TRANSLATE_NOOP(
        "Cli", "encrypt a database file under a passphrase, change the passphrase, or decrypt it"
    )
    group = commands.add_parser(
        "database", help=tr(help_text), description=tr(help_text), formatter_class=ThaiHelpFormatter
    )
    actions = group.add_subparsers(dest="database_action", metavar="ACTION", required=True)

    def action(name: str, text: str, run: Callable[..., int]) -> argparse.ArgumentParser:
        sub = actions.add_parser(
            name, help=tr(text), description=tr(text), formatter_class=ThaiHelpFormatter
        )
        sub.add_argument("--db", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
            "Cli", "the database file (default: the default database)"
        )))  # fmt: skip
        add_passphrase_option(sub, tr)
        add_sign_in_options(sub, tr)
        sub.set_defaults(run=run)
        return sub

    action("encrypt", QT_TRANSLATE_NOOP(
        "Cli", "encrypt the database file under a new passphrase (an administrator's action; a lost passphrase means lost data)"
    ), run_encrypt)  # fmt: skip
    action("decrypt", QT_TRANSLATE_NOOP(
        "Cli", "remove the encryption: the database file becomes a plain SQLite file again"
    ), run_decrypt)  # fmt: skip
    change = action("passphrase", QT_TRANSLATE_NOOP(
        "Cli", "change the passphrase of an encrypted database file"
    ), run_change_passphrase)  # fmt: skip
    change.add_argument("--new-passphrase-file", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the new passphrase: the first line of FILE (default: asked twice on the terminal)"
    )))  # fmt: skip


def add_passphrase_option(parser: argparse.ArgumentParser, tr: Callable[[str], str]) -> None:
    """``--passphrase-file FILE``, for any command that may open an encrypted database."""
    parser.add_argument("--passphrase-file", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "an encrypted database's passphrase: the first line of FILE (default: asked on the terminal)"
    )))  # fmt: skip


def read_passphrase(args: argparse.Namespace, messages: Messages, path: Path) -> str | None:
    """The passphrase that opens ``path``: None for a plain file; else ``--passphrase-file``,
    or asked on the terminal. For other commands: ``open_database(path, passphrase=...)``."""
    from vocdesk.db.cipher import is_encrypted

    if not is_encrypted(path):
        return None
    given = getattr(args, "passphrase_file", None)
    if given:
        return passphrase_from_file(Path(given).expanduser())
    return _ask(messages.tr(QT_TRANSLATE_NOOP("Cli", "Passphrase of {path}: "), path=str(path)))


def read_new_passphrase(messages: Messages, given: str | None) -> str:
    """A new passphrase: the first line of ``given`` (a file), or asked twice on a terminal."""
    if given:
        return passphrase_from_file(Path(given).expanduser())
    first = _ask(messages.tr(QT_TRANSLATE_NOOP("Cli", "New passphrase (at least 10 characters): ")))
    if sys.stdin is not None and sys.stdin.isatty():
        again = _ask(messages.tr(QT_TRANSLATE_NOOP("Cli", "The same passphrase again: ")))
        if again != first:
            raise user_error("Cli", QT_TRANSLATE_NOOP(
                "Cli", "The two passphrases differ; nothing was changed."))  # fmt: skip
    return first


def passphrase_from_file(path: Path) -> str:
    """The first line of ``path``, without its line ending (spaces inside count)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = reason_of(error) if isinstance(error, OSError) else str(error)
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "The passphrase file {path} could not be read: {reason}."
        ), path=str(path), reason=reason) from None  # fmt: skip
    line = text.splitlines()[0] if text.splitlines() else ""
    if not line:
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "The passphrase file {path} is empty."), path=str(path))  # fmt: skip
    return line


def run_encrypt(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.database import open_database
    from vocdesk.services.encryption import EncryptionService

    path = database_arg(args).resolve()
    db, _ = open_database(path, create=False)
    try:
        sign_in(db, args, messages)
        new = read_new_passphrase(messages, getattr(args, "passphrase_file", None))
        EncryptionService(db).encrypt(new, new)
    finally:
        db.dispose()
    print(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "{path} is now encrypted. Keep the passphrase safe: without it nobody can open the file or its backups."
    ), path=str(path)))  # fmt: skip
    return EXIT_OK


def run_decrypt(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.database import open_database
    from vocdesk.services.encryption import EncryptionService

    path = database_arg(args).resolve()
    current = read_passphrase(args, messages, path)
    db, _ = open_database(path, create=False, passphrase=current)
    try:
        sign_in(db, args, messages)
        EncryptionService(db).decrypt(current or "")
    finally:
        db.dispose()
    print(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "{path} is no longer encrypted."), path=str(path)))  # fmt: skip
    return EXIT_OK


def run_change_passphrase(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.database import open_database
    from vocdesk.services.encryption import EncryptionService

    path = database_arg(args).resolve()
    current = read_passphrase(args, messages, path)
    db, _ = open_database(path, create=False, passphrase=current)
    try:
        sign_in(db, args, messages)
        new = read_new_passphrase(messages, getattr(args, "new_passphrase_file", None))
        EncryptionService(db).change_passphrase(current or "", new, new)
    finally:
        db.dispose()
    print(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "The passphrase of {path} was changed."), path=str(path)))  # fmt: skip
    return EXIT_OK


def _ask(prompt: str) -> str:
    """Not echoed on a terminal; one line of standard input from a script."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "No passphrase was given: type it when asked, use --passphrase-file FILE, or (in a script) pipe it as one line on standard input."
        ))  # fmt: skip
    return line.rstrip("\r\n")
