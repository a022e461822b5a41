"""``vocdesk restore FILE --db PATH``: put a backup copy back in place of a database."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from vocdesk.cli.common import EXIT_OK, database_arg
from vocdesk.cli.messages import Messages
from vocdesk.cli.sign_in import open_for_command, sign_in
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.paths import ServerDatabase


def run_restore(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.backups import restore_database

    database = database_arg(args)
    if isinstance(database, ServerDatabase):
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "A backup copy can be restored only into a database file. A database server's data is restored with the server's own tools (pg_restore or psql), by its administrator."
        ))  # fmt: skip
    _check_may_restore(database, args, messages)
    copy = Path(args.file).expanduser()
    passphrase = _given_backup_passphrase(args, messages, copy)
    try:
        result = restore_database(copy, database, passphrase=passphrase)
    except UserError as error:
        # An encrypted copy under another passphrase than the database's: ask for it, once.
        if passphrase is not None or not _needs_passphrase(error, copy):
            raise
        passphrase = _ask_backup_passphrase(messages, copy)
        result = restore_database(copy, database, passphrase=passphrase)
    if result.previous_copy is not None:
        print(messages.tr(QT_TRANSLATE_NOOP(
            "Cli", "The database as it was is kept at {path}."
        ), path=str(result.previous_copy)))  # fmt: skip
    print(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "Restored {source} into {database} (schema {revision})."
    ), source=str(result.restored_from), database=str(result.database),
        revision=result.revision))  # fmt: skip
    return EXIT_OK


def _given_backup_passphrase(
    args: argparse.Namespace, messages: Messages, copy: Path
) -> str | None:
    """The copy's passphrase from ``--backup-passphrase-file`` (None for a plain copy)."""
    from vocdesk.cli.encryption import read_passphrase

    given = getattr(args, "backup_passphrase_file", None)
    if not given or not copy.is_file():
        return None
    return read_passphrase(argparse.Namespace(passphrase_file=given), messages, copy)


def _needs_passphrase(error: UserError, copy: Path) -> bool:
    """``error`` is the refusal of an encrypted copy that no passphrase this program knows opens."""
    from vocdesk.services.encryption import encryption_error

    refusal = encryption_error("encrypted", copy.resolve()).message
    return error.message.text == refusal.text and error.message.context == refusal.context


def _ask_backup_passphrase(messages: Messages, copy: Path) -> str:
    """Not echoed on a terminal; one line of standard input from a script."""
    prompt = messages.tr(QT_TRANSLATE_NOOP("Cli", "Passphrase of the backup copy {path}: "),
                         path=str(copy))  # fmt: skip
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line.rstrip("\r\n"):
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "The backup copy {path} is encrypted under another passphrase than the database's: give it with --backup-passphrase-file FILE (or type it when asked). Nothing was changed."
        ), path=str(copy))  # fmt: skip
    return line.rstrip("\r\n")


def _check_may_restore(database: Path, args: argparse.Namespace, messages: Messages) -> None:
    """Restoring over a working database is an administrator's (``MANAGE_BACKUPS``), signed in
    on that database. A file that does not open (damaged, or from a newer VocDesk) cannot be
    asked who may replace it: then, as for a missing one, the file system's permissions decide,
    so that a damaged database can still be put right."""
    from vocdesk.domain.accounts import Permission
    from vocdesk.services.authorization import require

    if not database.expanduser().is_file():
        return
    try:
        db = open_for_command(args, messages, database.expanduser().resolve())
    except UserError:
        return
    try:
        sign_in(db, args, messages)
        require(db, Permission.MANAGE_BACKUPS)
    finally:
        db.dispose()
